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
				"wagtail.documents.api.v2.views.DocumentsAPIViewSet")),
	}
	for _, module := range []string{"wagtail.contrib.routable_page.models", "wagtail.contrib.wagtailroutablepage.models"} {
		for _, r := range []string{"route", "path", "re_path"} {
			l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: module + "." + r, Kind: "wagtail-page"})
		}
	}
	return l
}
