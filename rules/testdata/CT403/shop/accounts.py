from sqlalchemy import Column, Integer, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship

from .db import db

Base = declarative_base()

members = Table("members", Base.metadata)


class Account(Base):
    __tablename__ = "account"
    id = Column(Integer, primary_key=True)


class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    logins = Column(Integer)
    # A collection SQLAlchemy writes by difference: reassigning it writes
    # only the association rows that changed.
    accounts = relationship("Account", secondary=members)


def unsubscribe(account_id):
    users = User.query.filter(User.id > 0).all()
    for user in users:
        user.accounts = [a for a in user.accounts if a.id != account_id]
        db.session.commit()


def count_login(user_id):
    user = User.query.get(user_id)
    user.logins = user.logins + 1  # want: CT403
    db.session.commit()
