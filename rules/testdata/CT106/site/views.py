from django.conf import settings
from django.views import View

from .tracking import counter, db, gate, local, pushes, recorder, registry, site_settings, tracker, fresh_counter, metrics


class OrderView(View):
    # One instance per request: not long-lived.
    def get(self, request):
        self.order = request.GET["id"]
        return self.order


def track(request):
    tracker.user = request.user  # want: CT106
    tracker.seen(request)
    return None


def count(request):
    counter.bump(request.user)
    fresh_counter(request.user)
    recorder.record(request.path)
    registry.scan(request.GET)
    pushes.push(request.path)
    gate.take(request.user)
    return None


def save(request):
    db.session.add(request)
    tracker.items.append(request)  # want: CT106
    return None


def bind(request):
    local.request = request  # one value per thread
    return None


def update_theme(request):
    # An admin's form: the stored setting changes for every request.
    site_settings.theme = request.POST["theme"]  # want-strict: CT106
    site_settings.save()
    return None


def update_providers(request):
    # Saved through a part of the object, by a save_ method.
    site_settings.providers.remove(request.POST["provider"])  # want-strict: CT106
    site_settings.theme = request.POST["theme"]  # want-strict: CT106
    site_settings.store.save_config()
    return None


ERROR_THEME = "error"


def fail_theme(request):
    # The same constant at every request: no request's data.
    site_settings.theme = "broken"  # want-strict: CT106
    tracker.user = None  # want-strict: CT106
    return None


def error_theme(request):
    site_settings.theme = ERROR_THEME  # want-strict: CT106 (a module-level constant)
    return None


def preview_theme(request):
    site_settings.theme = request.POST["theme"]  # want: CT106 (never saved: one request's choice for all)
    return None


def theme_or_save(request):
    if request.POST.get("preview"):
        site_settings.theme = request.POST["theme"]  # want: CT106 (the save is in the other arm)
    else:
        site_settings.save()
    return None


def events_for(privacy):
    return []


def follow(request):
    # A subscriber: the view takes its own socket out again.
    socket = request.socket
    tracker.items.append(socket)  # want-strict: CT106
    try:
        socket.wait()
    finally:
        tracker.items.remove(socket)
    return None


def page(request):
    metrics.page_view(request.path)
    return None


def switch_tenant(request):
    # Django's settings are one object for the whole process.
    settings.CURRENT_TENANT = request.GET["tenant"]  # want: CT106
    return None


def switch_region(request):
    from django.conf import settings as conf

    conf.CURRENT_REGION = request.GET["region"]  # want: CT106
    return None
