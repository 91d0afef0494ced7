# fix: none
from threading import local

counters = local()


async def handle(request):
    counters.n = 0
    counters.n += 1
