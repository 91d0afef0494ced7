import time

from django.utils.deprecation import MiddlewareMixin as Mixin


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):  # shared: django-middleware
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):  # shared: django-middleware
        return None

    def _log(self, msg):
        print(msg)


class LegacyMiddleware(Mixin):
    def process_request(self, request):  # shared: django-middleware
        request.started = time.time()

    def process_response(self, request, response):  # shared: django-middleware
        return response


def timing_middleware(get_response):  # startup: django-middleware-factory
    def middleware(request):  # entry: django-middleware
        return get_response(request)

    return middleware


class NeverCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):  # shared: django-middleware
        return self.get_response(request)


class GZipFirstMiddleware(Mixin):
    def process_response(self, request, response):  # shared: django-middleware
        return response


class AxesMiddleware(Mixin):
    def process_request(self, request):  # shared: django-middleware
        return None


class CsrfMiddleware(Mixin):
    def process_view(self, request, view, args, kwargs):  # shared: django-middleware
        return None


class ProfileMiddleware(Mixin):
    # A middleware class MIDDLEWARE does not list: never installed.
    def process_request(self, request):
        return None
