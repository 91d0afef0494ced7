# A client bound in each arm of an if, then closed in the finally of the
# try after it: closed, as a with statement would, only rebuilt per call.
import contextlib

import redis.asyncio as aioredis
from fastapi import APIRouter

router = APIRouter()


@contextlib.asynccontextmanager
async def store_client(url=None):
    if url:
        client = aioredis.Redis.from_url(url)  # want-strict: CT301
    else:
        client = aioredis.Redis(host="cache")  # want-strict: CT301
    try:
        yield client
    finally:
        await client.aclose()


async def leaked_client(url=None):
    if url:
        client = aioredis.Redis.from_url(url)  # want-strict: CT301 (no caller passes a url)
    else:
        client = aioredis.Redis(host="cache")  # want: CT301
    try:
        return await client.get("k")
    finally:
        await other.aclose()


other = aioredis.Redis(host="cache")


@router.get("/value")
async def value():
    async with store_client() as c:
        await c.get("k")
    return await leaked_client()
