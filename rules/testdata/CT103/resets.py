from lib.store import Store


class ConfigCache:
    _entries = {}

    def get(self, k):
        if k not in self._entries:
            self._entries[k] = k.upper()
        return self._entries[k]

    def reset(self):
        self._entries = {}  # want: CT103

    def reset_typed(self):
        self._entries: dict = dict()  # want: CT103

    def clear_in_place(self):
        self._entries.clear()

    def reset_to_none(self):
        self._entries = None

    @classmethod
    def reset_for_everyone(cls):
        cls._entries = {}

    def reset_other(self, other):
        other._entries = {}

    def nested(self):
        def helper(obj):
            obj._entries = {}

        return helper


class LocalStore(Store):
    def flush(self):
        self._rows = list()  # want: CT103


class Mutator:
    seen = set()


class MutatedBySubclass(Mutator):
    def forget(self):
        self.seen = set()  # want: CT103


class Sub(Mutator):
    def remember(self, x):
        self.seen.add(x)


# Not flagged: each instance already has its own container, the
# container is never mutated in place, the class attribute is no
# container, the assignment is __init__'s.


class PerInstance:
    _entries = {}

    def __init__(self):
        self._entries = {}

    def put(self, k):
        self._entries[k] = 1

    def reset(self):
        self._entries = {}


class ReadOnly:
    defaults = {"a": 1}

    def get(self, k):
        return self.defaults.get(k)

    def override(self):
        self.defaults = {"a": 2}


class NotAContainer:
    _entries = None

    def get(self, k):
        self._entries[k] = 1

    def reset(self):
        self._entries = {}


class InitOnly:
    _items = []

    def __init__(self):
        self._items = []

    def add(self, x):
        self._items.append(x)


class CopyOnWrite:
    # Rebinding to a copy of the shared container gives this instance its
    # own: the idiom that avoids the sharing, not a reset that misses it.
    tags = []
    options = {}

    def add_tag(self, t):
        self.tags.append(t)
        self.options[t] = True

    def own_tags(self):
        self.tags = list(self.tags)

    def with_option(self, k):
        self.options = {**self.options, k: True}

    def own_copy(self):
        self.options = self.options.copy()

    def prune(self):
        # Filtering prunes this instance's view only: still the bug.
        self.options = {k: v for k, v in self.options.items() if v}  # want: CT103

    def setUp(self):
        # Not test code: setUp is an ordinary method here.
        self.tags = []  # want: CT103


class SamlAccount:
    # An empty placeholder: every method that uses it builds its own
    # first, and changes only that.
    schema: dict = {}

    def prepare(self, mapping):
        self.schema = {"properties": dict(mapping)}
        self.schema["properties"].update({"gender": {}})
        self.schema.setdefault("required", [])


class Registry:
    # Changed in place by one method, on the class-level dict, and reset
    # on one instance by another.
    entries: dict = {}

    def add(self, key, value):
        self.entries[key] = value

    def rebuild(self, rows):
        self.entries = dict(rows)  # want: CT103
        self.entries.update({"x": 1})


class Catalog:
    # The classmethod rebinds and fills the class's own dict; an instance
    # that resets it gets its own, and the rest keep the class's.
    entries = {}

    @classmethod
    def load(cls, data):
        cls.entries = {}
        cls.entries.update(data)

    def clear(self):
        self.entries = {}  # want: CT103


class Cycles:
    # A per-request handler starts its own list, then calls the private
    # helper that fills it: the class's list is never changed in place.
    cycles = []

    def get(self, request):
        self.cycles = []
        self._count(request)
        return self.cycles

    def _count(self, request):
        self.cycles.append(request)


class ConflictSearch:
    # The search starts its own list, then the methods it calls, public
    # ones too, fill it two calls down (namex's name analysis builder):
    # every run that changes it starts after the search rebinds it.
    processed = []

    def search(self, names):
        self.processed = []
        for name in names:
            self.conflicts(name)
        return self.processed

    def conflicts(self, name):
        return self.similar(name)

    def similar(self, name):
        self.skip_seen(name)

    def skip_seen(self, name):
        if name not in self.processed:
            self.processed.append(name)


class HalfReset:
    # One of the two methods that reach the change rebinds first; the
    # other changes the class's list.
    processed = []

    def search(self, names):
        self.processed = []  # want: CT103
        self.skip_seen(names)

    def peek(self, names):
        self.skip_seen(names)

    def skip_seen(self, name):
        self.processed.append(name)


class NotesView:
    # build starts the params anew; the subclass changes them only after
    # calling it: no instance changes the class's dict.
    query_params = {}

    def build(self):
        self.query_params = {}
        self.query_params["user"] = 1


class SearchView(NotesView):
    def build(self):
        super().build()
        self.query_params["usage_id__in"] = 2


class StoreBase:
    def __init__(self):
        self.init_db()

    def init_db(self):
        return True


class CsvShares(StoreBase):
    # Every instance runs the reset as it is built (the base's __init__
    # calls this class's init_db): no instance ever uses the class's list.
    _cache = []

    def init_db(self):
        self.load()

    def load(self):
        self._cache = []
        self._cache.append(1)

    def add(self, row):
        self._cache.append(row)


import threading


class RequestState(threading.local):
    # A thread-local object: reset gives the thread that runs it its own
    # dict, which is what it is for.
    cookies = {}

    def reset(self):
        self.cookies = {}  # want-strict: CT103 (thread-local)

    def add(self, k, v):
        self.cookies[k] = v
