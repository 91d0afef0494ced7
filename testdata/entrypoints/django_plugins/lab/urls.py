from importlib import import_module

from django.apps import apps
from django.urls import include, path

from lab import pages, views

urlpatterns = [path("", views.home), path("contact/", pages.contact)]

# Each installed app of the project that has a URL configuration adds
# it: which ones is decided at run time, so every one may be reached.
for app in apps.get_app_configs():
    if app.name.startswith("lab."):
        try:
            plugin_urls = import_module(f"{app.name}.urls")
        except ImportError:
            continue
        urlpatterns += [path("", include(plugin_urls))]
