package libraries

// Heapq is the standard library's heapq: its functions keep a heap in the
// list they are given.
func Heapq() Library {
	return Library{
		Name: "heapq",
		ArgMutators: []string{"heapq.heappush", "heapq.heappop", "heapq.heapify", "heapq.heappushpop",
			"heapq.heapreplace"},
	}
}
