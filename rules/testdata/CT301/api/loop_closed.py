# A session closed in the finally of the try after it, by running its
# close() to completion on the loop: closed as a with statement would
# close it, only rebuilt at every call.
import asyncio

import aiohttp
from fastapi import FastAPI

app = FastAPI()


def download(url):
    session = aiohttp.ClientSession()  # want-strict: CT301
    try:
        return asyncio.get_event_loop().run_until_complete(session.get(url))
    finally:
        asyncio.get_event_loop().run_until_complete(session.close())


def download_open(url):
    session = aiohttp.ClientSession()  # want: CT301
    return asyncio.get_event_loop().run_until_complete(session.get(url))


@app.get("/avatar")
def avatar(url: str):
    download_open(url)
    return download(url)
