import time

from sqlalchemy import create_engine

from . import state
from .state import COUNTS, LOCKED, MEMO, RECENT, SEEN, _lock


def remember(path):
    RECENT.append(path)  # want: CT204


def client():
    if state._client is None:
        state._client = object()  # want-strict: CT204
    return state._client


def count_hit(name):
    COUNTS[name] += 1  # want-strict: CT204


def drop(key):
    SEEN.discard(key)  # want-strict: CT204


def remember_locked(x):
    with _lock:
        LOCKED[x] = x  # want-strict: CT204


def memo(key):
    if key in MEMO:
        return MEMO[key]
    MEMO[key] = key * 2  # want-strict: CT204
    return MEMO[key]


def load_maps(category):
    # Two maps filled together, under a check of the first: both once
    # per category.
    if category not in state.SPECS:
        specs, objects = {}, {}
        state.SPECS[category] = specs  # want-strict: CT204
        state.OBJECTS[category] = objects  # want-strict: CT204


def has_smtp():
    # A lazy initialisation by an early exit: both names are set once.
    global _valid_smtp, _smtp_error
    if _valid_smtp is not None:
        return _valid_smtp
    _valid_smtp, _smtp_error = check_smtp()  # want-strict: CT204, CT204
    return _valid_smtp


def check_smtp():
    return True, None


def shadowed(request, RECENT=None):
    CARTS = {}
    CARTS["x"] = request  # a local
    RECENT.append(request)  # a parameter
    seen = []

    def inner(x):
        seen.append(x)  # the enclosing def's local

    inner(request)
    return CARTS


def rebuild(items):
    # No request or task reaches it.
    RECENT.extend(items)  # want-strict: CT204


def compiled(pattern):
    try:
        return state.PATTERNS[pattern]
    except KeyError:
        pass
    state.PATTERNS[pattern] = p = pattern.upper()  # want-strict: CT204
    return p


def version(name):
    v = state.VERSIONS.get(name)
    if v is not None:
        return v
    state.VERSIONS[name] = v = len(name)  # want-strict: CT204
    return v


def template(name):
    state._template_cache[name] = name.title()  # want-strict: CT204


def listen(obj, fn):
    state.LISTENERS[obj] = fn  # want-strict: CT204


def spawn(coro):
    import asyncio

    task = asyncio.ensure_future(coro)
    state.TASKS.add(task)  # want-strict: CT204
    task.add_done_callback(state.TASKS.discard)
    return task


def spawn_finalized(coro, name):
    import asyncio
    import functools

    task = asyncio.ensure_future(coro)
    state.TASKS.add(task)  # want-strict: CT204
    task.add_done_callback(functools.partial(_finalize, name=name))
    return task


def spawn_lambda(coro):
    import asyncio

    # Taken out by a lambda the task calls when done.
    task = asyncio.ensure_future(coro)
    state.TASKS.add(task)  # want-strict: CT204
    task.add_done_callback(lambda _: state.TASKS.remove(task))
    return task


def spawn_plain(coro):
    import asyncio

    task = asyncio.ensure_future(coro)
    state.TASKS.add(task)  # want-strict: CT204
    task.add_done_callback(_forget)
    return task


def spawn_kept(coro):
    import asyncio

    task = asyncio.ensure_future(coro)
    state.TASKS.add(task)  # want: CT204
    task.add_done_callback(_log)
    return task


def _finalize(task, name):
    state.TASKS.discard(task)  # want-strict: CT204


def _forget(task):
    state.TASKS.discard(task)  # want-strict: CT204


def _log(task):
    print(task)


_valid_smtp = None
_smtp_error = None


def next_id():
    global _sequence_count, _last
    _last = 0  # want-strict: CT204
    _sequence_count += 2  # want-strict: CT204


def engine_for(dsn):
    engine = create_engine(dsn)
    state.ENGINES[dsn] = engine  # want-strict: CT204
    return engine


def note_failure(key):
    state.FAILURES[key] = time.monotonic() + 3600  # want-strict: CT204


_total = 0
_LIMIT = 10


def overflow():
    global _overflow
    _overflow = (_total - 1) // _LIMIT  # want-strict: CT204


def set_limit(limit=None):
    global _LIMIT
    _LIMIT = limit or _LIMIT  # want: CT204


