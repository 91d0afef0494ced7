package libraries

import "slices"

// modelAdminHooks are what the admin site calls on a ModelAdmin, for
// each admin request.
func modelAdminHooks() []string {
	return []string{"save_model", "delete_model", "save_related", "save_formset",
		"changelist_view", "changeform_view", "add_view", "change_view", "delete_view", "history_view",
		"get_queryset", "get_form", "get_fields", "get_fieldsets", "get_readonly_fields", "get_list_display",
		"get_list_filter", "get_search_results", "get_changeform_initial_data", "has_add_permission",
		"has_change_permission", "has_delete_permission", "has_view_permission", "has_module_permission",
		"response_add", "response_change", "response_delete", "render_change_form", "formfield_for_dbfield",
		"formfield_for_foreignkey", "formfield_for_manytomany"}
}

// Django is the Django web framework.
func Django() Library {
	signals := []string{"django.dispatch.Signal", "django.dispatch.dispatcher.Signal"}
	adminHooks := modelAdminHooks()
	// A form an admin or a view builds and validates per request: each
	// field's clean_<field> runs with clean.
	formMethods := []string{"__init__", "clean", "clean_*", "full_clean", "_post_clean", "save", "save_m2m"}
	l := Library{
		Name:         "django",
		ProgramKinds: []string{"django-command"},
		// A model's __eq__ and __hash__ are its primary key's.
		EqualByValue: []string{"django.db.models.Model", "django.db.models.base.Model"},
		// override_settings sends setting_changed; a deployed site never
		// changes its settings. django.test.signals imports it.
		TestSignals: []string{"django.core.signals.setting_changed", "django.test.signals.setting_changed"},
		// The admin's getters that return the ModelAdmin's own attribute
		// (get_actions, get_fieldsets and the like build anew).
		AttrGetters: []string{"get_search_fields", "get_readonly_fields", "get_list_display", "get_list_filter",
			"get_ordering", "get_inlines", "get_exclude", "get_list_select_related", "get_autocomplete_fields"},
		// A save's or a delete's run, on one instance, in one process.
		SignalPairs: []SignalPair{{Start: "django.db.models.signals.pre_save", End: "django.db.models.signals.post_save"},
			{Start: "django.db.models.signals.pre_delete", End: "django.db.models.signals.post_delete"}},
		// A middleware class is built once, at start-up: its hooks serve
		// every request on one instance; so is a ModelAdmin, when the
		// admin site registers it (an action that is a method is one of
		// a ModelAdmin's), and a syndication feed in urls.py.
		SharedKinds:     []string{"django-middleware", "django-admin", "django-feed", "django-admin-action"},
		RegisteredKinds: []string{"django-admin"},
		// The admin site, and views only staff may open.
		AdminKinds: []string{"django-admin", "django-admin-action", "django-admin-display", "django-admin-inline",
			"django-admin-filter", "django-admin-form"},
		AdminDecorators: []string{"django.contrib.admin.views.decorators.staff_member_required"},
		Refreshes: []Refresh{{Base: "django.db.models.Model", Method: "refresh_from_db"},
			{Base: "django.db.models.base.Model", Method: "refresh_from_db"}},
		// obj.save() writes the row back (only the fields update_fields
		// names, when given), as does filter(...).update(n=obj.n); F()
		// and select_for_update make a read-modify-write atomic.
		Saves:         []string{"save", "asave"},
		SaveFields:    []string{"update_fields"},
		Updates:       []string{"update", "aupdate"},
		Reloads:       []string{"refresh_from_db", "arefresh_from_db"},
		AtomicUpdates: []string{"django.db.models.F", "django.db.models.expressions.F"},
		AtomicMethods: []string{"select_for_update"},
		RowLocks:      []string{"select_for_update"},
		RowKeys:       []string{"pk", "id"},
		// Model.objects reads the model's table.
		QueryManagers: []string{"objects"},
		// A reverse relation's manager, named after the model that
		// points here (`revision.version_set`).
		RelatedManagerSuffixes: []string{"_set"},
		RelatedManagerMethods: []string{"all", "filter", "exclude", "get", "first", "last", "count", "exists",
			"values", "values_list", "order_by", "select_related", "prefetch_related", "annotate", "aggregate",
			"in_bulk", "iterator", "only", "defer", "distinct", "earliest", "latest"},
		RowGetters: []string{"django.shortcuts.get_object_or_404", "django.shortcuts.get_list_or_404"},
		RowMethods: []string{"get", "first", "last", "latest", "earliest", "create"},
		// Not get_or_create: the row it gets may be another's.
		NewRowMethods: []string{"create"},
		RelationFields: slices.Concat(
			relationFields(false, true, "django.db.models.ForeignKey", "django.db.models.fields.related.ForeignKey"),
			relationFields(false, false, "django.db.models.OneToOneField", "django.db.models.fields.related.OneToOneField"),
			relationFields(true, true, "django.db.models.ManyToManyField", "django.db.models.fields.related.ManyToManyField")),
		// Content types are rows that migrations write (post_migrate):
		// ContentType.objects.get_for_model caches its answers in every
		// process itself. Not Permission: a query of a user's or a
		// group's permissions reads what admins change.
		StaticModels: []string{"django.contrib.contenttypes.models.ContentType"},
		DataLoads: []string{"django.shortcuts.get_object_or_404", "django.shortcuts.get_list_or_404",
			"django.db.connection.cursor"},
		ProgramRunners:     []string{"django.core.management.call_command"},
		ProgramPackages:    []string{"management.commands"},
		RunScripts:         []string{"manage.py"},
		SettingsVariables:  []string{"DJANGO_SETTINGS_MODULE"},
		PropertyDecorators: []string{"django.utils.functional.cached_property"},
		InstanceCaches:     []string{"django.utils.functional.cached_property"},
		// classonlymethod is a classmethod that refuses to be called on an
		// instance (View.as_view).
		ClassMethodDecorators: []string{"django.utils.decorators.classonlymethod"},
		// AppConfig.ready runs once, when the app registry is loaded.
		// django.apps re-exports AppConfig from django.apps.config.
		StartupMethods: []Method{
			{Class: "django.apps.AppConfig", Name: "ready"},
			{Class: "django.apps.config.AppConfig", Name: "ready"},
		},
		// The view decorators, called on a view in a urlconf, return a
		// view that runs it.
		EntryWrappers: []string{
			"django.views.decorators.csrf.csrf_exempt", "django.contrib.auth.decorators.login_required",
			// A ModelAdmin's get_urls wraps its own views so.
			"django.contrib.admin.sites.AdminSite.admin_view",
			"django.views.decorators.cache.never_cache", "django.contrib.admin.views.decorators.staff_member_required",
			"django.views.decorators.http.require_GET", "django.views.decorators.http.require_POST",
			"django.views.decorators.http.require_safe", "django.views.decorators.clickjacking.xframe_options_exempt",
			// Decorator factories, whose decorator is applied in place
			// (`cache_page(600)(view)`).
			"django.views.decorators.cache.cache_page", "django.views.decorators.cache.cache_control",
			"django.views.decorators.vary.vary_on_headers", "django.views.decorators.vary.vary_on_cookie",
			"django.views.decorators.http.require_http_methods", "django.contrib.auth.decorators.permission_required",
			"django.contrib.auth.decorators.user_passes_test",
		},
		RootURLConfs: []string{"ROOT_URLCONF"},
		URLIncludes: []URLInclude{{Func: "django.urls.include"}, {Func: "django.urls.conf.include"},
			{Func: "django.conf.urls.include"}},
		// Django's TestCase runs setUpTestData once per class.
		TestClassFixtures: []string{"setUpTestData"},
		EntryDecorators: slices.Concat(templateTags(), []EntryDecorator{
			{Func: "django.dispatch.receiver", Kind: "django-signal"},
			{Func: "django.dispatch.dispatcher.receiver", Kind: "django-signal"},
			// @admin.register(Model) on the class: a ModelAdmin,
			// whatever its bases.
			{Func: "django.contrib.admin.register", Kind: "django-admin", ClassMethods: adminHooks},
			{Func: "django.contrib.admin.decorators.register", Kind: "django-admin", ClassMethods: adminHooks},
			// An admin action is a ModelAdmin's method or a function; a
			// display, a method of a ModelAdmin or of a model, called
			// for each row of a change list.
			{Func: "django.contrib.admin.action", Kind: "django-admin-action"},
			{Func: "django.contrib.admin.decorators.action", Kind: "django-admin-action"},
			{Func: "django.contrib.admin.display", Kind: "django-admin-display"},
			{Func: "django.contrib.admin.decorators.display", Kind: "django-admin-display"},
		}),
		// What a ModelAdmin (or an inline) names in these runs for each
		// admin request: an action chosen on the change list, a column
		// of it or a read-only field of the change form.
		EntryAttrs: []EntryAttr{
			{Class: "django-admin", Attr: "actions", Kind: "django-admin-action"},
			{Class: "django-admin", Attr: "list_display", Kind: "django-admin-display"},
			{Class: "django-admin", Attr: "readonly_fields", Kind: "django-admin-display"},
			{Class: "django-admin-inline", Attr: "readonly_fields", Kind: "django-admin-display"},
			// The admin builds a subclass of its form class, and one of
			// those, for each add or change page, and validates it.
			{Class: "django-admin", Attr: "form", Kind: "django-admin-form", Methods: formMethods},
			{Class: "django-view", Attr: "form_class", Kind: "django-form", Methods: formMethods},
			{Class: "django-admin", Attr: "add_form", Kind: "django-admin-form", Methods: formMethods},
			{Class: "django-admin-inline", Attr: "form", Kind: "django-admin-form", Methods: formMethods},
		},
		EntryClasses: slices.Concat(
			// A class-based view: as_view() builds one instance per request
			// (its __init__ runs per request) and calls its handler for the
			// request's method, through these.
			classesOf("django-view", false, djangoViewMethods(),
				"django.views.View", "django.views.generic.View", "django.views.generic.base.View",
				"django.views.generic.TemplateView", "django.views.generic.base.TemplateView",
				"django.views.generic.RedirectView", "django.views.generic.base.RedirectView",
				"django.views.generic.ListView", "django.views.generic.list.ListView",
				"django.views.generic.DetailView", "django.views.generic.detail.DetailView",
				"django.views.generic.FormView", "django.views.generic.edit.FormView",
				"django.views.generic.CreateView", "django.views.generic.edit.CreateView",
				"django.views.generic.UpdateView", "django.views.generic.edit.UpdateView",
				"django.views.generic.DeleteView", "django.views.generic.edit.DeleteView",
				"django.views.generic.detail.BaseDetailView", "django.views.generic.list.BaseListView",
				"django.views.generic.edit.BaseFormView", "django.views.generic.edit.ProcessFormView",
				"django.views.generic.edit.BaseCreateView", "django.views.generic.edit.BaseUpdateView",
				"django.views.generic.edit.BaseDeleteView"),
			// Old-style middleware: built once, its hooks run per request.
			classesOf("django-middleware", false, []string{"__call__", "process_request", "process_response",
				"process_view", "process_exception", "process_template_response"},
				"django.utils.deprecation.MiddlewareMixin"),
			// The admin site builds one ModelAdmin per registered model and
			// calls these on it for every admin request; it builds the
			// inlines anew for each request.
			classesOf("django-admin", false, adminHooks, "django.contrib.admin.ModelAdmin", "django.contrib.admin.options.ModelAdmin"),
			classesOf("django-admin-inline", false, []string{"get_queryset", "get_formset", "get_extra",
				"get_max_num", "get_min_num", "has_add_permission", "has_change_permission", "has_delete_permission",
				"has_view_permission"},
				"django.contrib.admin.TabularInline", "django.contrib.admin.StackedInline",
				"django.contrib.admin.options.TabularInline", "django.contrib.admin.options.StackedInline",
				"django.contrib.admin.options.InlineModelAdmin"),
			// The change list builds its filters anew for each request.
			classesOf("django-admin-filter", false, []string{"lookups", "queryset", "choices", "has_output",
				"expected_parameters", "value"},
				"django.contrib.admin.SimpleListFilter", "django.contrib.admin.filters.SimpleListFilter",
				"django.contrib.admin.ListFilter", "django.contrib.admin.filters.ListFilter",
				"django.contrib.admin.FieldListFilter", "django.contrib.admin.filters.FieldListFilter"),
			// A syndication feed is one instance, built where urls.py
			// routes to it, whose __call__ runs these for every request.
			classesOf("django-feed", false, []string{"__call__", "get_object", "get_feed", "get_context_data", "items",
				"item_*", "title", "link", "description", "subtitle", "feed_url", "feed_guid", "feed_extra_kwargs",
				"author_*", "categories", "ttl"},
				"django.contrib.syndication.views.Feed", "django.contrib.gis.feeds.Feed"),
			classesOf("django-app-ready", true, []string{"ready"}, "django.apps.AppConfig", "django.apps.config.AppConfig"),
			classesOf("django-command", true, []string{"handle", "handle_label", "handle_app_config"},
				"django.core.management.BaseCommand", "django.core.management.base.BaseCommand",
				"django.core.management.base.LabelCommand", "django.core.management.base.AppCommand",
				"django.core.management.LabelCommand", "django.core.management.AppCommand"),
		),
		EntrySettings: []EntrySetting{
			// New-style middleware is any callable: a class built once with
			// get_response, called per request, or a factory function.
			{Name: "MIDDLEWARE", Kind: "django-middleware", ClassMethods: []string{"__call__", "process_request",
				"process_response", "process_view", "process_exception", "process_template_response"}},
			// A backend's authenticate and get_user run per request that
			// logs in or carries a session.
			{Name: "AUTHENTICATION_BACKENDS", Kind: "django-auth-backend", ClassMethods: []string{"authenticate", "get_user"}},
			// A template context processor runs per request that renders
			// a template with a RequestContext.
			{Name: "TEMPLATES", Kind: "django-context-processor", Key: "context_processors", Functions: true},
			{Name: "MIDDLEWARE_CLASSES", Kind: "django-middleware", ClassMethods: []string{"process_request",
				"process_response", "process_view", "process_exception", "process_template_response"}},
			// The error views a root URL configuration names, and the view
			// of a failed CSRF check, by dotted path.
			{Name: "handler400", Kind: "django-error-view", Functions: true},
			{Name: "handler403", Kind: "django-error-view", Functions: true},
			{Name: "handler404", Kind: "django-error-view", Functions: true},
			{Name: "handler500", Kind: "django-error-view", Functions: true},
			{Name: "CSRF_FAILURE_VIEW", Kind: "django-error-view", Functions: true},
		},
		CacheSettings: []CacheSetting{{
			Name:       "CACHES",
			BackendKey: "BACKEND",
			// django-prometheus wraps each backend under its own path.
			Local:      []string{"django.core.cache.backends.locmem.LocMemCache", "django_prometheus.cache.backends.locmem.LocMemCache"},
			Objects:    map[string]string{"django.core.cache.cache": "default"},
			Lookup:     "django.core.cache.caches",
			Invalidate: []string{"delete", "delete_many", "clear", "adelete", "adelete_many", "aclear"},
			Lock:       []string{"add", "aadd"},
			Debug:      "DEBUG",
			// With no CACHES, Django gives the default alias a
			// LocMemCache.
			DefaultAlias:   "default",
			DefaultBackend: "django.core.cache.backends.locmem.LocMemCache",
		}},
	}
	// django.conf.urls kept re_path from Django 2.0 to 3.2, next to url.
	for _, fn := range []string{"django.urls.path", "django.urls.re_path", "django.conf.urls.url", "django.conf.urls.re_path",
		"django.urls.conf.path", "django.urls.conf.re_path"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 1, Keyword: "view", Kind: "django-view", URLConf: true})
	}
	// admin.site.register(Model, SomeAdmin): the class registered is a
	// ModelAdmin, whatever its bases (a third party's subclass).
	for _, site := range []string{"django.contrib.admin.AdminSite", "django.contrib.admin.sites.AdminSite"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: site, Method: "register", Arg: 1, Keyword: "admin_class",
			Kind: "django-admin", ClassMethods: adminHooks})
	}
	// The settings are one object for the process: a value set on it per
	// request (`settings.CURRENT_TENANT = ...`) is the next request's.
	l.SharedObjects = append(l.SharedObjects, "django.conf.settings")
	l.Instances = append(l.Instances, Instance{Name: "django.contrib.admin.site", Class: "django.contrib.admin.sites.AdminSite"},
		Instance{Name: "django.contrib.admin.sites.site", Class: "django.contrib.admin.sites.AdminSite"})
	// register.filter("name", f), register.tag("name", compile), and
	// register.simple_tag(f): the template library's calls.
	for _, lib := range []string{"django.template.Library", "django.template.library.Library"} {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: lib, Method: "filter", Arg: 1, Keyword: "filter_func", Kind: "django-template-tag"},
			EntryCall{Func: lib, Method: "tag", Arg: 1, Keyword: "compile_function", Kind: "django-template-tag"},
			EntryCall{Func: lib, Method: "simple_tag", Arg: 0, Keyword: "func", Kind: "django-template-tag"})
	}
	// transaction.on_commit(f) runs f in the request's own thread once
	// its transaction commits (at once outside one).
	l.HandOffs = append(l.HandOffs, HandOff{Func: "django.db.transaction.on_commit", Arg: 0, Keyword: "func"})
	for _, fn := range signals {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "connect", Arg: 0, Keyword: "receiver", Kind: "django-signal"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Method: "connect", Arg: 0, Keyword: "receiver", Kind: "signal"})
	}
	for _, name := range []string{
		"django.db.models.signals.pre_init", "django.db.models.signals.post_init",
		"django.db.models.signals.pre_save", "django.db.models.signals.post_save",
		"django.db.models.signals.pre_delete", "django.db.models.signals.post_delete",
		"django.db.models.signals.m2m_changed", "django.db.models.signals.class_prepared",
		"django.core.signals.request_started", "django.core.signals.request_finished",
		"django.core.signals.got_request_exception", "django.core.signals.setting_changed",
		"django.contrib.auth.signals.user_logged_in", "django.contrib.auth.signals.user_logged_out",
		"django.contrib.auth.signals.user_login_failed",
	} {
		l.Instances = append(l.Instances, Instance{Name: name, Class: signals[0]})
	}
	// A form class's metaclass binds base_fields (and declared_fields):
	// the form's own fields are the deep copy each instance makes.
	for _, form := range []string{"django.forms.Form", "django.forms.forms.Form", "django.forms.ModelForm",
		"django.forms.models.ModelForm", "django.forms.BaseForm", "django.forms.forms.BaseForm"} {
		for _, attr := range []string{"base_fields", "declared_fields"} {
			l.ClassContainers = append(l.ClassContainers, ClassContainer{Class: form, Attr: attr, Kind: "dict"})
		}
	}
	// FormMixin binds `initial = {}` in its class body: one dict for every
	// form view of the process, which a view that changes it in place
	// (`self.initial.update(...)` in get_initial) changes for all of
	// them, while each view instance is per request.
	for _, view := range []string{"django.views.generic.edit.FormMixin", "django.views.generic.edit.ModelFormMixin",
		"django.views.generic.edit.BaseFormView", "django.views.generic.edit.FormView", "django.views.generic.FormView",
		"django.views.generic.edit.BaseCreateView", "django.views.generic.edit.CreateView", "django.views.generic.CreateView",
		"django.views.generic.edit.BaseUpdateView", "django.views.generic.edit.UpdateView", "django.views.generic.UpdateView",
		"django.contrib.auth.views.LoginView", "django.contrib.auth.views.PasswordResetView",
		"django.contrib.auth.views.PasswordChangeView", "django.contrib.auth.views.PasswordResetConfirmView"} {
		l.ClassContainers = append(l.ClassContainers, ClassContainer{Class: view, Attr: "initial", Kind: "dict", Body: true})
	}
	l.LazyProxies = []string{"django.utils.functional.SimpleLazyObject", "django.utils.functional.LazyObject"}
	l.TestPackages = []string{"django.test"}
	return l
}

