import functools

from rq import Queue


def get_queue():
    return Queue("default")


def rq_task(func):
    # A project's own task decorator: the function it decorates is
    # enqueued by the wrapper it hangs on it.
    @functools.wraps(func)
    def delay(*args, **kwargs):
        queue = get_queue()
        return queue.enqueue_call(func, args=args, kwargs=kwargs)

    func.delay = delay
    return func


@rq_task
def send_newsletter(email):  # entry: rq-job
    return email


def rebuild_index(name):  # entry: rq-job
    return name


def schedule_rebuild():
    get_queue().enqueue(rebuild_index, "all")


def describe(func):
    return func.__name__
