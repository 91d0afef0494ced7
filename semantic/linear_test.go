package semantic_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/internal/alloc"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// Building the model of a file, and the program of it, allocates in
// proportion to the file: an attribute chain ten times as long costs ten
// times as much, not a hundred (every prefix of a chain is a call site,
// and describing each prefix anew costs the chain's length again). The
// chains stay within the parser's bound on a chain's depth (3000).
func TestModelOfLongChainsIsLinear(t *testing.T) {
	chain := func(n int) string { return "a" + strings.Repeat(".b", n) }
	for _, tc := range []struct {
		name string
		src  func(n int) string
	}{
		{"assignment", func(n int) string { return "x = " + chain(n) + "\n" }},
		{"call", func(n int) string { return "x = " + chain(n) + "()\n" }},
		{"method", func(n int) string {
			return "class C:\n    def m(self):\n        return self" + strings.Repeat(".b", n) + "\n"
		}},
		{"class base", func(n int) string { return "class C(" + chain(n) + "):\n    pass\n" }},
		{"decorator", func(n int) string { return "@" + chain(n) + "\ndef f():\n    pass\n" }},
		// b is a method of the tree, so the program resolves every
		// prefix's receiver.
		{"method name", func(n int) string {
			return "class C:\n    def b(self):\n        pass\nC" + strings.Repeat(".b", n) + "()\n"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			small, large := tc.src(250), tc.src(2500)
			perByte := func(src string) float64 {
				f := parser.ParseFile("gen.py", []byte(src))
				if len(f.Errors) > 0 {
					t.Fatalf("%s", f.Errors[0].Msg)
				}
				return float64(alloc.Bytes(func() {
					m := semantic.NewModule("gen", false, f)
					m.DropSyntax()
					semantic.NewProgram([]*semantic.Module{m})
				})) / float64(len(src))
			}
			s, l := perByte(small), perByte(large)
			if l > 2*s {
				t.Errorf("%.0f bytes allocated per byte of source at 10x, %.0f at 1x: not linear", l, s)
			}
		})
	}
}
