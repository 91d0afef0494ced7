# fix: unsafe
import functools


def handlers(names=[]):
    @functools.cache
    def lookup(key):
        return key in names

    names.append("x")
    return lookup
