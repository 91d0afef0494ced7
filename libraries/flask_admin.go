package libraries

// FlaskAdmin is Flask-Admin: an admin view is an object built once, when
// the Admin is set up, whose exposed methods and model hooks serve every
// administrator's request.
func FlaskAdmin() Library {
	l := Library{Name: "flask_admin", SharedKinds: []string{"flask-admin-view"}, AdminKinds: []string{"flask-admin-view"}}
	for _, fn := range []string{"flask_admin.expose", "flask_admin.base.expose", "flask_admin.expose_plugview", "flask_admin.base.expose_plugview"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "flask-admin-view"})
	}
	l.EntryClasses = classesOf("flask-admin-view", false, []string{"index_view", "create_view", "edit_view", "delete_view",
		"details_view", "action_view", "export", "on_model_change", "after_model_change", "on_model_delete",
		"after_model_delete", "on_form_prefill", "get_query", "get_count_query", "is_accessible", "inaccessible_callback"},
		"flask_admin.BaseView", "flask_admin.base.BaseView", "flask_admin.contrib.sqla.ModelView", "flask_admin.contrib.sqla.view.ModelView",
		"flask_admin.model.BaseModelView", "flask_admin.model.base.BaseModelView")
	return l
}
