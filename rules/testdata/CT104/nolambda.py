# No anonymous functions here: CT104 finds every def by its statements.
import collections


def top(x=[]):  # want: CT104
    return x


class Outer:
    def method(self, x={}):  # want: CT104
        return x

    if True:
        def in_if(self, x=set()):  # want: CT104
            return x

    class Inner:
        async def deep(self, x=collections.deque()):  # want: CT104
            return x


try:
    def in_try(x=[1]):  # want: CT104
        return x
except ImportError:
    def in_except(x=[2]):  # want: CT104
        return x
finally:
    pass

for _ in range(1):
    with open(__file__) as f:
        def in_with(x={1: 2}):  # want: CT104
            def nested(y=[]):  # want-strict: CT104
                return y
            return x

match 1:
    case 1:
        def in_case(x=dict()):  # want: CT104
            return x


def fine(x=None, y=(), z=frozenset()):
    return x, y, z
