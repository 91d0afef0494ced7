import falcon

from things.resources import AuthMiddleware, Health, ThingsResource, handle_error, sink


def create_app(db):  # startup: app-factory
    app = falcon.App(middleware=[AuthMiddleware()])
    things = ThingsResource(db)
    app.add_route("/things", things)
    app.add_route("/things/{thing_id}", things, suffix="item")
    app.add_route("/health", Health())
    app.add_sink(sink, "/legacy")
    app.add_error_handler(ValueError, handle_error)
    return app
