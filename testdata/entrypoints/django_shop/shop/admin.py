from django import forms
from django.contrib import admin
from django.urls import path
from admin_extra_buttons.api import ExtraButtonsMixin, button
from admin_extra_buttons.decorators import link, view
from import_export.admin import ImportMixin
from django_otp.admin import OTPAdminSite
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


def mark_shipped(modeladmin, request, queryset):  # entry: django-admin-action
    queryset.update(shipped=True)


def unused_helper(modeladmin, request, queryset):
    return queryset


class ActionsAdmin(admin.ModelAdmin):
    # What actions, list_display and readonly_fields name, by string (a
    # method of the admin) or by reference, runs for each admin request.
    actions = [mark_shipped, "refund"] + ["export"]
    list_display = ("number", "colored_status")
    readonly_fields = ["audit_trail"]

    def refund(self, request, queryset):  # shared: django-admin-action
        pass

    def export(self, request, queryset):  # shared: django-admin-action
        pass

    def colored_status(self, obj):  # shared: django-admin-display
        return obj.status

    def audit_trail(self, obj):  # shared: django-admin-display
        return obj

    def not_named(self, obj):
        return obj

    @admin.action(description="Cancel")
    def cancel(self, request, queryset):  # shared: django-admin-action
        pass

    @admin.display(description="Total")
    def total(self, obj):  # entry: django-admin-display
        return obj.total


class InheritedActionsAdmin(ActionsAdmin):
    # The attributes a base admin of the tree binds hold for its subclass.
    def export(self, request, queryset):  # shared: django-admin-action
        pass


class QuietAdmin(ActionsAdmin):
    # `actions = None` hides the base's list.
    actions = ()

    def refund(self, request, queryset):
        pass


class StatusFilter(admin.SimpleListFilter):
    # The change list builds its filters anew for each request.
    def lookups(self, request, model_admin):  # entry: django-admin-filter
        return []

    def queryset(self, request, queryset):  # entry: django-admin-filter
        return queryset


class OrderForm(forms.ModelForm):
    # The admin builds its form class (a subclass of this one) and an
    # instance of it for each add or change page.
    def __init__(self, *args, **kwargs):  # entry: django-admin-form
        super().__init__(*args, **kwargs)

    def clean(self):  # entry: django-admin-form
        return super().clean()

    def helper(self):
        return None


class LineForm(forms.ModelForm):
    def clean(self):  # entry: django-admin-form
        return super().clean()


class FormAdmin(admin.ModelAdmin):
    form = OrderForm


class LineFormInline(admin.TabularInline):
    form = LineForm


class ImportAdmin(admin.ModelAdmin):
    # Views the admin adds to its own URLs run on the one admin object.
    def get_urls(self):
        urls = super().get_urls()
        return [
            path("import/", self.admin_site.admin_view(self.import_view)),
            path("export/", self.export_view),
        ] + urls

    def import_view(self, request):  # shared: django-view
        return None

    def export_view(self, request):  # shared: django-view
        return None

    def _rows(self):
        return []


class DraftAdmin(admin.ModelAdmin):
    # No site registers it: the site registers the others, so this one
    # serves nothing (left behind, or a base no registered admin has).
    def get_form(self, request, obj=None, **kwargs):
        return super().get_form(request, obj, **kwargs)


class BaseOrderAdmin(admin.ModelAdmin):
    # Not registered itself, a base of a registered admin: its methods run
    # on the registered one.
    def get_list_filter(self, request):  # shared: django-admin
        return ()


class PagedOrderAdmin(BaseOrderAdmin):
    pass


class TwoFactorAdmin(admin.ModelAdmin):
    # Registered with a site of a library the tables do not know: its
    # register call still names it.
    def get_queryset(self, request):  # shared: django-admin
        return super().get_queryset(request)


class ButtonsAdmin(ExtraButtonsMixin, admin.ModelAdmin):
    # django-admin-extra-buttons: each runs for an administrator's request.
    @button(label="Refresh")
    def refresh(self, request):  # shared: django-admin-button
        return None

    @view()
    def report(self, request, pk):  # shared: django-admin-button
        return None

    @link(href=None)
    def docs(self, button):  # shared: django-admin-button
        button.href = "/docs"


class ImportsAdmin(ImportMixin, admin.ModelAdmin):
    # django-import-export's import page calls these on the admin.
    def get_import_resource_kwargs(self, request, form, **kwargs):  # shared: django-admin
        return kwargs

    def get_import_resource_classes(self, request):  # shared: django-admin
        return []

    def _columns(self):
        return []


admin.site.register(Order, ButtonsAdmin)
admin.site.register(Order, ImportsAdmin)

otp_site = OTPAdminSite(name="otp")
otp_site.register(Order, TwoFactorAdmin)

for model, model_admin in [(Order, OrderAdmin), (Order, HistoryAdmin)]:
    admin.site.register(model, model_admin)
admin.site.register(Order, ActionsAdmin)
admin.site.register(Order, InheritedActionsAdmin)
admin.site.register(Order, QuietAdmin)
admin.site.register(Order, FormAdmin)
admin.site.register(Order, ImportAdmin)
admin.site.register(Order, PagedOrderAdmin)
