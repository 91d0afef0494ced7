package libraries

// Threading is the standard library's threading.
func Threading() Library {
	return Library{
		Name: "threading",
		LockFactories: []string{
			"threading.Lock", "threading.RLock", "threading.Semaphore", "threading.BoundedSemaphore",
			"threading.Condition",
		},
	}
}
