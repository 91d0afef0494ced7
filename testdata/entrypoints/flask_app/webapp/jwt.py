from flask import Flask
from flask_jwt_extended import JWTManager


def create_app():  # startup: app-factory
    app = Flask(__name__)
    jwt = JWTManager(app)

    # The manager's callbacks, defined in the factory: each runs on a
    # request that carries a token.
    @jwt.token_in_blocklist_loader
    def check_if_token_is_revoked(jwt_header, jwt_payload):  # entry: flask-hook
        return False

    @jwt.additional_claims_loader
    def add_claims(identity):  # entry: flask-hook
        return {}

    return app


manager = JWTManager()


@manager.user_lookup_loader
def lookup(jwt_header, jwt_data):  # entry: flask-hook
    return None
