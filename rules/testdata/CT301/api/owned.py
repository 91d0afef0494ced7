# A client an object builds for itself and closes, in a finally, in the
# one method that uses it: correct, only rebuilt with each object.
import redis.asyncio
from fastapi import FastAPI

app = FastAPI()


class QueueLengths:
    def __init__(self, url):
        self.redis = redis.asyncio.Redis(host=url)  # want-strict: CT301

    async def queues(self, names):
        try:
            return [await self.redis.llen(n) for n in names]
        finally:
            await self.redis.aclose()


class LeftOpen:
    def __init__(self, url):
        self.redis = redis.asyncio.Redis(host=url)  # want: CT301

    async def queues(self, names):
        return [await self.redis.llen(n) for n in names]


@app.get("/queues")
async def queue_lengths(url: str):
    await QueueLengths(url).queues(["a"])
    return await LeftOpen(url).queues(["a"])


class ClosedIfAsked:
    # Its own close closes it, but nothing says its users call it.
    def __init__(self, url):
        self.redis = redis.asyncio.Redis(host=url)  # want: CT301

    async def close(self):
        await self.redis.aclose()


@app.get("/asked")
async def asked(url: str):
    return ClosedIfAsked(url)
