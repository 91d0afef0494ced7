# A task takes a Redis lock before it calls the update: no two runs of it
# overlap, in any worker.
from celery import shared_task
from django.db import OperationalError, transaction
from django_redis import get_redis_connection

from .models import Article


def record_progress(pk, n):
    article = Article.objects.get(pk=pk)
    article.views += n  # want-strict: CT403 (every caller holds a Redis lock)
    article.save()


def record_unlocked(pk, n):
    article = Article.objects.get(pk=pk)
    article.views += n  # want: CT403 (one caller takes no lock)
    article.save()


@shared_task
def migrate(pk):
    r = get_redis_connection()
    lock = r.lock("migrate", timeout=60)
    if not lock.acquire():
        return None
    try:
        record_progress(pk, 1)
        record_unlocked(pk, 1)
    finally:
        lock.release()


@shared_task
def rebuild(pk):
    with get_redis_connection().lock("rebuild"):
        record_progress(pk, 2)


@shared_task
def touch(pk):
    record_unlocked(pk, 3)


def record_failure(article):
    article.views += 1  # want-strict: CT403 (its caller holds the row's lock, taken in a try whose handlers leave)
    article.save()


@shared_task
def call_hook(pk):
    with transaction.atomic():
        try:
            article = Article.objects.select_for_update(nowait=True).get(pk=pk)
        except Article.DoesNotExist:
            return None
        except OperationalError as e:
            if "could not obtain lock" in e.args[0]:
                return None
            else:
                raise e
        record_failure(article)
