class Tracker:
    def __init__(self):
        self.items = []

    def seen(self, request):
        # Every call is on the module-level instance: its self is the one
        # object every request shares.
        self.last = request  # want: CT106


tracker = Tracker()


class Counter:
    def __init__(self):
        self.by_user = {}

    def bump(self, user):
        # One instance at module level, and others built per call: self
        # is not known to be the shared one.
        self.last_user = user


counter = Counter()


def fresh_counter(user):
    c = Counter()
    c.bump(user)
    return c


class Recorder:
    def __init__(self):
        self.events = []

    def record(self, event):
        self._store(event)

    def _store(self, event):
        # Reached through the module-level instance's record, on self.
        self.events.append(event)  # want: CT106


recorder = Recorder()


class Database:
    # Its session comes from elsewhere: db.session.add(x) is a call on
    # another object, not a change of db's own state.
    pass


db = Database()


import threading


class RequestLocal(threading.local):
    pass


local = RequestLocal()


class SiteSettings:
    # One row of settings, loaded at start-up and written back by save().
    def __init__(self):
        self.theme = "light"
        self.providers = []
        self.store = None

    def save(self):
        pass


site_settings = SiteSettings()


class Registry:
    def __init__(self):
        self.actions = {}
        self.scanned = False

    def scan(self, found):
        # Filled once, under a flag the same block sets.
        if not self.scanned:
            self.actions.update(found)  # want-strict: CT106
            self.scanned = True  # want-strict: CT106
        return self.actions


registry = Registry()



class Pushes:
    # A class-level list: what its method adds to is the class's, CT102's
    # to report, not this object's.
    sent = []

    def push(self, item):
        self.sent.append(item)


pushes = Pushes()


class Gate:
    def __init__(self):
        self._mutex = object()
        self.holder = None

    def take(self, who):
        with self._mutex:
            self.holder = who  # want-strict: CT106 (under the object's mutex)


gate = Gate()


class Metrics:
    def __init__(self, meter):
        self.views = meter.create_counter("views")
        self.pages = set()

    def page_view(self, path):
        # A metric recorded: a counter's add takes the value and its
        # attributes, which no set's add does.
        self.views.add(1, {"path": path})
        self.pages.add(path)  # want: CT106


metrics = Metrics(object())
