package libraries

// FlaskJWTExtended is Flask-JWT-Extended: a JWTManager calls its loaders
// and callbacks on each request that carries or needs a token.
func FlaskJWTExtended() Library {
	l := Library{Name: "flask_jwt_extended"}
	for _, fn := range []string{"flask_jwt_extended.JWTManager", "flask_jwt_extended.jwt_manager.JWTManager"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "flask-hook", false,
			"token_in_blocklist_loader", "token_in_blacklist_loader", "additional_claims_loader", "additional_headers_loader",
			"user_identity_loader", "user_lookup_loader", "user_lookup_error_loader", "token_verification_loader",
			"token_verification_failed_loader", "expired_token_loader", "invalid_token_loader", "unauthorized_loader",
			"needs_fresh_token_loader", "revoked_token_loader", "encode_key_loader", "decode_key_loader")...)
	}
	return l
}
