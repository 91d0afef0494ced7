import time

# A scan's fields kept in module globals.

port = None
protocol = None
last_scan = None
current_target = None


def parse_ports(rows):
    global port, protocol
    for row in rows:
        if row["key"] == "portid":
            port = row["value"]  # want: CT204
        if row["key"] == "protocol":
            # Nothing reads it: no later call sees what this one leaves.
            protocol = row["value"]  # want-strict: CT204
    return {"port": port}


def note_scan(scan):
    # Read by another module, as `scans.last_scan`.
    global last_scan
    last_scan = scan["id"]  # want: CT204


def set_target(target):
    # Imported by name elsewhere.
    global current_target
    current_target = target  # want: CT204


def set_mode(mode):
    # Only written here; read through `globals()` in the next module.
    from . import dynamic
    dynamic.set_mode(mode)


TAXONOMIES = None
GALAXIES = None


def load_taxonomies():
    # Every caller runs it only while TAXONOMIES is unset: a lazy
    # initialisation, once per process.
    global TAXONOMIES
    TAXONOMIES = open("taxonomies.json").read()  # want-strict: CT204


def taxonomies():
    if TAXONOMIES is None:
        load_taxonomies()
    return TAXONOMIES


def has_taxonomy(name):
    if not TAXONOMIES:
        load_taxonomies()
    return name in TAXONOMIES


def load_galaxies(name):
    # One caller runs it at every call, whatever GALAXIES holds.
    global GALAXIES
    GALAXIES = name  # want: CT204


def galaxies(name):
    if GALAXIES is None:
        load_galaxies(name)
    return GALAXIES


def reload_galaxies(name):
    load_galaxies(name)
    return GALAXIES


MAPS = None
MAP_NAMES = None


def load_maps():
    # Sets both: a caller that finds either unset runs it, once.
    global MAPS, MAP_NAMES
    MAPS = open("maps.json").read()  # want-strict: CT204
    MAP_NAMES = sorted(MAPS)  # want-strict: CT204


def maps():
    if MAPS is None:
        load_maps()
    return MAPS


def map_names():
    if MAP_NAMES is None:
        load_maps()
    return MAP_NAMES


_window = 0
_in_window = 0
_overflow = 0


def now_seconds():
    return int(time.time())


def next_sequence():
    # The time of the call, through a helper of the module: a window
    # that moves on, not a request's data.
    global _window, _in_window, _overflow
    at = now_seconds() - 1600000000
    if _window != at:
        _window = at  # want-strict: CT204
        _in_window = 0  # want-strict: CT204
        _overflow = 0  # want-strict: CT204
    _in_window += 1
    if _in_window > 1000:
        _overflow = _in_window // 1000
    return at, _in_window, _overflow


_last_error_at = 0


def check_redis(ok):
    # A throttle of a log line: a time, or zero.
    global _last_error_at
    if ok:
        _last_error_at = 0  # want-strict: CT204
        return True
    now = time.monotonic()
    if _last_error_at == 0 or now - _last_error_at > 30:
        _last_error_at = now
    return False


SOCKETS = []
WATCHERS = []


async def log_socket(ws):
    # A subscriber: the call takes its own socket out when it ends.
    SOCKETS.append(ws)  # want-strict: CT204
    try:
        async for message in ws:
            await message.reply()
    finally:
        SOCKETS.remove(ws)


FILTERS = {}
QUEUES = {}
ROOMS = {}


async def subscribed(queue, wanted):
    # A subscriber keyed by its own queue: taken out again when it ends.
    FILTERS[queue] = wanted  # want-strict: CT204
    try:
        yield queue
    finally:
        del FILTERS[queue]


async def queued(queue, wanted):
    QUEUES[queue] = wanted  # want-strict: CT204
    try:
        yield queue
    finally:
        QUEUES.pop(queue, None)


async def joined(room, ws, other):
    # What it takes out is another's key: its own stays.
    ROOMS[room] = ws  # want: CT204
    del ROOMS[other]


_SERVICE = None
_STREAMS = []


def add_stream(stream):
    _STREAMS.append(stream)  # want-strict: CT204 (only a lazy init calls it)


def add_stream_always(stream):
    _STREAMS.append(stream)  # want: CT204 (a call outside the init block too)


def service(request):
    global _SERVICE
    if _SERVICE is None:
        add_stream(request)
        add_stream_always(request)
        _SERVICE = object()  # want-strict: CT204
    add_stream_always(request)
    return _SERVICE


_UNSET = object()
_TRACKER = None


def register_tracker(tracker):
    global _TRACKER
    _TRACKER = tracker  # want-strict: CT204 (only a lazy init under a sentinel reaches it)


def tracked():
    return _TRACKER


class Store:
    def __init__(self):
        self._tracking = _UNSET

    def tracking(self):
        if self._tracking is _UNSET:
            self._tracking = self._init_tracking()
        return self._tracking

    def _init_tracking(self):
        register_tracker(self)
        return object()


STORE = Store()


async def watch(ws, other):
    # What it takes out is another's: its own stays.
    WATCHERS.append(ws)  # want: CT204
    WATCHERS.remove(other)


last_port = None


def note_port(port):
    # Read by another module through `import shop.scans`.
    global last_port
    last_port = port  # want: CT204


CODES = None


def load_codes(path):
    global CODES
    CODES = open(path).read()  # want: CT204


def codes():
    if CODES is None:
        load_codes("codes.txt")
    return CODES


if CODES is None:
    # A def made under the check: its calls, at every request, are not.
    def reload_codes(path):
        load_codes(path)


PEERS = []
WAITERS = []


def rejoin(ws):
    # Taken out before it is added again: it stays after the call.
    try:
        PEERS.remove(ws)
    except ValueError:
        pass
    PEERS.append(ws)  # want: CT204


def wait(ws):
    # Taken out only when the send fails: it stays when it succeeds.
    WAITERS.append(ws)  # want: CT204
    try:
        ws.send()
    except OSError:
        WAITERS.remove(ws)
        raise


PENDING = {}
CLEARED = {}


def children_cleared(sender, **kwargs):
    # A pair of signals: the first call keeps the children under its
    # instance, the second takes them out again.
    if kwargs["action"] == "pre_clear":
        PENDING[kwargs["instance"]] = list(kwargs["instance"].children)  # want-strict: CT204
        return
    for child in PENDING.get(kwargs["instance"], []):
        child.save()
    del PENDING[kwargs["instance"]]


def cleared_once(sender, **kwargs):
    CLEARED[kwargs["instance"]] = True  # want: CT204
    CLEARED.pop(kwargs["other"], None)
