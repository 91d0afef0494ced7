# Registries filled at startup from AppConfig.ready in other modules
# (apps.py), and look-alikes that are also filled per request (views.py).


class ModelCatalog:
    # Deliberate registry: every caller of enroll is a startup hook, a
    # method only startup hooks call, or import-time code.
    enrolled = set()
    watched = set()

    @classmethod
    def enroll(cls, model):
        if model in cls.enrolled:
            return
        cls.enrolled.add(model)  # want-strict: CT102
        cls._watch(model)

    @classmethod
    def _watch(cls, model):
        # Recursive, and called only from enroll: startup-only too.
        cls.watched.add(model)  # want-strict: CT102
        for child in getattr(model, "children", ()):
            cls._watch(child)


class SubCatalog(ModelCatalog):
    pass


class Formats:
    by_name = {}

    @classmethod
    def add_format(cls, name, fn):
        cls.by_name[name] = fn  # want: CT102


class Loaders:
    loaded = []

    @classmethod
    def load_all(cls):
        cls.loaded.append(1)  # want: CT102


class Signals:
    receivers = []

    @classmethod
    def on_save(cls, sender):
        cls.receivers.append(sender)  # want: CT102


class Index:
    def __init__(self):
        self.names = []

    seen = {}

    def add_name(self, name):
        self.seen[name] = True  # want-strict: CT102


# A module-level instance: its methods are resolved through it.
index = Index()