// templateTags are a template library's registrations (`register =
// template.Library()`, then `@register.filter`): a tag or a filter runs
// at each render of a template that loads it, per request.
func templateTags() []EntryDecorator {
	var out []EntryDecorator
	for _, lib := range []string{"django.template.Library", "django.template.library.Library"} {
		out = append(out, methodsOf(lib, "django-template-tag", false, "simple_tag", "filter", "inclusion_tag", "tag", "simple_block_tag", "assignment_tag")...)
	}
	return out
}

// relationFields returns Django's relation fields of funcs, whose
// related model is the first argument or `to=`, and whose reverse is
// named by `related_name=`.
func relationFields(many, reverseMany bool, funcs ...string) []RelationField {
	out := make([]RelationField, 0, len(funcs))
	for _, fn := range funcs {
		out = append(out, RelationField{Func: fn, To: "to", RelatedName: "related_name", Many: many, ReverseMany: reverseMany})
	}
	return out
}

// djangoViewMethods are what Django calls on a class-based view for a
// request: the handler of its method and what the generic views' own
// code calls on the way.
func djangoViewMethods() []string {
	return slices.Concat(httpMethods(),
		[]string{"__init__", "dispatch", "setup", "http_method_not_allowed", "get_context_data", "get_queryset",
			"get_object", "get_success_url", "form_valid", "form_invalid", "get_template_names",
			"get_form", "get_form_class", "get_form_kwargs", "get_initial", "get_prefix", "get_redirect_url",
			"get_success_message", "get_paginate_by", "paginate_queryset", "get_ordering", "get_context_object_name",
			"get_slug_field", "render_to_response"})
}
