import collections
import collections as coll
import types
import weakref
from collections import OrderedDict
from collections import defaultdict as dd

from pkg import defaultdict as reexported
from pkg.factories import make_list
from shadow import list as shadowed_list


def literal_list(x=[]):  # want: CT104
    return x


def literal_dict(x={}):  # want: CT104
    return x


def literal_set(x={1, 2}):  # want: CT104
    return x


def list_comprehension(x=[i for i in range(3)]):  # want: CT104
    return x


def dict_comprehension(x={k: 1 for k in "ab"}):  # want: CT104
    return x


def set_comprehension(x={c for c in "ab"}):  # want: CT104
    return x


def set_call(x=set()):  # want: CT104
    return x


def dict_call(x=dict(a=1)):  # want: CT104
    return x


def list_call(x=list(range(3))):  # want: CT104
    return x


def bytearray_call(x=bytearray()):  # want: CT104
    return x


def through_module(x=collections.Counter()):  # want: CT104
    return x


def through_module_alias(x=coll.deque()):  # want: CT104
    return x


def through_from_alias(x=dd(list)):  # want: CT104
    return x


def ordered(x=OrderedDict()):  # want: CT104
    return x


def weak(x=weakref.WeakValueDictionary()):  # want: CT104
    return x


def reexported_through_package(x=reexported(int)):  # want: CT104
    return x


def keyword_only(*, x=[]):  # want: CT104
    return x


def positional_only(x=[], /):  # want: CT104
    return x


def two_defaults(a, x=[], y={}):  # want: CT104, CT104
    return a, x, y


async def coroutine(x={}):  # want: CT104
    return x


class Service:
    def method(self, seen=set()):  # want: CT104
        return seen

    class Inner:
        def deep(self, acc=[]):  # want: CT104
            return acc


handler = lambda x=[]: x  # want: CT104


def outer():
    def inner(acc=[]):  # want-strict: CT104
        return acc

    return inner


def spans_lines(
    x=[  # want: CT104
        1,
        2,
    ],
):
    return x


# Not flagged: immutable defaults, None sentinels, calls that are not
# container types, containers nested inside another call, a shadowed name.


def none_default(x=None):
    if x is None:
        x = []
    return x


def tuple_default(x=()):
    return x


def frozenset_default(x=frozenset()):
    return x


def constants(a="abc", b=0, c=1.5, d=b"", e=True):
    return a, b, c, d, e


def factory_call(x=make_list()):
    return x


def read_only_view(x=types.MappingProxyType({})):
    return x


def shadowed(x=shadowed_list()):
    return x


def annotated_none(x: list[int] | None = None):
    return x


def container_in_body(x=None):
    y = []
    return x, y


def after_positional_only(a, b=(), /, c={}):  # want: CT104
    return a, b, c


def in_positional_only(a, b=[], /, c=None):  # want: CT104
    return a, b, c


class Key:
    def __init__(self, domains=[], accounts=[]):  # want-strict: CT104 CT104
        # A slice assignment copies the default's items in: it is read.
        self.domains[:] = domains
        self.accounts[1:] = accounts


class KeepsIt:
    def __init__(self, domains=[]):  # want: CT104
        self.domains = self.first = domains
        self.first.append(1)
