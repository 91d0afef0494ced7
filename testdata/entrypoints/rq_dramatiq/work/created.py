from rq import Queue
from rq.job import Job

queue = Queue()


def import_image(image_id):  # entry: rq-job
    return image_id


def enqueue_job(func, **kwargs):
    # The project's own wrapper: a job made first, enqueued after.
    job = Job.create(func=func, kwargs=kwargs)
    queue.enqueue_job(job)


def on_upload(image_id):
    enqueue_job(import_image, image_id=image_id)
