package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// result renders a parse as the golden files do: the dump of a valid
// module, or CPython's first error as "error <line> <offset> <msg>".
func result(f *File) string {
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		return fmt.Sprintf("error %d %d %s", e.Line, e.Col, e.Msg)
	}
	return ast.Dump(f.Module, f.Lines)
}

// TestGolden compares each testdata/cases/*.py with what CPython 3.14's
// ast.parse produced for it (regenerate with testdata/golden.mjs).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			got := result(ParseFile(name, src))
			if got != strings.TrimSuffix(string(want), "\n") {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", src, got, want)
			}
		})
	}
}

// TestRecovery checks that statements after a syntax error still parse.
func TestRecovery(t *testing.T) {
	f := ParseFile("r.py", []byte("a = 1\nb = = 2\nif x:\n    c(\n        d e)\ne = 3\n"))
	if len(f.Errors) == 0 {
		t.Fatal("no error reported")
	}
	if f.Errors[0].Line != 2 {
		t.Errorf("first error on line %d, want 2", f.Errors[0].Line)
	}
	var names []string
	for _, s := range f.Module.Body {
		if a, ok := s.(*ast.Assign); ok {
			names = append(names, a.Targets[0].(*ast.Name).Id)
		}
	}
	if strings.Join(names, ",") != "a,e" {
		t.Errorf("recovered assignments %v, want [a e]", names)
	}
}
