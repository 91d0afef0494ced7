package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// The request paths ask which def each finding is in (FunctionAt). A
// file none of whose code runs from the entry points is on no path:
// which def a finding there is in matters only for a def that runs once
// per process or in a process of its own. So a run reads and parses
// again, for their summaries, the files the solve runs and those with
// such defs, and not the others.
func TestFindingsOffEveryPathParseOnlyWhatDecides(t *testing.T) {
	sources := map[string]string{
		"app.py": "from flask import Flask\nimport svc\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/\")\ndef index():\n    return svc.handle()\n",
		"svc.py":          "def handle():\n    return 1\n",
		"tools/report.py": "def helper():\n    return 2\n",
		"cli.py":          "def main():\n    return 3\n\n\nif __name__ == \"__main__\":\n    main()\n",
	}
	b := semantic.Builder{CallGraph: semantic.NoSummaries}
	var modules []*semantic.Module
	for _, path := range slices.Sorted(func(yield func(string) bool) {
		for p := range sources {
			if !yield(p) {
				return
			}
		}
	}) {
		name := strings.ReplaceAll(strings.TrimSuffix(path, ".py"), "/", ".")
		m := b.NewModule(name, false, parser.ParseFile(path, []byte(sources[path])))
		m.DropSyntax()
		modules = append(modules, m)
	}
	prog := semantic.NewProgram(modules)
	entryPoints := func() []semantic.EntryPoint { return semantic.FindEntryPoints(prog, semantic.EntryOptions{}) }
	var parsed []string
	lazy := &semantic.LazySummaries{Parse: func(m *semantic.Module) *parser.File {
		parsed = append(parsed, m.Path)
		return parser.ParseFile(m.Path, []byte(sources[m.Path]))
	}}
	// A finding in the body of each def: at the `return`.
	at := func(path, def string) Finding {
		src := sources[path]
		i := strings.Index(src, "def "+def)
		pos := strings.Index(src[i:], "return") + i
		d := analysis.Diagnostic{Code: "CT999", Message: "x"}.Lowered()
		d.Pos, d.End, d.PerRequest = token.Pos(pos), token.Pos(pos+6), true
		return Finding{Diagnostic: d, Path: path}
	}
	findings := []Finding{at("svc.py", "handle"), at("tools/report.py", "helper"), at("cli.py", "main")}
	paths := map[string]bool{}
	for _, f := range findings {
		paths[f.Path] = true
	}
	attach(findings, newReacher(prog, entryPoints, paths, lazy, nil), func(msg string) { t.Error(msg) })
	slices.Sort(parsed)
	if want := []string{"app.py", "cli.py", "svc.py"}; !slices.Equal(parsed, want) {
		t.Errorf("parsed again %q, want %q", parsed, want)
	}
	got := map[string]string{}
	for _, f := range findings {
		got[f.Path] = fmt.Sprint(f.Confidence, f.Lower, f.Reachability != nil)
	}
	for path, want := range map[string]string{
		"svc.py":          "reached",
		"tools/report.py": "no request or task path reaches it",
		"cli.py":          "runs once per process",
	} {
		if want == "reached" {
			want = "true"
		}
		if !strings.Contains(got[path], want) {
			t.Errorf("%s: %s, want %q in it", path, got[path], want)
		}
	}
}
