MIDDLEWARE = [
    "site.middleware.AuditMiddleware",
    "site.middleware.LegacyMiddleware",
    "site.middleware.WeakPasswordMiddleware",
]
ROOT_URLCONF = "site.urls"
