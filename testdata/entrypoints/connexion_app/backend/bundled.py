import connexion
import prance

ROOT = "."


def bundled(path):
    # The specification is read and resolved in code (its $refs bundled)
    # from a file of the project's root, named where the app is made.
    parser = prance.ResolvingParser(ROOT + path, strict=False)
    parser.parse()
    return parser.specification


def create_orders_app():  # startup: app-factory
    app = connexion.FlaskApp(__name__)
    app.add_api(bundled("/openapi/orders.yml"))
    return app
