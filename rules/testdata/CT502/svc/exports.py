# A view that hands each export to a thread running a new loop: the
# engine's pool is shared by every loop.
import asyncio
import threading

from . import db


async def export_rows():
    async with db.engine.connect() as conn:  # want: CT502
        await conn.execute("select 4")


def export(request):
    threading.Thread(target=lambda: asyncio.run(export_rows())).start()
