class Pusher:
    sent = []

    def push(self, order):
        self.sent.append(order)


_p = Pusher()


def push(order):
    _p.push(order)
