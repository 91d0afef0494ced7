# A project's own per-instance cache decorator that happens to be called
# lru_cache: not functools'.


def lru_cache(fn):
    def wrapper(self, *args):
        store = self.__dict__.setdefault("_lru", {})
        if args not in store:
            store[args] = fn(self, *args)
        return store[args]

    return wrapper
