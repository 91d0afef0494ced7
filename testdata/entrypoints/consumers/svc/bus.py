# Message-bus consumers: a callback given to fedora-messaging, and a
# stomp listener object, run for every message.
import fedora_messaging.api as fm_api
import stomp
from fedora_messaging import api


class Consumer:
    def __init__(self):
        self.seen = 0

    def __call__(self, message):  # shared: fedora-messaging
        self.seen += 1


def on_message(message):  # entry: fedora-messaging
    return message.body


def watch():  # startup: main
    def callback(message):  # entry: fedora-messaging
        return message.topic

    fm_api.consume(callback)


def serve():
    api.twisted_consume(Consumer())
    api.consume(on_message)


class Listener(stomp.ConnectionListener):
    def connect(self):
        connection = stomp.connect.StompConnection11([("broker", 61613)])
        connection.set_listener("", self)

    def on_message(self, frame):  # shared: stomp-listener
        return frame.body

    def on_error(self, frame):  # shared: stomp-listener
        return frame


if __name__ == "__main__":
    watch()
