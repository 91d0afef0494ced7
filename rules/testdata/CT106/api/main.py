from fastapi import Depends, FastAPI
from starlette.middleware.base import BaseHTTPMiddleware

app = FastAPI()


class Pager:
    def __init__(self, size=10):
        self.size = size

    def __call__(self, page: int = 1):
        self.page = page  # want: CT106
        return self


class PerRequestPager:
    def __init__(self, page: int = 1):
        self.page = page


pager = Pager()


@app.get("/items")
def items(p=Depends(pager), q=Depends(PerRequestPager)):
    return p.page + q.page


class Timing(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        self.started = request.url  # want: CT106
        return await call_next(request)


app.add_middleware(Timing)


class Settings:
    def __init__(self):
        self.first_install = True
        self.admins = []


settings = Settings()


@app.post("/install")
def install():
    # Every request writes the same constant: no request's data in it.
    settings.first_install = False  # want-strict: CT106


@app.post("/admins")
def add_admin(user: str):
    settings.admins.append(user)  # want: CT106


# A module-level object of a library's class, built at import, configured
# per request: every request and task of the process shares it.
from slack_bolt import App
import threading

bot = App(token="xoxb-default")
state = threading.local()


@app.post("/slack/{org}")
def slack_event(org: str, token: str):
    bot._token = token  # want: CT106
    bot.client.retry_count = 3  # an attribute of an attribute: another object
    state.org = org  # one value per thread: not shared
    bot.name = "dispatch"  # want-strict: CT106
    bot.params = {"scope": "profile email"}  # want-strict: CT106 (a literal, the same each time)
    scopes = ["profile", "email"]
    bot.scopes = scopes  # want-strict: CT106 (a literal, through a local)
    picked = [org]
    bot.picked = picked  # want: CT106


class Config:
    @classmethod
    def from_env(cls):
        return cls()


config = Config.from_env()


@app.get("/db")
def db_url(default: str = ""):
    if not config.dburl and default:
        config.dburl = default  # want-strict: CT106 (set once, while unset)
    config.last_default = default  # want: CT106
    return config.dburl


def read_versions():
    return {"api": open("VERSION").read()}


@app.get("/versions")
def versions(force: bool = False):
    if config.versions and not force:
        return config.versions
    config.versions = read_versions()  # want-strict: CT106 (set while unset, or when forced)
    return config.versions


from werkzeug.local import LocalProxy

current = LocalProxy(lambda: None)


@app.get("/ctx")
def ctx(user: str):
    current.user = user  # the current context's object, not shared


class Wallets:
    # One object for the app, its methods routes: a registry by key,
    # filled once per key, is no request's data overwritten.
    def __init__(self):
        self.wallets = {}
        self.seen = {}
        self.last = {}

    async def load(self, key: str):
        if key in self.wallets:
            return self.wallets[key]
        wallet = await open_wallet(key)
        self.wallets[key] = wallet  # want-strict: CT106 (set once per key)
        return wallet

    async def mark(self, key: str):
        if key not in self.seen:
            self.seen[key] = await open_wallet(key)  # want-strict: CT106 (set once per key)
        return self.seen[key]

    async def remember(self, key: str, user: str):
        self.last[key] = user  # want: CT106
        return user


app.add_api_route("/load", Wallets().load)
app.add_api_route("/mark", Wallets().mark)
app.add_api_route("/remember", Wallets().remember)


async def open_wallet(key):
    return key


class Sessions:
    def __init__(self):
        self.open = {}

    async def close(self, key: str):
        # Taking out is a change too: another request's entry may go.
        self.open.pop(key, None)  # want: CT106
        return key


app.add_api_route("/close", Sessions().close)


class FormHolder:
    def __init__(self, form):
        self.form = form
        self.fields = []

    def get_form(self, request: str):
        from copy import deepcopy

        self.form = deepcopy(self.form)  # want-strict: CT106 (a copy of its own)
        self.fields = list(self.fields)  # want-strict: CT106 (a copy of its own)
        return self.form

    def prune(self, request: str):
        # What it held, filtered and counted down: no request's data.
        self.counts = {k: n - 1 for k, n in self.counts.items() if n > 1}  # want-strict: CT106 (from its own)
        self.fields = [f for f in self.fields if f]  # want-strict: CT106 (from its own)
        self.seen = {k: request for k in self.seen}  # want: CT106


app.add_api_route("/form", FormHolder(None).get_form)
app.add_api_route("/prune", FormHolder(None).prune)


class Contracts:
    def __init__(self):
        self.cache = {}
        self.names = {}

    async def contract(self, address: str):
        value = self.cache.get(address)
        if value is None:
            value = await open_wallet(address)
            self.cache[address] = value  # want-strict: CT106 (set once per key)
        return value

    async def name(self, address: str):
        found = self.names.get(address)
        if not found:
            self.names[address] = address  # want-strict: CT106 (set once per key)
        return self.names[address]


app.add_api_route("/contract", Contracts().contract)
app.add_api_route("/name", Contracts().name)


import uuid
from asyncio import Queue

import uuid_utils


class Notifier:
    # The calls in flight, each under a key or as an object it made
    # itself, and taken out by its own finally: no request's entry is
    # another's.
    def __init__(self):
        self.queues = {}
        self.sockets = set()
        self.by_user = {}

    async def listen(self, request):
        socket_id = str(uuid.uuid4())
        queue = Queue()
        try:
            self.queues[socket_id] = queue  # want-strict: CT106 (each call's own entry)
            await queue.get()
        finally:
            del self.queues[socket_id]

    async def stream(self, request):
        stream_id = str(uuid_utils.uuid4())
        try:
            self.queues[stream_id] = Queue()  # want-strict: CT106 (each call's own entry)
        finally:
            self.queues.pop(stream_id, None)

    async def watch(self, request):
        ws = Queue()
        self.sockets.add(ws)  # want-strict: CT106 (each call's own entry)
        try:
            await ws.get()
        finally:
            self.sockets.discard(ws)

    async def follow(self, user: str):
        # Keyed by the caller's value: two requests of one user share an
        # entry, and the first to finish takes out the other's.
        queue = Queue()
        try:
            self.by_user[user] = queue  # want: CT106
            await queue.get()
        finally:
            self.by_user.pop(user, None)


app.add_api_route("/listen", Notifier().listen)
app.add_api_route("/watch", Notifier().watch)
app.add_api_route("/stream", Notifier().stream)
app.add_api_route("/follow", Notifier().follow)


import time


class Throttle:
    # When each signature was last forwarded, by signature: a record of
    # times, no request's data, pruned when full.
    def __init__(self):
        self.seen = {}
        self.last = {}

    def allow(self, signature: str):
        now = time.monotonic()
        if now - self.seen.get(signature, 0) < 60:
            return False
        if len(self.seen) > 1000:
            self.prune(now)
        self.seen[signature] = now  # want-strict: CT106 (times only)
        return True

    def prune(self, now):
        for key, at in list(self.seen.items()):
            if now - at > 60:
                del self.seen[key]  # want-strict: CT106 (times only)

    def remember(self, signature: str, body: str):
        # A time and the request's own data: the next request reads it.
        self.last[signature] = (time.monotonic(), body)  # want: CT106
        return True


throttle = Throttle()


@app.post("/report")
def report(signature: str):
    if throttle.allow(signature):
        throttle.remember(signature, signature)
    return signature


class Importers:
    # Constructor parameters by importer, registered at start-up: an
    # importer's dict, taken out with a fallback and changed in place,
    # is the registry's own, and carries one request's form into the
    # next.
    def __init__(self):
        self.params = {}

    def register(self, name, **params):
        self.params[name] = params  # want-strict: CT106

    def create(self, kind: str, token: str):
        params = self.params.get(kind) or {}
        params.update(token=token)  # want: CT106
        return params


importers = Importers()
importers.register("csv", delimiter=",")


@app.post("/import")
def start_import(kind: str, token: str):
    return importers.create(kind, token)
