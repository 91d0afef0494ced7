package libraries

// PyJWT is PyJWT: a PyJWKClient fetches the signing keys from its URL
// and keeps them for its own life, so one built per call fetches them
// at every call.
func PyJWT() Library {
	return Library{
		Name:            "pyjwt",
		ClientFactories: []string{"jwt.PyJWKClient", "jwt.jwks_client.PyJWKClient"},
		ClientCosts:     []ClientCost{{Cost: "fetches the signing keys again: the client's key cache lasts as long as the client"}},
	}
}
