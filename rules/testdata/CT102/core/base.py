from collections import defaultdict


class BaseHandler:
    seen_by_route = defaultdict(list)
    listeners = []

    def remember(self, route, item):
        self.seen_by_route.setdefault(route, []).append(item)  # want: CT102


class Rebinding:
    buffer = []

    def __init__(self):
        self._reset()

    def _reset(self):
        self.buffer = []


class Plugin:
    def __init__(self, config):
        self.config = config
        try:
            if self.load() is False:
                raise ValueError(config)
        except OSError:
            pass

    def load(self):
        return True
