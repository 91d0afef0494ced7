package libraries

// OpenSearch is the OpenSearch client (opensearch-py), Elasticsearch's
// fork: it holds a connection pool. Its credentials are Elasticsearch's
// keywords (http_auth), listed there.
func OpenSearch() Library {
	return Library{
		Name:            "opensearchpy",
		ClientFactories: []string{"opensearchpy.OpenSearch", "opensearchpy.AsyncOpenSearch"},
	}
}
