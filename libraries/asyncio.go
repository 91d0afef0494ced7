package libraries

// Asyncio is the standard library's asyncio.
func Asyncio() Library {
	return Library{
		Name:          "asyncio",
		LockFactories: []string{"asyncio.Lock"},
	}
}
