package libraries

// Graphene is the graphene GraphQL library.
func Graphene() Library {
	return Library{
		Name: "graphene",
		// Called from graphene's __init_subclass__, once per class.
		ClassCreationHooks: []string{"__init_subclass_with_meta__"},
	}
}
