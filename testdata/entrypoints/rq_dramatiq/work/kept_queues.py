# A queue the tree gets from a helper of its own, which the graph cannot
# place: rq's enqueue_call, enqueue_in and enqueue_at are rq's alone.
import datetime

import django_rq


def _get_queue():
    return django_rq.get_queue("export")


def export_task(task_id):  # entry: rq-job
    return task_id


def cleanup(task_id):  # entry: rq-job
    return task_id


def later(task_id):  # entry: rq-job
    return task_id


def schedule(task_id):
    queue = _get_queue()
    queue.enqueue_call(func=export_task, args=(task_id,))
    queue.enqueue_in(datetime.timedelta(hours=1), cleanup, task_id)
    queue.enqueue_at(datetime.datetime(2030, 1, 1), later, task_id)


def not_a_job(x):
    return x


class Outbox:
    def enqueue(self, item):
        return item


def post(x):
    Outbox().enqueue(not_a_job)
