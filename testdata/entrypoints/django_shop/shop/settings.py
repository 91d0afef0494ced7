DEBUG = False

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "shop.middleware.AuditMiddleware",
    "shop.middleware.LegacyMiddleware",
    "shop.middleware.timing_middleware",
]

ROOT_URLCONF = "shop.urls"

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
