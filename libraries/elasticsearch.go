package libraries

// Elasticsearch is the Elasticsearch client: it holds a connection pool.
func Elasticsearch() Library {
	return Library{
		Name:            "elasticsearch",
		Credentials:     []string{"api_key", "basic_auth", "http_auth", "bearer_auth"},
		ClientFactories: []string{"elasticsearch.Elasticsearch", "elasticsearch.AsyncElasticsearch"},
	}
}
