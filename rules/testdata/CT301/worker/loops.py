# A handler that runs a new event loop per invocation (asyncio.run): an
# async client built in it is bound to that loop, and must be built anew
# in each; one built once would die with "Event loop is closed".
import asyncio

import httpx


async def ingest(url):
    client = httpx.AsyncClient(timeout=30)  # want-strict: CT301 (a new event loop per invocation)
    await client.get(url)


def handler(event, context):
    asyncio.run(ingest(event["url"]))


async def fetch(url):
    client = httpx.AsyncClient()  # want: CT301 (the loop serves every request)
    return await client.get(url)


async def route(event, context):
    return await fetch(event["url"])
