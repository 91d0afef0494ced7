# A WebSocket handler runs once per connection, for the connection's
# life: one client per connection is one set-up next to it, unless a
# request reaches the code too, or the handler builds one per message.
import aiohttp
from fastapi import APIRouter, WebSocket
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

router = APIRouter()


class Transcriber:
    async def connect(self):
        self.session = aiohttp.ClientSession()  # want-strict: CT301 (once per connection)

    async def close(self):
        await self.session.close()


@router.websocket("/transcribe")
async def transcribe(websocket: WebSocket):
    t = Transcriber()
    await t.connect()
    try:
        async for message in websocket.iter_text():
            await websocket.send_text(message)
    finally:
        await t.close()


def speech_session():
    return aiohttp.ClientSession()  # want: CT301 (a request reaches it too)


@router.websocket("/speak")
async def speak(websocket: WebSocket):
    session = speech_session()
    await session.get("https://tts")
    await session.close()


@router.get("/speak-once")
async def speak_once():
    session = speech_session()
    await session.get("https://tts")
    await session.close()


def echo_session():
    return aiohttp.ClientSession()  # want: CT301 (one per message)


@router.websocket("/echo")
async def echo(websocket: WebSocket):
    async for message in websocket.iter_text():
        session = echo_session()
        await session.post("https://echo", data=message)
        await session.close()


def feed_session():
    return aiohttp.ClientSession()  # want-strict: CT301 (once per connection)


async def feed(websocket):
    session = feed_session()
    await session.get("https://feed")
    await websocket.send_text("x")


app = Starlette(routes=[WebSocketRoute("/feed", feed)])
