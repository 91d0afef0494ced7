from django.core.cache import cache


def sync_once(key):
    # Each worker's LocMemCache holds its own key: two workers both sync.
    if not cache.add("lock:" + key, 1, timeout=60):  # want: CT203
        return
    try:
        return key
    finally:
        cache.delete("lock:" + key)


def remember(key):
    cache.add(key, 1)  # its result unused: a set-if-absent, no lock


def acquired(key):
    got = cache.add(key, 1)  # want: CT203
    return got
