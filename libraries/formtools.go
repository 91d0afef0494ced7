package libraries

import "slices"

// Formtools is django-formtools. A form preview is an instance that a URL
// configuration builds once (`path("x/", OrderPreview(OrderForm))`),
// whose hooks serve every request on that one object; a wizard is a
// class-based view, built per request.
func Formtools() Library {
	return Library{
		Name:        "formtools",
		SharedKinds: []string{"formtools-preview"},
		EntryClasses: slices.Concat(
			classesOf("formtools-preview", false, []string{"__call__", "parse_params", "done", "process_preview",
				"get_context", "get_initial", "preview_get", "preview_post", "post_post", "failed_hash"},
				"formtools.preview.FormPreview"),
			classesOf("formtools-wizard", false, slices.Concat(httpMethods(), []string{"dispatch", "done", "get_form",
				"get_form_kwargs", "get_form_initial", "get_form_instance", "process_step", "process_step_files",
				"render_done", "render", "get_context_data", "get_template_names", "get_next_step", "get_prev_step"}),
				"formtools.wizard.views.WizardView", "formtools.wizard.views.SessionWizardView",
				"formtools.wizard.views.CookieWizardView", "formtools.wizard.views.NamedUrlWizardView",
				"formtools.wizard.views.NamedUrlSessionWizardView", "formtools.wizard.views.NamedUrlCookieWizardView"),
		),
	}
}
