# fastapi-utils' repeat_every runs what it decorates again and again,
# in the worker, once the lifespan starts it: a recurring task.
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_utils.tasks import repeat_every


@repeat_every(seconds=60 * 60, wait_first=True)
async def refresh_quality():  # entry: repeat-every
    return None


@asynccontextmanager
async def lifespan(app):  # startup: lifespan
    await refresh_quality()
    yield


app = FastAPI(lifespan=lifespan)
