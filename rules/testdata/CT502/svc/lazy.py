# A sync getter that fills a module global once and hands it out, called
# from async code a task runs in asyncio.run.
from redis import asyncio as aioredis

_pool = None


def get_pool():
    global _pool
    if _pool is None:  # want: CT502
        _pool = aioredis.ConnectionPool.from_url("redis://cache")
    return _pool


async def remember(key, value):
    await aioredis.Redis(connection_pool=get_pool()).set(key, value)
