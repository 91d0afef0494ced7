class Tracker:
    def __init__(self):
        self.items = []

    def seen(self, request):
        self.last = request  # module-level instance's method: not reported (yet)


tracker = Tracker()


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
