from .settings import Settings


class Base:
    _instance = None

    def __new__(cls, *args, **kwargs):  # not reported here: Base sets nothing
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


class Mailer(Base):
    def __init__(self, host):  # want: CT202
        self.host = host


class SubSettings(Settings):
    # Inherits both: Settings is the one reported.
    pass


class OwnNew(Settings):
    _instance = None

    def __new__(cls):  # want: CT202
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance


class Infrastructure(Base):
    # Once, by a flag on the class, named as itself.
    _initialized = False

    def __init__(self):
        """Set up the pools once per process."""
        if Infrastructure._initialized:
            return
        self.pools = {}
        Infrastructure._initialized = True


class ByTheFlagOfAnother(Base):
    def __init__(self):  # want: CT202
        if Infrastructure._initialized:
            return
        self.pools = {}


class Backend:
    # The session is made once, under a check that it is unset: only
    # the prefix is set again at every call.
    _instance = None
    session = None

    def __new__(cls, *args, **kwargs):
        if not isinstance(cls._instance, cls):
            cls._instance = object.__new__(cls)
        return cls._instance

    def __init__(self, url_prefix="stable"):  # want: CT202
        self.url_prefix = url_prefix
        if not self.session:
            self._setup_session()

    def _setup_session(self):
        self.session = object()
        self.retries = 3


class Connector:
    # Everything it sets, it sets once.
    _instance = None
    client = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __init__(self):
        if self.client is None:
            self.client = object()
