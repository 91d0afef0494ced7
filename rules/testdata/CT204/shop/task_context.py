# Each task's log context, bound when the task starts and reset when it
# ends, by the worker's own pair of signals, under the task's id: no
# task reads another's entry. A module dict that only one side fills is
# another matter.
from celery import shared_task
from celery.signals import task_postrun, task_prerun

_task_tokens = {}
_task_starts = {}


def bind(**ctx):
    return ctx


@task_prerun.connect
def _bind_task_context(task_id, task, **kwargs):
    _task_tokens[task_id] = bind(task=task.name)  # want-strict: CT204 (taken out by task_postrun)
    _task_starts[task_id] = task.name  # want: CT204 (nothing takes it out)


@task_postrun.connect
def _unbind_task_context(task_id, **kwargs):
    token = _task_tokens.pop(task_id, None)  # want-strict: CT204 (it only takes entries out)
    return token


@shared_task
def export(order_id):
    return order_id


_online = {}


@shared_task
def log_in(user_id, name):
    # Taken out on logout, by a later request that another worker may
    # serve: each worker's dict says something else.
    _online[user_id] = name  # want: CT204


@shared_task
def log_out(user_id):
    _online.pop(user_id, None)  # want-strict: CT204 (it only takes entries out)
