package libraries

// MSAL is Microsoft's authentication library: a client application
// keeps its HTTP session, the authority's metadata it fetched, and its
// token cache, so one built per call fetches the metadata again and never
// finds a token in its cache.
func MSAL() Library {
	return Library{
		Name: "msal",
		ClientFactories: []string{"msal.ConfidentialClientApplication", "msal.application.ConfidentialClientApplication",
			"msal.PublicClientApplication", "msal.application.PublicClientApplication"},
	}
}
