from django.core.cache import caches
from rest_framework.decorators import api_view, throttle_classes
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class BurstThrottle(UserRateThrottle):  # want: CT201
    # Counted in the default cache, each worker's LocMemCache.
    scope = "burst"


class SharedThrottle(AnonRateThrottle):
    cache = caches["shared"]  # Redis: one count for every worker
    scope = "anon"


class UnusedThrottle(UserRateThrottle):
    scope = "unused"  # nothing names it


@api_view(["POST"])
@throttle_classes([BurstThrottle, SharedThrottle])
def vote(request):
    return None
