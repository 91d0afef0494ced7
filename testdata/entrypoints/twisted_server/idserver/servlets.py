from twisted.web.resource import Resource
from twisted.web import resource


class BaseResource(Resource):
    isLeaf = True

    def render(self, request):  # shared: twisted-resource
        return super().render(request)


class LookupServlet(BaseResource):
    def __init__(self, store):
        super().__init__()
        self.store = store

    def render_GET(self, request):  # shared: twisted-resource
        return self._lookup(request)

    def render_POST(self, request):  # shared: twisted-resource
        return self._lookup(request)

    def _lookup(self, request):
        return self.store.get(request.args)


class Root(resource.Resource):
    def getChild(self, name, request):  # shared: twisted-resource
        return self


class Plain:
    # Not a resource: its render_GET is nobody's.
    def render_GET(self, request):
        return b""
