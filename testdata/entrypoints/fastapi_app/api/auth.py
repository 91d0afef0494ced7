# Starlette's AuthenticationMiddleware calls its backend's authenticate
# for every request: one backend object, built once, serves them all.
from starlette.applications import Starlette
from starlette.authentication import AuthenticationBackend
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware

from .main import app


class TokenBackend(AuthenticationBackend):
    async def authenticate(self, conn):  # shared: fastapi-auth-backend
        return None


class SessionBackend(AuthenticationBackend):
    async def authenticate(self, conn):  # shared: starlette-auth-backend
        return None


app.add_middleware(AuthenticationMiddleware, backend=TokenBackend())
portal = Starlette(middleware=[Middleware(AuthenticationMiddleware, backend=SessionBackend())])
