package libraries

import "slices"

// Graphene is the graphene GraphQL library, with the object types of
// graphene-django, graphene-sqlalchemy and graphene-mongo.
func Graphene() Library {
	return Library{
		Name: "graphene",
		// Called from graphene's __init_subclass__, once per class.
		ClassCreationHooks: []string{"__init_subclass_with_meta__"},
		// Resolvers run per query.
		EntryClasses: slices.Concat(
			classesOf("graphql-resolver", false, []string{"resolve_*"},
				"graphene.ObjectType", "graphene.types.objecttype.ObjectType",
				"graphene_django.DjangoObjectType", "graphene_django.types.DjangoObjectType",
				"graphene_sqlalchemy.SQLAlchemyObjectType", "graphene_sqlalchemy.types.SQLAlchemyObjectType",
				"graphene_mongo.MongoengineObjectType", "graphene_mongo.types.MongoengineObjectType",
				// A connection's fields (`resolve_total_count`) resolve
				// per query too.
				"graphene.relay.Connection", "graphene.Connection", "graphene.relay.connection.Connection"),
			classesOf("graphql-resolver", false, []string{"mutate"}, "graphene.Mutation", "graphene.types.mutation.Mutation"),
			classesOf("graphql-resolver", false, []string{"mutate_and_get_payload"},
				"graphene.relay.ClientIDMutation", "graphene.ClientIDMutation", "graphene.relay.mutation.ClientIDMutation")),
		EntryCalls: []EntryCall{
			{Func: "graphene.Field", Arg: -1, Keyword: "resolver", Kind: "graphql-resolver"},
			{Func: "graphene.types.field.Field", Arg: -1, Keyword: "resolver", Kind: "graphql-resolver"},
		},
	}
}
