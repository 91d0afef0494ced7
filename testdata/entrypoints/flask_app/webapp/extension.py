# A Flask extension: one object for the process, whose init_app is
# given the app and registers the extension's own methods as hooks by
# calling them, not by decorating. The methods run per request, on the
# one extension object.
from flask import g


class Connections(object):
    def __init__(self, app=None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        app.teardown_appcontext(self.teardown)
        app.context_processor(self.inject)
        app.url_defaults(self.add_language)

    def teardown(self, exception):  # shared: flask-hook
        g.pop("client", None)

    def inject(self):  # shared: flask-hook
        return {}

    def add_language(self, endpoint, values):  # shared: flask-hook
        values.setdefault("lang", "en")

    def connect(self):
        return None


def init_blueprint(bp):
    bp.teardown_app_request(close_cursor)
    bp.app_context_processor(globals_for_templates)


def close_cursor(exception):  # entry: flask-hook
    return None


def globals_for_templates():  # entry: flask-hook
    return {}
