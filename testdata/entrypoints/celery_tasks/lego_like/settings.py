# Celery imported from celery.app, where celery/app/__init__.py exports it.
from celery.app import Celery

app = Celery("lego_like")
