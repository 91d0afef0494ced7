# pyramid_services: a service factory registered by its dotted name, or
# given itself, runs for each request that asks for its service
# (request.find_service); a class registered as the factory is built
# then. A service instance registered once is the process's.
from wiki.svc.http import HTTPService


def includeme(config):  # startup: pyramid-include
    config.register_service_factory("wiki.svc.http.factory", iface=HTTPService)
    config.register_service_factory(mailer_factory, name="mailer")
    config.register_service_factory(Auditor, name="audit")


def mailer_factory(context, request):  # entry: pyramid-service
    return object()


class Auditor:
    def __init__(self, context, request):  # entry: pyramid-service
        self.request = request

    def record(self):
        return None
