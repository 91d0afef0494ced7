package libraries

// Langfuse is the Langfuse observability SDK. Its OpenAI integration is
// a drop-in: `from langfuse.openai import openai` is the OpenAI SDK, its
// calls traced, and so are the client classes it exports.
func Langfuse() Library {
	l := Library{Name: "langfuse", Reexports: []Reexport{{Path: "langfuse.openai.openai", Is: "openai"}}}
	for _, c := range []string{"OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"} {
		l.Reexports = append(l.Reexports, Reexport{Path: "langfuse.openai." + c, Is: "openai." + c})
	}
	return l
}
