from flask import Flask as F

from .blog import bp
from .team_blueprint import audited
from . import views


def create_app(config=None):  # startup: app-factory
    app = F(__name__)
    app.register_blueprint(bp)
    app.register_blueprint(audited)

    @app.route("/health")
    def health():  # entry: flask-route
        return "ok"

    @app.before_request
    def load_user():  # entry: flask-hook
        pass

    def status():  # entry: flask-route
        return "up"

    app.add_url_rule("/status", view_func=status)  # calls: flask.Flask.add_url_rule
    for rule, handler in views.ROUTES.items():
        app.add_url_rule(rule, view_func=handler)
    app.add_url_rule("/items", view_func=views.ItemsView.as_view("items"))
    app.route("/version")(version)
    return app


def version():  # entry: flask-route
    return "1"


def register_extra(app: F):
    @app.get("/extra")
    def extra():  # entry: flask-route
        return ""


def register_unknown(app):
    # app is a parameter with no annotation, but of the libraries this
    # module imports only flask's apps and blueprints have a route.
    @app.route("/unknown")
    def unknown():  # entry: flask-route
        return ""
