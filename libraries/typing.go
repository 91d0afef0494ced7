package libraries

// Typing is the standard library's typing.
func Typing() Library {
	return Library{
		Name:                "typing",
		ClassVarAnnotations: []string{"typing.ClassVar"},
	}
}
