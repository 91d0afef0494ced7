MIDDLEWARE = [
    "site.middleware.AuditMiddleware",
    "site.middleware.LegacyMiddleware",
    "site.middleware.WeakPasswordMiddleware",
    "site.middleware.ConfigLoadingMiddleware",
    "site.middleware.ServiceMiddleware",
]
ROOT_URLCONF = "site.urls"
