# A client the def closes itself once done with it (a context manager's
# `yield client` then `await client.aclose()`) is closed, as in a with,
# but built again at every call; one left open is not.
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

app = FastAPI()


@asynccontextmanager
async def api_client(base_url):
    client = httpx.AsyncClient(base_url=base_url)  # want-strict: CT301
    yield client
    await client.aclose()


def fetch_closed(url):
    client = httpx.Client()  # want-strict: CT301
    client.head(url)
    body = client.get(url).text
    client.close()
    return body


def fetch_open(url):
    client = httpx.Client()  # want: CT301
    client.head(url)
    return client.get(url).text


@app.get("/closed")
async def closed(url: str):
    async with api_client(url) as client:
        await client.get("/")
    fetch_open(url)
    return fetch_closed(url)


# An engine built for one job and disposed in the finally after it.
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine


async def import_rows(db_url, rows):
    engine = create_async_engine(db_url)  # want-strict: CT301
    try:
        async with AsyncSession(engine) as session:
            session.add_all(rows)
            await session.commit()
    finally:
        await engine.dispose()


@app.post("/import")
async def import_view(rows: list):
    await import_rows("postgresql+asyncpg://db/app", rows)


# Set up first (an adapter mounted, a timeout read), then used and closed
# in the finally of the try after: closed as in a with statement.
from requests import Session
from requests.adapters import HTTPAdapter


def permissions(endpoint, headers):
    session = Session()  # want-strict: CT301
    session.mount(endpoint, HTTPAdapter(max_retries=3))
    timeout = 10
    try:
        return session.get(endpoint, headers=headers, timeout=timeout).json()
    finally:
        session.close()


def rebound(endpoint):
    session = Session()  # want: CT301 (the one closed is another)
    session = Session()  # want-strict: CT301
    try:
        return session.get(endpoint).json()
    finally:
        session.close()


@app.get("/permissions")
def permissions_view(endpoint: str):
    return permissions(endpoint, {}), rebound(endpoint)
