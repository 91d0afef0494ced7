from starlette.applications import Starlette
from starlette.routing import Mount, Route, Router
from starlette.staticfiles import StaticFiles


async def users(request):  # entry: starlette-route
    return None


async def user(request):  # entry: starlette-route
    return None


async def ping(request):  # entry: starlette-route
    return None


class Legacy:
    async def __call__(self, scope, receive, send):  # shared: starlette-route; entry: asgi-app
        return None


routes = [
    Mount("/users", routes=[Route("/", users), Route("/{id}", user)]),
    Mount("/legacy", app=Legacy()),
    Mount("/static", app=StaticFiles(directory="static")),
]
router = Router(routes=[Route("/ping", ping)])
app = Starlette(routes=routes)
