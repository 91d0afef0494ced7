package libraries

// Enum is the standard library's enum: an Enum's class attributes are its
// members.
func Enum() Library {
	return Library{
		Name:             "enum",
		Metaclasses:      []string{"enum.EnumMeta", "enum.EnumType"},
		FieldBaseModules: []string{"enum"},
	}
}
