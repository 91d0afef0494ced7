package libraries

// Minio is MinIO's S3 client: each client has its own HTTP pool and
// keeps the region of each bucket it has looked up, so a client built
// per call asks the server for the bucket's location again first.
func Minio() Library {
	return Library{
		Name:            "minio",
		Credentials:     []string{"access_key", "secret_key", "session_token"},
		ClientFactories: []string{"minio.Minio", "minio.api.Minio"},
		ClientCosts: []ClientCost{{Cost: "makes an HTTP pool of its own and asks the server for each bucket's region again: " +
			"a client keeps the regions it has looked up"}},
	}
}
