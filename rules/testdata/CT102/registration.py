# Registration APIs: methods whose name says they register something
# (register, unregister, deregister, register_*, _register_*...) fill a
# class-level registry on purpose, whoever calls them. Per-request methods
# mutating the same containers are still flagged.


class HandlerRegistry:
    handlers = {}
    plugins = []
    recent = []

    @classmethod
    def register(cls, name, fn):
        cls.handlers[name] = fn  # want-strict: CT102
        return fn

    @classmethod
    def unregister(cls, name):
        del cls.handlers[name]  # want-strict: CT102

    def register_plugin(self, plugin):
        self.plugins.append(plugin)  # want-strict: CT102

    @classmethod
    def _register_handler(cls, name, fn):
        cls.handlers.setdefault(name, fn)  # want-strict: CT102

    @classmethod
    def __register_private(cls, name):
        cls.plugins.append(name)  # want-strict: CT102

    @staticmethod
    def deregister_plugin(plugin):
        HandlerRegistry.plugins.remove(plugin)  # want-strict: CT102

    @classmethod
    def register_lazily(cls, name):
        # The mutation sits in the decorator the method returns: still the
        # registration API's own work.
        def deco(fn):
            cls.handlers[name] = fn  # want-strict: CT102
            return fn

        return deco

    # Per-request methods on the same containers stay flagged.

    def remember(self, request):
        self.recent.append(request.path)  # want: CT102

    def handle(self, request):
        self.handlers[request.path] = request  # want: CT102

    # Names that only look like registration APIs.

    def registered(self, name):
        self.recent.append(name)  # want: CT102

    def registry_add(self, name, fn):
        self.handlers[name] = fn  # want: CT102

    def preregister(self, name):
        self.plugins.append(name)  # want: CT102

    def registration(self, name):
        self.plugins.append(name)  # want: CT102

    def add_handler(self, name, fn):
        self.handlers[name] = fn  # want: CT102


class SignupView:
    # A view named register, taking the request: a per-request handler (a
    # user signing up), not a registration API.
    signups = []

    def register(self, request):
        self.signups.append(request.user)  # want: CT102

    def register_user(self, request, user):
        self.signups.append(user)  # want: CT102


class AsyncRegistry:
    # Django names the async twin of register aregister: a registration API too.
    handlers = []

    async def aregister(self, handler):
        self.handlers.append(handler)  # want-strict: CT102

    def around(self, handler):
        # Not async: "around" is no twin of anything.
        self.handlers.append(handler)  # want: CT102


class Singleton:
    # __new__ builds the instance: its cache of instances is CT2xx's (Low).
    _instances = {}

    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)  # want-strict: CT102
        return cls._instances[key]


class SchedulerRegistry:
    # remove_daily undoes register_daily: the other half of the API.
    _daily = []
    _seen = []

    @staticmethod
    def register_daily(*callbacks):
        SchedulerRegistry._daily.extend(callbacks)  # want-strict: CT102

    @staticmethod
    def remove_daily(callback):
        SchedulerRegistry._daily.remove(callback)  # want-strict: CT102

    @staticmethod
    def remove_seen(item):
        # No register_seen: an ordinary method (that, named remove,
        # still puts something in).
        SchedulerRegistry._seen.append(item)  # want: CT102


class Dispatcher:
    # add returns a decorator that registers the function it decorates:
    # @dispatcher.add("name") runs when the decorated def does, at import.
    handlers = []
    calls = []

    def add(self, name):
        def decorator(func):
            self.handlers.append({"name": name, "func": func})  # want-strict: CT102
            return func

        return decorator

    def trace(self, name):
        def wrapper(func):
            def inner(*args):
                # Runs on every call of the decorated function.
                self.calls.append(args)  # want: CT102
                return func(*args)

            return inner

        return wrapper


class group:
    # A decorator class: `@group("start")` makes one, and its __call__
    # registers what it is applied to and hands it back, when the
    # decoration runs.
    _registered = []

    def __init__(self, *categories):
        self.categories = categories

    def __call__(self, group_cls):
        self._registered.append((self.categories, group_cls))  # want-strict: CT102
        return group_cls


@group("start")
class StartGroup:
    pass


class Recorder:
    # A callable object whose __call__ keeps what it is given and returns
    # something else: a handler called per event, not a decorator.
    calls = []

    def __call__(self, request):
        self.calls.append(request)  # want: CT102
        return None
