import contextvars
import threading

from werkzeug.local import Local

_local = threading.local()
context_local = Local()
current_user = contextvars.ContextVar("current_user")


class RequestStore(threading.local):
    user = None


store = RequestStore()


def set_user(user):
    _local.user = user  # called from async code in another module: not followed (a known problem)


def get_user():
    return getattr(_local, "user", None)
