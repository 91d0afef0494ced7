import threading

from app.state import State

_lock = threading.Lock()


class Sync:
    event_id = 0
    label = "x"
    hits = 0

    def run(self, event_id):
        Sync.event_id = event_id  # want: CT101

    def via_type(self, request):
        type(self).label = request.path  # want: CT101

    def via_dunder_class(self):
        self.__class__.label = self.name  # want: CT101

    def counter(self):
        Sync.hits += 1  # want: CT101

    def constant(self):
        Sync.label = "done"  # want: CT101

    def with_setattr(self, value):
        setattr(Sync, "label", value)  # want: CT101

    @classmethod
    def configure(cls, name):
        cls.label = name  # want: CT101

    @staticmethod
    def static(v):
        Sync.event_id = v  # want: CT101

    def other_module(self, request):
        State.current_user = request.user  # want: CT101

    def closure(self):
        def later(v):
            Sync.event_id = v  # want: CT101

        return later

    # Not flagged: instance attributes, other objects, lock-guarded writes.

    def instance(self, v):
        self.event_id = v
        self.stats = {}

    def other_object(self, other, v):
        other.event_id = v
        setattr(other, "label", v)

    @classmethod
    def locked(cls, v):
        with cls._lock:
            cls.event_id = v

    def module_lock(self, v):
        with _lock:
            Sync.event_id = v

    _lock = threading.RLock()


class Plugin:
    registry = {}
    name = ""

    def __init_subclass__(cls, name="", **kw):
        super().__init_subclass__(**kw)
        cls.name = name

    def __set_name__(self, owner, name):
        owner.field_name = name


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


class SomeTest:
    @classmethod
    def setUpClass(cls):
        cls.db = object()

    @classmethod
    def tearDownClass(cls):
        cls.db = None

    @classmethod
    def setup_class(cls):
        cls.client = object()


class Meta(type):
    def __call__(cls, *args):
        cls.created = True
        return super().__call__(*args)


class Registry:
    default = None

    @classmethod
    def set_default(cls, fn):
        cls.default = fn
        return fn


@Registry.set_default
def handler():
    pass


def class_decorator(klass):
    klass.decorated = True
    return klass


@class_decorator
class Decorated:
    pass


Sync.label = "configured at import"
