from contextlib import asynccontextmanager

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from fastapi import FastAPI

from . import plans, schemas

_scheduler = AsyncIOScheduler()


async def sync_data():
    schemas.sync_schemas()
    plans.load_plans()


@asynccontextmanager
async def lifespan(app):
    # Every worker process starts its own scheduler: the job runs in
    # each of them.
    _scheduler.add_job(sync_data, "interval", minutes=1)
    _scheduler.start()
    await sync_data()
    yield


app = FastAPI(lifespan=lifespan)


@app.get("/schemas")
async def list_schemas():
    return schemas.get_schemas() + plans.get_plans()


@app.get("/plans/reload")
async def reload_plans():
    plans.reload_rates()
    return plans.get_plans()
