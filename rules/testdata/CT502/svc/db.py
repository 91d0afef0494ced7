# Async clients kept for the process, some safe across event loops.
from redis import asyncio as aioredis
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool

engine = create_async_engine("postgresql+asyncpg://db/app")
Session = async_sessionmaker(engine, expire_on_commit=False)

# NullPool: a connection per checkout, closed after it.
unpooled = create_async_engine("postgresql+asyncpg://db/app", poolclass=NullPool)
UnpooledSession = async_sessionmaker(unpooled)

pool = aioredis.ConnectionPool.from_url("redis://cache")

settings = {"ttl": 60}


async def load_rates():
    async with Session() as session:  # want: CT502 (tasks.refresh runs it in asyncio.run)
        return await session.execute("select 1")


async def load_unpooled():
    async with UnpooledSession() as session:  # NullPool
        return await session.execute("select 1")


async def lent(key):
    r = aioredis.Redis(connection_pool=pool)  # want: CT502 (closing a client lent the pool leaves the pool open)
    try:
        return await r.get(key)
    finally:
        await r.aclose()


async def ttl():
    return settings["ttl"]  # no client


async def served():
    async with Session() as session:  # reached only in the server's own loop
        return await session.execute("select 2")
