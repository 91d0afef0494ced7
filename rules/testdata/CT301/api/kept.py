# A def that returns the client it builds, to callers that keep it in
# state that outlives the call, under a guard that it is unset: built once
# (per key), not per call. Its caller decides.
import threading

import geoip2.database
import httpx
import requests
from fastapi import FastAPI
from pydantic import PrivateAttr
from pydantic.fields import ModelPrivateAttr

app = FastAPI()
_clients = {}


def _client_for(base_url):
    return httpx.Client(base_url=base_url)  # its one caller keeps it, per key


@app.get("/by-key")
def by_key(base_url: str):
    if base_url not in _clients:
        _clients[base_url] = _client_for(base_url)
    return _clients[base_url].get("/")


def _session():
    s = requests.Session()  # its one caller keeps it on the object
    s.headers["x-app"] = "api"
    return s


class Api:
    def __init__(self):
        self._client = None

    def client(self):
        if self._client is None:
            self._client = _session()
        return self._client


api = Api()


class Identity:
    _http = PrivateAttr()

    @classmethod
    def http(cls):
        # Built while the class attribute is still its placeholder: once.
        if isinstance(cls._http, ModelPrivateAttr):
            cls._http = httpx.AsyncClient(base_url="https://id.example.com")
        return cls._http


@app.get("/identity")
async def identity():
    return await Identity.http().get("/me")


@app.get("/on-object")
def on_object():
    return api.client().get("https://example.com")


def _per_call():
    return requests.Session()  # want-strict: CT301 (its caller keeps none, but sends one request on it: requests.get's own cost)


@app.get("/per-call")
def per_call():
    return _per_call().get("https://example.com")


def _unguarded(base_url):
    return httpx.Client(base_url=base_url)  # want: CT301 (kept, but replaced at every call)


@app.get("/unguarded")
def unguarded(base_url: str):
    _clients[base_url] = _unguarded(base_url)
    return _clients[base_url].get("/")


def _one_keeps(base_url):
    return httpx.Client(base_url=base_url)  # want: CT301 (one caller keeps it, the other does not)


@app.get("/keeps")
def keeps(base_url: str):
    if base_url not in _clients:
        _clients[base_url] = _one_keeps(base_url)
    return _clients[base_url].get("/")


@app.get("/drops")
def drops(base_url: str):
    return _one_keeps(base_url).get("/")


def _built_before(base_url):
    return httpx.Client(base_url=base_url)  # want: CT301 (built before the guard, at every call)


@app.get("/before")
def before(base_url: str):
    client = _built_before(base_url)
    if base_url not in _clients:
        _clients[base_url] = client
    return _clients[base_url].get("/")


# A guard that leaves with the value when it is set: what follows runs
# while it is unset (or stale), as in an `if <unset>:` body.
import os
import threading

import geoip2.database

import redis

_lock = threading.Lock()
_store = {}


def app_store():
    return _store


def _connect(url):
    client = redis.Redis.from_url(url)  # its one caller keeps it, per process
    client.ping()
    return client


@app.get("/redis")
def get_redis(url: str):
    store = app_store()
    cached = store.get("redis")
    if cached is not None and cached[0] == os.getpid():
        return cached[1]
    with _lock:
        client = _connect(url)
        store["redis"] = (os.getpid(), client)
        return client


_one = None


@app.get("/one")
def one():
    global _one
    if _one is not None:
        return _one
    _one = httpx.Client()  # kept, after the guard
    return _one


def _no_guard(url):
    return httpx.Client(base_url=url)  # want: CT301 (the early return tests something else)


@app.get("/no-guard")
def no_guard(url: str):
    if not url:
        return None
    if _store.get("debug") is not None:
        return None
    _store[url] = _no_guard(url)
    return _store[url]


class AuthSession(requests.Session):
    def __init__(self, token):
        super().__init__()
        self.headers["Authorization"] = token


class SessionCache:
    # Either session the local is bound to is kept on the class, under a
    # guard that returns the one kept: one per process and token.
    _session = None
    _token = None
    _lock = threading.Lock()

    @classmethod
    def get(cls, token):
        with cls._lock:
            if cls._session is not None and cls._token == token:
                return cls._session
            if token is None:
                session = requests.Session()  # kept on the class
            else:
                session = AuthSession(token)
            cls._session = session
            cls._token = token
            return session


@app.get("/cached-session")
def cached_session(token: str):
    return SessionCache.get(token).get("https://example.com")


class _Holder:
    pass


_notify = _Holder()
_notify.client = None
_audit = _Holder()


def init_notify():
    # Every call in the module is under `if _notify.client is None`, and
    # no other module calls it: a lazy initialisation its callers guard.
    _notify.client = requests.Session()  # want-strict: CT301


def init_audit():
    _audit.client = requests.Session()  # want: CT301 (its caller checks nothing)


@app.get("/notify")
def notify():
    if _notify.client is None:
        init_notify()
    init_audit()
    return _notify.client.get("/")


_reader = None


