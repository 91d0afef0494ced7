# A def given to a library, which may call it some other time: no call
# the graph sees runs it in the task's loop.
from shutdown_hooks import on_shutdown

from . import db


async def flush():
    async with db.Session() as session:  # given away, not called here
        await session.commit()


async def record():
    on_shutdown(flush)
