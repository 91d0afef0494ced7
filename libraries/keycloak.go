package libraries

// Keycloak is python-keycloak: its OpenID and admin clients each hold
// an HTTP session of their own (and the admin client its token).
func Keycloak() Library {
	return Library{
		Name:        "keycloak",
		Credentials: []string{"client_secret_key"},
		ClientFactories: []string{"keycloak.KeycloakOpenID", "keycloak.KeycloakAdmin",
			"keycloak.KeycloakOpenIDConnection", "keycloak.keycloak_openid.KeycloakOpenID",
			"keycloak.keycloak_admin.KeycloakAdmin"},
	}
}
