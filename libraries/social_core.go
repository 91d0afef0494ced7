package libraries

// SocialCore is Python Social Auth (social-core, social-auth-app-django):
// each function of the pipeline the settings list runs on every login
// through a social account.
func SocialCore() Library {
	return Library{
		Name: "social_core",
		EntrySettings: []EntrySetting{
			{Name: "SOCIAL_AUTH_PIPELINE", Kind: "social-auth-pipeline", Functions: true},
			{Name: "SOCIAL_AUTH_DISCONNECT_PIPELINE", Kind: "social-auth-pipeline", Functions: true},
		},
	}
}
