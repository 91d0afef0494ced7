package libraries

// Pydantic is pydantic: a model's annotated class attributes are its
// fields.
func Pydantic() Library {
	return Library{
		Name:             "pydantic",
		FieldBaseModules: []string{"pydantic"},
	}
}
