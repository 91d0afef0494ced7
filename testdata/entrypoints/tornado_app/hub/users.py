from tornado.websocket import WebSocketHandler

from .base import APIHandler


class UserListAPIHandler(APIHandler):
    async def get(self):  # entry: tornado-handler
        self.write({"users": []})

    async def post(self):  # entry: tornado-handler
        self._audit("create")


class EventsSocket(WebSocketHandler):
    def open(self):  # entry: tornado-websocket
        pass

    def on_message(self, message):  # entry: tornado-websocket
        self.write_message(message)

    def on_close(self):  # entry: tornado-websocket
        pass


default_handlers = [
    (r"/api/users", UserListAPIHandler),
    (r"/api/events", EventsSocket),
]
