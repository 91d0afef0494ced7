# Runs with extend-container-factories = ["sortedcontainers.SortedDict"].
from sortedcontainers import SortedDict, SortedSet


class Cache:
    _entries = SortedDict()
    _seen = SortedSet()

    def get(self, k):
        self._entries[k] = k
        self._seen.add(k)
        return k

    def reset(self):
        self._entries = SortedDict()  # want: CT103
        self._seen = SortedSet()
