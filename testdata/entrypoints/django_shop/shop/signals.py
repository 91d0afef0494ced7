from django.db.models.signals import post_save, pre_delete
from django.dispatch import Signal, receiver

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
