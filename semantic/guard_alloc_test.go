package semantic

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// A summary asks unsetValue of every `if x == y:` of the tree: it
// allocates nothing.
func TestUnsetValueAllocatesNothing(t *testing.T) {
	e := &ast.Name{Id: "Some_Other_Name"}
	if n := testing.AllocsPerRun(100, func() { unsetValue(e) }); n != 0 {
		t.Errorf("unsetValue allocates %v times a call, want none", n)
	}
}
