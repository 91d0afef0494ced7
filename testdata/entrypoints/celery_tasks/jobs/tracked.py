from jobs.celery_app import app


class TrackedTask(app.Task):
    # The app's own Task class, a base of tasks: Celery calls its hooks
    # around every run of a task made with base=.
    def on_success(self, retval, task_id, args, kwargs):  # entry: celery-task
        return retval

    def describe(self):
        return "tracked"


class CountedTask(TrackedTask):
    def after_return(self, status, retval, task_id, args, kwargs, einfo):  # entry: celery-task
        return status


@app.task(base=CountedTask)
def count_covers(**kwargs):  # entry: celery-task
    return kwargs
