# A project's own task decorator: it wraps each task in a function that
# sets up what every task needs, and makes that wrapper the actor. The
# wrapper stands for the task it wraps: the tasks are the entry points.
import functools

from dramatiq import actor as _actor


def setup():
    return None


def actor(queue_name="default"):
    def decorator(fn):
        @functools.wraps(fn)
        def _wrapped(*args):
            setup()
            return fn(*args)  # calls: work.tasks.charge, work.tasks.refund

        _actor(_wrapped, queue_name=queue_name)
        return _wrapped

    return decorator


def plain(fn):
    # Not registered: wraps without making an actor.
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)

    return inner
