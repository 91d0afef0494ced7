# django-q-registry schedules the functions it decorates: each runs in a
# cluster worker, again and again.
from django_q.models import Schedule
from django_q_registry import register_task


@register_task(name="import candidates", schedule_type=Schedule.CRON, cron="*/5 * * * *")
def import_candidates():  # entry: django-q-task
    return None


def helper():
    return None
