package check

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
)

// StaleDecisions decides every unit of w again with the program and
// entry points of its last run, and returns the paths whose diagnostics
// differ from what w kept: an Update that skipped a unit it should have
// decided again leaves one.
func StaleDecisions(w *Workspace) []string {
	last := w.last.Load()
	var stale []string
	for i := range w.units {
		u := &w.units[i]
		var got []diagnostic
		for _, d := range u.deferred {
			decide(u, last.prog, last.entryPoints, nil, d, w.cfg, func(d diagnostic) { got = append(got, d) }, w.internal)
		}
		if !reflect.DeepEqual(got, w.decided[i]) {
			stale = append(stale, u.path)
		}
	}
	return stale
}

// ReadByOthers returns the files whose modules the deferred decisions of
// other files read, most read first: the edits that can change another
// file's decisions.
func ReadByOthers(w *Workspace) []string {
	count := map[string]int{}
	for i, r := range w.reads {
		if r == nil {
			continue
		}
		for j := range w.units {
			if j != i && r.ReadsModule(w.units[j].path) {
				count[w.units[j].path]++
			}
		}
	}
	var out []string
	for path := range count {
		out = append(out, path)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(count[b]-count[a], strings.Compare(a, b)) })
	return out
}
