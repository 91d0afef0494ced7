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


class RoomConsumer(AsyncJsonWebsocketConsumer):
    # A message sent to the room's group ({"type": "chat.message"}) runs
    # the method its type names, chat_message, as Channels dispatches it.
    async def connect(self):  # entry: channels-consumer
        await self.channel_layer.group_add("room", self.channel_name)
        await self.accept()

    async def chat_message(self, event):  # entry: channels-consumer
        await self.send_json(self._render(event))

    def _render(self, event):
        return {"text": event["text"]}
