package libraries

// Random is the standard library's random: shuffle reorders the list it
// is given.
func Random() Library {
	return Library{
		Name:        "random",
		ArgMutators: []string{"random.shuffle"},
	}
}
