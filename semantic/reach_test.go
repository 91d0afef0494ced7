package semantic

import (
	"slices"
	"testing"
)

func TestReachFindsShortestPathsFromTheFirstEntry(t *testing.T) {
	graph := map[string][]string{
		"views.checkout": {"cart.total", "sync.push"},
		"views.refund":   {"sync.push"},
		"cart.total":     {"tax.rate"},
		"sync.push":      {"tax.rate", "sync.push"}, // recursion
		"tax.rate":       {"cart.total"},            // a cycle back
		"cli.main":       {"admin.reset"},           // not an entry
	}
	r := NewReach([]string{"views.checkout", "views.refund", "views.checkout"}, func(n string) []string { return graph[n] })
	for name, want := range map[string][]string{
		"views.checkout": {"views.checkout"},
		"views.refund":   {"views.refund"},
		"tax.rate":       {"views.checkout", "cart.total", "tax.rate"},
		"sync.push":      {"views.checkout", "sync.push"},
		"admin.reset":    nil,
		"cli.main":       nil,
	} {
		if got := r.Path(name); !slices.Equal(got, want) {
			t.Errorf("Path(%s) = %v, want %v", name, got, want)
		}
		if r.Reached(name) != (want != nil) {
			t.Errorf("Reached(%s) = %v", name, r.Reached(name))
		}
	}
}
