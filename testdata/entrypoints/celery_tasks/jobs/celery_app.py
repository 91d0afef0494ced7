from celery import Celery

app = Celery("jobs")
