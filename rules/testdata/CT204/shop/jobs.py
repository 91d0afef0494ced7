# Module state that jobs write: an in-process scheduler's job runs in
# every worker process alike and serves no caller; a task queue's task
# runs in one worker, for the caller that queued it.
import requests
from apscheduler.schedulers.background import BackgroundScheduler
from celery import shared_task

_scheduler = BackgroundScheduler()
RATES = None
LAST_IMPORT = None


def refresh_rates():
    global RATES
    RATES = requests.get("https://rates.example/today").json()  # want-strict: CT204 (only the scheduler's job)


@shared_task
def import_file(path):
    global LAST_IMPORT
    LAST_IMPORT = path  # want: CT204


def schedule():
    _scheduler.add_job(refresh_rates, "interval", minutes=5)


def today():
    return RATES, LAST_IMPORT
