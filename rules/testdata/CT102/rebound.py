# A later statement of a class body replaces what an earlier one bound.


class Form:
    fields = {}

    def fields(self):  # the name is a method from here on
        return {}

    def add(self, k):
        self.fields[k] = 1


class Later:
    def cache(self):
        return {}

    cache = {}  # the name is a dict from here on

    def add(self, k):
        self.cache[k] = 1  # want: CT102


class Branches:
    # Only one branch runs: a binding in an if does not replace the one
    # before it.
    seen = []
    if False:
        seen = None

    def add(self, k):
        self.seen.append(k)  # want: CT102


class FeedParser:
    # parse starts with a fresh list on the instance: what it appends to
    # is its own, not the class's.
    items = []

    def parse(self, data):
        self.items = []
        for x in data:
            self.items.append(x)
        return self.items

    def parse_late(self, data):
        for x in data:
            self.items.append(x)  # want: CT102
        self.items = []
