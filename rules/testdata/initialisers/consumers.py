from channels.generic.websocket import JsonWebsocketConsumer


class GroupConsumer(JsonWebsocketConsumer):
    # Channels builds a consumer for each connection and calls connect
    # first: the set it binds there is the instance's own, as one bound
    # in __init__ would be.
    user_groups = set()

    def connect(self):
        self.user_groups = set(self.scope["groups"])
        self.accept()

    def receive_json(self, content):
        self.user_groups.add(content["group"])
        other = Unrelated()
        other.connect()
        other.receive_json(content)


class Unrelated:
    # A method named connect on a class no library builds: not first.
    seen = set()

    def connect(self):
        self.seen = set()  # want: CT103

    def receive_json(self, content):
        self.seen.add(content["id"])  # want: CT102
