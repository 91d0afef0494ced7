# A project's own task decorator that applies the app's task decorator
# by hand to what it decorates: each def it decorates is a task.
from jobs.celery_app import app


def pipeline_task(wrapped_function):
    return app.task(autoretry_for=(ValueError,), retry_kwargs={"max_retries": 3})(wrapped_function)


@pipeline_task
def sync_feed():  # entry: celery-task
    return None


@pipeline_task
def initialize_feed():  # entry: celery-task
    return None
