import threading
import time
import weakref

from django.utils.deprecation import MiddlewareMixin


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response  # set once, at start-up
        self._configure()

    def _configure(self):
        self.enabled = True  # called from __init__ only

    def __call__(self, request):
        self.user = request.user  # want: CT106
        self._remember(request)
        return self.get_response(request)

    def _remember(self, request):
        self.paths.append(request.path)  # want: CT106


class LegacyMiddleware(MiddlewareMixin):
    _lock = threading.Lock()

    def process_request(self, request):
        if self.client is None:
            self.client = object()  # want-strict: CT106
        with self._lock:
            self.last = request  # want-strict: CT106
        self.hits += 1  # want-strict: CT106
        self.ready = False  # want-strict: CT106


class ConnectingMiddleware(MiddlewareMixin):
    def __init__(self, get_response=None):
        super().__init__(get_response)
        self.connection_condition = threading.Condition()

    def process_request(self, request):
        with self.connection_condition:
            self.connecting = request.path  # want-strict: CT106 (the write holds a lock)


class PerRequestCacheMiddleware(MiddlewareMixin):
    # Entries keyed by the request object, each gone with its request.
    def process_request(self, request):
        if not hasattr(self, "_caches"):
            self._caches = weakref.WeakKeyDictionary()  # want-strict: CT106 (set once)
        self._caches[request] = {}

    def process_response(self, request, response):
        self._caches.pop(request, None)  # want-strict: CT106 (each key its own entry)
        return response


class WeakPasswordMiddleware(MiddlewareMixin):
    def process_view(self, request, view, args, kwargs):
        # Constants, but which one depends on the request: the flag is
        # the request's, and process_response reads the last one set.
        self._allowed = True  # want: CT106
        if request.method not in ("GET", "HEAD"):
            self._allowed = False  # the same finding as the line above

    def process_response(self, request, response):
        if not self._allowed:
            return None
        return response


class ConfigLoadingMiddleware:
    # A timestamp of a cache of its own, refreshed every few seconds: a
    # time, the same for every request, not a request's data.
    refresh_interval = 5.0

    def __init__(self, get_response):
        self.get_response = get_response
        self.config_ts = 0.0

    def __call__(self, request):
        if time.time() - self.config_ts >= self.refresh_interval:
            self.config_ts = time.time()  # want-strict: CT106
            self.expires = time.monotonic() + self.refresh_interval  # want-strict: CT106
        self.seen_at = request.started + time.time()  # want: CT106
        return self.get_response(request)


class ServiceMiddleware(MiddlewareMixin):
    # Methods of services that share a container method's name: awaited,
    # or handed to another call, they are no list's or dict's.
    def __init__(self, get_response=None):
        super().__init__(get_response)
        self.queue = []

    async def process_view(self, request, view, args, kwargs):
        await self.backups.remove(request.GET["slug"])
        await asyncio.shield(self.updater.update(request.GET["version"]))
        self.queue.append(request.path)  # want: CT106


class Registry:
    # A class of the tree with a method named as a set's.
    def __init__(self, store):
        self.store = store

    def add(self, params):
        return params


class RegistryMiddleware:
    def __init__(self, get_response, registry=None, seen=None):
        self.get_response = get_response
        self.registry = registry or Registry({})
        self.plugin = registry
        self.seen = seen
        self.tags = set()
        self.client = Registry({})
        self.settings = Registry({})
        self.local = threading.local()

    def __call__(self, request):
        # A part of the one middleware object: the next request's login
        # reads this request's state.
        self.client.state = request.GET["state"]  # want: CT106
        # A stored setting, saved after: changed for every request on
        # purpose (an options form).
        self.settings.theme = request.GET["theme"]  # want-strict: CT106
        self.settings.save_data()
        self.local.user = request.user  # each thread's own
        # A call of add on what the class holds, built by no container
        # factory: a method of the registry, not a set's.
        self.plugin.add(request.GET)  # want-strict: CT106 (a method of a class of the tree)
        self.seen.append(request.path)  # want: CT106
        self.tags.add(request.path)  # want: CT106
        return self.get_response(request)
