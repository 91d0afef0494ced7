# CT101 treats a lock held by hand like `with cls._lock:`.
import threading


class Counter:
    _lock = threading.Lock()
    total = 0
    last = None
    polled = None

    @classmethod
    def add(cls, n):
        cls._lock.acquire()
        try:
            cls.total = cls.total + n  # want-strict: CT101
        finally:
            cls._lock.release()

    @classmethod
    def remember(cls, value):
        cls.last = value  # want: CT101

    @classmethod
    def poll(cls, value):
        # Non-blocking: a thread that finds it held goes without.
        if not cls._lock.acquire(blocking=False):
            return
        try:
            cls.polled = value  # want-strict: CT101
        finally:
            cls._lock.release()
