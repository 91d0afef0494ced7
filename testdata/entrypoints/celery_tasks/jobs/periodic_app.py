# A Celery subclass of the tree's own with a decorator method that
# registers what it decorates through self.task, and the tasks its
# module-level instance's method decorates.
from celery import Celery


def locked_task(f):
    return f


class ScheduledCelery(Celery):
    def periodic_task(self, *args, **kwargs):
        def decorator(f):
            if kwargs.pop("locked", True):
                f = locked_task(f)
            task = self.task(f, *args, **kwargs)
            self.conf["beat_schedule"][task.name] = {"task": task.name}
            return task

        return decorator


scheduled = ScheduledCelery("scheduled")


class Registrar:
    def every(self, **kwargs):
        def decorator(f):
            return scheduled.task(f, **kwargs)

        return decorator


registrar = Registrar()
