# An object kept at module level that builds its client on first use.
from redis.asyncio import ConnectionPool, Redis


class RedisManager:
    def __init__(self):
        self.redis = None

    async def get_connection(self):
        if self.redis is None:  # want: CT502
            pool = ConnectionPool.from_url("redis://cache")
            self.redis = Redis(connection_pool=pool)
        return self.redis


redis_manager = RedisManager()


class Publisher:
    # Each run builds its own: nothing kept across loops.
    def __init__(self):
        self.redis = None

    async def publish(self, message):
        if self.redis is None:
            self.redis = Redis.from_url("redis://cache")
        await self.redis.publish("events", message)


async def announce(message):
    conn = await redis_manager.get_connection()
    await conn.publish("events", message)
    await Publisher().publish(message)
