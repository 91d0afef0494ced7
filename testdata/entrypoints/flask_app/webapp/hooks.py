# The app is built elsewhere and handed in: its hooks and routes are
# registered on a parameter. The module imports flask, and no other
# library that registers by these methods.
from flask import jsonify


def load_user():  # entry: flask-hook
    return None


def init_app(application):
    application.before_request(load_user)

    @application.errorhandler(404)
    def not_found(error):  # entry: flask-hook
        return jsonify({}), 404

    @application.route("/status")
    def status():  # entry: flask-route
        return "up"

    @application.cli.command("seed")
    def seed():
        return None


def helper(client):
    # A parameter whose method is named like none of the libraries'.
    @client.retry(3)
    def fetch():
        return None

    return fetch


from flask_login import LoginManager

login_manager = LoginManager()


@login_manager.user_loader
def load_account(user_id):  # entry: flask-hook
    return None


@login_manager.unauthorized_handler
def refuse():  # entry: flask-hook
    return "no", 401
