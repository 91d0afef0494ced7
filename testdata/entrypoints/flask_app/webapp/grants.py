from apiflask import APIBlueprint, APIFlask
from flask_socketio import SocketIO

api = APIFlask(__name__)
grants = APIBlueprint("grants", __name__)
socketio = SocketIO(api)


@grants.get("/grants/<int:grant_id>")
def get_grant(grant_id):  # entry: flask-route
    return {"id": grant_id}


@grants.post("/grants")
def create_grant():  # entry: flask-route
    return {}


@api.route("/health")
def health():  # entry: flask-route
    return "ok"


@socketio.on("connect")
def on_connect():  # entry: socketio-event
    return True


@socketio.on("query", namespace="/sqleditor")
def on_query(data):  # entry: socketio-event
    return data


@socketio.event
def ping(data):  # entry: socketio-event
    return data


def on_close(data):  # entry: socketio-event
    return data


socketio.on_event("close", on_close, namespace="/sqleditor")
