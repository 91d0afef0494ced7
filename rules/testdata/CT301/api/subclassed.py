# A class of the module over a factory's class is that factory.
import requests
from fastapi import FastAPI

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
