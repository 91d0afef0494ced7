# A relative import in the body.
async def weekly():
    from . import db

    async with db.Session() as session:  # want: CT502
        await session.commit()
