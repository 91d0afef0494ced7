from celery import Celery


def _build():  # startup: app-factory
    return Celery("webapp")


def make_celery():
    return _build()
