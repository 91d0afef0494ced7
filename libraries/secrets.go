package libraries

// Secrets is the standard library's secrets: random tokens, each call's
// its own.
func Secrets() Library {
	return Library{
		Name:        "secrets",
		FreshValues: []string{"secrets.token_bytes", "secrets.token_hex", "secrets.token_urlsafe"},
	}
}
