// Package fix applies the fixes that rules attach to their diagnostics:
// the edits of one source without overlaps (edits.go), in rounds with a
// re-check in between (rounds.go), a unified diff of what changes
// (diff.go) and the atomic write of a fixed file (write.go).
package fix

import (
	"cmp"
	"slices"

	"github.com/crosstalk-dev/crosstalk/analysis"
)

// Apply applies to src as many of fixes as do not overlap, as Ruff does:
// the fixes in the order of their first edit, each one whole or not at
// all, skipping a fix that starts at or before the end of one applied
// already (two insertions at one place have no order that is right for
// both). It returns the new source and how many fixes it applied; the
// skipped ones are found again by the next round's check, on the new
// source. A fix whose edits fall outside src or overlap each other is
// skipped as malformed. src is not modified.
func Apply(src []byte, fixes []*analysis.Fix) ([]byte, int) {
	type sorted struct {
		edits []analysis.Edit
		order int
	}
	var todo []sorted
	for i, f := range fixes {
		if f == nil || len(f.Edits) == 0 {
			continue
		}
		edits := slices.Clone(f.Edits)
		slices.SortStableFunc(edits, func(a, b analysis.Edit) int {
			return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End))
		})
		if wellFormed(edits, len(src)) {
			todo = append(todo, sorted{edits, i})
		}
	}
	slices.SortStableFunc(todo, func(a, b sorted) int {
		return cmp.Or(cmp.Compare(a.edits[0].Pos, b.edits[0].Pos), cmp.Compare(a.order, b.order))
	})
	out := make([]byte, 0, len(src))
	last, applied := -1, 0 // last: the end of the last edit applied
	for _, f := range todo {
		if int(f.edits[0].Pos) <= last {
			continue
		}
		for _, e := range f.edits {
			out = append(out, src[max(last, 0):e.Pos]...)
			out = append(out, e.New...)
			last = int(e.End)
		}
		applied++
	}
	out = append(out, src[max(last, 0):]...)
	return out, applied
}

// wellFormed reports whether sorted edits lie within a source of n bytes
// and do not overlap one another.
func wellFormed(edits []analysis.Edit, n int) bool {
	prev := 0
	for _, e := range edits {
		if e.Pos < 0 || e.Pos > e.End || int(e.End) > n || int(e.Pos) < prev {
			return false
		}
		prev = int(e.End)
	}
	return true
}
