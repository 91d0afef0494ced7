from contextlib import asynccontextmanager

import fastapi
from starlette.middleware.base import BaseHTTPMiddleware

from .routers import router
from .team_router import router as team_router


@asynccontextmanager
async def lifespan(app):  # startup: lifespan
    yield


class TimingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):  # shared: starlette-middleware, fastapi-middleware
        return await call_next(request)


class RawASGIMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):  # shared: fastapi-middleware; entry: asgi-app
        await self.app(scope, receive, send)


app = fastapi.FastAPI(lifespan=lifespan)
app.include_router(router)
app.include_router(team_router, prefix="/v1")
app.add_middleware(TimingMiddleware)
app.add_middleware(RawASGIMiddleware)


@app.middleware("http")
async def add_header(request, call_next):  # entry: fastapi-middleware
    return await call_next(request)


@app.on_event("startup")
async def warm_cache():  # startup: fastapi-startup
    pass


@app.get("/")
def root():  # entry: fastapi-route
    return {}
