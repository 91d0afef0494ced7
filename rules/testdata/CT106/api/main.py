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


# A module-level object of a library's class, built at import, configured
# per request: every request and task of the process shares it.
from slack_bolt import App
import threading

bot = App(token="xoxb-default")
state = threading.local()


@app.post("/slack/{org}")
def slack_event(org: str, token: str):
    bot._token = token  # want: CT106
    bot.client.retry_count = 3  # an attribute of an attribute: another object
    state.org = org  # one value per thread: not shared
    bot.name = "dispatch"  # want-strict: CT106


class Config:
    @classmethod
    def from_env(cls):
        return cls()


config = Config.from_env()


@app.get("/db")
def db_url(default: str = ""):
    if not config.dburl and default:
        config.dburl = default  # want-strict: CT106 (set once, while unset)
    config.last_default = default  # want: CT106
    return config.dburl


from werkzeug.local import LocalProxy

current = LocalProxy(lambda: None)


@app.get("/ctx")
def ctx(user: str):
    current.user = user  # the current context's object, not shared
