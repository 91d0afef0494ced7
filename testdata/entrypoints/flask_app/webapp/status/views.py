from flask import request

from . import status


@status.route("/_status")
def status():  # entry: flask-route
    return request.args