def storage_for(pk, updated):
    if entry := state.STORAGES.get(pk):
        if entry[0] == updated:
            return entry[1]
    state.STORAGES[pk] = (updated, object())  # want-strict: CT204


_WIDGET = None
_WIDGET_SUM = None
_READY = None
_last_note = None


def widget():
    # Filled once: the block sets the global its guard tests, so the
    # next call skips it, and every write in it.
    global _WIDGET, _WIDGET_SUM
    if _WIDGET is None:
        _WIDGET = open("widget.js").read()  # want-strict: CT204
        _WIDGET_SUM = hash(_WIDGET)  # want-strict: CT204
    return _WIDGET, _WIDGET_SUM


def note(path):
    # Nothing here fills the global the guard tests: the block runs at
    # every call until something else sets it.
    global _last_note
    if _READY is None:
        _last_note = path.upper()  # want: CT204
    return _last_note


_PAGE = None
_PAGE_SUM = None


def page(force):
    # What the check says is unset is `force`, not `_PAGE`: the block
    # runs at every forced call, though it fills `_PAGE`.
    global _PAGE, _PAGE_SUM
    if _PAGE is not None and not force:
        _PAGE_SUM = hash(force)  # want: CT204
        _PAGE = force  # want-strict: CT204
    return _PAGE


EXPORT_SETTINGS = {"image": None, "format": "png"}


def export_as(image, fmt):
    # A local bound to the module's dict is the module's dict.
    settings = EXPORT_SETTINGS
    settings["image"] = image  # want: CT204
    copied = dict(EXPORT_SETTINGS)
    copied["format"] = fmt  # a copy: the call's own
    other = EXPORT_SETTINGS
    other = {}
    other["format"] = fmt  # bound again to the call's own dict
    return settings, copied, other


_RENDERED = {}


def rendered(key):
    # A cache filled through a local, under a check of that local.
    cache = _RENDERED
    if key not in cache:
        cache[key] = key.upper()  # want-strict: CT204
    return cache[key]


_SESSIONS = {}
_BY_SOCKET = {}
_WATCHERS = []


class Session:
    # Each session puts itself in the registries and a method of its
    # class takes it out: a registry of live objects, not a leak.
    def __init__(self, sid, socket_id, data):
        self.data = data
        self.id = sid
        self.socket_id = socket_id
        _SESSIONS[self.id] = self  # want-strict: CT204
        _BY_SOCKET[socket_id] = self  # want-strict: CT204
        _WATCHERS.append(self)  # want: CT204

    def close(self):
        _SESSIONS.pop(self.id, None)  # want-strict: CT204
        _BY_SOCKET.pop(self.socket_id, None)  # want-strict: CT204


_STATS = {"data": {}, "at": None}


def load_counts():
    return {"n": 1}


def refresh_stats():
    # Kept with the time of the fill, and filled again when old: a cache
    # with an expiry.
    _STATS["data"] = load_counts()  # want-strict: CT204
    _STATS["at"] = time.time()


def stats():
    if _STATS["at"] is None or time.time() - _STATS["at"] > 60:
        refresh_stats()
    return _STATS["data"]


_LAST = {}


def remember_user(user):
    # The time beside it does not make the caller's data a cache.
    _LAST["user"] = user  # want: CT204
    _LAST["at"] = time.time()


_JOBS = []


class Job:
    # Each job puts itself in the list and takes itself out: by a call.
    def __init__(self):
        _JOBS.append(self)  # want-strict: CT204

    def close(self):
        _JOBS.remove(self)  # want-strict: CT204


def page_sum():
    return _PAGE_SUM


_RATES = {"data": {}, "at": None}


def clock_skew():
    return 0


def refresh_rates():
    # The time of the fill, corrected by a helper: still a time.
    _RATES["data"] = load_counts()  # want-strict: CT204
    _RATES["at"] = time.time() - clock_skew()


def rates():
    if time.time() - (_RATES["at"] or 0) > 60:
        refresh_rates()
    return _RATES["data"]


_warehouse = {}  # the one engine, and the port it was built for


def set_warehouse(engine, port):
    # Called only where the getter finds no engine: set once (per port).
    _warehouse["engine"] = engine  # want-strict: CT204
    _warehouse["port"] = port


def get_warehouse():
    return _warehouse.get("engine")


def warehouse(port):
    if get_warehouse() is None:
        set_warehouse(object(), port)
    return get_warehouse()
