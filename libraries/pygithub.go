package libraries

// PyGithub is the GitHub API client: a Github object holds its
// requester's connections.
func PyGithub() Library {
	return Library{
		Name:            "pygithub",
		ClientFactories: []string{"github.Github", "github.MainClass.Github"},
		// auth= and password= are listed by requests and redis.
		Credentials: []string{"login_or_token", "jwt", "app_auth"},
	}
}
