import logging
import threading

log = logging.getLogger(__name__)


class Settings:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, path="settings.toml"):  # want: CT202
        self.path = path
        self.values = {}


class Registry:
    _instances = {}

    def __new__(cls):
        if cls not in cls._instances:
            cls._instances[cls] = object.__new__(cls)
        return cls._instances[cls]

    def __init__(self):  # want: CT202
        self.handlers = []


_client = None


class Client:
    def __new__(cls):
        global _client
        if _client is None:
            _client = super().__new__(cls)
        return _client

    def __init__(self):  # want: CT202
        self._setup()

    def _setup(self):
        self.session = object()


class Guarded:
    # The fix: __init__ runs its body once per object.
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        if getattr(self, "_ready", False):
            return
        self._ready = True
        self.values = {}


class Wrapped:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        """Set up once."""
        if not hasattr(self, "values"):
            self.values = {}


class LogsOnly:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        log.info("settings asked for")


class SetInNew:
    # State set once inside __new__'s creation branch: the fix.
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        with cls._lock:
            if cls._instance is None:
                inst = super().__new__(cls)
                inst.values = {}
                cls._instance = inst
        return cls._instance


class NotASingleton:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


class NotAGuard:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):  # want: CT202
        if self.debug_enabled():
            log.info("again")
        self.values = {}

    def debug_enabled(self):
        return False


class SessionsManager:
    instance = None

    def __new__(cls, database):
        if cls.instance is None:
            cls.instance = super().__new__(cls)
            cls.instance.database = database  # set once, when created
            return cls.instance
        cls.instance.database = database  # want: CT202
        return cls.instance


class OnceInNew:
    _instance = None

    def __new__(cls, database):
        if cls._instance is None:
            inst = super().__new__(cls)
            inst.database = database
            cls._instance = inst
        return cls._instance


class FlushStep:
    # Interned per unit of work: kept in a container of the caller's own
    # object, not on the class; a new unit of work starts empty.
    def __new__(cls, uow, *args):
        key = (cls,) + args
        if key in uow.steps:
            return uow.steps[key]
        uow.steps[key] = ret = object.__new__(cls)
        return ret

    def __init__(self, uow, mapper):
        self.mapper = mapper


class Registered:
    # Kept in a module-level registry: one per key for the process.
    def __new__(cls, name):
        if name not in _REGISTERED:
            _REGISTERED[name] = super().__new__(cls)
        return _REGISTERED[name]

    def __init__(self, name):  # want: CT202
        self.name = name


_REGISTERED = {}


class GlobalDB:
    # Returned at once when kept: what follows creates it, once.
    __instance = None

    def __new__(cls, data_dir=None, msg_aggregator=None):
        if GlobalDB.__instance is not None:
            return GlobalDB.__instance
        GlobalDB.__instance = object.__new__(cls)
        GlobalDB.__instance._data_directory = data_dir
        GlobalDB.__instance.msg_aggregator = msg_aggregator
        return GlobalDB.__instance


class Inquirer:
    _instance = None

    def __new__(cls, data_dir=None):
        if cls._instance:
            return cls._instance
        cls._instance = object.__new__(cls)
        cls._instance.data_dir = data_dir
        return cls._instance


class EarlyButEveryCall:
    # The early return is of another test: the write runs at every call.
    _instance = None

    def __new__(cls, database):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        cls._instance.database = database  # want: CT202
        return cls._instance
