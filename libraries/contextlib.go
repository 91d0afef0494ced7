package libraries

// Contextlib is the standard library's contextlib: an ExitStack closes
// what it entered when the stack closes.
func Contextlib() Library {
	return Library{
		Name:          "contextlib",
		ContextEnters: []string{"enter_context", "enter_async_context"},
	}
}
