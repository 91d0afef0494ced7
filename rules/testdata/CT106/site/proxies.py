import typing

import flask

from .tracking import Tracker

app = flask.Flask(__name__)
# cast returns its argument: the request's own proxy, not an object built
# at import.
sxng_request = typing.cast(flask.Request, flask.request)
shared = typing.cast(Tracker, Tracker())


@app.before_request
def pre():
    sxng_request.start_time = 1
    shared.last_path = flask.request.path  # want: CT106
