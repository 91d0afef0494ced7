# A module dict of pools filled lazily, one per shard: kept per process.
from channels_redis.utils import create_pool
from redis import asyncio as aioredis

_pools = {}


async def connection(shard):
    if shard not in _pools:  # want: CT502
        _pools[shard] = create_pool("redis://%s" % shard)
    return aioredis.Redis(connection_pool=_pools[shard])


async def publish(shard, message):
    conn = await connection(shard)
    await conn.publish("events", message)
