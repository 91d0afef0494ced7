package libraries

// RequestsOAuthlib is requests-oauthlib: its sessions are requests
// Sessions (a pool of connections each) that also sign every request,
// with a client's token given or fetched.
func RequestsOAuthlib() Library {
	return Library{
		Name: "requests_oauthlib",
		ClientFactories: []string{"requests_oauthlib.OAuth2Session", "requests_oauthlib.oauth2_session.OAuth2Session",
			"requests_oauthlib.OAuth1Session", "requests_oauthlib.oauth1_session.OAuth1Session"},
		Credentials: []string{"token", "resource_owner_key", "resource_owner_secret"},
	}
}
