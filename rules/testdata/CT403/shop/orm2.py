# SQLAlchemy 2.0's forms: a select() of a model, run by a session. The
# rows they give are the model's: their methods run per request too.
from sqlalchemy import Column, Integer, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from .accounts import Base
from .db import db


class Wallet(Base):
    __tablename__ = "wallet"
    id = Column(Integer, primary_key=True)
    balance = Column(Integer)

    def credit(self, n):
        self.balance = self.balance + n  # want: CT403
        db.session.commit()

    def debit(self, n):
        self.balance = self.balance - n  # want: CT403
        db.session.commit()

    def refund(self, n):
        self.balance += n  # want: CT403
        db.session.commit()

    def close(self):
        self.balance -= 1  # want: CT403
        db.session.commit()

    def reopen(self):
        # Reached by no request: a run of a script.
        self.balance += 1  # want-strict: CT403 (no request or task path reaches it)
        db.session.commit()


class Streak(Base):
    __tablename__ = "streak"
    id = Column(Integer, primary_key=True)
    days = Column(Integer)
    last_day = Column(Integer)

    @property
    def local_last_day(self):
        return self.last_day

    def practise(self, today):
        # Once a day: the check reads last_day through a property, and the
        # arm sets it. Two requests that both pass write the same days.
        last = self.local_last_day
        if last is None or last < today:
            self.days = (self.days or 0) + 1  # want-strict: CT403
            self.last_day = today
            db.session.commit()

    def practise_unchecked(self, today):
        self.days = (self.days or 0) + 1  # want: CT403
        db.session.commit()


def practise(session, streak_id, today):
    streak = session.get(Streak, streak_id)
    streak.practise(today)
    streak.practise_unchecked(today)


class Usage(Base):
    __tablename__ = "usage"
    day = Column(Integer, primary_key=True)
    calls = Column(Integer)


def top_up(session, wallet_id, n):
    wallet = session.scalars(select(Wallet).where(Wallet.id == wallet_id)).one()
    wallet.credit(n)


def pay(session, wallet_id, n):
    session.get(Wallet, wallet_id).debit(n)


async def refund(session, wallet_id, n):
    stmt = select(Wallet).filter_by(id=wallet_id)
    wallet = (await session.execute(stmt)).scalar_one()
    wallet.refund(n)


def close_all(session):
    for wallet in session.scalars(select(Wallet)).all():
        wallet.close()


# PostgreSQL's INSERT ... ON CONFLICT DO UPDATE locks the row it meets
# until the transaction ends, as with_for_update() does: the counter a
# helper upserts and returns is changed under that lock.
def _usage_row(session, day):
    stmt = (
        pg_insert(Usage)
        .values(day=day, calls=0)
        .on_conflict_do_update(index_elements=["day"], set_={"calls": Usage.calls})
        .returning(Usage)
    )
    return session.execute(stmt).scalar_one()


def count_call(session, day):
    usage = _usage_row(session, day)
    usage.calls += 1  # locked by the helper's upsert
    session.flush()


def count_call_unlocked(session, day):
    usage = session.execute(select(Usage).where(Usage.day == day)).scalar_one()
    usage.calls += 1  # want: CT403
    session.flush()
