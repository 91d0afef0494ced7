package libraries

// Dataclasses is the standard library's dataclasses.
func Dataclasses() Library {
	return Library{
		Name:            "dataclasses",
		FieldDecorators: []string{"dataclasses.dataclass"},
	}
}
