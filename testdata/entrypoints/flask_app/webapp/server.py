# An object that builds the app in its __init__ and registers its own
# methods on it in another method.
from flask import Flask


class APIServer:
    def __init__(self, rest_api):
        self.rest_api = rest_api
        self.flask_app = Flask(__name__)

    def setup(self):
        self.flask_app.before_request(self.check_token)
        self.flask_app.after_request(self.add_headers)
        self.flask_app.add_url_rule("/ping", view_func=self.ping)

    def check_token(self):  # shared: flask-hook
        return None

    def add_headers(self, response):  # shared: flask-hook
        return response

    def ping(self):  # shared: flask-route
        return "pong"


def main():  # startup: main
    APIServer(None).setup()
