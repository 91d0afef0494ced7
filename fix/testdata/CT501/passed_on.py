# fix: none
import threading

state = threading.local()


async def handle(request):
    state.user = request.user
    return keep(state)


def keep(s):
    return s
