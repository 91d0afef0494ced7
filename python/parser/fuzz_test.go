package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// FuzzParse checks that any input parses without panicking, yields a
// module and keeps every node's span inside the source.
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
	})
}
