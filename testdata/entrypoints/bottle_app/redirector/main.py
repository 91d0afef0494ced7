import bottle
from bottle import Bottle, route

app = Bottle()


@route("/healthz")
def healthz():  # entry: bottle-route
    return "ok"


@app.get("/<revision>")
def revision(revision):  # entry: bottle-route
    return bottle.redirect(lookup(revision))


@app.hook("after_request")
def cors():  # entry: bottle-hook
    bottle.response.headers["Access-Control-Allow-Origin"] = "*"


def lookup(revision):
    return "/" + revision
