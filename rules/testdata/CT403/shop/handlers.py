from tornado import web

from .db import db


class TokenHandler(web.RequestHandler):
    # One handler per request: its attributes are no row of the database.
    def get(self, token):
        self.scopes |= {token}
        self.seen += 1
        db.session.commit()


class Counter:
    def bump(self):
        self.hits += 1  # want: CT403
        db.session.commit()


def tick():
    Counter().bump()
