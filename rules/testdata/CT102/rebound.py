# A later statement of a class body replaces what an earlier one bound.


class Form:
    fields = {}

    def fields(self):  # the name is a method from here on
        return {}

    def add(self, k):
        self.fields[k] = 1


class Later:
    def cache(self):
        return {}

    cache = {}  # the name is a dict from here on

    def add(self, k):
        self.cache[k] = 1  # want: CT102


class Branches:
    # Only one branch runs: a binding in an if does not replace the one
    # before it.
    seen = []
    if False:
        seen = None

    def add(self, k):
        self.seen.append(k)  # want: CT102


class FeedParser:
    # parse starts with a fresh list on the instance: what it appends to
    # is its own, not the class's.
    items = []

    def parse(self, data):
        self.items = []
        for x in data:
            self.items.append(x)
        return self.items

    def parse_late(self, data):
        for x in data:
            self.items.append(x)  # want: CT102
        self.items = []


class CycleCounter:
    # get, a per-request handler, starts the instance's own list before
    # calling the helper that fills it: the only caller of a private
    # method, so what it appends to is the instance's.
    cycles = []
    pending = []
    seen = []

    def get(self, request):
        self.cycles = []
        self.pending = []
        self._count(request)
        return self.cycles

    def _count(self, request):
        self.cycles.append(request)
        self.pending.append(request)
        self.seen.append(request)  # want: CT102

    def retry(self, request):
        # No fresh list here: pending is the class's when _drain runs.
        self._drain(request)

    def _drain(self, request):
        self.pending.append(request)  # want: CT102


class ConflictSearch:
    # The search starts its own list; the change is two calls down, in
    # methods only the class's own code calls, on self.
    processed = []
    hits = []

    def search(self, names):
        self.processed = []
        for name in names:
            self.conflicts(name)
        return self.processed

    def conflicts(self, name):
        return self.similar(name)

    def similar(self, name):
        self.processed.append(name)
        self.hits.append(name)  # want: CT102


class Callback:
    # A private method taken as a value may run from anywhere.
    handlers = []

    def register(self, bus):
        self.handlers = []
        bus.on("x", self._on_x)
        self._on_x()

    def _on_x(self):
        self.handlers.append(1)  # want: CT102


class BaseCounter:
    # A subclass calls the private method with no fresh list of its own:
    # the append then changes the class's.
    cycles = []

    def get(self, request):
        self.cycles = []
        self._count(request)

    def _count(self, request):
        self.cycles.append(request)  # want: CT102


class ChildCounter(BaseCounter):
    def post(self, request):
        self._count(request)


class WorkflowView:
    # Public helpers that the class's own handler calls after binding the
    # instance's dicts: set_value is called from nowhere else in the
    # tree, so what it changes is the instance's; add_note is called
    # from outside too, where notes may still be the class's.
    state_map = {}
    notes = {}

    def set_value(self, key, value):
        self.state_map[key] = value

    def add_note(self, key, value):
        self.notes[key] = value  # want: CT102

    def post(self, request):
        self.state_map = request.fetch()
        self.notes = {}
        self.set_value("a", 1)
        self.add_note("a", 1)


def annotate(view):
    view.add_note("b", 2)



class SheetImporter:
    # Each row starts with fresh dicts, bound by a method of the class
    # the loop calls first: what the helper fills is the instance's own.
    fields_to_create = {}
    labels = {}
    totals = {}

    def _reset_row(self):
        self.fields_to_create = {}
        self.labels = {}

    def import_rows(self, rows):
        for row in rows:
            self._reset_row()
            self._assign(row)

    def _assign(self, row):
        self.fields_to_create["name"] = row
        self.labels[row] = row
        self.totals[row] = 1  # want: CT102


import threading


class RequestState(threading.local):
    # A thread-local object keeps attributes per thread, but its class's
    # dict is one: reset gives each thread its own before it is changed
    # (a middleware calls it as each request starts).
    cookies = {}
    headers = {}

    def reset(self):
        self.cookies = {}

    def add_cookie(self, k, v):
        self.cookies[k] = v  # want-strict: CT102 (reset gives each thread its own)

    def add_header(self, k, v):
        self.headers[k] = v  # want: CT102 (nothing gives a thread its own)


request_state = RequestState()
