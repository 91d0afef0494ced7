package rules_test

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/fix"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

const baseSrc = "class Base:\n    shared = {}\n\n    def all(self):\n        return self.shared\n"

// sameLazily fails t unless the graph solved from roots with summaries
// made as the solve needs them (check's way) has the edges of the one
// with every summary made while modelling (the language server's).
func sameLazily(t *testing.T, prog *semantic.Program, roots []string, sources map[string][]byte) {
	t.Helper()
	b := semantic.Builder{CallGraph: semantic.NoSummaries}
	var modules []*semantic.Module
	for _, path := range slices.Sorted(maps.Keys(prog.ByPath)) {
		m := prog.ByPath[path]
		n := b.NewModule(m.Name, m.IsPackage, parser.ParseFile(m.Path, sources[m.Path]))
		n.DropSyntax()
		modules = append(modules, n)
	}
	lazy := &semantic.LazySummaries{Parse: func(m *semantic.Module) *parser.File {
		return parser.ParseFile(m.Path, sources[m.Path])
	}}
	eager := semantic.NewCallGraphFrom(prog, roots, nil)
	g := semantic.NewCallGraphFrom(semantic.NewProgram(modules), roots, lazy)
	for _, n := range eager.Nodes() {
		if want, have := fmt.Sprint(eager.Callees(n.Name)), fmt.Sprint(g.Callees(n.Name)); want != have {
			t.Errorf("%s: callees %s with summaries made on demand, %s with all made", n.Name, have, want)
		}
	}
}

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
	// A tree of two modules for sameLazily: a request path into base.
	f.Add([]byte("from flask import Flask\nfrom base import Base\n\napp = Flask(__name__)\n\n\n" +
		"class View(Base):\n    def get(self):\n        return self.all()\n\n\n" +
		"@app.route(\"/\")\ndef index():\n    return View().get()\n"))
	// Directories put on sys.path through the module's own defs, and a
	// starred argument that is no name (a nil dereference once).
	f.Add([]byte("import os\nimport sys\n\n\ndef here(*x):\n    return os.path.join(os.path.dirname(__file__), *x)\n\n\n" +
		"def location(folder):\n    return here(folder)\n\n\nsys.path.insert(0, location(\"apps\"))\n" +
		"sys.path.append(os.path.join(here(), *[os.pardir] * 2))\nsys.path.append(here(*sys.argv))\n"))
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
		base := semantic.NewModule("base", false, parser.ParseFile("base.py", []byte(baseSrc)))
		var later []func(prog *semantic.Program)
		for _, a := range rules.All() {
			pass := &analysis.Pass{Analyzer: a, File: file, Module: m,
				Report: report,
				Defer: func(decide func(*analysis.ProgramPass)) {
					later = append(later, func(prog *semantic.Program) {
						decide(&analysis.ProgramPass{Analyzer: a, Module: m, Program: prog,
							EntryPointsIn: func(path string) []semantic.EntryPoint {
								return semantic.EntryPointsIn(semantic.FindEntryPoints(prog, semantic.EntryOptions{}), path)
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
		sameLazily(t, prog, entries, map[string][]byte{"fuzz.py": src, "base.py": []byte(baseSrc)})
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
