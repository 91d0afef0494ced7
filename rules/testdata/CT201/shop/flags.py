import functools
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
import time

import requests
from pydantic import BaseModel
from sqlalchemy import text
from cachetools import TTLCache, cached

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.models import ContentType as ContentTypeAlias

from .models import Flag, Rate

_by_code = {}
_rates = TTLCache(maxsize=100, ttl=60)
_config = None
_lock = threading.Lock()


class Settings:
    _instance = None
    _flags = {}

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def get(self, code):
        if code not in self._flags:
            self._flags[code] = self._prepare(code)  # want: CT201
        return self._flags[code]

    def _prepare(self, code):
        return Flag.objects.get(code=code)

    def remote(self):
        if getattr(self, "_remote", None) is None:
            self._remote = requests.get("https://config").json()  # want: CT201
        return self._remote


class TokenClient:
    # A token kept with the time it expires, and fetched again once that
    # time is past: a TTL by hand, each process's own by design.
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.token = None
            cls._instance.expires = time.time()
        return cls._instance

    def _get_token(self):
        if not self.token or self.expires < time.time():
            response = requests.post("https://auth/token")
            self.token = response.json()["access_token"]
            self.expires = time.time() + response.json()["expires_in"]
        return self.token


class PerInstance:
    def load(self, code):
        self.flag = Flag.objects.get(code=code)  # an instance's own attribute
        return self.flag


def flag(code):
    if code not in _by_code:
        _by_code[code] = Flag.objects.filter(code=code).first()  # want: CT201
    return _by_code[code]


def rate(currency):
    if currency not in _rates:
        _rates[currency] = Rate.objects.get(currency=currency)  # a TTL cache
    return _rates[currency]


def config():
    global _config
    if _config is None:
        row = Flag.objects.get(code="config")
        _config = row  # want: CT201
    return _config


@functools.lru_cache(maxsize=None)
def exchange(currency):  # want: CT201
    return load_rate(currency)


def load_rate(currency):
    return Rate.objects.get(currency=currency)


@functools.lru_cache(maxsize=None)
def versions_of(revision, ids):  # want: CT201
    # A reverse relation's manager reads the related rows.
    return {v.object_id: v for v in revision.version_set.filter(object_id__in=ids)}


@functools.lru_cache(maxsize=None)
def seen_codes(registry):
    # A set named as a reverse manager is: its copy reads no row.
    return registry.seen_set.copy()


@functools.lru_cache(maxsize=None)
def invalidated(code):
    return Flag.objects.get(code=code)


@functools.lru_cache(maxsize=10)
def preferences(request):
    return Flag.objects.get(code=request.user)  # keyed on the request: no entry serves another


@cached(cache=TTLCache(maxsize=10, ttl=30))
def expiring(code):
    return Flag.objects.get(code=code)


@functools.lru_cache(maxsize=1)
def latest_version(ttl_hash=None):
    return requests.get("https://example.com/latest").json()  # keyed on the caller's time bucket: it expires


@functools.lru_cache(maxsize=None)
def settlement_report(settlement_day):  # want-strict: CT201 (no ttl: a word of the name only; no view calls it)
    return requests.get("https://example.com/report", params={"day": settlement_day}).json()


def get_ttl_hash(seconds=3600):
    return round(time.time() / seconds)


def version_banner():
    return latest_version(get_ttl_hash())


def on_flag_saved(sender, instance, **kwargs):
    invalidated.cache_clear()


_plans = {}


def plan(code):
    if code not in _plans:
        _plans[code] = Flag.objects.get(code=code)  # cleared below
    return _plans[code]


def forget(code):
    del _plans[code]


def computed(code):
    _by_code[code] = code.upper()  # not from a load: CT204's, not CT201's


class View:
    queryset = None
    model = Flag

    def dispatch(self, request):
        self.queryset = self.model.objects.all()  # an instance attribute shadowing the class's
        return self.queryset

    @functools.lru_cache(maxsize=1)
    def _get_flag(self):
        return Flag.objects.get(code="x")  # keyed on self: CT105's

    @classmethod
    def load_all(cls):
        cls.queryset = Flag.objects.all()  # want: CT201


