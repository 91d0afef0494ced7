import asyncio

from asgiref.sync import async_to_sync
from celery import shared_task

from . import cache, db, graph, hooks, lazy, managers, nightly, shards, singletons, weekly


@shared_task
def refresh():
    asyncio.run(db.load_rates())
    asyncio.run(db.load_unpooled())


@shared_task
def warm(key):
    asyncio.run(cache.cached(key))
    async_to_sync(db.lent)(key)
    async_to_sync(db.ttl)()


@shared_task
def notify(shard, message):
    async_to_sync(shards.publish)(shard, message)


@shared_task
def audit():
    asyncio.run(hooks.record())


@shared_task
def maintain():
    asyncio.run(nightly.nightly())
    asyncio.run(weekly.weekly())


@shared_task
def count_rows(url):
    asyncio.run(singletons.count())
    asyncio.run(singletons.count_unpooled())
    asyncio.run(singletons.count_own(url))


@shared_task
def announce(message):
    asyncio.run(managers.announce(message))


@shared_task
def sync_aliases(aliases):
    asyncio.run(graph.sync_aliases(aliases))


@shared_task
def remember(key, value):
    asyncio.run(lazy.remember(key, value))
