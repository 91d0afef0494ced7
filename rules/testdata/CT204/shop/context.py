# A ContextVar holds one value per context, but what a context is given
# at import is one object: every request's context copies the import's,
# so a dict set there, or given as the default, is one dict that every
# request changes.
from contextvars import ContextVar

from flask import Blueprint, request

bp = Blueprint("context", __name__)

auth_info: ContextVar[dict] = ContextVar("auth_info")
auth_info.set({})
trail = ContextVar("trail", default=[])
fresh = ContextVar("fresh")
per_request = ContextVar("per_request")
per_request.set({})
by_default = {}
counts = ContextVar("counts", default=())


@bp.route("/auth")
def authenticate():
    info = auth_info.get()
    info.clear()
    info["client"] = request.args["client"]  # want: CT204
    trail.get().append(request.path)  # want: CT204
    fresh.get({})["x"] = 1
    by_default.get("x")
    return "ok"


@bp.route("/reset")
def reset():
    # The def gives the context a dict of its own first.
    per_request.set({})
    per_request.get()["path"] = request.path
    return "ok"


OUTCOMES = {
    "in": ("checker.interstitial", {}),
    "out": ("scope.ineligible", {"category": "legal"}),
}


@bp.route("/outcome")
def outcome():
    # An element of the module's dict, by a local: its dict is the
    # module's, for every request.
    target = OUTCOMES[request.args["state"]]
    target[1]["hlpas"] = request.args["hlpas"]  # want: CT204
    return target[0]
