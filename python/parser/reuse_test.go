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
	var ps Parser
	for i, src := range srcs {
		got := ps.ParseFile("reuse.py", []byte(src))
		want := ParseFile("reuse.py", []byte(src))
		if g, w := ast.Dump(got.Module, got.Lines), ast.Dump(want.Module, want.Lines); g != w {
			t.Errorf("file %d: reused parser's dump differs from a fresh parse's:\n got %.300s\nwant %.300s", i, g, w)
		}
		if !reflect.DeepEqual(got.Errors, want.Errors) {
			t.Errorf("file %d: errors %v, want %v", i, got.Errors, want.Errors)
		}
	}
	if cap(ps.toks) == 0 {
		t.Errorf("the Parser kept no token buffer between files")
	}
}
