# The app is built on first use, behind a proxy; the annotation says what
# it is.
from celery import Celery
from celery.local import Proxy


def make_app():  # startup: app-factory
    return Celery("lazy")


lazy_app: Celery = Proxy(make_app)


@lazy_app.task
def refresh(item_id):  # entry: celery-task
    return item_id
