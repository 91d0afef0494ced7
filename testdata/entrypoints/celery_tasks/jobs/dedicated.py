from celery import shared_task


def dedicated_queue_task(*args, **kwargs):
    # A project's own task decorator: what it returns is shared_task's.
    return shared_task(*args, queue="dedicated", **kwargs)


def not_a_task(*args, **kwargs):
    return dict(*args, **kwargs)


@dedicated_queue_task(autoretry_for=(Exception,), retry_backoff=True)
def send_alert(alert_id):  # entry: celery-task
    return alert_id


@dedicated_queue_task
def escalate(alert_id):  # entry: celery-task
    return alert_id


@not_a_task(x=1)
def helper(alert_id):
    return alert_id
