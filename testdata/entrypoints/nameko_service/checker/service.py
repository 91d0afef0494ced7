# A nameko service: each decorated method runs per call, on a worker's
# own instance of the class; the dependency provider is the container's.
import json

from nameko.events import event_handler
from nameko.extensions import DependencyProvider
from nameko.rpc import rpc
from nameko.timer import timer
from nameko.web.handlers import http


class Storage(DependencyProvider):
    def setup(self):
        self.client = {}

    def get_dependency(self, worker_ctx):  # shared: nameko-dependency
        return self.client


class CheckerService:
    name = "checker"
    storage = Storage()

    @http("POST", "/check")
    def check(self, request):  # entry: nameko-http
        return json.dumps(self.queue(request.get_data()))

    @rpc
    def queue(self, url):  # entry: nameko-rpc
        return url

    @event_handler("crawler", "url_checked")
    def on_checked(self, payload):  # entry: nameko-event
        return payload

    @timer(interval=60)
    def sweep(self):  # entry: nameko-timer
        return None
