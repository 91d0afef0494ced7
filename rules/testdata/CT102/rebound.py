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
