# Kinto's own Service (Cornice's, which Kinto vendors) and its resources,
# registered with @resource.register(): a resource is built per request,
# with the request, and the method of the verb runs.
import kinto.core
from kinto.core import Service, resource

changeset = kinto.core.Service(name="changeset", path="/changeset")
broadcasts = Service(name="broadcast", path="/__broadcasts__")


@changeset.get()
def get_changeset(request):  # entry: cornice-view
    return {}


@broadcasts.get()
def broadcasts_view(request):  # entry: cornice-view
    return {}


@resource.register(name="changes", plural_path="/changes", object_path=None)
class Changes(resource.Resource):
    def __init__(self, request, context=None):  # entry: kinto-resource
        self.request = request

    def plural_get(self):  # entry: kinto-resource
        return []

    def _helper(self):
        return None
