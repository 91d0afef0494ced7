package parser

import (
	"reflect"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// A Parser reused across files must give each file exactly what a fresh
// parse gives, whatever came before it: larger files, smaller files, files
// with errors.
func TestParserReuseMatchesFreshParses(t *testing.T) {
	big := strings.Repeat("def f(a, b=[1, 2]):\n    return {k: v for k, v in a.items() if v}\n", 200)
	srcs := []string{
		big,
		"x = 1\n",
		"class C:\n    def m(self):\n        self.x = f'{self.y!r:>{w}}'\n",
		"def broken(:\n    pass\n",
		big + "y = (\n",
		"match p:\n    case [1, *rest]: pass\n",
		"x = 1\n",
	}
	for _, recycle := range []bool{false, true} {
		ps := Parser{Recycle: recycle}
		for round := range 2 {
			for i, src := range srcs {
				// With Recycle, a tree is valid until the next parse: it is
				// dumped before.
				got := ps.ParseFile("reuse.py", []byte(src))
				want := ParseFile("reuse.py", []byte(src))
				if g, w := ast.Dump(got.Module, got.Lines), ast.Dump(want.Module, want.Lines); g != w {
					t.Errorf("recycle %v, round %d, file %d: reused parser's dump differs from a fresh parse's:\n got %.300s\nwant %.300s",
						recycle, round, i, g, w)
				}
				if !reflect.DeepEqual(got.Errors, want.Errors) {
					t.Errorf("recycle %v, round %d, file %d: errors %v, want %v", recycle, round, i, got.Errors, want.Errors)
				}
			}
		}
		if cap(ps.toks) == 0 {
			t.Errorf("the Parser kept no token buffer between files")
		}
		if recycle {
			kept := ps.mem.names.Kept()
			ps.ParseFile("reuse.py", []byte(big))
			if kept == 0 || ps.mem.names.Kept() != kept {
				t.Errorf("recycling: %d names kept before parsing again, %d after; want the same, not 0", kept, ps.mem.names.Kept())
			}
		}
	}
}
