package libraries

// Elasticsearch is the Elasticsearch client: it holds a connection pool.
func Elasticsearch() Library {
	return Library{
		Name:            "elasticsearch",
		ClientFactories: []string{"elasticsearch.Elasticsearch", "elasticsearch.AsyncElasticsearch"},
	}
}
