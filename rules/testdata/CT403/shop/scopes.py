# The write-back is the exit of the with statement: a context manager of
# the tree that commits after its yield, or a session's begin().
from .orm2 import Wallet
from .sessions import Session, read_only, session_scope


def charge(request, wid):
    with session_scope() as session:
        wallet = session.query(Wallet).get(wid)
        wallet.balance -= request.amount  # want: CT403


def charge_begun(request, wid):
    with Session.begin() as session:
        wallet = session.query(Wallet).get(wid)
        wallet.balance -= request.amount  # want: CT403


def preview(request, wid):
    with read_only() as session:
        wallet = session.query(Wallet).get(wid)
        wallet.balance -= request.amount  # never written back
        return wallet.balance


def add_member(request, wid):
    with session_scope() as session:
        wallet = session.query(Wallet).get(wid)
        wallet.members.append(request.user)  # a change in place: a commit names no field
