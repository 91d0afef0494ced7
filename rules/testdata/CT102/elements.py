# Mutations of an element of a class-level container: the element is
# reached through the container, so the container's contents change for
# every instance.


class Seen:
    _seen = {}
    _by_key = {}
    _pairs = {}
    _groups = {}
    _buckets = {}
    _rows = []

    def mark(self, scope, key):
        self._seen[scope][key] = True  # want: CT102

    def index(self, k, x):
        self._by_key[k].append(x)  # want: CT102

    def forget(self, a, b):
        del self._pairs[a][b]  # want-strict: CT102

    def group(self, k, v):
        self._groups.setdefault(k, []).append(v)  # want: CT102

    def bucket(self, k, v):
        self._buckets.get(k, []).append(v)  # want: CT102

    def bump(self, i, j):
        self._rows[i][j] += 1  # want: CT102

    def choose(self, months):
        # A list held by an element's attribute: the element is the
        # class's, and so is its list.
        self._by_key["ordering"].choices.extend(months)  # want: CT102

    def count(self, k):
        self._by_key[k].hits += 1  # want: CT102

    @classmethod
    def mark_on_class(cls, scope, key):
        cls._seen[scope][key] = False  # want: CT102

    # Not flagged: reads of elements, an element of a slice (a copy),
    # and an element of another object's container.

    def reads(self, scope, key):
        return self._seen[scope][key], self._by_key.get(key, [])[0]

    def slice_copy(self, v):
        self._rows[:][0] = v
        self._rows[1:3].append(v)

    def other_object(self, other, k, v):
        other._by_key[k].append(v)
        other._seen[k][v] = True


class PerInstance:
    # Rebound in __init__: each instance has its own containers, and so
    # its own elements.
    _seen = {}
    _by_key = {}

    def __init__(self):
        self._seen = {}
        self._by_key = {}

    def mark(self, scope, key):
        self._seen[scope][key] = True
        self._by_key.setdefault(scope, []).append(key)
        del self._seen[scope][key]


class BuiltPerInstance:
    def __init__(self):
        self._index = {}

    def add(self, k, v):
        self._index[k][v] = 1
        self._index.setdefault(k, []).append(v)
