# A client an object builds for itself and closes, in a finally, in the
# one method that uses it: correct, only rebuilt with each object.
import httpx
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


class SearchClient:
    # A context manager whose exit closes the client its __init__ builds:
    # where every caller builds it in a `with`, correct, only rebuilt.
    def __init__(self, key):
        self._client = httpx.Client(timeout=5)  # want-strict: CT301

    def search(self, q):
        return self._client.get("https://search", params={"q": q})

    def close(self):
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class OpenedBare:
    # The same, built without a `with` by one caller.
    def __init__(self, key):
        self._client = httpx.Client(timeout=5)  # want: CT301

    def close(self):
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._client.close()


@app.get("/search")
def search(q: str):
    with SearchClient("k") as client:
        client.search(q)
    with OpenedBare("k") as client:
        client.close()
    return OpenedBare("k")
