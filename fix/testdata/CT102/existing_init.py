# fix: unsafe
class Tracker:
    label = "tracker"
    seen = [
        "first",
    ]

    def __init__(self, name):
        """Track things."""
        self.name = name

    def add(self, item):
        self.seen.append(item)
