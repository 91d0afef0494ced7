package libraries

// Bisect is the standard library's bisect: insort inserts into the list
// it is given.
func Bisect() Library {
	return Library{
		Name:        "bisect",
		ArgMutators: []string{"bisect.insort", "bisect.insort_left", "bisect.insort_right"},
	}
}
