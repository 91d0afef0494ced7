import os

DEBUG = False

CSRF_MIDDLEWARE = "shop.middleware.CsrfMiddleware"

# A name bound to a string among the strings, and an element that is
# neither: the rest of the list still names middleware.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    CSRF_MIDDLEWARE,
    os.environ.get("EXTRA_MIDDLEWARE", "x"),
    "shop.middleware.AuditMiddleware",
    "shop.middleware.LegacyMiddleware",
    "shop.middleware.timing_middleware",
]

# Middleware added where the settings decide.
if not DEBUG:
    MIDDLEWARE.append("shop.middleware.NeverCacheMiddleware")
    MIDDLEWARE.insert(1, "shop.middleware.GZipFirstMiddleware")
else:
    MIDDLEWARE.extend(["shop.middleware.AxesMiddleware"])

ROOT_URLCONF = "shop.urls"
# django-hosts: each host's configuration is a root of its own.
ROOT_HOSTCONF = "shop.hosts"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "shop.auth.TokenBackend",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "shop.auth.cart_context",
            ],
        },
    },
]

CSRF_FAILURE_VIEW = "shop.views.csrf_failure"

# Python Social Auth runs each step at every social login.
SOCIAL_AUTH_PIPELINE = (
    "social_core.pipeline.social_auth.social_details",
    "shop.auth.update_profile",
)

# Django REST framework's defaults for every API view: each class is
# built per request, and its methods run then; the exception handler
# runs per failing request.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "shop.api_auth.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ("shop.api_auth.IsPartner",),
    "DEFAULT_THROTTLE_CLASSES": ["shop.api_auth.PartnerThrottle"],
    "DEFAULT_PAGINATION_CLASS": "shop.api_auth.CursorPages",
    "DEFAULT_FILTER_BACKENDS": ["shop.api_auth.PartnerFilter"],
    "EXCEPTION_HANDLER": "shop.api_auth.api_errors",
}
