# Two routes whose defs share a name: each decorator registers its def
# before the next def binds the name again, so both are routes; a later
# undecorated def of the name is a plain function.
from fastapi import APIRouter

router = APIRouter()


@router.get("/histograms")
def dashboard_letters():  # entry: fastapi-route
    return []


@router.post("/letters_carto")
def dashboard_letters():  # entry: fastapi-route
    return {}


@router.get("/a")
async def handler():  # entry: fastapi-route
    return {}


def handler():
    return None
