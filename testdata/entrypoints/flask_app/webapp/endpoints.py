# An extension-style class that registers its routes and hooks on the app
# init_app gives it, kept on self (ppr's Endpoints, a class-level
# `app: Optional[Flask] = None`), and one whose __init__ takes the app.
from typing import Optional

from flask import Flask


class Endpoints:
    app: Optional[Flask] = None

    def init_app(self, app):
        self.app = app
        self._handler_setup()

    def _handler_setup(self):
        @self.app.route("/")
        def index():  # entry: flask-route
            return "ok"

        @self.app.before_request
        def before():  # entry: flask-hook
            return None


class Versioning:
    def __init__(self, app: Flask):
        self.app = app

    def setup(self):
        @self.app.after_request
        def add_version(response):  # entry: flask-hook
            return response


endpoints = Endpoints()
