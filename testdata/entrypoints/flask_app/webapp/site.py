from canonicalwebteam.flask_base.app import FlaskBase

# A library's subclass of Flask: its routes and hooks are Flask's.
app = FlaskBase(__name__, "site.example")


def homepage():  # entry: flask-route
    return "home"


app.add_url_rule("/", view_func=homepage)


@app.route("/about")
def about():  # entry: flask-route
    return "about"


@app.after_request
def add_headers(response):  # entry: flask-hook
    return response


from webapp.site_handlers import init_handlers

init_handlers(app)
