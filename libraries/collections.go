package libraries

// Collections is the standard library's collections: container types.
func Collections() Library {
	return Library{
		Name: "collections",
		ContainerFactories: []string{
			"collections.defaultdict", "collections.OrderedDict", "collections.Counter",
			"collections.deque", "collections.ChainMap",
			"collections.UserDict", "collections.UserList",
		},
	}
}
