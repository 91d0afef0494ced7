import json


class ApiClient:
    """Reads regulations from files: no connection, no pool."""

    def __init__(self):
        self.base = "/srv/regulations"

    def get(self, suffix):
        with open(self.base + suffix) as f:
            return json.load(f)
