package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// FuzzParse checks that any input parses without panicking, yields a
// module and keeps every node's span inside the source, and that a
// recycling Parser, whose memory held another tree before, gives the same
// tree as a fresh parse.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/cases/*.py")
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file := ParseFile("fuzz.py", src)
		if file.Module == nil {
			t.Fatal("nil module")
		}
		n := len(file.Src)
		ast.Inspect(file.Module, func(x ast.Node) bool {
			if x == nil {
				return false
			}
			if lo, hi := int(x.Pos()), int(x.End()); lo < 0 || hi > n || lo > hi {
				t.Fatalf("%T span [%d,%d) outside source of %d bytes", x, lo, hi, n)
			}
			return true
		})
		for _, e := range file.Errors {
			if e.Line < 0 || e.Col < -1 {
				t.Fatalf("error %+v has no position", e)
			}
		}
		want := ast.Dump(file.Module, file.Lines)
		ps := Parser{Recycle: true}
		ps.ParseFile("before.py", []byte(recycleBefore))
		if got := ps.ParseFile("fuzz.py", src); ast.Dump(got.Module, got.Lines) != want {
			t.Fatalf("a recycling parser's tree differs from a fresh parse's")
		}
	})
}

// recycleBefore fills a recycling parser's chunks before the fuzzed input.
const recycleBefore = `import os
class C(Base, metaclass=M):
    def f(self, a, b=[1, 2], *c, d={}, **e) -> int:
        if a and not b or c[0] < d["k"] <= 3:
            return [x.y(z) for x in a if x] + {k: v for k, v in e.items()}
        self.x += f(a, *b, k=1, **e)
        return lambda q=(): q
`
