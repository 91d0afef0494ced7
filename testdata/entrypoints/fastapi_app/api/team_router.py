# A router of a team's own class, from a shared package outside the tree
# (a subclass of APIRouter): the app's include_router takes it in, so its
# routes are routes. Another object of that package, taken in by nothing,
# registers nothing known.
from fastapi import Depends
from platform_commons.api.router_wrapper import Router
from platform_commons.events import Bus

router = Router(dependencies=[Depends(lambda: None)])
bus = Bus()


@router.get("/periods")
async def get_periods():  # entry: fastapi-route
    return []


@router.post("/periods/{period}/submit")
async def submit(period: str):  # entry: fastapi-route
    return period


@bus.get("/topic")
def on_topic():
    return None
