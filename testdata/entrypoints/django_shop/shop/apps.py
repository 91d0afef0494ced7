from django.apps import AppConfig


class ShopConfig(AppConfig):
    name = "shop"

    def ready(self):  # startup: django-app-ready
        from . import signals  # noqa: F401
