ROOT_URLCONF = "shop.urls"

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://cache"},
}

if ROOT_URLCONF:
    # One arm says LocMem, the other reads the environment: the model
    # cannot tell which runs.
    CACHES["sessions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
else:
    CACHES["sessions"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache"}

REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",  # want: CT201
    ],
}
