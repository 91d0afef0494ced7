# Both flask and quart route by `route`: a parameter's route is either's,
# so neither is assumed.
import flask
import quart


def register(app):
    @app.route("/either")
    def either():
        return ""
