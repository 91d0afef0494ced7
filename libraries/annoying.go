package libraries

// Annoying is django-annoying: its AutoOneToOneField is a Django
// one-to-one field that makes the related row on first read.
func Annoying() Library {
	return Library{
		Name:           "annoying",
		RelationFields: relationFields(false, false, "annoying.fields.AutoOneToOneField"),
	}
}
