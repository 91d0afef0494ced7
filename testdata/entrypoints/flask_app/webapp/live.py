from flask import Blueprint
from flask_sock import Sock

sock = Sock()
live = Blueprint("live", __name__)


@sock.route("/logs/<int:build_id>", bp=live)
def stream_logs(ws, build_id):  # entry: flask-websocket
    ws.send(str(build_id))
