package libraries

// Contextvars is the standard library's contextvars.
func Contextvars() Library {
	return Library{Name: "contextvars", ContextVars: []string{"contextvars.ContextVar"}}
}
