package libraries

// SentrySDK is Sentry's SDK: init builds a client, whose transport keeps
// a worker thread and a pool of connections, and binds it to the
// process; a Client built is one such client.
func SentrySDK() Library {
	return Library{Name: "sentry_sdk", ClientFactories: []string{"sentry_sdk.init", "sentry_sdk.Client", "sentry_sdk.client.Client"}}
}
