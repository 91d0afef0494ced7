package libraries

// Azure is the Azure SDK for Python: each client holds an HTTP pipeline
// with its own connection pool, and a credential fetches and caches its
// tokens; both are meant to be built once and shared.
func Azure() Library {
	return Library{
		Name: "azure",
		ClientFactories: []string{
			"azure.identity.DefaultAzureCredential", "azure.identity.ClientSecretCredential",
			"azure.identity.ManagedIdentityCredential", "azure.identity.aio.DefaultAzureCredential",
			"azure.identity.aio.ClientSecretCredential", "azure.identity.aio.ManagedIdentityCredential",
		},
		// Every client of the SDK: SecretClient, BlobServiceClient,
		// CosmosClient, TextTranslationClient...
		ClientNamespaces: []ClientNamespace{{Prefix: "azure.", Suffix: "Client"}},
	}
}
