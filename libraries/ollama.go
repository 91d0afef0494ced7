package libraries

// Ollama is the Ollama Python client: each client holds an httpx pool.
func Ollama() Library {
	return Library{Name: "ollama", ClientFactories: []string{"ollama.Client", "ollama.AsyncClient"}}
}
