# Celery 3's task decorators, still in older services.
from celery.task import periodic_task, task


@task
def cleanup(batch):  # entry: celery-task
    return batch


@periodic_task(run_every=60)
def heartbeat():  # entry: celery-task
    return None
