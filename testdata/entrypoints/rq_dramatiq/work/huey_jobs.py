from huey import RedisHuey, crontab
from huey.contrib.djhuey import db_periodic_task, db_task, on_startup

huey = RedisHuey("work")


@huey.task()
def resize(image_id):  # entry: huey-task
    return image_id


@huey.periodic_task(crontab(minute="0"))
def hourly():  # entry: huey-task
    return None


@db_task()
def notify(user_id):  # entry: huey-task
    return user_id


@db_periodic_task(crontab(hour="3"))
def nightly():  # entry: huey-task
    return None


# The hooks the consumer runs around every task, and once per worker.
@huey.post_execute()
def audit(task, task_value, exc):  # entry: huey-task
    return None


@huey.signal()
def on_signal(signal, task, exc=None):  # entry: huey-task
    return None


@on_startup()
def open_connections():  # startup: huey-startup
    return None
