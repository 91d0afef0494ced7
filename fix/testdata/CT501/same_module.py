# fix: unsafe
import threading

_local = threading.local()  # per-request state


async def handle(request):
    _local.user = request.user
    _local.request = request
    return render(_local.user)


def render(user):
    current = getattr(_local, "request", None)
    return user, current, getattr(_local, "user")
