import django_rq
from django_rq import job


@job("default")
def send_webhook(url):  # entry: rq-job
    return url


@job
def reindex():  # entry: rq-job
    return None


def rebuild(index):  # entry: rq-job
    return index


def queue_rebuild():
    django_rq.enqueue(rebuild, "all")  # hands off: queue work.django_jobs.rebuild
