from django.contrib import admin
from reversion.admin import VersionAdmin
from simple_history.admin import SimpleHistoryAdmin
from some_admin_kit import BaseAdmin, ExportMixin

from .models import Order


class OrderAdmin(admin.ModelAdmin):
    def save_model(self, request, obj, form, change):  # shared: django-admin
        super().save_model(request, obj, form, change)

    def get_queryset(self, request):  # shared: django-admin
        return super().get_queryset(request)

    def _audit(self, obj):
        return obj


class LineInline(admin.StackedInline):
    def get_formset(self, request, obj=None, **kwargs):  # entry: django-admin-inline
        return super().get_formset(request, obj, **kwargs)


class VersionedAdmin(VersionAdmin):
    # A third party's ModelAdmin subclass: registered with the site, it is
    # one.
    def save_model(self, request, obj, form, change):  # shared: django-admin
        super().save_model(request, obj, form, change)


admin.site.register(Order, VersionedAdmin)


class HistoryAdmin(SimpleHistoryAdmin):
    # Another extension's ModelAdmin, known by its base alone.
    def get_queryset(self, request):  # shared: django-admin
        return super().get_queryset(request)


@admin.register(Order)
class PlainRegistered(ExportMixin, BaseAdmin):
    # Registered by the decorator, on bases crosstalk does not know.
    def save_model(self, request, obj, form, change):  # shared: django-admin
        pass
