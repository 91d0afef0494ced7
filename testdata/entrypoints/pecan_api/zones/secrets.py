import pecan
from pecan import expose


class SecretsController:
    # A generic handler: index answers what no method routes, and each
    # HTTP method has its own def, by index.when.
    @expose(generic=True)
    def index(self, **kw):  # shared: pecan-controller
        pecan.abort(405)

    @index.when(method="GET", template="json")
    def on_get(self, **kw):  # shared: pecan-controller
        return {}

    @index.when(method="POST", template="json")
    def on_post(self, **kw):  # shared: pecan-controller
        return {}

    @staticmethod
    def when(x):
        return x

    @when
    def unrelated(self):
        return None


class SecretController:
    # Built by the lookup below for one request: its handlers serve that
    # request only.
    def __init__(self, secret):
        self.secret = secret

    @expose("json")
    def index(self):  # entry: pecan-controller
        return {"secret": self.secret}


class SecretsRoot:
    @expose()
    def _lookup(self, secret_id, *remainder):  # shared: pecan-controller
        return SecretController(secret_id), remainder


class V1Controller:
    # Mounted once below, and also built by a lookup: the mounted object
    # serves every request under /v1.
    @expose("json")
    def index(self):  # shared: pecan-controller
        return {}


class VersionsRoot:
    v1 = V1Controller()

    @expose()
    def _lookup(self, version, *remainder):  # shared: pecan-controller
        if version == "latest":
            return V1Controller(), remainder
        return None
