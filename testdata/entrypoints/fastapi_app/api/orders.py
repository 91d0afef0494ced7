from .custom_router import APIRouter

router = APIRouter(prefix="/orders")


@router.get("/")
async def list_orders():  # entry: fastapi-route
    return []


@router.post("/")
async def create_order(body: dict):  # entry: fastapi-route
    return body


def total(order):
    return sum(order)


@router.websocket("/live")
async def live(websocket):  # entry: fastapi-websocket
    await websocket.accept()


def on_feed(websocket):  # entry: fastapi-websocket
    return websocket


router.add_api_websocket_route("/feed", on_feed)
