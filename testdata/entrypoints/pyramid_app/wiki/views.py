from pyramid.events import NewRequest, subscriber
from pyramid.view import view_config, view_defaults


@view_config(route_name="home", renderer="json")
def home(request):  # entry: pyramid-view
    return {"pages": list_pages()}


def page_history(request):  # entry: pyramid-view
    return {"name": request.matchdict["name"]}


def list_pages():
    return []


@view_defaults(route_name="page", renderer="json")
class PageViews:
    # Built per request, with the request.
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET")
    def show(self):  # entry: pyramid-view
        return {"name": self.request.matchdict["name"]}

    @view_config(request_method="POST")
    def save(self):  # entry: pyramid-view
        return {}


@subscriber(NewRequest)
def stamp(event):  # entry: pyramid-subscriber
    event.request.stamp = True
