# Receivers connected in an AppConfig's ready(), after imports made there
# (the app registry is not ready at import).
from django.apps import AppConfig


def create_profile(sender, instance, **kwargs):  # entry: django-signal
    pass


class ProfilesConfig(AppConfig):
    name = "shop.profiles"

    def ready(self):  # startup: django-app-ready
        from django.db.models.signals import post_save
        from django.db.models import signals

        from .signals import not_connected as late

        post_save.connect(create_profile)
        signals.pre_save.connect(late)
