from flask import Flask

from .db import make_engine

app = Flask(__name__)


@app.route("/")
def handle():
    engine = make_engine("sqlite://")  # want: CT301
    return engine
