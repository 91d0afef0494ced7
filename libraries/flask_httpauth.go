package libraries

// FlaskHTTPAuth is Flask-HTTPAuth: an auth object calls the callbacks
// its decorators register on each request to a view it protects.
func FlaskHTTPAuth() Library {
	l := Library{Name: "flask_httpauth"}
	for _, class := range []string{"HTTPBasicAuth", "HTTPDigestAuth", "HTTPTokenAuth", "MultiAuth"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf("flask_httpauth."+class, "flask-hook", false,
			"verify_password", "get_password", "hash_password", "verify_token", "get_user_roles", "error_handler",
			"generate_nonce", "verify_nonce", "generate_opaque", "verify_opaque")...)
	}
	return l
}
