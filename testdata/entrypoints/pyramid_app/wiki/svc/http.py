import requests


class HTTPService:
    def __init__(self):
        self.session = requests.Session()


def factory(context, request):  # entry: pyramid-service
    return HTTPService()
