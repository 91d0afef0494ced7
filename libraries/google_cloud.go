package libraries

// GoogleCloud is Google Cloud's client libraries: each client holds its
// own gRPC channel or HTTP session and its credentials' token, meant to
// be built once per process and shared.
func GoogleCloud() Library {
	return Library{
		Name: "google_cloud",
		// Every client of the SDK: storage.Client, pubsub_v1.PublisherClient,
		// ndb.Client, texttospeech.TextToSpeechClient...
		ClientNamespaces: []ClientNamespace{{Prefix: "google.cloud.", Suffix: "Client"}},
		// Given a project's own credentials object.
		Credentials: []string{"credentials"},
	}
}
