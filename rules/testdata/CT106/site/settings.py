MIDDLEWARE = [
    "site.middleware.AuditMiddleware",
    "site.middleware.LegacyMiddleware",
]
ROOT_URLCONF = "site.urls"
