package libraries

// Typing is the standard library's typing.
func Typing() Library {
	return Library{
		Name:                "typing",
		ClassVarAnnotations: []string{"typing.ClassVar"},
		Casts:               []string{"typing.cast"},
		InterfaceBases:      []string{"typing.Protocol"},
		// The read-only views of a container: what an annotation with one
		// of them gets may not be changed.
		ReadOnlyTypes: []string{"typing.Mapping", "typing.Sequence", "typing.AbstractSet", "typing.Collection",
			"typing.Iterable", "typing.Container", "typing.Reversible"},
	}
}
