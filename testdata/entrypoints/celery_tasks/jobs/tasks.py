import functools

from celery import Celery, Task, shared_task as st
from celery.signals import celeryd_after_setup, task_prerun, worker_process_init, worker_shutdown

from .celery_app import app


@st
def send_email(to):  # entry: celery-task
    return to


@app.task(bind=True)
def charge(self, order_id):  # entry: celery-task
    send_email.delay("x")  # hands off: queue jobs.tasks.send_email
    return order_id


class ReportTask(Task):
    def run(self, day):  # entry: celery-task
        return day

    def _format(self, day):
        return day


@worker_process_init.connect
def init_worker(**kwargs):  # startup: celery-worker-init
    pass


def before_task(**kwargs):  # entry: celery-signal
    pass


task_prerun.connect(before_task)


def make_celery():  # startup: app-factory
    celery = Celery("other")
    return celery


def plain_helper():
    return 1


# A project's own task decorator, over shared_task called on a wrapper.
def task(fn):
    @functools.wraps(fn)
    def run(*args):
        return fn(*args)  # calls: jobs.tasks.sweep

    return st(run)


@task
def sweep(day):  # entry: celery-task
    return day


@celeryd_after_setup.connect
def name_queues(sender, instance, **kwargs):  # startup: celery-worker-init
    pass


@worker_shutdown.connect
def flush(**kwargs):  # startup: celery-worker-init
    pass
