package libraries

// Django is the Django web framework.
func Django() Library {
	return Library{
		Name:               "django",
		PropertyDecorators: []string{"django.utils.functional.cached_property"},
		// AppConfig.ready runs once, when the app registry is loaded.
		// django.apps re-exports AppConfig from django.apps.config.
		StartupMethods: []Method{
			{Class: "django.apps.AppConfig", Name: "ready"},
			{Class: "django.apps.config.AppConfig", Name: "ready"},
		},
		// Django's TestCase runs setUpTestData once per class.
		TestClassFixtures: []string{"setUpTestData"},
	}
}
