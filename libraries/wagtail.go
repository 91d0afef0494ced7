package libraries

import "slices"

// Wagtail is the Wagtail CMS: a page model's serve, its route and the
// context and template it gives run for each request of the page, on the
// row the request loaded, and so do a routable page's views its route
// decorators name; its API's viewsets serve the routes a WagtailAPIRouter
// gives them.
func Wagtail() Library {
	api := []string{"listing_view", "detail_view", "find_view", "get_queryset", "get_base_queryset", "get_object",
		"get_serializer_class", "get_serializer_context", "check_query_parameters", "filter_queryset", "paginate_queryset"}
	l := Library{
		Name: "wagtail",
		EntryClasses: slices.Concat(
			classesOf("wagtail-page", false, []string{"serve", "route", "get_context", "get_template", "serve_preview"},
				"wagtail.models.Page", "wagtail.models.pages.Page", "wagtail.core.models.Page", "wagtail.wagtailcore.models.Page"),
			classesOf("wagtail-api", false, api,
				"wagtail.api.v2.views.BaseAPIViewSet", "wagtail.api.v2.views.PagesAPIViewSet",
				"wagtail.admin.api.views.PagesAdminAPIViewSet", "wagtail.images.api.v2.views.ImagesAPIViewSet",
				"wagtail.documents.api.v2.views.DocumentsAPIViewSet"),
			// The admin's generic views are Django class-based views, one
			// per request, that the admin's viewsets (ModelViewSet,
			// SnippetViewSet, ChooserViewSet) route to; their own code
			// calls these on the way.
			classesOf("django-view", false, slices.Concat(djangoViewMethods(), adminViewMethods), adminViews()...)),
	}
	l.AdminKinds = []string{"wagtail-admin-hook"}
	for _, module := range []string{"wagtail.hooks", "wagtail.core.hooks", "wagtail.wagtailcore.hooks"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: module + ".register", Kind: "wagtail-hook", Hooks: wagtailHooks()})
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: module + ".register", Arg: 1, Keyword: "fn", Kind: "wagtail-hook", Hooks: wagtailHooks()})
	}
	for _, module := range []string{"wagtail.contrib.routable_page.models", "wagtail.contrib.wagtailroutablepage.models"} {
		for _, r := range []string{"route", "path", "re_path"} {
			l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: module + "." + r, Kind: "wagtail-page"})
		}
	}
	return l
}

// adminViewMethods are what Wagtail's generic admin views call on
// themselves for a request, beside a Django view's.
var adminViewMethods = []string{"save_instance", "delete_action", "run_before_hook", "run_after_hook",
	"get_edit_handler", "get_bound_panel", "get_side_panels", "get_page_title", "get_page_subtitle",
	"get_breadcrumbs_items", "get_header_buttons", "get_base_queryset", "filter_queryset", "get_filters",
	"get_columns", "get_table_kwargs", "get_success_buttons", "get_error_message", "get_fields",
	"get_object_list", "filter_object_list", "get_results_url", "get_chosen_response_data", "get_display_title",
	"get_preview_context", "get_preview_template", "get_usage", "get_history_url"}

// adminViews are Wagtail's generic admin views, by the modules that
// define or re-export them.
func adminViews() []string {
	var out []string
	for module, views := range map[string][]string{
		"wagtail.admin.views.generic":         {"IndexView", "CreateView", "EditView", "DeleteView", "InspectView", "HistoryView", "UsageView", "CopyView", "RevisionsCompareView", "RevisionsUnscheduleView", "UnpublishView", "PreviewOnCreate", "PreviewOnEdit", "BaseListingView"},
		"wagtail.admin.views.generic.models":  {"IndexView", "CreateView", "EditView", "DeleteView", "InspectView", "CopyView", "RevisionsCompareView", "RevisionsUnscheduleView", "UnpublishView"},
		"wagtail.admin.views.generic.base":    {"BaseListingView", "BaseOperationView"},
		"wagtail.admin.views.generic.chooser": {"BaseChooseView", "ChooseView", "ChooseResultsView", "ChosenView", "ChosenMultipleView", "CreateView"},
		"wagtail.admin.views.generic.history": {"HistoryView"},
		"wagtail.admin.views.generic.usage":   {"UsageView"},
		"wagtail.admin.views.generic.preview": {"PreviewOnCreate", "PreviewOnEdit", "PreviewRevision"},
		"wagtail.snippets.views.snippets":     {"IndexView", "CreateView", "EditView", "DeleteView", "InspectView", "HistoryView", "UsageView", "CopyView", "RevisionsCompareView", "RevisionsUnscheduleView", "UnpublishView", "PreviewOnCreate", "PreviewOnEdit", "PreviewRevision"},
		"wagtail.snippets.views.chooser":      {"ChooseView", "ChooseResultsView", "SnippetChosenView"},
	} {
		for _, v := range views {
			out = append(out, module+"."+v)
		}
	}
	slices.Sort(out)
	return out
}

// wagtailHooks are the hooks Wagtail runs for a request, by name: a
// page or document served to anyone, and the admin's, which only its
// editors reach. The hooks that build the admin's URLs, menus, icons and
// features run once per process and register nothing here.
func wagtailHooks() map[string]string {
	hooks := map[string]string{"before_serve_page": "wagtail-hook", "before_serve_document": "wagtail-hook"}
	admin := []string{"construct_main_menu", "construct_settings_menu", "construct_reports_menu", "construct_help_menu",
		"construct_homepage_panels", "construct_homepage_summary_items", "construct_page_listing_buttons",
		"construct_page_action_menu", "construct_snippet_action_menu", "construct_snippet_listing_buttons",
		"construct_page_chooser_queryset", "construct_document_chooser_queryset", "construct_image_chooser_queryset",
		"construct_explorer_page_queryset", "construct_translated_pages_to_cascade_actions", "construct_wagtail_userbar",
		"describe_collection_contents", "filter_form_submissions_for_user",
		"insert_editor_js", "insert_editor_css", "insert_global_admin_js", "insert_global_admin_css",
		"register_page_listing_buttons", "register_page_listing_more_buttons", "register_page_header_buttons",
		"register_user_listing_buttons", "register_snippet_listing_buttons", "before_bulk_action", "after_bulk_action"}
	for _, verb := range []string{"create", "edit", "delete", "publish", "unpublish", "copy", "move", "convert_alias"} {
		admin = append(admin, "before_"+verb+"_page", "after_"+verb+"_page")
	}
	for _, object := range []string{"snippet", "user"} {
		for _, verb := range []string{"create", "edit", "delete"} {
			admin = append(admin, "before_"+verb+"_"+object, "after_"+verb+"_"+object)
		}
	}
	for _, h := range admin {
		hooks[h] = "wagtail-admin-hook"
	}
	return hooks
}
