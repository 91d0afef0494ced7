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
