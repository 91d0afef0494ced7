MIDDLEWARE = [
    "site.middleware.AuditMiddleware",
    "site.middleware.LegacyMiddleware",
    "site.middleware.WeakPasswordMiddleware",
    "site.middleware.ConfigLoadingMiddleware",
]
ROOT_URLCONF = "site.urls"
