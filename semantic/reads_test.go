package semantic_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/crosstalk-dev/crosstalk/semantic"
)

// Changes names what an edit of one module changed in what the program
// derives from the whole tree, and a decision is affected only when it
// read one of those, or the edited module.
func TestChangesNamesWhatAnEditChanged(t *testing.T) {
	tree := map[string]string{
		"base":   "class Root:\n    pass\n\n\nclass Base(Root):\n    pass\n",
		"models": "from base import Base\nfrom state import CACHE\n\n\nclass Order(Base):\n    def reset(self):\n        CACHE.clear()\n",
		"state":  "CACHE = {}\nOTHER = {}\n",
		"other":  "class Lone:\n    pass\n",
	}
	before := program(t, tree)
	tree["models"] = "class Order:\n    def reset(self):\n        pass\n"
	after := program(t, tree)
	c := semantic.Changes(before, after, []string{"models.py"})
	if got := slices.Sorted(maps.Keys(c.Subclasses)); !slices.Equal(got, []string{"base.Base", "base.Root", "models.Order"}) {
		t.Errorf("subclasses changed for %v, want Order's old ancestors and Order", got)
	}
	if !c.Cleared["state.CACHE"] || len(c.Cleared) != 1 {
		t.Errorf("cleared changed for %v, want state.CACHE", c.Cleared)
	}
	if !c.Imported {
		t.Error("models.py imports nothing now, and Imported is false")
	}

	read := func(f func(p *semantic.Program)) *semantic.Reads {
		r := &semantic.Reads{}
		f(before.Recording(r))
		return r
	}
	for _, tc := range []struct {
		what     string
		r        *semantic.Reads
		affected bool
	}{
		{"the subclasses of Root", read(func(p *semantic.Program) { p.Subclasses(p.Class("base.Root")) }), true},
		{"Lone's MRO", read(func(p *semantic.Program) { p.MRO(p.Class("other.Lone")) }), false},
		{"whether CACHE is cleared", read(func(p *semantic.Program) { p.Cleared("state.CACHE") }), true},
		{"whether OTHER is cleared", read(func(p *semantic.Program) { p.Cleared("state.OTHER") }), false},
		{"a name resolved through models", read(func(p *semantic.Program) { p.Canonical("models.Base") }), true},
		{"every module", read(func(p *semantic.Program) {
			for range p.AllModules() {
			}
		}), true},
	} {
		if got := tc.r.Affected(c); got != tc.affected {
			t.Errorf("a decision that read %s: affected %v, want %v", tc.what, got, tc.affected)
		}
	}
}

// EntryPointsChanged names the files whose entry points differ, in any
// field.
func TestEntryPointsChangedNamesTheFiles(t *testing.T) {
	ep := func(path, name string, line int) semantic.EntryPoint {
		return semantic.EntryPoint{Path: path, Name: name, Kind: "django-view", Line: line}
	}
	before := []semantic.EntryPoint{ep("a.py", "a.f", 1), ep("b.py", "b.f", 1), ep("b.py", "b.g", 5), ep("d.py", "d.f", 1)}
	after := []semantic.EntryPoint{ep("a.py", "a.f", 1), ep("b.py", "b.f", 1), ep("b.py", "b.g", 6), ep("c.py", "c.f", 1)}
	got := slices.Sorted(maps.Keys(semantic.EntryPointsChanged(before, after)))
	if !slices.Equal(got, []string{"b.py", "c.py", "d.py"}) {
		t.Errorf("changed: %v, want b.py (a line moved), c.py (new), d.py (gone)", got)
	}
	if n := len(semantic.EntryPointsChanged(before, before)); n != 0 {
		t.Errorf("%d files changed between a list and itself", n)
	}
}
