package libraries

// Multiprocessing is the standard library's multiprocessing.
func Multiprocessing() Library {
	return Library{
		Name:          "multiprocessing",
		LockFactories: []string{"multiprocessing.Lock", "multiprocessing.RLock"},
	}
}
