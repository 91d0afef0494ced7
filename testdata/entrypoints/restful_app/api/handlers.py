from flask_restx import Namespace, Resource as RestxResource
from vendored.rest import PluginResource

from .base import ApiExt, BaseResource

api = ApiExt()
ns = Namespace("todos")


class AlertResource(BaseResource):
    def __init__(self):  # entry: flask-restful-resource
        self.client = None

    def get(self, alert_id):  # entry: flask-restful-resource
        return self._load(alert_id)

    def post(self, alert_id):  # entry: flask-restful-resource
        return None

    def _load(self, alert_id):
        return alert_id


class ExportResource(PluginResource):
    # Its base is not known: only its registration says it handles requests.
    def get(self):  # entry: flask-restful-resource
        return None


class Todo(RestxResource):
    def delete(self, todo_id):  # entry: flask-restx-resource
        return None


class NotAResource:
    def get(self):
        return None


api.add_org_resource(AlertResource, "/api/alerts/<alert_id>", endpoint="alert")
api.add_org_resource(ExportResource, "/api/export")
ns.add_resource(Todo, "/<int:todo_id>")
