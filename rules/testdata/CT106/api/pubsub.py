# One bus for the process, its subscribers each a WebSocket's own queue:
# subscribe hands the caller a queue it made for it, unsubscribe takes
# back what the caller gives, publish drops the dead ones. No request's
# entry is another's. A registry that keeps what its callers give it
# is another matter.
import asyncio
from dataclasses import dataclass

from fastapi import FastAPI, WebSocket

app = FastAPI()


class EventBus:
    def __init__(self):
        self._subscribers = set()
        self._listeners = []

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(maxsize=100)  # typed, as most code is
        self._subscribers.add(queue)  # want-strict: CT106 (each caller's own queue)
        return queue

    def unsubscribe(self, queue):
        if queue in self._subscribers:
            self._subscribers.remove(queue)  # want-strict: CT106 (the caller's own, given back)

    def publish(self, event):
        dead = []
        for q in list(self._subscribers):
            try:
                q.put_nowait(event)
            except asyncio.QueueFull:
                dead.append(q)
        for q in dead:
            self._subscribers.discard(q)  # want-strict: CT106 (a dead subscriber's)

    def listen(self, callback):
        self._listeners.append(callback)  # want: CT106 (what the caller gives, kept)

    def unlisten(self, callback):
        self._listeners.remove(callback)  # want: CT106


bus = EventBus()


@app.websocket("/events")
async def events(ws: WebSocket):
    queue = bus.subscribe()
    try:
        while True:
            await ws.send_json(await queue.get())
    finally:
        bus.unsubscribe(queue)


@app.post("/publish")
def publish(event: dict):
    bus.publish(event)


@app.post("/listen")
def listen(url: str):
    bus.listen(url)
    bus.unlisten(url)


@dataclass
class WorkerState:
    draining: bool = False


class ControlServer:
    def __init__(self):
        self._state = WorkerState()

    async def drain(self):
        self._state.draining = True  # want-strict: CT106 (every request writes the same constant)
        return {"draining": True}

    async def health(self):
        return {"ok": not self._state.draining}


control = ControlServer()


@app.post("/drain")
async def drain():
    return await control.drain()


@app.get("/health")
async def health():
    return await control.health()
