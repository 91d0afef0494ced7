package libraries

// OpenAI is the OpenAI Python SDK: each client holds an httpx pool.
func OpenAI() Library {
	return Library{
		Name: "openai",
		ClientFactories: []string{"openai.OpenAI", "openai.AsyncOpenAI", "openai.AzureOpenAI", "openai.AsyncAzureOpenAI",
			"openai.Client", "openai.AsyncClient"},
	}
}
