package libraries

import "slices"

// Ariadne is the ariadne GraphQL library: its bindables hold the
// resolvers a schema calls per query, registered by decorator
// (`@query.field("permits")`, `@scalar.serializer`) or by hand
// (`permit.set_field("zone", resolve_zone)`).
func Ariadne() Library {
	const kind = "graphql-resolver"
	l := Library{Name: "ariadne"}
	objects := []string{"ariadne.ObjectType", "ariadne.objects.ObjectType", "ariadne.QueryType", "ariadne.objects.QueryType",
		"ariadne.MutationType", "ariadne.objects.MutationType", "ariadne.InterfaceType", "ariadne.interfaces.InterfaceType",
		"ariadne.SubscriptionType", "ariadne.subscriptions.SubscriptionType"}
	federated := []string{"ariadne.contrib.federation.FederatedObjectType", "ariadne.contrib.federation.objects.FederatedObjectType",
		"ariadne.contrib.federation.FederatedInterfaceType", "ariadne.contrib.federation.interfaces.FederatedInterfaceType"}
	for _, fn := range slices.Concat(objects, federated) {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, kind, false, "field", "source", "type_resolver", "reference_resolver")...)
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Method: "set_field", Arg: 1, Keyword: "resolver", Kind: kind},
			EntryCall{Func: fn, Method: "set_source", Arg: 1, Keyword: "generator", Kind: kind},
			EntryCall{Func: fn, Method: "set_type_resolver", Arg: 0, Keyword: "type_resolver", Kind: kind})
	}
	// A union's type resolver and a scalar's parsers run per value.
	for _, fn := range []string{"ariadne.UnionType", "ariadne.unions.UnionType"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, kind, false, "type_resolver")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "set_type_resolver", Arg: 0, Keyword: "type_resolver", Kind: kind})
	}
	for _, fn := range []string{"ariadne.ScalarType", "ariadne.scalars.ScalarType"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, kind, false, "serializer", "value_parser", "literal_parser")...)
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Method: "set_serializer", Arg: 0, Keyword: "f", Kind: kind},
			EntryCall{Func: fn, Method: "set_value_parser", Arg: 0, Keyword: "f", Kind: kind},
			EntryCall{Func: fn, Method: "set_literal_parser", Arg: 0, Keyword: "f", Kind: kind})
	}
	return l
}
