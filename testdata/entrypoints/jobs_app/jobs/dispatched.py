from dispatcherd.publish import submit_task, task


def _import_project(project_id):  # entry: dispatcherd-task
    return project_id


def unique_enqueue(queue_name, job_id, fn, *args):
    # A project's own wrapper: what it is given is submitted.
    return submit_task(fn, queue=queue_name, args=args, uuid=job_id)


def _manage(activation_id):  # entry: dispatcherd-task
    return activation_id


def import_project(project_id):
    submit_task(_import_project, queue="default", args=(project_id,))
    unique_enqueue("activation", "job-1", _manage, 3)


@task(queue="default")
def purge_old_records():  # entry: dispatcherd-task
    return None
