from fastapi import Depends, FastAPI
from starlette.middleware.base import BaseHTTPMiddleware

app = FastAPI()


class Pager:
    def __init__(self, size=10):
        self.size = size

    def __call__(self, page: int = 1):
        self.page = page  # want: CT106
        return self


class PerRequestPager:
    def __init__(self, page: int = 1):
        self.page = page


pager = Pager()


@app.get("/items")
def items(p=Depends(pager), q=Depends(PerRequestPager)):
    return p.page + q.page


class Timing(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        self.started = request.url  # want: CT106
        return await call_next(request)


app.add_middleware(Timing)


class Settings:
    def __init__(self):
        self.first_install = True
        self.admins = []


settings = Settings()


@app.post("/install")
def install():
    # Every request writes the same constant: no request's data in it.
    settings.first_install = False  # want-strict: CT106


@app.post("/admins")
def add_admin(user: str):
    settings.admins.append(user)  # want: CT106
