import collections as c
import enum
import threading
from dataclasses import dataclass
from typing import ClassVar

import attr
import pydantic
from django.db import models
from django.contrib.postgres.fields import ArrayField

_module_lock = threading.Lock()


class Renderer:
    _cache = {}

    def render(self, key):
        if key not in self._cache:
            self._cache[key] = key * 2  # want: CT102
        return self._cache[key]


class Everything:
    items = []
    counts = c.Counter()
    by_key = dict()
    tags = {"a"}
    queue = c.deque()
    seen = set()

    def one_finding_per_attribute(self, x):
        self.items.append(x)  # want: CT102
        self.items.extend([x])
        self.counts[x] += 1  # want: CT102

    def through_class_name(self, k):
        Everything.by_key.update({k: 1})  # want: CT102

    def through_type_of_self(self, t):
        type(self).tags.add(t)  # want: CT102

    def through_dunder_class(self, k):
        self.__class__.by_key.setdefault(k, 0)  # want: CT102

    def deletion(self, k):
        del self.by_key[k]  # want-strict: CT102

    def augmented_attribute(self, x):
        self.items += [x]  # want: CT102

    @classmethod
    def through_cls(cls, x):
        cls.queue.appendleft(x)  # want: CT102

    @staticmethod
    def static(x):
        Everything.seen.discard(x)  # want-strict: CT102

    @property
    def first(self):
        self.items.sort()  # want: CT102
        return self.items[0]

    def closure(self):
        def callback(x):
            self.seen.add(x)  # want: CT102

        return callback

    def under_another_context_manager(self, path):
        with open(path) as f:
            self.items.append(f.read())  # want: CT102

    # Not flagged: reads only, other objects, shadowed receivers.

    def reads(self, k):
        for x in self.items:
            print(x)
        return k in self.by_key, self.by_key.get(k), len(self.tags), list(self.queue)

    def other_object(self, other, k):
        other.by_key[k] = 1
        local = {}
        local[k] = 1

    def shadowing_lambda(self):
        return lambda self: self.items.append(1)


class Tracked:
    instances = []

    def __init__(self):
        # Mutated, not rebound: every Tracked ever built is kept here.
        self.instances.append(self)  # want: CT102


class OwnContainers:
    _cache = {}
    names = []

    def __init__(self):
        self._cache = {}
        self.names = list(self.names)

    def put(self, k, v):
        self._cache[k] = v
        self.names.append(k)

    @classmethod
    def put_on_class(cls, k):
        # __init__'s rebinding is per instance; cls still reaches the
        # shared dict.
        cls._cache[k] = 1  # want: CT102


class WithClassVar:
    undocumented: ClassVar[dict] = {}
    # Shared on purpose by every instance: a process-wide memo.
    memo: ClassVar[dict] = {}
    registry: ClassVar[list] = []  # shared registry of all loaded plugins

    def use(self, k):
        self.undocumented[k] = 1  # want: CT102
        self.memo[k] = 1  # want-strict: CT102
        self.registry.append(k)  # want-strict: CT102


@dataclass
class Point:
    x: int = 0
    history: ClassVar[list] = []
    _cache = {}

    def move(self):
        self.history.append(self.x)  # want: CT102
        self._cache[self.x] = self  # want: CT102


@attr.s
class AttrsThing:
    items: list = []

    def add(self, x):
        self.items.append(x)


class Model(pydantic.BaseModel):
    tags: list[str] = []
    _private = {}

    def add(self, t):
        self.tags.append(t)
        self._private[t] = 1


class Order(models.Model):
    labels = ArrayField(models.CharField(max_length=10), default=list)
    extra = models.JSONField(default=dict)

    def label(self, x):
        self.labels.append(x)
        self.extra["k"] = x

    class Meta:
        ordering = ["id"]
        indexes = []

        def odd(self):
            self.indexes.append(1)


class Color(enum.Enum):
    RED = {"hex": "f00"}

    def paint(self):
        Color.RED.value.update({})
        self.RED["x"] = 1


class Slotted:
    __slots__ = ["a"]
    __registry__ = []

    def f(self):
        self.__registry__.append(1)


class Locked:
    _lock = threading.RLock()
    _mutex = threading.Lock()
    _entries = {}
    _other = {}

    @classmethod
    def put(cls, k, v):
        with cls._lock:
            cls._entries[k] = v  # want-strict: CT102

    def put_instance(self, k, v):
        with self._mutex:
            self._entries[k] = v  # want-strict: CT102

    def put_module_lock(self, k, v):
        with _module_lock:
            self._other[k] = v  # want-strict: CT102


class Plugin:
    plugins = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugins.append(cls)  # want-strict: CT102


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Immutable:
    names = ()
    count = 0
    missing = None

    def add(self, n):
        self.names += (n,)
        self.count += 1
        self.missing = {}


def factory():
    class Local:
        rows = []

        def add(self, r):
            self.rows.append(r)  # want-strict: CT102

    return Local


class Sessions:
    # Taking entries out of a shared cache leaves nothing of one request
    # for the next: Low. Putting one in, in the same method, is not.
    active = {}

    def untrack(self, key):
        self.active.pop(key, None)  # want-strict: CT102

    def replace(self, key, value):
        self.active.pop(key, None)  # want: CT102
        self.active[key] = value


class FlagsView:
    # The arm that changes self.context binds its own dict first.
    context = {}

    def init(self, level, case):
        if level == "org":
            self.form = case
        else:
            self.context = {"case": case}
            if level == "goods":
                self.context["goods"] = case.goods


class OrgView:
    # Bound in one arm, changed after the if: the other arm leaves the
    # class's dict in place.
    context = {}

    def init(self, level, case):
        if level == "org":
            self.context = {"case": case}
        self.context["goods"] = case.goods  # want: CT102
