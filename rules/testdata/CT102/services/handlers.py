from core import Handler, Registry
from core.base import Rebinding


class OrderHandler(Handler):
    def handle(self, request):
        self.listeners.append(request.user)  # want: CT102
        return request


class DeepHandler(OrderHandler):
    def handle(self, request):
        self.seen_by_route["x"] = request  # want: CT102
        return request


class Buffered(Rebinding):
    def push(self, item):
        # __init__ of the base calls _reset, which gives each instance its
        # own buffer: not shared.
        self.buffer.append(item)


@Registry.register
def on_order(order):
    return order
