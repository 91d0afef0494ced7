package libraries

// Requests is requests, with httpx's and urllib's module-level calls of
// the same shape: a request reads a remote service that other processes
// can change.
func Requests() Library {
	var loads []string
	for _, verb := range []string{"get", "post", "put", "patch", "delete", "head", "options", "request"} {
		loads = append(loads, "requests."+verb, "requests.api."+verb, "httpx."+verb)
	}
	loads = append(loads, "urllib.request.urlopen")
	// A Session's verbs send through its request, which a subclass
	// overrides to sign or log every request.
	var dispatches []Dispatch
	for _, class := range []string{"requests.Session", "requests.sessions.Session"} {
		for _, verb := range []string{"get", "post", "put", "patch", "delete", "head", "options"} {
			dispatches = append(dispatches, Dispatch{Class: class, Method: verb, Calls: []string{"request"}})
		}
	}
	return Library{
		Name:            "requests",
		DataLoads:       loads,
		Dispatches:      dispatches,
		ClientFactories: []string{"requests.Session", "requests.sessions.Session", "requests.session", "requests.sessions.session", "httpx.Client", "httpx.AsyncClient"},
		// requests.get and httpx.get build one, send their request on it
		// and close it.
		OneRequestClients: []string{"requests.Session", "requests.sessions.Session", "requests.session", "requests.sessions.session", "httpx.Client"},
		// httpx's clients take the same (Client(headers=..., auth=...)).
		Credentials: []string{"auth", "cert"},
		ClientState: []string{"cookies"},
		// requests', httpx's, redis's, aiohttp's clients close so.
		Closes: []string{"close", "aclose"},
		// A session's adapters, mounted before its request.
		ClientSetups: []string{"mount"},
		CredentialHeaderWords: []string{"auth", "authorization", "token", "apikey", "secret", "password", "session",
			"cookie", "signature", "credential", "credentials"},
		Headers:           []string{"headers"},
		CredentialHeaders: []string{"Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key", "Api-Key", "X-Auth-Token", "X-Access-Token", "X-Api-Token", "Private-Token"},
	}
}
