package libraries

// GoogleCloud is Google Cloud's client libraries: each client holds its
// own gRPC channel or HTTP session and its credentials' token, meant to
// be built once per process and shared.
func GoogleCloud() Library {
	return Library{
		Name: "google_cloud",
		ClientFactories: []string{
			"google.cloud.storage.Client", "google.cloud.storage.client.Client",
			"google.cloud.pubsub_v1.PublisherClient", "google.cloud.pubsub_v1.SubscriberClient",
			"google.cloud.pubsub.PublisherClient", "google.cloud.pubsub.SubscriberClient",
			"google.cloud.ndb.Client", "google.cloud.datastore.Client", "google.cloud.firestore.Client",
			"google.cloud.bigquery.Client", "google.cloud.logging.Client",
			"google.cloud.secretmanager.SecretManagerServiceClient",
			"google.cloud.secretmanager_v1.SecretManagerServiceClient",
			"google.cloud.tasks_v2.CloudTasksClient",
		},
		// Given a project's own credentials object.
		Credentials: []string{"credentials"},
	}
}
