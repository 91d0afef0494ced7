import dramatiq
from redis import Redis
from rq import Queue

queue = Queue(connection=Redis())


def resize(image_id):  # entry: rq-job
    return image_id


def notify(user_id):  # entry: rq-job
    return user_id


@dramatiq.actor(queue_name="mail")
def send_mail(to):  # entry: dramatiq-actor
    return to


def enqueue_all():
    queue.enqueue(resize, 1)  # calls: rq.Queue.enqueue; hands off: queue work.jobs.resize
    queue.enqueue_call(func=notify, args=(1,))  # hands off: queue work.jobs.notify
    send_mail.send("x")  # hands off: queue work.jobs.send_mail
