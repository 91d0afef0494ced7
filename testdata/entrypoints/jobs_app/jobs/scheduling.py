from apscheduler.schedulers.background import BackgroundScheduler
from django_q.tasks import AsyncTask, Chain, async_task, schedule

scheduler = BackgroundScheduler()


def scan_photos(user_id):  # entry: django-q-task
    return user_id


def generate_albums(user_id):  # entry: django-q-task
    return user_id


def delete_zip(path):  # entry: django-q-task
    return path


def thumbnails(user_id):  # entry: django-q-task
    return user_id


def report_done(task):  # entry: django-q-task
    return task.success


def cleanup():  # entry: apscheduler-job
    pass


@scheduler.scheduled_job("interval", minutes=5)
def heartbeat():  # entry: apscheduler-job
    pass


class Processor:
    def __init__(self, app):
        self.app = app

    def process_waiting(self):  # shared: apscheduler-job
        return self.app

    def _one(self):
        return None


def start(app, user_id):
    scheduler.add_job(cleanup, "interval", minutes=1)
    scheduler.add_job(Processor(app).process_waiting, "interval", seconds=10)
    # A job by its textual reference, "module:name", as APScheduler reads it.
    scheduler.add_job("jobs.scheduling:send_alerts", "cron", hour=3)
    scheduler.start()
    async_task(scan_photos, user_id, hook="jobs.scheduling.report_done")
    AsyncTask(generate_albums, user_id).run()
    schedule("jobs.scheduling.delete_zip", "/tmp/x.zip")
    chain = Chain()
    chain.append(thumbnails, user_id)
    chain.run()


def send_alerts():  # entry: apscheduler-job
    return None


def main():  # startup: main
    start(None, 1)
