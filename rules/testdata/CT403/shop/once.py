# celery-once: a task built on QueueOnce runs under a lock its arguments
# key, across processes; a second run with the same arguments is refused
# while the first holds it. A plain task has no such lock.
from celery import shared_task
from celery_once import QueueOnce

from .models import Article


@shared_task(base=QueueOnce, once={"graceful": True})
def count_view(article_id):
    article = Article.objects.get(pk=article_id)
    article.views += 1  # want-strict: CT403 (celery-once's lock)
    article.save()


@shared_task
def count_share(article_id):
    article = Article.objects.get(pk=article_id)
    article.views += 2  # want: CT403
    article.save()
