from lego_like import celery_app


@celery_app.task(serializer="json", bind=True)
def notify_inactive(self, user_id):  # entry: celery-task
    return user_id
