import flask

from webapp.timed import timed_blueprint

# Only the blueprint: its routes are in another module.
tags_bp = timed_blueprint(flask.Blueprint("tags", __name__))
