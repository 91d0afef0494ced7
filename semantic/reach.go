package semantic

import "slices"

// Reach holds, for every function reachable from a set of entry points
// through the call graph, one shortest path from an entry point to it.
// It is computed once, by a breadth-first search from every entry point
// at once, and read concurrently after.
type Reach struct {
	// from maps each reached function to the one before it on its path;
	// an entry point maps to itself.
	from map[string]string
}

// NewReach searches from entries (qualified names) along callees, which
// returns the functions a function calls. Paths are shortest, and among
// paths of one length the first found in the order of entries and of
// callees, so that the same program gives the same paths in every run.
func NewReach(entries []string, callees func(name string) []string) *Reach {
	r := &Reach{from: make(map[string]string, len(entries))}
	queue := make([]string, 0, len(entries))
	for _, e := range entries {
		if _, seen := r.from[e]; !seen {
			r.from[e] = e
			queue = append(queue, e)
		}
	}
	for i := 0; i < len(queue); i++ {
		n := queue[i]
		for _, c := range callees(n) {
			if _, seen := r.from[c]; !seen {
				r.from[c] = n
				queue = append(queue, c)
			}
		}
	}
	return r
}

// Reached reports whether some entry point reaches name.
func (r *Reach) Reached(name string) bool {
	_, ok := r.from[name]
	return ok
}

// Path returns the shortest path to name, its entry point first and name
// last, or nil when no entry point reaches it.
func (r *Reach) Path(name string) []string {
	prev, ok := r.from[name]
	if !ok {
		return nil
	}
	path := []string{name}
	for n := name; prev != n; n, prev = prev, r.from[prev] {
		path = append(path, prev)
	}
	slices.Reverse(path)
	return path
}
