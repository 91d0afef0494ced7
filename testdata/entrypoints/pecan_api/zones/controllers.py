import pecan
import wsmeext.pecan as wsme_pecan
from pecan import expose, rest


class ZonesController(rest.RestController):
    # One object, a class attribute of the root, serves every request.
    @expose("json")
    def get_all(self):  # shared: pecan-controller
        self.last_marker = pecan.request.params.get("marker")
        return {"zones": []}

    @expose("json")
    def get_one(self, zone_id):  # shared: pecan-controller
        return {"id": zone_id}

    @wsme_pecan.wsexpose(None, status_code=204)
    def delete(self, zone_id):  # shared: pecan-controller
        return None

    def _lookup(self, name, *remainder):  # shared: pecan-controller
        return None

    def helper(self):
        return None


class RootController:
    zones = ZonesController()

    @pecan.expose("json")
    def index(self):  # shared: pecan-controller
        return {}


def setup_app(config):
    return pecan.make_app(RootController())
