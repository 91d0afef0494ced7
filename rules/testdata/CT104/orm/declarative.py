# Plain SQLAlchemy declarative models: relationship() through its module,
# an alias of the module and an alias of the function.
from typing import List

import sqlalchemy as sa
from sqlalchemy import orm
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship
from sqlalchemy.orm import relation as rel

import graphkit


class Base(DeclarativeBase):
    pass


class Tag(Base):
    __tablename__ = "tag"
    id = sa.Column(sa.Integer, primary_key=True)
    document_id = sa.Column(sa.ForeignKey("document.id"))


class Document(Base):
    __tablename__ = "document"
    id = sa.Column(sa.Integer, primary_key=True)
    kind = sa.Column(sa.String)
    tags: Mapped[List[Tag]] = relationship(Tag)
    links = orm.relationship("Link")
    aliases = rel("Alias")
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "document"}

    def __init__(self, tags=[], links=[], aliases=[]):  # want-strict: CT104, CT104, CT104
        self.tags = tags
        self.links = links
        self.aliases = aliases

    @classmethod
    def retag_all(cls, tags=[]):  # want: CT104
        # On the class: the list takes the relationship's place.
        cls.tags = tags


class Bundle(Base):
    __tablename__ = "bundle"
    id = sa.Column(sa.Integer, primary_key=True)
    items = relationship("Item", foreign_keys="Item.bundle_id")
    pinned = relationship("Item", foreign_keys="Item.pinned_in_id")

    def __init__(self, items=[]):  # want-strict: CT104
        self.items = items
        self.pinned = items


class Graph:
    # Not SQLAlchemy's: a function of another library called relationship.
    edges = graphkit.relationship("edge")

    def __init__(self, edges=[]):  # want: CT104
        self.edges = edges