class Channel:
    checks = Flag.objects  # a model field or manager: not a container
    plugins = {}

    def __init__(self):
        self.plugins = {}  # each instance its own

    def assign(self):
        self.checks.add(*Flag.objects.filter(code="x"))

    def load(self, code):
        self.plugins[code] = Flag.objects.get(code=code)


class Syncer:
    _background = set()

    async def sync(self, code):
        import asyncio

        row = Flag.objects.get(code=code)
        task = asyncio.create_task(self.push(row))
        self._background.add(task)  # a task handle, taken out when done
        task.add_done_callback(self._background.discard)

    async def push(self, row):
        return row


_report = []


def explain(sql):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql)
        _report.append(cursor.fetchall())  # an accumulator, not a cache


class Units:
    cache = {}

    @staticmethod
    def for_space(space):
        if space not in Units.cache:
            Units.cache[space] = list(Flag.objects.filter(code=space))  # want: CT201
        return Units.cache[space]


class Linked:
    linked = None

    def __init__(self, domain):
        Linked.linked = Flag.objects.filter(code=domain)  # want: CT201


class Reset:
    cache = {}

    @classmethod
    def get(cls, code):
        if code not in Reset.cache:
            Reset.cache[code] = Flag.objects.get(code=code)  # reset below
        return Reset.cache[code]

    @classmethod
    def forget(cls):
        Reset.cache = {}


class Importer:
    slug_ids = {}

    def _update(self, object_class, datatype):
        self.slug_ids[datatype] = dict(object_class.objects.values_list("slug", "id"))  # want: CT201

    def _other(self, things, kind):
        self.slug_ids[kind] = [t.objects for t in things]  # not a model's manager


def intersect(names):
    # A cache made at each call: it lives as long as the call does.
    @functools.lru_cache
    def groups_for(name):  # want-strict: CT201
        return Flag.objects.get(code=name)

    return [groups_for(n) for n in names]


def _make_loader():
    # Made once, at import: one cache for the process.
    @functools.lru_cache
    def load(code):  # want: CT201
        return Flag.objects.get(code=code)

    return load


load_flag = _make_loader()


@functools.lru_cache(maxsize=16)
def bounded(code):  # want: CT201
    return Flag.objects.get(code=code)


@functools.lru_cache()
def default_bound(code):  # want: CT201
    return Flag.objects.get(code=code)


@functools.lru_cache
def bare_bound(code):  # want: CT201
    return Flag.objects.get(code=code)


_STATS = {"data": {}, "at": None}
_counts = None
_counts_at = 0.0
_seen = {}


def stats():
    # A cache that keeps the time it was filled, and is filled again when
    # it is old: a TTL by hand.
    if _STATS["at"] and time.time() - _STATS["at"] < 60:
        return _STATS["data"]
    _STATS["data"] = {"flags": Flag.objects.count()}
    _STATS["at"] = time.time()
    return _STATS["data"]


_token = {"value": None, "expires_at": 0.0}


def token():
    # A deadline kept beside the value, from a clock read into a local,
    # and compared with the clock where the value is read: a TTL by hand.
    now = time.monotonic()
    if _token["value"] and now < _token["expires_at"]:
        return _token["value"]
    _token["value"] = requests.post("https://auth.example/token").json()
    _token["expires_at"] = now + 3600
    return _token["value"]


def counts():
    global _counts, _counts_at
    if _counts is None or time.time() - _counts_at > 60:
        _counts = Flag.objects.count()
        _counts_at = time.time()
    return _counts


_sessions = {}


def session_user(key):
    # Each entry keeps its own expiry, which its reader compares with the
    # clock: filled again when it is old.
    user_id, expires = _sessions.get(key, (None, None))
    if expires is None or time.time() > expires:
        user_id = Flag.objects.get(code=key).id
        _sessions[key] = (user_id, time.time() + 60)
    return user_id


def seen(code):
    # The time it keeps is data of the entry, not of the fill.
    if code not in _seen:
        _seen[code] = Flag.objects.get(code=code)  # want: CT201
    return _seen[code]


memoize = functools.lru_cache(maxsize=None)


@memoize
def groups(code):  # want: CT201
    # The decorator by another name: the lru_cache it built.
    return list(Flag.objects.filter(code=code))


