package libraries

// AdminExtraButtons is django-admin-extra-buttons: a ModelAdmin's method
// decorated as a button, a view, a link or a choice runs on the one
// admin object for an administrator's request (a button's click, the
// view's URL, the page a link or choice is drawn on).
func AdminExtraButtons() Library {
	l := Library{Name: "admin_extra_buttons", SharedKinds: []string{"django-admin-button"}, AdminKinds: []string{"django-admin-button"}}
	for _, module := range []string{"admin_extra_buttons.decorators", "admin_extra_buttons.api"} {
		for _, d := range []string{"button", "view", "link", "choice"} {
			l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: module + "." + d, Kind: "django-admin-button"})
		}
	}
	return l
}
