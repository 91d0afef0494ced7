from flask.views import MethodView


def a():  # entry: flask-route
    return "a"


def b():  # entry: flask-route
    return "b"


def c():  # entry: flask-route-lambda
    return "c"


ROUTES = {"/a": a, "/b": b, "/c": lambda: c()}


class ItemsView(MethodView):
    def get(self):  # entry: flask-view
        return []

    def post(self):  # entry: flask-view
        return {}


class Cache:
    def get(self, key):
        return None
