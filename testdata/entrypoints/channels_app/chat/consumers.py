from channels.generic.websocket import AsyncJsonWebsocketConsumer, WebsocketConsumer


class ChatConsumer(WebsocketConsumer):
    def connect(self):  # entry: channels-consumer
        self.accept()

    def receive(self, text_data=None, bytes_data=None):  # entry: channels-consumer
        self.send(text_data=text_data)

    def disconnect(self, code):  # entry: channels-consumer
        pass

    def _room(self):
        return "lobby"


class EventsConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content):  # entry: channels-consumer
        await self.send_json(content)

    async def websocket_connect(self, message):  # entry: channels-consumer
        await self.accept()
