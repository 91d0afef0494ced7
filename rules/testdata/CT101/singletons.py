from datetime import datetime, timedelta

# A singleton's class attribute is its one instance's: set per call, it is
# process-wide by design, as the instance's own attribute would be.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Server(metaclass=Singleton):
    url_base = ""

    def run(self, url_base):
        self.__class__.url_base = url_base  # want-strict: CT101 (one instance)


class Plain:
    url_base = ""

    def run(self, url_base):
        self.__class__.url_base = url_base  # want: CT101


class Refresher:
    # When to fetch the settings again: a time read from the clock, the
    # same whichever call writes it.
    _refresh_at = datetime.now()

    @classmethod
    def settings(cls):
        if cls._refresh_at < datetime.now():
            cls._refresh_at = datetime.now() + timedelta(minutes=5)  # want-strict: CT101 (a time)
        return {}
