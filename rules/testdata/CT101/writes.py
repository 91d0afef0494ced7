import threading

from app.state import State
from pydantic.fields import ModelPrivateAttr

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
        Sync.hits += 1  # want-strict: CT101

    def constant(self):
        Sync.label = "done"  # want-strict: CT101

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
            cls.event_id = v  # want-strict: CT101

    def module_lock(self, v):
        with _lock:
            Sync.event_id = v  # want-strict: CT101

    _lock = threading.RLock()


class Plugin:
    registry = {}
    name = ""

    def __init_subclass__(cls, name="", **kw):
        super().__init_subclass__(**kw)
        cls.name = name  # want-strict: CT101

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
        cls.default = fn  # want-strict: CT101
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


class LazyMemo:
    # A lazy initialisation guarded by "not set yet", with a value that
    # comes from no parameter: every writer writes the same thing, like the
    # lazy-init guard of CT301.
    _resolver = None
    _all_settings = {}
    _models = None
    _ready = False
    last_user = None

    @classmethod
    def resolver(cls):
        if cls._resolver is None:
            cls._resolver = build(cls)
        return cls._resolver

    @classmethod
    def settings(cls):
        # Empty means not built yet, spelt with len.
        if len(cls._all_settings) == 0:
            cls._all_settings = build(cls)
        return cls._all_settings

    @classmethod
    def models(cls):
        if "_models" not in cls.__dict__:
            cls._models = [m for m in cls.names]
        return cls._models

    def check(self):
        # a constant behind the guard is a "first call happened" flag
        if not LazyMemo._ready:
            LazyMemo._ready = True  # want-strict: CT101

    @classmethod
    def by_hasattr(cls):
        if not hasattr(cls, "_extra"):
            setattr(cls, "_extra", build(cls))

    # Still flagged: per-call values behind the same guard, and writes
    # under a check that something is set (not a lazy initialisation).

    def remember(self, request):
        if LazyMemo.last_user is None:
            LazyMemo.last_user = request.user  # want: CT101

    @classmethod
    def other_guard(cls):
        if cls._ready:
            cls._resolver = build(cls)  # want: CT101

    # A client built once, while unset, from what the first call gives:
    # later calls get the first one's (low: the first call wins, and its
    # arguments are mostly the process's settings).
    @classmethod
    def client_for(cls, uri):
        if cls._client is None:
            cls._client = build(uri)  # want-strict: CT101
        return cls._client


def build(klass):
    return klass


class NotAGuard:
    _resolver = None

    @classmethod
    def replace(cls):
        if cls._resolver is not None:
            cls._resolver = build(cls)  # want: CT101


class NotTestCode:
    # A lifecycle-named method outside test code does not make a class a
    # test-case mixin.
    current = None

    def tearDown(self):
        NotTestCode.current = None  # want-strict: CT101

    def use(self, request):
        NotTestCode.current = request.user  # want: CT101


class Endpoint:
    _allow_init = False

    @classmethod
    def allowing_init(cls):
        # A toggle: set, then the old value put back. Per request, two
        # threads race on it; not a harmless flag.
        old = cls._allow_init
        cls._allow_init = True  # want: CT101
        try:
            yield
        finally:
            cls._allow_init = old  # want: CT101


class MongoConnection:
    # A lazy singleton: both are set together from no parameter. The
    # client's own guard exempts it; the instance's guard is a sibling's,
    # so it is Low: strict shows it.
    _instance = None
    _client = None

    @classmethod
    def get(cls):
        if cls._client is None:
            cls._instance = cls()  # want-strict: CT101
            cls._client = connect(cls)
        return cls._instance


def connect(klass):
    return klass


class Registry2:
    kinds = None

    @classmethod
    def load(cls, kind):
        # kind in the comprehension is its own: no per-call data.
        cls.kinds = {kind.name: kind for kind in ALL_KINDS}  # want: CT101


class AppsMap:
    _apps_map = None
    _mapping = None
    _seen = None

    @classmethod
    def apps_map(cls):
        # A lazy initialisation with an early return when it is set.
        if cls._apps_map:
            return cls._apps_map
        cls._apps_map = build(cls)
        return cls._apps_map

    @classmethod
    def mapping(cls):
        if not isinstance(cls._mapping, dict):
            cls._mapping = build(cls)
        return cls._mapping

    @classmethod
    def installed(cls):
        # Asked for, and set when it is missing: once.
        try:
            return cls._installed
        except AttributeError:
            cls._installed = build(cls)
            return cls._installed

    @classmethod
    def installed_by_setattr(cls):
        try:
            return cls._checked
        except AttributeError:
            setattr(cls, "_checked", build(cls))
            return cls._checked

    @classmethod
    def placeholder(cls):
        # While it is still the placeholder a model class gives it.
        if isinstance(cls._placeholder, ModelPrivateAttr):
            cls._placeholder = build(cls)
        return cls._placeholder

    @classmethod
    def remember(cls, request):
        if cls._seen is not None:
            return cls._seen
        cls._seen = request.user  # want: CT101


class JSONBAgg:
    function = None

    def as_sql(self, compiler, connection):
        vendor = connection.vendor
        func_map = {"postgresql": "JSONB_AGG", "mysql": "JSON_ARRAYAGG"}
        # Per-call data through a local: the connection's vendor.
        JSONBAgg.function = func_map[vendor]  # want: CT101
        return compiler


class Config:
    # A singleton built on the first call, from that call's arguments: the
    # guard makes it once.
    _instance = None

    def __init__(self, path=None):
        self.path = path

    @staticmethod
    def instance(*args, **kwargs):
        if not hasattr(Config, "_instance") or Config._instance is None:
            Config._instance = Config(*args, **kwargs)
        return Config._instance

    @classmethod
    def shared(cls, path):
        if cls._instance is None:
            cls._instance = cls(path)
        return cls._instance

    @classmethod
    def replace(cls, path):
        cls._instance = cls(path)  # want: CT101 (no guard: every call builds another)
        return cls._instance


class LazyByGetattr:
    # getattr(X, "attr", None) checks it is unset as X.attr is None does.
    @classmethod
    def client(cls):
        if getattr(cls, "_client", None) is None:
            cls._client = build(cls)
        if not getattr(cls, "_pool", None):
            cls._pool = build(cls)
        return cls._client, cls._pool


class OnlyOne:
    # A singleton whose constructor refuses a second instance: the write
    # in the else branch runs once.
    _instance = None

    def __init__(self):
        if OnlyOne._instance is not None:
            raise RuntimeError("a singleton")
        else:
            OnlyOne._instance = self
        self.items = {}
