# Caches cleared by code of the tree, and where that code runs.
import functools
import threading
import time

import redis
import requests
from celery import shared_task
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Flag


@functools.lru_cache(maxsize=None)
def service_url(code):  # want: CT201 (the receiver clears it only in the process that saved the row)
    return Flag.objects.get(code=code).url


@receiver(post_save, sender=Flag)
def on_service_saved(sender, instance, **kwargs):
    service_url.cache_clear()


_labels = {}


def label(code):
    if code not in _labels:
        _labels[code] = Flag.objects.get(code=code).label  # want: CT201 (a view clears it, in its own process)
    return _labels[code]


def forget_labels(request):
    _labels.clear()
    return "ok"


@functools.lru_cache(maxsize=None)
def feature(code):  # each process runs the listener that clears it: no finding
    return Flag.objects.get(code=code).enabled


def listen():
    for _ in redis.Redis().pubsub().listen():
        feature.cache_clear()


def start_listener():
    threading.Thread(target=listen, daemon=True).start()


def service_view(request):
    return service_url(request.GET["code"]), label(request.GET["code"]), feature("beta")


from .models import SiteConfiguration


@functools.lru_cache(maxsize=None)
def support_email():  # want: CT201 (django-solo's get_solo reads the configuration row)
    return SiteConfiguration.get_solo().support_email


def contact(request):
    return support_email()


_last_reset = None


@functools.lru_cache(maxsize=1)
def latest_release():  # its reader clears it once a day, in every process that reads it: no finding
    return requests.get("https://example.com/releases/latest").json()["tag_name"]


def latest_version():
    global _last_reset
    now = time.time()
    if _last_reset is None or now - _last_reset > 86400:
        _last_reset = now
        latest_release.cache_clear()
    return latest_release()


def about(request):
    return latest_version()


@functools.lru_cache(maxsize=1024)
def table_exists(workspace_id):  # want: CT201 (the task that makes the table clears it in its own process)
    return Flag.objects.filter(code=str(workspace_id)).exists()


@shared_task
def create_table(workspace_id):
    if table_exists(workspace_id):
        return
    Flag.objects.create(code=str(workspace_id))
    table_exists.cache_clear()


def search(request):
    return table_exists(request.GET["w"])
