package libraries

// OpenAPIGenerator is the Python clients OpenAPI Generator and Swagger
// Codegen write, one package per API (a mail provider's SDK, a
// Kubernetes client, a service's own generated client): each package's
// ApiClient builds a REST client over a urllib3 PoolManager, meant to
// be built once and shared. The package's name is the API's, so the
// class is known by its name alone, and only outside the tree: a class
// the tree defines is read, not named.
func OpenAPIGenerator() Library {
	return Library{
		Name:             "openapi_generator",
		ClientNamespaces: []ClientNamespace{{Suffix: ".ApiClient"}},
		// Turning a model into JSON's types opens no connection.
		OfflineMethods: []string{"sanitize_for_serialization"},
	}
}
