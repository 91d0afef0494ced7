package libraries

// Strawberry is the strawberry GraphQL library: resolvers run per query.
func Strawberry() Library {
	l := Library{Name: "strawberry"}
	for _, fn := range []string{"strawberry.field", "strawberry.mutation", "strawberry.subscription"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "graphql-resolver"})
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: -1, Keyword: "resolver", Kind: "graphql-resolver"})
	}
	return l
}
