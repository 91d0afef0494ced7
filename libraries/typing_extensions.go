package libraries

// TypingExtensions is typing_extensions, the backports of typing.
func TypingExtensions() Library {
	return Library{
		Name:                "typing_extensions",
		ClassVarAnnotations: []string{"typing_extensions.ClassVar"},
		Casts:               []string{"typing_extensions.cast"},
		InterfaceBases:      []string{"typing_extensions.Protocol"},
	}
}
