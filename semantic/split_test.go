package semantic

import (
	"strings"
	"testing"
)

// Splitting a qualified name into a module and the rest looks up no
// prefix longer than the longest module name: a name thousands of names
// long costs a few lookups, not one per name in it, and splits as before.
func TestSplitLooksUpOnlyPrefixesAModuleNameCanHave(t *testing.T) {
	mods := map[string]*Module{"a": {Name: "a"}, "a.b": {Name: "a.b"}, "pkg.sub": {Name: "pkg.sub"}}
	longest := len("pkg.sub")
	lookups := 0
	module := func(name string) *Module { lookups++; return mods[name] }
	for _, tc := range []struct{ qn, mod, rest string }{
		{"a", "a", ""},
		{"a.b", "a.b", ""},
		{"a.b.C", "a.b", "C"},
		{"a.c.D", "a", "c.D"},
		{"pkg.sub.X.Y", "pkg.sub", "X.Y"},
		{"pkg.subx.Y", "", ""},
		{"other.thing", "", ""},
		{"a.b" + strings.Repeat(".b", 3000), "a.b", strings.Repeat("b.", 2999) + "b"},
		{"x" + strings.Repeat(".b", 3000), "", ""},
	} {
		lookups = 0
		m, rest := splitName(tc.qn, longest, module)
		name := ""
		if m != nil {
			name = m.Name
		}
		if name != tc.mod || rest != tc.rest {
			t.Errorf("splitName(%.20q) = %q, %.20q; want %q, %.20q", tc.qn, name, rest, tc.mod, tc.rest)
		}
		if lookups > longest/2+1 {
			t.Errorf("splitName(%.20q) looked up %d prefixes", tc.qn, lookups)
		}
	}
}