_flag_type = None
_types = {}


def flag_type():
    # Content types are rows that migrations write: no request changes
    # them, and Django caches them per process itself.
    global _flag_type
    if _flag_type is None:
        _flag_type = ContentType.objects.get_for_model(Flag)
    return _flag_type


def type_of(model):
    if model not in _types:
        _types[model] = ContentTypeAlias.objects.get_for_model(model)
    return _types[model]


_perms = {}


def perms_of(user_id):
    # A user's permissions read what admins change: no static rows.
    if user_id not in _perms:
        _perms[user_id] = set(Permission.objects.filter(user__id=user_id))  # want: CT201
    return _perms[user_id]


_LOADED = {}
_META = {"loaded_at": None}


def loaded():
    # The time is kept for show, and nothing reads it to fill again.
    if not _LOADED:
        _LOADED.update({"n": Flag.objects.count()})  # want: CT201
        _META["loaded_at"] = time.time()
    return _LOADED


@functools.lru_cache(maxsize=2)
def _update_info(bucket):
    # Its callers pass the time bucket: a new entry every 15 minutes.
    return requests.get("https://example.com/update").json()


BUCKET_SECONDS = 900


def update_banner():
    bucket = int(time.monotonic() // BUCKET_SECONDS)
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(_update_info, bucket).result()


_api_keys = TTLCache(maxsize=100, ttl=300)


@cached(_api_keys)
def api_key(name):
    # A cache it is given that expires.
    return Flag.objects.get(code=name)


@functools.lru_cache(maxsize=2)
def release_notes(version):  # want: CT201
    return requests.get("https://example.com/notes", params={"v": version}).json()


def notes_banner():
    return release_notes("1.0")


_sqlite_version = None


def sqlite_version():
    # Read from a database of its own, in memory: no other process writes it.
    global _sqlite_version
    if _sqlite_version is None:
        conn = sqlite3.connect(":memory:")
        _sqlite_version = conn.execute("select sqlite_version()").fetchone()[0]
    return _sqlite_version


_row_count = None


def row_count():
    global _row_count
    if _row_count is None:
        conn = sqlite3.connect("shop.db")
        _row_count = conn.execute("select count(*) from orders").fetchone()[0]  # want: CT201
    return _row_count


_order_count = None


def order_count(testing):
    # In memory only under test: a file shared by every worker otherwise.
    global _order_count
    if _order_count is None:
        if testing:
            conn = sqlite3.connect(":memory:")
        else:
            conn = sqlite3.connect("shop.db")
        _order_count = conn.execute("select count(*) from orders").fetchone()[0]  # want: CT201
    return _order_count


@functools.lru_cache(maxsize=8)
def _rates_for(day):  # want: CT201
    return requests.get("https://example.com/rates", params={"day": day}).json()


def stamp():
    day = time.time()
    return day


def today_rates(request):
    # Its own `day`, the request's: no time bucket.
    day = request.GET["day"]
    return _rates_for(day)


_db_paths = {}
_versions = {}


def db_path(session, key):
    # The connection's own file and the server's version: no data
    # another process changes.
    if key not in _db_paths:
        _db_paths[key] = session.execute(text("PRAGMA database_list")).fetchall()
    if key not in _versions:
        _versions[key] = session.execute("SHOW   server_version").scalar()
    return _db_paths[key], _versions[key]


_totals = {}
_ENGINE_CACHE = {}


def engine_info(session, key):
    # The cache's own get reads no database, and the version is the
    # server's.
    info = _ENGINE_CACHE.get(key)
    if info is None:
        info = (session.execute(text("SELECT version()")).scalar(), key)
        _ENGINE_CACHE[key] = info
    return info


def flag_total(session, key):
    if key not in _totals:
        _totals[key] = session.execute(text("SELECT count(*) FROM flags")).scalar()  # want: CT201
    return _totals[key]


class Lookup(BaseModel):
    found: dict = {}

    def fill(self, code):
        self.found[code] = requests.get("https://lookup/" + code).json()  # a field: each instance's own copy


class Insights:
    data = {}

    def collect(self, code):
        self.data = {"code": code}
        self.data.update(requests.get("https://insights/" + code).json())  # bound anew first: the instance's own
