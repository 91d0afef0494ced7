# pyramid_services: a service factory registered by its dotted name, or
# given itself, runs for each request that asks for its service
# (request.find_service); a class registered as the factory is built
# then. A service instance registered once is the process's.
from wiki.svc.http import HTTPService


def includeme(config):  # startup: pyramid-include
    config.register_service_factory("wiki.svc.http.factory", iface=HTTPService)
    config.register_service_factory(mailer_factory, name="mailer")
    config.register_service_factory(Auditor, name="audit")
    config.add_tween("wiki.svc.registry.rollback_tween_factory")
    config.add_tween("wiki.svc.registry.TimingTween", under="pyramid_tm.tm_tween_factory")


def mailer_factory(context, request):  # entry: pyramid-service
    return object()


class Auditor:
    def __init__(self, context, request):  # entry: pyramid-service
        self.request = request

    def record(self):
        return None


# A tween factory runs once, when the app is made, and what it returns
# wraps every request; a class tween is one object for every request.

def rollback_tween_factory(handler, registry):  # startup: pyramid-tween-factory
    def rollback_tween(request):  # entry: pyramid-tween
        return handler(request)

    return rollback_tween


class TimingTween:
    def __init__(self, handler, registry):
        self.handler = handler

    def __call__(self, request):  # shared: pyramid-tween
        return self.handler(request)
