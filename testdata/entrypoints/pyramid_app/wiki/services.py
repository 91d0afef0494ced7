from cornice import Service
from cornice.resource import resource

status = Service(name="status", path="/status")


@status.get()
def get_status(request):  # entry: cornice-view
    return {"ok": True}


@resource(collection_path="/notes", path="/notes/{id}")
class Note:
    def __init__(self, request, context=None):  # entry: cornice-resource
        self.request = request

    def collection_get(self):  # entry: cornice-resource
        return {"notes": []}

    def get(self):  # entry: cornice-resource
        return {"id": self.request.matchdict["id"]}

    def helper(self):
        return None


def includeme(config):  # startup: pyramid-include
    config.add_subscriber(log_response, "pyramid.events.NewResponse")


def log_response(event):  # entry: pyramid-subscriber
    return None
