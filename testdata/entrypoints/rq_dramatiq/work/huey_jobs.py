from huey import RedisHuey, crontab
from huey.contrib.djhuey import db_periodic_task, db_task

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
