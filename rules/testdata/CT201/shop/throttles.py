from django.core.cache import caches
from rest_framework.decorators import api_view, throttle_classes
from rest_framework import throttling
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle, UserRateThrottle
from rest_framework.views import APIView


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


class Export(APIView):
    # DRF's own class, named as it is: its counts are each process's too.
    throttle_classes = [ScopedRateThrottle]  # want: CT201
    throttle_scope = "export"


class Report(APIView):
    throttle_classes = [throttling.ScopedRateThrottle, BurstThrottle]  # reported once per module, above
