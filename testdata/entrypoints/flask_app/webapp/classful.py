from flask_classful import FlaskView, route


class HostsView(FlaskView):
    def index(self):  # entry: flask-view
        return []

    def get(self, object_id):  # entry: flask-view
        return {}

    def post(self):  # entry: flask-view
        return {}

    @route("/filter")
    def filter(self):  # entry: flask-route
        return []

    def _perform_create(self, data):
        return data
