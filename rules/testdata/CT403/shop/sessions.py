from contextlib import contextmanager

from sqlalchemy.orm import sessionmaker

Session = sessionmaker()


@contextmanager
def session_scope():
    # Commits when the with statement that uses it exits.
    session = Session()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_only():
    session = Session()
    try:
        yield session
    finally:
        session.close()
