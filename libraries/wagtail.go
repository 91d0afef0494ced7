package libraries

// Wagtail is the Wagtail CMS: a page model's serve, its route and the
// context and template it gives run for each request of the page, on the
// row the request loaded.
func Wagtail() Library {
	return Library{
		Name: "wagtail",
		EntryClasses: classesOf("wagtail-page", false, []string{"serve", "route", "get_context", "get_template", "serve_preview"},
			"wagtail.models.Page", "wagtail.models.pages.Page", "wagtail.core.models.Page", "wagtail.wagtailcore.models.Page"),
	}
}
