package libraries

// defaultSessionRace is what building from boto3's default session
// risks in a worker with threads.
const defaultSessionRace = "which is not thread-safe: threads that build clients from it at once fail now and then (`KeyError: 'credential_provider'`)"

// Boto3 is the AWS SDK: a client or resource holds its connections.
func Boto3() Library {
	return Library{
		Name:            "boto3",
		ClientFactories: []string{"boto3.client", "boto3.resource", "boto3.session.Session", "boto3.Session"},
		// A client of the default session reuses the session's
		// credentials and loaded models, and connects on first use: what
		// each build pays is a client and a connection pool of its own.
		// A new session resolves the credentials and loads the models
		// again.
		// A client is thread-safe, a resource is not: one per thread.
		// Building either from the default session is not: the session
		// is one for the process, and its maintainers say that clients
		// must not be built from one session in parallel
		// (boto3.client() in a threaded worker fails now and then with
		// KeyError: 'credential_provider' or 'endpoint_resolver').
		ClientCosts: []ClientCost{
			{Of: []string{"boto3.client"}, Cost: "builds a client of its own, with a connection pool of its own: new TLS connections to the service; and from the default session, " + defaultSessionRace,
				Keep: "build it once, at module level or at startup, and share it: a client is thread-safe once built"},
			{Of: []string{"boto3.resource"}, Cost: "builds a client of its own, with a connection pool of its own: new TLS connections to the service; and from the default session, " + defaultSessionRace,
				Keep: "a resource is not thread-safe: keep one per thread (`threading.local()`), or build a client once and share it"},
			{Of: []string{"boto3.session.Session", "boto3.Session"}, Cost: "resolves the credentials and loads the services' models again, and its clients get connection pools of their own"},
		},
		// A botocore session given to boto3.Session carries the
		// credentials (a token provider) its clients sign with.
		Credentials: []string{"aws_access_key_id", "aws_secret_access_key", "aws_session_token", "botocore_session"},
		// They sign with the client's credentials, locally.
		OfflineMethods: []string{"generate_presigned_url", "generate_presigned_post", "generate_db_auth_token"},
	}
}
