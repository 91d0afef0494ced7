from django.apps import AppConfig

from . import catalog as cat
from .catalog import Formats, Loaders, ModelCatalog, Signals, SubCatalog, index


class CatalogConfig(AppConfig):
    name = "startup"

    def ready(self):
        ModelCatalog.enroll(object)
        cat.ModelCatalog.enroll(int)  # through a module alias
        SubCatalog.enroll(str)  # inherited: runs ModelCatalog.enroll
        Formats.add_format("json", repr)
        Loaders.load_all()
        index.add_name("startup")
        self.install()
        self.warm()

    def install(self):
        # Only ready() calls it: its calls are startup calls too.
        ModelCatalog.enroll(bytes)
        # Connected here, called later, per request: Signals.on_save escapes.
        connect(Signals.on_save)


    warmed = {}

    def warm(self):
        # Also called per request from views.py, in another module.
        self.warmed["at_startup"] = True  # want: CT102


def connect(fn):
    return fn
