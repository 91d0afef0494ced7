# "Use the one given, or build one": a def builds a client only when its
# caller gives it none (`engine or self.create_client()`, `if session is
# None: session = make_session()`). Where every call of the def gives
# one, that fallback never runs: the def that builds the client is judged
# by the calls that do run.
import httpx
import requests
from fastapi import FastAPI
from sqlalchemy import create_engine

app = FastAPI()


class Store:
    def __init__(self, url):
        self.url = url
        self.db_client = None

    def create_client(self):
        return create_engine(self.url)  # kept under a guard; the fallback never runs

    def client(self):
        if not self.db_client:
            self.db_client = self.create_client()
        return self.db_client

    def table_exists(self, name, engine=None):
        client = engine or self.create_client()
        with client.connect() as connection:
            return connection.exec_driver_sql(f"select 1 from {name}")

    def retrieve(self, name):
        client = self.client()
        if not self.table_exists(name, engine=client):
            return None
        with client.connect() as connection:
            return connection.exec_driver_sql(f"select * from {name}")


store = Store("sqlite://")


@app.get("/rows/{name}")
def rows(name: str):
    return store.retrieve(name)


# The same, with one call that gives no engine: the fallback runs there.
class Omitted:
    def __init__(self, url):
        self.url = url
        self.db_client = None

    def create_client(self):
        return create_engine(self.url)  # want: CT301 (`exists(name)` builds one per call)

    def client(self):
        if not self.db_client:
            self.db_client = self.create_client()
        return self.db_client

    def exists(self, name, engine=None):
        client = engine or self.create_client()
        with client.connect() as connection:
            return connection.exec_driver_sql(f"select 1 from {name}")

    def retrieve(self, name):
        if self.exists(name, engine=self.client()):
            return name
        return self.exists(name)


omitted = Omitted("sqlite://")


@app.get("/omitted/{name}")
def omitted_rows(name: str):
    return omitted.retrieve(name)


# `if session is None: session = make_session()`, every caller passing
# one (by keyword, or at its position): make_session never runs.
def make_session():
    return requests.Session()  # no call of it runs


def fetch(url, session=None):
    if session is None:
        session = make_session()
    return session.get(url)


_shared = requests.Session()


@app.get("/fetch")
def fetch_route(url: str):
    fetch(url, session=_shared)
    return fetch(url, _shared)


# A caller that passes None gives no session: the fallback runs.
def make_none_session():
    return requests.Session()  # want: CT301 (`engine=None` is no engine)


def fetch_none(url, engine=None):
    session = engine if engine is not None else make_none_session()
    return session.get(url)


@app.get("/fetch-none")
def fetch_none_route(url: str):
    fetch_none(url, engine=_shared)
    return fetch_none(url, engine=None)


# A caller that passes **kwargs may give none.
def make_kwargs_client():
    return httpx.Client()  # want: CT301 (`**kwargs` may give no client)


def get_kwargs(url, client=None):
    if not client:
        client = make_kwargs_client()
    return client.get(url)


@app.get("/fetch-kwargs")
def fetch_kwargs_route(url: str):
    options = {"client": httpx.Client()}  # want: CT301
    return get_kwargs(url, **options)


# The other forms, every caller giving the client: a conditional
# expression, the else of a test that it is set, and what follows a
# return when it is set.
_pool = httpx.Client()


def make_pool():
    return httpx.Client()  # no call of it runs


def get_ifexp(url, client=None):
    c = make_pool() if client is None else client
    return c.get(url)


def get_else(url, client=None):
    if client is not None:
        c = client
    else:
        c = make_pool()
    return c.get(url)


def get_early(url, client=None):
    if client:
        return client.get(url)
    return make_pool().get(url)


@app.get("/forms")
def forms(url: str):
    get_ifexp(url, client=_pool)
    get_else(url, _pool)
    return get_early(url, client=_pool)


# The one call that runs closes the client: lowered, as every caller
# closing it is.
def make_managed():
    return httpx.Client()  # want-strict: CT301 (the call that runs closes it)


def get_managed(url, client=None):
    return (client or make_managed()).get(url)


@app.get("/managed")
def managed_route(url: str):
    with make_managed() as c:
        return get_managed(url, client=c)


# A route's own parameter: the framework calls it, and may give none.
def make_entry_client():
    return httpx.Client()  # want: CT301 (the framework may call the route without one)


@app.get("/entry")
def entry_route(url: str, client=None):
    client = client or make_entry_client()
    return client.get(url)


@app.get("/entry-again")
def entry_again(url: str):
    return entry_route(url, client=_pool)


# A parameter bound again before the test is not the caller's any more.
def make_rebound():
    return httpx.Client()  # want: CT301 (the parameter is replaced before the test)


def get_rebound(url, client=None):
    client = client.with_options() if url.startswith("x") else None
    client = client or make_rebound()
    return client.get(url)


@app.get("/rebound")
def rebound_route(url: str):
    return get_rebound(url, client=_pool)
