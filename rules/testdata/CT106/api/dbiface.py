# A module-level interface over Flask-SQLAlchemy's session: `self.db.add`
# is the session's add (a session per request), not a set's. One over a
# module's list changes that list for every request.
from fastapi import FastAPI
from flask_sqlalchemy import SQLAlchemy

app = FastAPI()
db = SQLAlchemy()
ITEMS = []


class Interface:
    def __init__(self, session=None):
        self.db = session if session else db.session
        self.items = ITEMS

    def add_source(self, source):
        self.db.add(source)  # want-strict: CT106 (a library's object)
        self.db.commit()

    def remember(self, item):
        self.items.append(item)  # want: CT106


interface = Interface()


@app.post("/sources")
def add_source(name: str):
    interface.remember(name)
    return interface.add_source(name)
