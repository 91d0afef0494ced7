# attrs binds a field's default object itself in the __init__ it writes,
# not a copy: a mutable default is shared by every instance built
# without it. dataclasses refuse a list, dict or set default, and
# pydantic copies one.
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping

import attr
import attrs
from attr import attrib, define
from pydantic import BaseModel


@attr.s(slots=True, auto_attribs=True)
class Association:
    medium: str
    address: str
    extra_fields: Dict[str, Any] = {}  # want: CT104
    tags: List[str] = attr.Factory(list)
    invites: list = attr.ib(factory=list)
    seen: set = attr.ib(default=set())  # want: CT104


@attr.s
class Classic:
    # Without auto_attribs an annotated name is a class attribute, not
    # a field: CT102's, when a method changes it.
    headers: dict = {}
    params = attr.ib(default={})  # want: CT104
    cookies = attrib(default=[])  # want: CT104


@define
class Modern:
    labels: Dict[str, str] = {}  # want: CT104
    _cache: dict = {}  # want-strict: CT104 (no method of the class changes it)
    limits: Mapping[str, int] = {}  # want-strict: CT104 (a read-only type)
    count: int = 0
    name: str = "x"


@attrs.frozen
class Frozen:
    # Frozen forbids rebinding the field, not changing the dict.
    options: dict = attrs.field(default={})  # want: CT104


@define
class Explicit:
    # A field declared without an annotation makes only the declared
    # ones fields: the annotated name is a class attribute.
    bag: dict = {}
    items = attrs.field(default=[])  # want: CT104


@dataclass
class Plain:
    data: dict = field(default_factory=dict)


class Model(BaseModel):
    extra: dict = {}


def build(medium, address):
    assoc = Association(medium, address)
    assoc.extra_fields["invites"] = []
    return assoc
