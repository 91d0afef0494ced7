# Routes added at start-up by a middleware that holds the app it was given,
# an attribute whose annotation says its class.
from typing import Optional

import falcon.asgi


class Endpoint:
    def __init__(self, name):
        self.name = name

    async def on_get(self, req, resp):  # shared: falcon-route
        pass


class RoutesMiddleware:
    def __init__(self, names):
        self.names = names
        self.app: Optional[falcon.asgi.App] = None

    def set_app(self, app):
        self.app = app

    async def process_startup(self, scope, event):  # startup: falcon-lifespan
        for name in self.names:
            endpoint = Endpoint(name)
            self.app.add_route(f"/{name}", endpoint)


def build():  # startup: app-factory
    routes = RoutesMiddleware(["search", "status"])
    app = falcon.asgi.App(middleware=[routes])
    routes.set_app(app)
    return app
