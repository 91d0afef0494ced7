from django.core.signals import setting_changed
from django.db.models.signals import post_save, pre_delete
from django.dispatch import Signal, receiver
from django.test import signals as test_signals

order_paid = Signal()


@receiver(post_save)
def on_save(sender, instance, **kwargs):  # entry: django-signal
    pass


def on_delete(sender, instance, **kwargs):  # entry: django-signal
    pass


def on_paid(sender, **kwargs):  # entry: django-signal
    pass


def not_connected(sender, **kwargs):  # entry: django-signal
    # Connected by shop.profiles, under another name.
    pass


pre_delete.connect(on_delete)
order_paid.connect(on_paid)


# Only the test utilities send setting_changed (override_settings): its
# receivers never run in production.
@receiver(setting_changed)
def reset_prices(**kwargs):
    pass


def reload_currencies(**kwargs):
    pass


setting_changed.connect(reload_currencies)
test_signals.setting_changed.connect(reload_currencies)
