class TenantMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):  # shared: django-middleware
        return self.get_response(request)


def timing_middleware(get_response):  # startup: django-middleware-factory
    def middleware(request):  # entry: django-middleware
        return get_response(request)

    return middleware


class UnusedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)


class DebugMiddleware:
    # Listed in one arm of a conditional list: installed where it holds.
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):  # shared: django-middleware
        return self.get_response(request)
