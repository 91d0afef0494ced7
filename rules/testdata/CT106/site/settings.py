MIDDLEWARE = [
    "site.middleware.AuditMiddleware",
    "site.middleware.LegacyMiddleware",
    "site.middleware.WeakPasswordMiddleware",
    "site.middleware.ConnectingMiddleware",
    "site.middleware.PerRequestCacheMiddleware",
    "site.middleware.ConfigLoadingMiddleware",
    "site.middleware.ServiceMiddleware",
    "site.middleware.RegistryMiddleware",
]
ROOT_URLCONF = "site.urls"
