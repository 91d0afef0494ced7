from flask_httpauth import HTTPBasicAuth

auth = HTTPBasicAuth()


# Flask-HTTPAuth calls these on each request to a view it protects.
@auth.verify_password
def verify(username, password):  # entry: flask-hook
    return username == password


@auth.error_handler
def refused(status):  # entry: flask-hook
    return "refused", status


def unrelated():
    return None
