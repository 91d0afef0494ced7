# Flask-SQLAlchemy: `db = SQLAlchemy()` offers sqlalchemy.orm's
# relationship functions as db.relationship, db.dynamic_loader.
# Assigning a list to a relationship collection copies its items into
# the ORM's own collection: the default itself is only read.
from orm.extensions import db

billowers = db.Table(
    "billowers",
    db.Column("bill_id", db.Integer, db.ForeignKey("bill.id")),
    db.Column("person_id", db.Integer, db.ForeignKey("person.id")),
)


class Person(db.Model):
    id = db.Column(db.Integer, primary_key=True)


class Bill(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owers = db.relationship(Person, secondary=billowers, backref=db.backref("bills", lazy="dynamic"))
    watchers = db.dynamic_loader(Person)
    # A JSON column keeps the list it is given: a later
    # bill.notes.append(...) changes the shared default.
    notes = db.Column(db.JSON)

    def __init__(
        self,
        amount,
        owers=[],  # want-strict: CT104
        watchers=[],  # want-strict: CT104
        notes=[],  # want: CT104
        history=[],  # want: CT104
    ):
        self.amount = amount
        self.owers = owers
        self.watchers = watchers
        self.notes = notes
        self.history = history

    def replace_owers(self, extra, owers=[]):  # want: CT104
        # The default itself grows before the ORM copies it.
        owers.append(extra)
        self.owers = owers
