from functools import partial

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


def render(name):  # entry: flask-route
    return name


def page(name):  # entry: flask-route-lambda
    return name


def not_a_handler():
    return None


app.add_url_rule("/x", view_func=partial(render, "x"))
app.add_url_rule("/p", "p", lambda: page(str(not_a_handler)))
