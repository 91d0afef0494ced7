from dataclasses import dataclass

from pydantic import BaseModel
from sqlalchemy import Column, Integer, ForeignKey, Table, select
from sqlalchemy.orm import Mapped, declarative_base, relationship

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


class Stats(Base):
    __tablename__ = "stats"
    id = Column(Integer, primary_key=True)
    replies = Column(Integer)


def rebuild_stats(rows):
    # Every Stats changed here is one the def makes (through its own
    # helper, which keeps what it made in a local dict): new rows, not
    # rows read and written back.
    by_user = {}

    def get_stats(uid):
        s = by_user.get(uid)
        if not s:
            s = Stats(id=uid, replies=0)
            by_user[uid] = s
        return s

    for uid, count in rows:
        s = get_stats(uid)
        s.replies += count
    db.session.add_all(list(by_user.values()))
    db.session.commit()


def bump_loaded(uid):
    s = load_stats(uid)
    s.replies += 1  # want: CT403
    db.session.commit()


def load_stats(uid):
    return Stats.query.get(uid)


def get_user(user_id):
    return User.query.get(user_id)


def leave_account(user_id, account_id):
    # A many-to-many collection, on an object a helper loaded: the ORM
    # writes it by difference, as when the def loads it itself.
    user = get_user(user_id)
    user.accounts = [a for a in user.accounts if a.id != account_id]
    db.session.commit()


def bump_logins(user_id):
    user = get_user(user_id)
    user.logins = user.logins + 1  # want: CT403
    db.session.commit()


def unlink_accounts(account_id):
    # Loaded through the session's query of the model: the same
    # collection, written by difference.
    for user in db.session.query(User).join(Account).filter(Account.id == account_id).all():
        user.accounts = [a for a in user.accounts if a.id != account_id]
    db.session.commit()


def count_logins_by_session(user_id):
    user = db.session.query(User).get(user_id)
    user.logins = user.logins + 1  # want: CT403
    db.session.commit()


@dataclass
class Playlist:
    id: int
    items: list


class Summary(BaseModel):
    count: int


def add_items(conn, playlist: Playlist, items, summary: Summary):
    # Values in memory, no ORM's rows: the commit writes the SQL the def
    # ran, not their attributes.
    conn.execute("insert ...", items)
    playlist.items = playlist.items + items
    summary.count = summary.count + len(items)
    db.session.commit()
    return playlist


def add_logins(user: User, n):
    user.logins = user.logins + n  # want: CT403 (no call of it holds a row lock)
    db.session.commit()


class Counter(Base):
    # A column declared by its annotation alone (SQLAlchemy 2.0), which
    # __init__ sets: a field the commit writes.
    __tablename__ = "counter"
    id = Column(Integer, primary_key=True)
    hits: Mapped[int]

    def __init__(self):
        self.hits = 0

    def bump(self):
        self.hits = self.hits + 1  # want: CT403
        db.session.commit()


def bump_counter(counter: Counter):
    counter.bump()


class Institution(Base):
    __tablename__ = "institution"
    lei: Mapped[str] = Column(Integer, primary_key=True)
    types: Mapped[list[Account]] = relationship(lazy="selectin", cascade="all, delete-orphan")
    hits: Mapped[int] = Column(Integer)


def get_institution(session, lei):
    return session.get(Institution, lei)


def update_types(session, lei, remove):
    # Bound in the test: the same object as an assignment's.
    if fi := get_institution(session, lei):
        fi.types = [t for t in fi.types if t not in remove]
        session.commit()


def count_hit(session, lei):
    if fi := get_institution(session, lei):
        fi.hits = fi.hits + 1  # want: CT403
        session.commit()


class InstitutionRepository:
    def __init__(self, session):
        self.session = session

    def _get(self, lei) -> Institution:
        stmt = select(Institution).filter_by(lei=lei)
        return self.session.execute(stmt).scalars().one()

    def merge(self, from_lei, to_lei):
        # The helper's annotation says what it returns: a collection
        # SQLAlchemy writes by difference, not a column.
        source = self._get(from_lei)
        target = self._get(to_lei)
        target.types += source.types
        self.session.commit()

    def count(self, lei):
        target = self._get(lei)
        target.hits += 1  # want: CT403
        self.session.commit()


def merge_institutions(request):
    repo = InstitutionRepository(db.session)
    repo.merge(request.GET["from"], request.GET["to"])
    repo.count(request.GET["to"])
