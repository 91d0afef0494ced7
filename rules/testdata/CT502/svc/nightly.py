# The session factory imported in the body, as a def that avoids an
# import cycle does: still the module's one factory.
async def nightly():
    from svc.db import Session

    async with Session() as session:  # want: CT502
        await session.commit()

