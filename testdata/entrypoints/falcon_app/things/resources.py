import falcon


def check_token(req, resp, resource, params):  # entry: falcon-hook
    pass


class Base:
    def on_get(self, req, resp):  # overridden: never runs
        pass

    def on_delete(self, req, resp):  # shared: falcon-route
        pass

    def helper(self):
        pass


class ThingsResource(Base):
    def __init__(self, db):
        self.db = db

    @falcon.before(check_token)
    def on_get(self, req, resp):  # shared: falcon-route
        pass

    def on_post_item(self, req, resp, thing_id):  # shared: falcon-route
        pass

    def describe(self):
        pass


class Health:
    def on_get(self, req, resp):  # shared: falcon-route
        pass


class AuthMiddleware:
    def process_request(self, req, resp):  # shared: falcon-middleware
        pass

    def process_response(self, req, resp, resource, req_succeeded):  # shared: falcon-middleware
        pass

    async def process_startup(self, scope, event):  # startup: falcon-lifespan
        pass

    async def process_shutdown(self, scope, event):  # startup: falcon-lifespan
        pass

    def audit(self):
        pass


def sink(req, resp):  # entry: falcon-route
    pass


def handle_error(req, resp, ex, params):  # entry: falcon-hook
    pass
