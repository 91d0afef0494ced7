from asgiref.sync import async_to_sync
from django.http import JsonResponse

from . import db


async def rates(request):
    return JsonResponse({"rows": await db.served()})


def sync_rates(request):
    # Under an ASGI server, async_to_sync runs in the server's loop.
    return JsonResponse({"rows": async_to_sync(db.served)()})