def init_reader():
    # Leaves while it is set; the rest of the def sets it, once.
    global _reader
    if _reader:
        return
    _reader = geoip2.database.Reader("/data/GeoLite2-City.mmdb")


def city(ip):
    init_reader()
    return _reader.city(ip)


@app.get("/city")
def city_view(ip: str):
    return city(ip)


class TableService:
    # __new__ keeps the one instance: every call of the class gets it, so
    # what __init__ keeps on it while unset is built once per process.
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.initialised = False
        return cls._instance

    def __init__(self):
        if not self.initialised:
            self.client = httpx.Client(base_url="https://tables")
            self.initialised = True


@app.get("/tables")
def tables():
    return TableService().client.get("/")


_broker = None
_broker_url = None
_broker_lock = threading.Lock()


def broker_client(url):
    # The kept client is handed back while it is set and for the same
    # URL; it is built again only when the URL changes or it fails.
    global _broker, _broker_url
    with _broker_lock:
        if _broker is not None and _broker_url == url:
            try:
                _broker.head("/")
                return _broker
            except Exception:
                _broker = None
        _broker_url = url
        _broker = httpx.Client(base_url=url)
        return _broker


@app.get("/broker")
def broker_view(url: str):
    return broker_client(url).get("/")


class DocumentStore:
    # Built per request, its __init__ builds a client unless told not to:
    # once per object, as it is built, not under a check of the client.
    def __init__(self, disable_public=False):
        if not disable_public:
            self.public_client = httpx.Client(base_url="https://docs")  # want: CT301


@app.get("/documents")
def documents():
    return DocumentStore().public_client.get("/")


class OneEach(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Transport:
    def __init__(self, session):
        self.session = session


class PaymentsClient(metaclass=OneEach):
    # The metaclass hands back the one instance: __init__ runs once per
    # process, and what it builds, kept or only passed on, with it.
    def __init__(self):
        session = requests.Session()  # want-strict: CT301
        self.transport = Transport(session)


class ReportsClient:
    # Built per request, and its __init__ with it.
    def __init__(self):
        session = requests.Session()  # want: CT301
        self.transport = Transport(session)


@app.get("/payments")
def payments():
    return PaymentsClient().transport, ReportsClient().transport


_warehouse = {}  # the one engine, and the port it was built for


def set_warehouse(engine, port):
    _warehouse["engine"] = engine
    _warehouse["port"] = port


def get_warehouse():
    return _warehouse.get("engine")


def warehouse_engine(port):
    # Built while the getter finds none, and kept by the setter: once.
    if get_warehouse() is None or _warehouse.get("port") != port:
        engine = httpx.Client(base_url=f"https://dwh:{port}")
        set_warehouse(engine, port)
    return get_warehouse()


def log_engine(engine, port):
    print(engine, port)


def unkept_engine(port):
    if get_warehouse() is None:
        engine = httpx.Client(base_url=f"https://dwh:{port}")  # want: CT301 (handed to a def that keeps nothing)
        log_engine(engine, port)
    return engine


@app.get("/warehouse")
def warehouse(port: int):
    return warehouse_engine(port), unkept_engine(port)


# A pool built into a local and given to the client the object keeps,
# under the same guard: kept with it, once per object.
from redis.asyncio import ConnectionPool, Redis as AsyncRedis


class RedisManager:
    def __init__(self):
        self.redis = None

    async def get_connection(self):
        if self.redis is None:
            pool = ConnectionPool.from_url("redis://cache", max_connections=20)
            self.redis = AsyncRedis(connection_pool=pool)
        return self.redis


redis_manager = RedisManager()


@app.get("/pooled")
async def pooled():
    return await (await redis_manager.get_connection()).get("k")


@app.get("/pool-per-call")
async def pool_per_call():
    pool = ConnectionPool.from_url("redis://cache")  # want: CT301
    return await AsyncRedis(connection_pool=pool).get("k")


# A value read from the client is kept, not the client: built per call.
import boto3


class Regions:
    def __init__(self):
        self.values = {}

    def add(self):
        session = boto3.session.Session()  # want: CT301
        if "region" not in self.values:
            self.values["region"] = session.region_name
        return session.client("s3").list_buckets()


regions = Regions()


@app.get("/regions")
def list_regions():
    return regions.add()


# A context whose getter leaves with the instance once it is ready, and
# else returns what the initialiser it calls sets: built once per context.
class ClientContext:
    def __init__(self):
        self._instance = None
        self.ready = False

    def get_instance(self):
        if self.ready and self._instance is not None:
            return self._instance
        return self._initialize()

    def _initialize(self):
        self._instance = httpx.Client()  # want-strict: CT301 (once per context)
        self.ready = True
        return self._instance


context = ClientContext()


@app.get("/context")
def via_context():
    return context.get_instance().get("/")


# A client made from a pool it is given opens no pool of its own.
from redis.asyncio import Redis as PooledRedis

shared_pool = ConnectionPool.from_url("redis://cache")


@app.get("/from-pool")
async def from_pool():
    return await PooledRedis.from_pool(shared_pool).get("k")
