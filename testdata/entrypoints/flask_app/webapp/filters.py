from flask import Flask

app = Flask(__name__)


def format_date(value):  # entry: flask-template-filter
    return value


def format_money(value):  # entry: flask-template-filter
    return value


def nl2br(value):  # entry: flask-template-filter
    return value


def add_template_filters(application):
    # Registered in a loop over a list of the functions: each is one.
    for fn in [format_date, format_money]:
        application.add_template_filter(fn)
    application.add_template_filter(nl2br, name="br")


@app.template_filter("upper")
def upper(value):  # entry: flask-template-filter
    return value


@app.template_global()
def site_name():  # entry: flask-template-filter
    return "site"


def is_even(n):  # entry: flask-template-filter
    return n % 2 == 0


app.add_template_test(is_even)
add_template_filters(app)
