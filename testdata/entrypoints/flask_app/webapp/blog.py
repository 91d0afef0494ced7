import flask
from flask.views import MethodView

bp = flask.Blueprint("blog", __name__)


@bp.get("/posts")
def list_posts():  # entry: flask-route
    return []


@bp.errorhandler(404)
def not_found(e):  # entry: flask-hook
    return "missing", 404


class Router:
    def route(self, rule):
        def wrap(f):
            return f

        return wrap


router = Router()


@router.route("/not-an-app")
def not_a_route():
    return None


_registry = {}


def register(f):
    _registry[f.__name__] = f
    return f


@register
def plugin():
    return None
