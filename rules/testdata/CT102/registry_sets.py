class Modifiers:
    # Filled at import, by its decorator: a local set's add elsewhere is no
    # call of it.
    items = []

    @staticmethod
    def add(klass):
        Modifiers.items.append(klass)  # want-strict: CT102
        return klass


@Modifiers.add
class Bump:
    pass


class Manager:
    def go(self, rows):
        seen = set()
        for r in rows:
            seen.add(r)
        done = {1}
        done.add(2)
        todo = set()
        todo |= set(rows)
        later = todo
        later.add(3)
        return seen, done, later


# A class-level registry of weak references: its entries go with their
# objects, and nothing of one request's is kept for the next.
import weakref


class Session:
    _all = weakref.WeakSet()
    _by_id = weakref.WeakValueDictionary()
    _strong = set()

    def __init__(self, key):
        self.__class__._all.add(self)  # want-strict: CT102
        Session._by_id[key] = self  # want-strict: CT102
        Session._strong.add(self)  # want: CT102
