import flask
from canonicalwebteam.discourse import DocParser


def init_handlers(app):
    # app is a parameter nothing annotates, in a module that imports
    # flask and another package with a Flask of its own: both register
    # routes alike, so either one's route is a route.
    @app.route("/csp-report", methods=["POST"])
    def csp_report():  # entry: flask-route
        return flask.jsonify(DocParser)
