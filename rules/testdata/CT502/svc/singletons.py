from .database import Database, database, unpooled


async def count():
    async with database.session() as session:  # want: CT502
        return await session.scalar("select count(*)")


async def count_unpooled():
    async with unpooled.session() as session:  # NullPool: nothing kept
        return await session.scalar("select count(*)")


async def count_own(url):
    async with Database(url).session() as session:  # an object of the run's own
        return await session.scalar("select count(*)")
