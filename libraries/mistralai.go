package libraries

// MistralAI is Mistral's Python SDK: its client holds an httpx pool (one
// synchronous, one asynchronous).
func MistralAI() Library {
	return Library{Name: "mistralai", ClientFactories: []string{"mistralai.Mistral"}}
}
