from .periodic_app import registrar, scheduled


@scheduled.periodic_task(name="cleanup", run_every=60)
def cleanup():  # entry: celery-task
    return None


@registrar.every(name="ping")
def ping():  # entry: celery-task
    return None


def not_a_task():
    return None
