package libraries

// ImportExport is django-import-export: a resource's import_data and
// export call the resource's hooks, which a subclass overrides, for the
// whole dataset and for each row (an admin's import, a task's).
func ImportExport() Library {
	imports := []string{"before_import", "after_import", "import_row", "before_import_row", "after_import_row",
		"get_or_init_instance", "get_instance", "init_instance", "import_instance", "import_obj", "import_field",
		"skip_row", "validate_instance", "save_instance", "before_save_instance", "after_save_instance",
		"do_instance_save", "save_m2m", "delete_instance", "before_delete_instance", "after_delete_instance", "for_delete"}
	exports := []string{"before_export", "after_export", "export_resource", "export_field", "get_export_headers",
		"get_export_fields", "get_export_queryset", "get_queryset", "filter_export"}
	var dispatches []Dispatch
	for _, class := range []string{"import_export.resources.Resource", "import_export.resources.ModelResource"} {
		dispatches = append(dispatches, Dispatch{Class: class, Method: "import_data", Calls: imports},
			Dispatch{Class: class, Method: "export", Calls: exports})
	}
	return Library{Name: "import_export", Dispatches: dispatches}
}
