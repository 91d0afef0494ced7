from webapp import create_app
from webapp.factory import make_celery

app = create_app()
celery = make_celery()


@app.route("/wsgi")
def wsgi_index():  # entry: flask-route
    return "ok"


@celery.task
def send_mail():  # entry: celery-task
    return None
