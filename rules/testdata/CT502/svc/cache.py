# A client that owns the pool closes it at the end of each run: the next
# run's loop opens connections of its own.
from redis.asyncio import Redis

from .db import pool


async def cached(key):
    r = Redis.from_pool(pool)  # want-strict: CT502 (aclose of what owns the pool closes it)
    try:
        return await r.get(key)
    finally:
        await r.aclose()
