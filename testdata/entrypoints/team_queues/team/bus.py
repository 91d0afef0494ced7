# A bus of the team's own whose method is named as pika's: in a tree
# that imports no pika, the callback given to it is no consumer.
class Bus:
    def __init__(self):
        self.handlers = []

    def basic_consume(self, queue, on_message_callback):
        self.handlers.append(on_message_callback)


def on_event(body):
    return body


def wire(bus):
    bus.basic_consume("events", on_message_callback=on_event)
