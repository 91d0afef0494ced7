# A class whose metaclass keeps its one instance: every call of the class
# returns that object, so its class-level state is that one instance's,
# process-wide by design (CT2xx's questions), not shared among siblings.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        key = cls.__module__ + "." + cls.__name__
        if key not in cls._instances:
            cls._instances[key] = super().__call__(*args, **kwargs)
        return cls._instances[key]


class DownloadQueue(metaclass=Singleton):
    queue = []

    def add(self, item):
        self.queue.append(item)  # want-strict: CT102 (one instance)


class Counting(type):
    # A metaclass that keeps nothing: a class of it has many instances.
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kwargs)


class Jobs(metaclass=Counting):
    jobs = []

    def add(self, job):
        self.jobs.append(job)  # want: CT102


class Child(DownloadQueue):
    pending = {}

    def hold(self, key):
        self.pending[key] = True  # want-strict: CT102 (its base's metaclass)
