class Registry:
    handlers = {}

    @classmethod
    def register(cls, fn):
        cls.handlers[fn.__name__] = fn  # want-strict: CT102
        return fn


class Plugins:
    # Filled by the call at the bottom of this module, at import time.
    plugins = []

    @staticmethod
    def add(plugin):
        Plugins.plugins.append(plugin)  # want-strict: CT102


Plugins.add("default")
