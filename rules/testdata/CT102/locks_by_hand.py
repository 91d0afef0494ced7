# A lock held with acquire() and released in the finally of a try (or
# further down the same block) guards what is between, as `with` does:
# a deliberate shared registry, reported only under strict.
import threading

_registry_lock = threading.Lock()


class Pool:
    _lock = threading.RLock()
    _conns = {}
    _stats = []
    _seen = set()

    def get(self, key, factory):
        self._lock.acquire()
        try:
            if key not in self._conns:
                self._conns[key] = factory()  # want-strict: CT102
            return self._conns[key]
        finally:
            self._lock.release()

    def record(self, value):
        _registry_lock.acquire()
        self._stats.append(value)  # want-strict: CT102
        _registry_lock.release()

    def after_release(self, key):
        self._lock.acquire()
        try:
            pass
        finally:
            self._lock.release()
        self._seen.add(key)  # want: CT102

    def never_released(self, key):
        # Acquired and not released in this block: not a span we can trust.
        self._lock.acquire()
        self._seen.add(key)  # want: CT102


class Other:
    _lock = threading.Lock()
    _items = []

    def wrong_lock(self, item):
        # Acquired, but the finally releases another lock: no span.
        self._lock.acquire()
        try:
            self._items.append(item)  # want: CT102
        finally:
            _registry_lock.release()
