# Settings for a developer's machine: what they bind does not count.
DEBUG = True
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}
