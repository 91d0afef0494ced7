from celery.schedules import crontab  # the tree imports celery: `.task` is Celery's
from shared.workers import app as shared_app  # an app of another project
from teamlib.web import make_web

from . import celery_app, dramatiq

web = make_web()

SCHEDULE = {"expire": {"schedule": crontab(minute=0)}}


@dramatiq.actor(queue_name="high")
def send_alert(alert_id):  # entry: dramatiq-actor
    return alert_id


@celery_app.task
def expire(alert_id):  # entry: celery-task
    return alert_id


@shared_app.task(bind=True)
def retry(self, alert_id):  # entry: celery-task
    return alert_id


@web.route("/x")
def page():
    # Libraries of several packages have a route method, and the tree
    # imports none of them: no guess.
    return "x"


class Local:
    def task(self, fn):
        return fn


local = Local()


@local.task
def helper():
    # The tree's own object, whose task method is its own.
    return 1
