package libraries

// GoogleAPIClient is google-api-python-client: build() reads an API's
// discovery document and makes a service object with its own HTTP
// transport, meant to be built once and reused.
func GoogleAPIClient() Library {
	return Library{
		Name:            "googleapiclient",
		ClientFactories: []string{"googleapiclient.discovery.build", "apiclient.discovery.build"},
		// Its httplib2 transport is not thread-safe: one per thread.
		ClientCosts: []ClientCost{{Cost: "reads the API's discovery document again and makes an HTTP transport of its own",
			Keep: "its HTTP transport is not thread-safe: keep one per thread (`threading.local()`) and reuse it"}},
		// A service built with a user's OAuth credentials is one per user
		// (credentials=, listed by google_cloud).
		Credentials: []string{"developerKey", "http"},
	}
}
