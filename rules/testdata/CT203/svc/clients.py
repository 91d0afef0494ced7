import multiprocessing
import sys
import threading
from multiprocessing import Lock as ProcessLock

_lock = multiprocessing.Lock()
_thread_lock = threading.Lock()
_plock = ProcessLock()
_client = None
_config = {}


class Scheduler:
    _instance = None
    _lock = multiprocessing.RLock()

    @classmethod
    def get(cls):
        with cls._lock:  # want: CT203
            if cls._instance is None:
                cls._instance = cls()
        return cls._instance


class Cache:
    _entries = {}
    _lock = threading.Lock()

    def put(self, key, value):
        with self._lock:  # want-strict: CT203
            Cache._entries[key] = value

    def reset(self):
        with self._lock:
            self.local = {}  # an instance attribute: not shared state


def client():
    global _client
    with _lock:  # want: CT203
        if _client is None:
            _client = object()
    return _client


def load(key):
    _plock.acquire()  # want: CT203
    try:
        _config[key] = key
    finally:
        _plock.release()


def configure(key):
    with _thread_lock:  # want-strict: CT203
        _config[key] = key


def write_file(path):
    with _lock:
        with open(path, "w") as f:  # guards no shared state
            f.write("x")


def local_lock(key):
    lock = multiprocessing.Lock()  # built per call, not at import
    with lock:
        _config[key] = key


def import_plugin(name, module):
    with _lock:
        sys.modules[name] = module  # another library's state


def import_plugin_global(name, module):
    with _lock:
        __import__("sys").modules[name] = module


def evict(key):
    with _lock:
        _config.pop(key, None)  # an eviction creates nothing
