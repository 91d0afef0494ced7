import datetime
import threading
import time

from flask import Blueprint, current_app, g, request
from flask.globals import current_app as app_proxy

bp = Blueprint("index", __name__)


@bp.before_request
def session_timeout():
    # current_app stands for the application, one object every request of
    # the process shares: the health check below sets it to zero for the
    # requests after it.
    current_app.permanent_session_lifetime = datetime.timedelta(minutes=int(request.args["t"]))  # want: CT106
    app_proxy.config["THEME"] = request.args["theme"]  # want: CT106
    g.user = request.args["user"]  # the request's own


@bp.route("/healthcheck")
def healthcheck():
    current_app.permanent_session_lifetime = datetime.timedelta(minutes=0)  # want: CT106
    return "ok"


@bp.route("/terminal")
def terminal():
    # Set once, while unset; then a constant: neither is a request's data.
    if "sessions" not in current_app.config:
        current_app.config["sessions"] = dict()  # want-strict: CT106
    if not current_app.extensions.get("ready"):
        current_app.extensions["ready"] = True  # want-strict: CT106
    return "ok"


@bp.route("/theme")
def theme():
    if "a" not in current_app.config:
        current_app.config["b"] = request.args["b"]  # want: CT106
    return "ok"


def get_settings(from_db=False):
    # A memo: it leaves early once the key is there.
    if not from_db and "custom_settings" in current_app.config:
        return current_app.config["custom_settings"]
    current_app.config["custom_settings"] = {"k": from_db}  # want-strict: CT106
    return current_app.config["custom_settings"]


@bp.route("/settings")
def settings_view():
    return get_settings()


class Anonymous:
    pass


class LoginManager:
    anonymous_user = None
    login_view = None


login_manager = LoginManager()


DEMO_PAGES = {"title": "Demo", "rows": []}


class Interaction:
    LOGIN = "login"


@bp.before_request
def anonymous():
    # The same class at every request: no request's data.
    login_manager.anonymous_user = Anonymous  # want-strict: CT106
    login_manager.login_view = request.args["v"]  # want: CT106
    # The module's one dict, and a class's constant: the same at every request.
    login_manager.demo = DEMO_PAGES  # want-strict: CT106
    login_manager.interaction = Interaction.LOGIN  # want-strict: CT106


@bp.route("/messages")
def handle_messages():
    # Set for the one message, and set back when it is done.
    try:
        login_manager.patient = request.args["patient"]  # want-strict: CT106
        return "ok"
    finally:
        login_manager.patient = None  # the one finding of the def and attribute is the first


class ApplicationSettings:
    # Every set is written to the database: what the next request reads
    # is the stored setting, not this object's.
    def __setattr__(self, name, value):
        save_setting(name, value)

    def __getattr__(self, name):
        return load_setting(name)


def save_setting(name, value):
    return name, value


def load_setting(name):
    return name


application_settings = ApplicationSettings()


@bp.route("/collect")
def collect():
    application_settings.last_collected = request.args["at"]  # want-strict: CT106
    return "ok"


class SandboxConfig:
    resource_factor = 1


class ServerConfig:
    def __init__(self):
        self.sandbox = SandboxConfig()
        self.git_user_name = None


def load_config():
    return ServerConfig()


server_config = load_config()
typed_config = ServerConfig()


@bp.route("/settings", methods=["POST"])
def store_settings():
    # A part of the one config object is as shared as the object: the
    # next user's sandbox gets this user's factor.
    server_config.git_user_name = request.args["name"]  # want: CT106
    server_config.sandbox.resource_factor = request.args["factor"]  # want: CT106
    typed_config.sandbox.resource_factor = request.args["factor"]  # want: CT106
    typed_config.sandbox.extra.append(request.args["x"])  # a change through a part: not seen
    return "ok"


class RequestState:
    def __init__(self):
        self.local = threading.local()


request_state = RequestState()


@bp.route("/state")
def state_view():
    request_state.local.user = request.args["user"]  # each thread's own
    return "ok"


class Notifier:
    pass


def make_client(key):
    return (key,)


_notify = Notifier()
_notify.client = None
_audit = Notifier()


def _init_notify():
    # Every call in the module is under `if _notify.client is None`: a
    # lazy initialisation its callers guard.
    _notify.client = make_client(current_app.config["NOTIFY_KEY"])  # want-strict: CT106


def _init_audit():
    _audit.client = make_client(current_app.config["AUDIT_KEY"])  # want: CT106


@bp.route("/notify")
def notify():
    if _notify.client is None:
        _init_notify()
    _init_audit()  # no check: every request builds and stores it again
    return "ok"


def fetch_surveys():
    return {}


def refresh_surveys():
    # A cache by hand, kept with the time of its fill, which check_surveys
    # compares: filled again when old, with what every request shares.
    current_app.surveys = fetch_surveys()  # want-strict: CT106
    current_app.surveys_time = time.monotonic()  # want-strict: CT106


def check_surveys():
    if not hasattr(current_app, "surveys_time") or time.monotonic() - current_app.surveys_time > 60:
        refresh_surveys()


def remember_visit():
    # The time is kept for show; the visitor is the request's.
    current_app.last_visitor = request.args["user"]  # want: CT106
    current_app.last_visit = time.time()  # want-strict: CT106


@bp.route("/surveys")
def surveys():
    check_surveys()
    remember_visit()
    return current_app.surveys
