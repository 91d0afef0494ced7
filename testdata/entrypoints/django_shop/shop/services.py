from django.urls import include, path

from . import hooked_urls


class Cart:
    def get(self, key):
        return key

    def total(self):
        return 0


def admin_urls():
    # A hook that returns patterns: whoever calls it is not followed.
    return [path("hooked/", include(hooked_urls)), path("built/", built_view)]


def built_view(request):  # entry: django-view
    return None
