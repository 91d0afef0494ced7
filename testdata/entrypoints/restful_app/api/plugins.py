from vendored.rest import PluginResource

from .handlers import api


class CsvResource(PluginResource):
    # Known as a resource only through the wrapper, called from here.
    def get(self):  # entry: flask-restful-resource
        return None

    def helper(self):
        return None


api.add_org_resource(CsvResource, "/api/csv")
