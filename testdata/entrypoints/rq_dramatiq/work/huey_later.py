from .huey_setup import huey


@huey.task(retries=3)
def fetch(pk):  # entry: huey-task
    return pk
