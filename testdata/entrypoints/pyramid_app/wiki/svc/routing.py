# A route's context factory is called with each request that matches the
# route, and a root factory with every request; the security policy set
# on the config is one object whose methods every request calls.
from pyramid.config import Configurator


class PageResource:
    def __init__(self, request):  # entry: pyramid-context
        self.request = request


class Root:
    def __init__(self, request):  # entry: pyramid-context
        self.request = request


class TokenPolicy:
    def __init__(self, secret):
        self.secret = secret

    def identity(self, request):  # shared: pyramid-security
        return None

    def permits(self, request, context, permission):  # shared: pyramid-security
        return True

    def sign(self, value):
        return value


def make_app():
    config = Configurator()
    config.add_route("page", "/page/{name}", factory="wiki.svc.routing.PageResource")
    config.set_root_factory(Root)
    config.set_security_policy(TokenPolicy("s3cret"))
    return config.make_wsgi_app()
