from django.contrib import admin


class ContestAdmin(admin.ModelAdmin):
    # One ModelAdmin per model, built when it is registered: its hooks run
    # for every admin request, on that one object.
    list_display = ("name", "entrants")

    def entrants(self, obj):
        return obj.entrants.count()

    def save_model(self, request, obj, form, change):
        self._rescored = form.changed_data  # want: CT106
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if self._rescored:
            form.instance.rescore()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)  # a local: the request's own
        return queryset.filter(owner=request.user)


class ProblemInline(admin.TabularInline):
    # Inlines are built anew for each request.
    def get_formset(self, request, obj=None, **kwargs):
        self.parent = obj
        return super().get_formset(request, obj, **kwargs)


class BoardAdmin(admin.ModelAdmin):
    # An attribute no code of the tree binds is a library base's, which
    # may be a property that gives each request its own (flask-admin's
    # _template_args lives in the request's context).
    tallies = {}

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._template_args["board"] = object_id  # want-strict: CT106 (bound by a library base)
        self.tallies[object_id] = request.user  # want: CT106
        return super().change_view(request, object_id, form_url, extra_context)


class GrantAdmin(admin.ModelAdmin):
    # A copy of its own list, then the request's fields added to it: the
    # copy is the object's, and the next request gets what this one added.
    readonly_fields = ("number",)

    def changeform_view(self, request, *args, **kwargs):
        self.readonly_fields = list(self.readonly_fields)
        if not request.user.is_superuser:
            self.readonly_fields.extend(self.get_fields(request))  # want: CT106
        return super().changeform_view(request, *args, **kwargs)
