from blinker import signal
from flask import request_finished

item_update = signal("item:update")
item_published = signal("item:published")


def handle_mentions(sender, **kwargs):  # entry: blinker-signal
    return sender


item_update.connect(handle_mentions)


@item_published.connect
def on_published(sender, **kwargs):  # entry: blinker-signal
    return sender


def log_response(sender, response, **extra):  # entry: blinker-signal
    return response


request_finished.connect(log_response)


def not_connected(sender):
    return sender
