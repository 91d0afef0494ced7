import flask


def timed_blueprint(bp, prefix=None):
    # Instrument it, and hand back the same blueprint.
    bp.before_request(lambda: None)
    return bp


def renamed(bp):
    return flask.Blueprint("other", __name__)


plain = flask.Blueprint("plain", __name__)
v2 = timed_blueprint(flask.Blueprint("v2", __name__), prefix="/v2")
again = timed_blueprint(plain)


@v2.route("/manifests")
def manifests():  # entry: flask-route
    return []


@again.route("/tags")
def tags():  # entry: flask-route
    return []


class Registry:
    def route(self, rule):
        def wrap(f):
            return f

        return wrap


not_bp = timed_blueprint(Registry())


@not_bp.route("/nothing")
def nothing():
    return None
