import socketio
from socketio import AsyncNamespace

sio = socketio.AsyncServer(async_mode="asgi")


@sio.on("connect")
async def connect(sid, environ, auth):  # entry: socketio-event
    return True


@sio.event
async def client_message(sid, payload):  # entry: socketio-event
    return payload


class Chat(AsyncNamespace):
    async def on_message(self, sid, data):  # entry: socketio-event
        return data

    def helper(self):
        return None


class Lobby(socketio.Namespace):
    def on_join(self, sid, data):  # entry: socketio-event
        return data
