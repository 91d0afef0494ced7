package libraries

// Elasticsearch is the Elasticsearch client: it holds a connection pool.
func Elasticsearch() Library {
	return Library{
		Name:        "elasticsearch",
		Credentials: []string{"api_key", "basic_auth", "http_auth", "bearer_auth"},
		ClientFactories: []string{"elasticsearch.Elasticsearch", "elasticsearch.AsyncElasticsearch",
			// elasticsearch-dsl builds one and keeps it in its registry,
			// in place of the one there.
			"elasticsearch_dsl.connections.create_connection", "elasticsearch_dsl.connections.connections.create_connection"},
	}
}
