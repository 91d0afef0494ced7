package libraries

// MSAL is Microsoft's authentication library: a client application
// keeps its HTTP session, the authority's metadata it fetched, and its
// token cache, so one built per call fetches the metadata again and never
// finds a token in its cache. Its web samples build one per sign-in
// step over the user's own token cache, kept in the session: an app
// given a caller's cache is one per user, by design.
func MSAL() Library {
	return Library{
		Name: "msal",
		ClientFactories: []string{"msal.ConfidentialClientApplication", "msal.application.ConfidentialClientApplication",
			"msal.PublicClientApplication", "msal.application.PublicClientApplication"},
		ClientCosts: []ClientCost{{Cost: "fetches the authority's metadata again and starts from an empty token cache"}},
		Credentials: []string{"token_cache"},
	}
}
