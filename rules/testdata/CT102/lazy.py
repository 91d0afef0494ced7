# A class-level container filled once, under a check that it is still
# empty, with no per-call data: every caller fills it the same. Low.


def load_choices():
    return {"a": 1}


class Choices:
    _cache = {}
    _seen = {}
    _items = []

    def get(self):
        if not self._cache:
            self._cache.update(load_choices())  # want-strict: CT102
        return self._cache

    @classmethod
    def items(cls):
        if not cls._items:
            cls._items.extend(load_choices())  # want-strict: CT102
        return cls._items

    def remember(self, key, value):
        # Per-call data: the classic shared cache, whatever guards it.
        if not self._seen:
            self._seen[key] = value  # want: CT102


MODELS = {"a": 1, "b": 2}


class Registry:
    # Filled once behind a flag of its own, which the fill sets after.
    models = {}
    seen = []
    _loaded = False
    _checked = False

    @classmethod
    def load_all(cls):
        if cls._loaded:
            return
        for name, config in MODELS.items():
            cls.models[name] = config  # want-strict: CT102
        cls._loaded = True

    @classmethod
    def check(cls, item):
        # The flag is never set: the guard stops nothing.
        if cls._checked:
            return
        cls.seen.append(item)  # want: CT102
