from .util import HandlerBlueprint, LoggedBlueprint

bp = HandlerBlueprint("handlers", __name__)
logged_bp = LoggedBlueprint("logged", __name__)


class RHThing:
    def process(self):
        return "thing"


def status():  # entry: flask-route
    return "ok"


def health():  # entry: flask-route
    return "ok"


bp.add_url_rule("/thing", "thing", RHThing)
bp.add_url_rule("/status", "status", status)
logged_bp.add_url_rule("/health", "health", health)
