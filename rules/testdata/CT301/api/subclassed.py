# A class of the module over a factory's class is that factory.
import requests
from fastapi import FastAPI, Request

app = FastAPI()


class TimeoutSession(requests.Session):
    def request(self, *args, **kwargs):
        kwargs.setdefault("timeout", 5)
        return super().request(*args, **kwargs)


class TracedSession(TimeoutSession):
    pass


class Plain:
    pass


@app.get("/trace")
def trace(trace_id: str):
    s = TracedSession()  # want: CT301
    s.headers.update({"X-Trace-ID": trace_id})
    s.get("https://a")
    Plain()
    return s.get("https://b")


@app.get("/forward")
def forward(request: Request):
    # The caller's bearer token, through a local: one session per caller.
    s = TimeoutSession()  # want-strict: CT301
    bearer = request.headers["Authorization"]
    s.headers.update({"Authorization": bearer})
    return s.get("https://c")
