package libraries

// CollectionsAbc is the standard library's collections.abc: the abstract
// container types, whose read-only ones annotate a value the code will
// not change.
func CollectionsAbc() Library {
	return Library{
		Name: "collections_abc",
		ReadOnlyTypes: []string{"collections.abc.Mapping", "collections.abc.Sequence", "collections.abc.Set",
			"collections.abc.Collection", "collections.abc.Iterable", "collections.abc.Container",
			"collections.abc.Reversible"},
	}
}
