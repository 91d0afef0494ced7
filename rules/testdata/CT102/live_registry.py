# Connections that put themselves in a class-level registry and take
# themselves out when they close: a registry of live objects, shared by
# design; one that never takes them out keeps every one.


class Consumer:
    clients = []
    by_id = {}

    def connect(self):
        Consumer.clients.append(self)  # want-strict: CT102
        self.by_id[self.id] = self  # want-strict: CT102

    def disconnect(self):
        if self in Consumer.clients:
            Consumer.clients.remove(self)  # want-strict: CT102
        self.by_id.pop(self.id, None)  # want-strict: CT102


class Listener:
    listeners = []
    seen = []

    def start(self, data):
        Listener.listeners.append(self)  # want: CT102
        Listener.seen.append(data)  # want: CT102


class Job:
    # Emptied only by a reset for tests: every job is kept.
    instances = []

    def __init__(self, data):
        Job.instances.append(self)  # want: CT102

    @classmethod
    def reset_for_tests(cls):
        cls.instances.clear()  # want-strict: CT102


class TrackerSession:
    # Each session keys its own entry and deletes it when it is done.
    active = {}

    def open(self, transaction_id):
        TrackerSession.active[self] = transaction_id  # want-strict: CT102

    def close(self):
        if self in TrackerSession.active:
            del TrackerSession.active[self]  # want-strict: CT102


class Visits:
    # Keyed by the object, never taken out: every one is kept.
    counts = {}

    def visit(self, n):
        Visits.counts[self] = n  # want: CT102
