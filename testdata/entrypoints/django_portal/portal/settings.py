# The middleware list is built under another name and handed to Django
# by that name; an app extends it in place afterwards.
BASE_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.TenantMiddleware",
]
DEBUG = False
MIDDLEWARE = (["portal.middleware.DebugMiddleware"] if DEBUG else []) + BASE_MIDDLEWARE
BASE_MIDDLEWARE += ["portal.middleware.timing_middleware"]

# Not a setting: a list of dotted paths under a name nothing hands on.
UNUSED_MIDDLEWARE = ["portal.middleware.UnusedMiddleware"]

ROOT_URLCONF = "portal.urls"
