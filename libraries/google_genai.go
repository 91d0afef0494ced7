package libraries

// GoogleGenai is Google's Gen AI SDK (Gemini, on its API or Vertex AI):
// each client holds its own HTTP clients and credentials' token.
func GoogleGenai() Library {
	return Library{
		Name: "google_genai",
		// Given api_key or credentials, keywords other libraries list.
		ClientFactories: []string{"google.genai.Client", "google.genai.client.Client"},
	}
}
