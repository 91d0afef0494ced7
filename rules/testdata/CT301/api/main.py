import functools

import httpx
import requests
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import scoped_session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

app = FastAPI()
engine = create_engine("sqlite://")  # module level: built once
_client = None


@app.get("/items")
async def items():
    eng = create_async_engine("postgresql+asyncpg://")  # want: CT301
    factory = async_sessionmaker(eng)  # no pool of its own: the engine's is reported
    async with factory() as session:
        return session


@app.get("/fetch")
def fetch():
    with httpx.Client() as c:  # want-strict: CT301
        return c.get("https://example.com")


@app.get("/lazy")
def lazy():
    global _client
    if _client is None:
        _client = requests.Session()  # a lazy-init guard: built once
    return _client


@functools.lru_cache(maxsize=None)
def cached_session():
    return requests.Session()  # built once


@app.get("/cached")
def cached():
    return cached_session()


def main():
    s = requests.Session()  # want-strict: CT301
    return s


class Repo:
    def __init__(self):
        self.session = requests.Session()  # want-strict: CT301


repo = Repo()


@app.get("/repo")
def use_repo():
    return repo.session


import redis

_engines = {}
_pools = {}


def _init_engine(dsn):
    _engines[dsn] = create_engine(dsn)  # kept: the caller checks the key


@app.get("/engine")
def get_engine(dsn: str):
    if dsn not in _engines:
        _init_engine(dsn)
    return _engines[dsn]


@app.get("/redis")
def over_pool():
    return redis.Redis(connection_pool=_pools["default"])  # over an existing pool


def pinned_client(url):
    return httpx.AsyncClient(base_url=url)  # want-strict: CT301 (returned to its one caller, which closes it with `async with`)


@app.get("/pinned")
async def pinned():
    async with pinned_client("https://example.com") as c:
        return c


def _init_engine_via_local(dsn):
    eng = create_engine(dsn)  # kept through a local
    _engines[dsn] = eng


@app.get("/engine2")
def get_engine2(dsn: str):
    if dsn not in _engines:
        _init_engine_via_local(dsn)
    return _engines[dsn]


@app.get("/tenant")
def tenant(org: str):
    # Session factories over the module's engine share its pool.
    schema_engine = engine.execution_options(schema_translate_map={None: org})
    session = scoped_session(sessionmaker(bind=schema_engine))
    return session()


@app.get("/own")
def own():
    eng = create_engine("sqlite://")  # want: CT301
    maker = sessionmaker(bind=eng.execution_options(echo=True))  # over the engine above: one finding
    return maker()


@app.get("/static")
def static_pool():
    eng = create_engine("sqlite://", poolclass=StaticPool)
    with eng.begin() as connection:
        session = scoped_session(sessionmaker())  # next to the engine: its one finding is the engine's
        session.configure(bind=connection)
        return session()


@app.get("/other-pool")
def other_pool():
    http = requests.Session()  # want: CT301
    session = scoped_session(sessionmaker())  # want: CT301 (the session beside it is no engine of its)
    session.configure(bind=engine)
    return session(), http


@app.get("/registry")
def registry():
    # A session registry of its own at every call, bound later: sessions
    # are not shared within the request.
    session = scoped_session(sessionmaker())  # want: CT301
    session.configure(bind=engine)
    return session()


@app.get("/sized")
def sized_pool():
    # Settings of its own pool, not a pool it is given.
    return create_engine("sqlite://", pool_size=50, pool_pre_ping=True)  # want: CT301


@app.get("/queue-pool")
def queue_pool():
    # A pool class that pools: a new pool at every call.
    return create_engine("sqlite://", poolclass=QueuePool, pool_size=5)  # want: CT301
