package libraries

// DjangoSolo is django-solo: a SingletonModel subclass is a table of one
// row, the site's configuration, which get_solo reads (or makes).
func DjangoSolo() Library {
	return Library{
		Name:       "django_solo",
		ModelLoads: []string{"get_solo"},
	}
}
