# Writes on the class of another object: obj.__class__.x = v and
# type(obj).x = v. Reported when the class of obj is known (a parameter
# annotated with a class of the tree, or a local built once from one);
# otherwise crosstalk cannot name the class and reports nothing.
from typing import Optional


class Entity:
    _type_id = None
    label = ""


class Stamp:
    label = ""


def make():
    return Stamp()


class Writer:
    def stamp(self, obj: Entity, value):
        obj.__class__._type_id = value  # want: CT101

    def stamp_type(self, obj: Entity, value):
        type(obj)._type_id = value  # want: CT101

    @staticmethod
    def static(obj: Entity, value):
        setattr(type(obj), "label", value)  # want: CT101

    def built_here(self, value):
        thing = Stamp()
        type(thing).label = value  # want: CT101

    # Not flagged: obj's class is unknown (no annotation, one that is not a
    # plain class, a local rebound or built by a function), or the write is
    # on the object itself.

    def unknown(self, obj, value):
        obj.__class__._type_id = value
        type(obj)._type_id = value

    def optional(self, obj: Optional[Entity], value):
        type(obj).label = value

    def string_annotation(self, obj: "Entity", value):
        type(obj).label = value

    def rebound(self, value, flag):
        thing = Stamp()
        if flag:
            thing = make()
        type(thing).label = value

    def factory(self, value):
        thing = make()
        thing.__class__.label = value

    def instance(self, obj: Entity, value):
        obj._type_id = value
        obj.label = value

    def varargs(self, *objs: Entity):
        type(objs).label = "x"


class _Row:
    attnames = ("id", "name")


class Row:
    attnames = ()

    def __init__(self, values):
        # Another class's attribute, the same at every call, copied over
        # once it differs: no call's data.
        if self.__class__.attnames is not _Row.attnames:
            self.__class__.attnames = _Row.attnames  # want-strict: CT101
        self.values = values
