# CT101 on a class defined in a function body: Low, only under strict.


def make_counter():
    class Counter:
        total = 0

        def add(self, n):
            type(self).total = n  # want-strict: CT101

    return Counter
