# A Flask extension keeps a scoped_session: one session per thread (or
# per what its scopefunc says), which the teardown hook removes for the
# request's own thread.
from flask import g
from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker


class Database:
    def __init__(self, app=None):
        self.Session = scoped_session(sessionmaker())
        self.engines = {}
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        app.before_request(self.open)
        app.teardown_appcontext(self.teardown)
        self.Session.configure(bind=create_engine(app.config["DATABASE_URI"]))

    def open(self):
        g.db = self.Session()
        self.engines[g.db] = True  # want: CT106

    def teardown(self, exception):
        self.Session.remove()


db = Database()
