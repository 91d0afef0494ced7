package libraries

import "slices"

// DjangoAdminExtensions are the packages whose admin classes are Django's
// ModelAdmin underneath (each a subclass of it): a project's admin built
// on one is a ModelAdmin too, one object per registered model.
func DjangoAdminExtensions() Library {
	return Library{
		Name: "django_admin_extensions",
		EntryClasses: slices.Concat(
			classesOf("django-admin", false, modelAdminHooks(),
				"reversion.admin.VersionAdmin",
				"simple_history.admin.SimpleHistoryAdmin",
				"guardian.admin.GuardedModelAdmin",
				"mptt.admin.MPTTModelAdmin", "mptt.admin.DraggableMPTTAdmin",
				"polymorphic.admin.PolymorphicParentModelAdmin", "polymorphic.admin.PolymorphicChildModelAdmin",
				"modeltranslation.admin.TranslationAdmin",
				"treebeard.admin.TreeAdmin",
				"ordered_model.admin.OrderedModelAdmin",
				"nested_admin.NestedModelAdmin",
				"unfold.admin.ModelAdmin",
				"django.contrib.gis.admin.GISModelAdmin", "django.contrib.gis.admin.OSMGeoAdmin"),
			// django-import-export's mixins add the import and export
			// pages to a ModelAdmin: the admin calls these on it for each.
			classesOf("django-admin", false, slices.Concat(modelAdminHooks(), importExportHooks),
				"import_export.admin.ImportExportModelAdmin", "import_export.admin.ExportActionModelAdmin",
				"import_export.admin.ImportExportActionModelAdmin"),
			classesOf("django-admin", false, importExportHooks,
				"import_export.admin.ImportMixin", "import_export.admin.ExportMixin",
				"import_export.admin.ImportExportMixin", "import_export.admin.ExportActionMixin",
				"import_export.admin.ImportExportMixinBase", "import_export.mixins.BaseImportMixin", "import_export.mixins.BaseExportMixin",
				"import_export.mixins.BaseImportExportMixin")),
	}
}

// importExportHooks are what django-import-export's admin mixins call on
// the ModelAdmin for an import or an export (versions 3 and 4).
var importExportHooks = []string{"import_action", "process_import", "process_result", "process_dataset",
	"get_import_resource_classes", "get_import_resource_kwargs", "get_import_data_kwargs", "get_import_formats",
	"get_import_form_class", "get_confirm_form_class", "get_import_form", "get_confirm_import_form",
	"get_import_form_kwargs", "get_confirm_form_kwargs", "get_confirm_form_initial", "get_import_context_data",
	"has_import_permission", "generate_log_entries", "choose_import_resource_class", "get_skip_admin_log",
	"get_resource_classes", "get_resource_kwargs", "get_resource_index", "export_action", "get_export_queryset",
	"get_export_data", "get_export_resource_classes", "get_export_resource_kwargs", "get_export_formats",
	"get_export_filename", "has_export_permission", "get_data_for_export", "get_export_form_class",
	"get_export_context_data", "choose_export_resource_class", "export_admin_action"}
