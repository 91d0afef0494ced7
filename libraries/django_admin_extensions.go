package libraries

// DjangoAdminExtensions are the packages whose admin classes are Django's
// ModelAdmin underneath (each a subclass of it): a project's admin built
// on one is a ModelAdmin too, one object per registered model.
func DjangoAdminExtensions() Library {
	return Library{
		Name: "django_admin_extensions",
		EntryClasses: classesOf("django-admin", false, modelAdminHooks(),
			"reversion.admin.VersionAdmin",
			"simple_history.admin.SimpleHistoryAdmin",
			"import_export.admin.ImportExportModelAdmin", "import_export.admin.ExportActionModelAdmin",
			"import_export.admin.ImportExportActionModelAdmin",
			"guardian.admin.GuardedModelAdmin",
			"mptt.admin.MPTTModelAdmin", "mptt.admin.DraggableMPTTAdmin",
			"polymorphic.admin.PolymorphicParentModelAdmin", "polymorphic.admin.PolymorphicChildModelAdmin",
			"modeltranslation.admin.TranslationAdmin",
			"treebeard.admin.TreeAdmin",
			"ordered_model.admin.OrderedModelAdmin",
			"nested_admin.NestedModelAdmin",
			"unfold.admin.ModelAdmin",
			"django.contrib.gis.admin.GISModelAdmin", "django.contrib.gis.admin.OSMGeoAdmin"),
	}
}
