from .base import BaseResource
from .handlers import api


class ReportResource(BaseResource):
    def get(self):  # entry: flask-restful-resource
        return None


api.add_org_resource(ReportResource, "/api/reports")
