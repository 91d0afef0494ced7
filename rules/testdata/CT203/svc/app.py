from flask import Flask

from .locks import acquired, remember, sync_once
from .clients import Cache, Scheduler, client, configure, evict, import_plugin, load, local_lock, write_file

app = Flask(__name__)


@app.route("/")
def index():
    Scheduler.get()
    Cache().put("a", 1)
    Cache().reset()
    client()
    load("k")
    configure("k")
    write_file("/tmp/x")
    local_lock("k")
    import_plugin("p", None)
    evict("k")
    sync_once("k"), remember("k"), acquired("k")
    return "ok"
