package semantic

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/parser"
)

// A def is shadowed by a later def of its name in its own scope, at any
// depth of blocks, in every scope; not by a property's setter, nor by a
// def of another scope; the same with a scope too large to compare pair
// by pair.
func TestShadowedDefsAreThoseALaterDefOfTheirNameBindsOver(t *testing.T) {
	src := `def handler():  # shadowed
    pass


def handler():
    def inner():  # shadowed
        pass

    def inner():
        pass


class C:
    @property
    def x(self):
        pass

    @x.setter
    def x(self, v):
        pass

    def handler(self):
        pass


if FLAG:
    def either():  # shadowed
        pass
else:
    def either():
        pass
`
	var filler strings.Builder
	for i := range 2 * maxPairwise {
		fmt.Fprintf(&filler, "\n\ndef f%d():\n    pass\n", i)
	}
	for _, tc := range []struct{ name, src string }{{"few", src}, {"many", src + filler.String()}} {
		f := parser.ParseFile("m.py", []byte(tc.src))
		var got, want []int
		for pos := range shadowedDefs(f.Module.Body) {
			line, _ := f.Lines.Position(pos)
			got = append(got, line)
		}
		for i, line := range strings.Split(tc.src, "\n") {
			if strings.HasSuffix(line, "# shadowed") {
				want = append(want, i+1)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: shadowed defs at lines %v, want %v", tc.name, got, want)
		}
	}
}
