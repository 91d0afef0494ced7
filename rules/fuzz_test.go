package rules_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/fix"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// FuzzRules runs the model and every rule, strict and not, on whatever
// parses: no input may make them panic or exhaust the stack (the driver
// recovers a panic per file, but not a stack overflow), and every fix a
// rule offers, applied alone, must leave source that parses. Seeds are
// the fixtures, the rules' and the fixes'.
//
//	go test ./rules -run XXX -fuzz FuzzRules -fuzztime 10m -parallel 1
func FuzzRules(f *testing.F) {
	for _, dir := range []string{"testdata", filepath.Join("..", "fix", "testdata")} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
				if src, err := os.ReadFile(path); err == nil {
					f.Add(src)
				}
			}
			return nil
		})
		if err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file := parser.ParseFile("fuzz.py", src)
		if len(file.Errors) > 0 {
			return // the driver runs no rule on a file that does not parse
		}
		// The driver's two steps: each rule over the tree, then what it
		// deferred over the program built from the models alone.
		m := semantic.NewModule("fuzz", false, file)
		src = file.Src // the source the fixes' offsets are into
		var fixes []*analysis.Fix
		report := func(d analysis.Diagnostic) {
			if d.Fix != nil {
				fixes = append(fixes, d.Fix)
			}
		}
		base := semantic.NewModule("base", false, parser.ParseFile("base.py", []byte("class Base:\n    shared = {}\n")))
		var later []func(prog *semantic.Program)
		for _, a := range rules.All() {
			pass := &analysis.Pass{Analyzer: a, File: file, Module: m,
				Report: report,
				Defer: func(decide func(*analysis.ProgramPass)) {
					later = append(later, func(prog *semantic.Program) {
						decide(&analysis.ProgramPass{Analyzer: a, Module: m, Program: prog,
							EntryPoints: func() []semantic.EntryPoint {
								return semantic.FindEntryPoints(prog, semantic.EntryOptions{})
							},
							Report: report})
					})
				}}
			a.Run(pass)
		}
		m.DropSyntax()
		base.DropSyntax()
		prog := semantic.NewProgram([]*semantic.Module{base, m})
		for _, decide := range later {
			decide(prog)
		}
		// The whole-program parts the driver builds for request paths.
		g := prog.CallGraph()
		var entries []string
		for _, e := range semantic.FindEntryPoints(prog, semantic.EntryOptions{}) {
			entries = append(entries, e.Name)
		}
		reach := semantic.NewReach(entries, func(name string) []string {
			var out []string
			for _, e := range g.Callees(name) {
				out = append(out, e.To)
			}
			return out
		})
		for _, n := range g.Nodes() {
			reach.Path(n.Name)
		}
		g.PyCG()
		for _, fx := range fixes {
			fixed, n := fix.Apply(src, []*analysis.Fix{fx})
			if n != 1 {
				t.Errorf("a malformed fix (%s): %+v", fx.Message, fx.Edits)
				continue
			}
			if f := parser.ParseFile("fixed.py", fixed); len(f.Errors) > 0 {
				t.Errorf("the fix %q makes a syntax error (line %d: %s):\n%s", fx.Message, f.Errors[0].Line, f.Errors[0].Msg, fixed)
			}
		}
	})
}
