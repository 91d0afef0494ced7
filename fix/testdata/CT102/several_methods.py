# fix: unsafe
class Cache:
    entries = {}

    def put(self, key, value):
        self.entries[key] = value

    def merge(self, other):
        self.entries.update(other)

    def evict(self, key):
        self.entries.pop(key, None)
