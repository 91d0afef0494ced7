import typing
from flask import Flask, current_app, g, request

from . import callbacks, levels, scans, state
from .services import (
    client, compiled, count_hit, drop, engine_for, has_smtp, listen, load_maps, memo, next_id, note_failure, overflow, remember,
    remember_locked, set_limit, shadowed, spawn, spawn_finalized, spawn_kept, spawn_lambda, spawn_plain, storage_for, template, version, widget, note, page, export_as, rendered,
    Session, refresh_stats, remember_user, Job, rates, warehouse,
)
from .state import CARTS

app = Flask(__name__)
_last_path = None


@app.route("/cart")
def cart():
    CARTS[request.args["user"]] = request.args["item"]  # want: CT204
    levels.setup(10)
    callbacks.check_signature(request.data)
    remember(request.path)
    client()
    count_hit("cart")
    drop("x")
    remember_locked(1)
    memo(2)
    load_maps(request.args["c"])
    has_smtp()
    shadowed(request)
    compiled("x"), version("y"), template("z"), listen(request, print)
    spawn(None), spawn_finalized(None, "x"), spawn_lambda(None), spawn_plain(None), spawn_kept(None), next_id(), engine_for("sqlite://"), note_failure("k"), overflow(), set_limit(3), storage_for(1, 2)
    widget(), note(request.path), page(request.args), export_as(request.files, "jpg"), rendered(request.path)
    Session(request.args["s"], request.args["k"], request.args).close()
    refresh_stats(), remember_user(request.user), Job().close(), rates(), warehouse(request.args["p"])
    return "ok"


@app.route("/login")
def login(user_id):
    global _last_path
    _last_path = request.path  # want: CT204
    state.CURRENT_USER = user_id  # want: CT204
    state.tracker.items.append(user_id)  # an object's list: CT106's, not module state
    return "ok"


@app.route("/signup")
def signup():
    from .registry import register_tenant

    register_tenant(request.args["tenant"])
    return "ok"


google = None
github = None


@app.before_request
def register_modules():
    # Run once per process: it leaves when the application's flag is set,
    # and sets it itself.
    global google, github
    if current_app.extensions.get("auth_modules_registered"):
        return
    google = object()  # want-strict: CT204
    github = object()  # want-strict: CT204
    current_app.extensions["auth_modules_registered"] = True


@app.before_request
def per_request_flag():
    # g is the request's own: the flag is set again for every request.
    global github
    if getattr(g, "done", False):
        return
    github = request.args["x"]  # want: CT204
    g.done = True


_POOLS = {}
_PIES = {}
_SERIES = {}


@app.route("/render")
def render_remote():
    for server in request.args.getlist("server"):
        # A memo in the ask-forgiveness style: filled the first time only.
        try:
            pool = _POOLS[server]
        except KeyError:
            pool = _POOLS[server] = set()  # one finding per state and def: the line below
        try:
            pool.pop()
        except ValueError:
            _POOLS[server] = request.args["x"]  # want: CT204
    load_functions()
    return "ok"


def load_functions(force=False):
    # Left early once filled, unless forced: the sibling state it fills
    # after is filled once too.
    if _SERIES and not force:
        return
    # One finding per state and def.
    _SERIES.clear()  # want-strict: CT204
    _SERIES.update({"a": 1})
    _PIES.clear()  # want-strict: CT204
    _PIES.update({"b": 2})


_QUEUED = []
_ORDER = {}


@app.route("/order")
def order_lookup():
    # What start-up code queued is moved in once: the def empties the
    # queue it checks.
    if _QUEUED:
        for model, order in _QUEUED:
            _ORDER[model] = order  # want-strict: CT204
        _QUEUED.clear()  # want-strict: CT204
    return _ORDER


_SHA_A = None
_SHA_B = None


@app.route("/throttle")
def throttle():
    # Clearing two cached values at once writes the same constants as one
    # at a time does.
    global _SHA_A, _SHA_B
    _SHA_A, _SHA_B = None, None  # want-strict: CT204 CT204
    return "ok"


_FALSE_POSITIVE = None
_DUPLICATE = None


@app.route("/parse")
def parse_report():
    # Two constants chosen by the data: what the call leaves is its choice.
    global _FALSE_POSITIVE, _DUPLICATE
    if request.args.get("dup"):
        _FALSE_POSITIVE = "Duplicate"  # want: CT204
    else:
        _FALSE_POSITIVE = "No"
    _DUPLICATE = "No"  # want-strict: CT204
    return "ok"


_RESET = None


@app.route("/reset")
def reset_limit():
    # None beside another value: a reset, not a request's choice.
    global _RESET
    if not request.args.get("key"):
        _RESET = None  # want-strict: CT204
        return "off"
    _RESET = _SHA_A
    return "on"


_TITLE = None


def parse_xml(root, scan_id, request):
    global _TITLE
    _TITLE = root  # want-strict: CT204 (its one call cannot bind: it raises)


@app.route("/nmap")
def nmap_upload():
    try:
        parse_xml(root=request.args["r"], scan_id=1)
    except Exception:
        pass
    return "ok"


@app.route("/status")
def status():
    return {"last": _last_path, "github": github, "verdict": _FALSE_POSITIVE}


@app.route("/scan")
def scan_upload():
    scans.parse_ports(request.json)
    scans.note_scan(request.json)
    scans.set_target(request.args["t"])
    scans.set_mode(request.args["m"])
    scans.taxonomies(), scans.has_taxonomy("x"), scans.galaxies("y"), scans.reload_galaxies("z"), scans.maps(), scans.map_names(), scans.next_sequence(), scans.check_redis(True), scans.log_socket(request), scans.service(request), scans.STORE.tracking(), scans.subscribed(request, 1), scans.queued(request, 1), scans.joined(request, request, None), scans.watch(request, None), scans.note_port(1), scans.codes(), scans.reload_codes("x"), scans.rejoin(request), scans.wait(request), scans.children_cleared(request, instance=request), scans.cleared_once(request, instance=request)
    return {"last": scans.last_scan}


_ENFORCER = None


@app.route("/enforce")
def enforce():
    # The write is a lazy init; the cast after it rebinds the global to
    # what it holds.
    global _ENFORCER
    if not _ENFORCER:
        _ENFORCER = make_enforcer()  # want-strict: CT204 (a lazy init)
    _ENFORCER = typing.cast(Enforcer, _ENFORCER)
    _ENFORCER = _ENFORCER
    return _ENFORCER.check(request.path)
