from flask.views import MethodView


def a():  # entry: flask-route
    return "a"


def b():  # entry: flask-route
    return "b"


ROUTES = {"/a": a, "/b": b}


class ItemsView(MethodView):
    def get(self):  # entry: flask-view
        return []

    def post(self):  # entry: flask-view
        return {}


class Cache:
    def get(self, key):
        return None
