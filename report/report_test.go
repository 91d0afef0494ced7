package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/report"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the current output")

// appSrc has a non-ASCII line (columns count characters, not bytes) and a
// tab-indented body (the caret line must copy the tab).
const appSrc = `class Café:
    _cache = {}

    def render(self, clé):
        self._cache[clé] = "naïve"
        return self._cache[clé]


def add_item(item, cart=[]):
	cart.append(item)
	return cart
`

// badSrc does not parse.
const badSrc = "def f(:\n    pass\n"

// fixtureRules describe the fixture's codes, for SARIF's rule table.
func fixtureRules() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		{Code: "CT101", Name: "class-attribute-written-from-method", Doc: "A method assigns an attribute of the class.\n\n## What it does\nFlags `Cls.attr = v` in a method.\n"},
		{Code: "CT102", Name: "mutable-class-attribute-mutated", Doc: "A class-level container mutated from a method.\n\n## Why is this bad?\nEvery instance shares it.\n"},
		{Code: "CT103", Name: "class-state-reset-shadows", Doc: "A method resets a shared container on one instance only."},
		{Code: "CT104", Name: "mutable-default-argument", Doc: "A parameter default is a mutable container, shared by every call.\n\n## Example\n```python\ndef add_item(item, cart=[]):\n    cart.append(item)\n```\n"},
	}
}

// fixtureFindings are findings as check.Run places them, built by
// hand so that each kind of finding is there: a multi-line range, a
// non-ASCII line, an unsafe fix whose edit inserts lines, a tab-indented
// line and a syntax error. Messages carry <, >, & and % for the escaping
// of the JSON and GitHub formats.
func fixtureFindings(t *testing.T) []check.Finding {
	t.Helper()
	app := parser.ParseFile("app.py", []byte(appSrc))
	if len(app.Errors) > 0 {
		t.Fatalf("app.py does not parse: %v", app.Errors)
	}
	bad := parser.ParseFile("pkg/bad.py", []byte(badSrc))
	if len(bad.Errors) == 0 {
		t.Fatal("pkg/bad.py parses")
	}
	cartDefault := find(t, appSrc, "[]):", 2)
	body := find(t, appSrc, "\tcart.append", len("\tcart.append(item)\n")) // a whole line: the range ends on the next
	naive := find(t, appSrc, `"naïve"`, len(`"naïve"`))
	e := bad.Errors[0]
	findings := []check.Finding{
		finding(app, "CT103", "class-state-reset-shadows",
			find(t, appSrc, "def render", len("def render(self, clé):\n        self._cache[clé] = \"naïve\"\n        return self._cache[clé]")),
			"`Café.render` spans lines: the caret runs to the end of the first", nil),
		finding(app, "CT102", "mutable-class-attribute-mutated",
			find(t, appSrc, "self._cache[clé] =", len("self._cache[clé]")),
			"`Café._cache` is a class-level dict mutated through `self` in `Café.render`: 100% shared",
			&analysis.Fix{
				Message: "Spell it in ASCII",
				// After "é" and "ï": character and byte columns differ.
				Edits: []analysis.Edit{{Pos: naive[0], End: naive[1], New: `"naive"`}},
				Safe:  true,
			}),
		finding(app, "CT104", "mutable-default-argument", cartDefault,
			"the default of `cart` is one list <shared> by every call & request",
			&analysis.Fix{
				Message: "Use None as the default and create the list in the body",
				Edits: []analysis.Edit{
					// Listed out of source order: the output sorts them.
					{Pos: body[0], End: body[1], New: "\tif cart is None:\n\t\tcart = []\n\tcart.append(item)\n"},
					{Pos: cartDefault[0], End: cartDefault[1], New: "None"},
				},
			}),
		finding(app, "CT101", "class-attribute-written-from-method",
			find(t, appSrc, "cart.append(item)", len("cart.append(item)")),
			"`cart.append` on a tab-indented line", nil),
		{
			Diagnostic: analysis.Diagnostic{Code: check.SyntaxErrorCode, Pos: e.Pos, End: e.Pos, Message: "SyntaxError: " + e.Msg},
			Name:       "syntax-error", Path: "pkg/bad.py", File: bad,
			Line: e.Line, Col: e.Col, EndLine: e.Line, EndCol: e.Col,
		},
	}
	// The CT102 finding is reached from a view, through a helper.
	findings[1].Reachability = &check.Reachability{Kind: "django-view", Path: []check.Step{
		{Name: "shop.views.checkout", Path: "shop/views.py", Line: 12, Col: 1},
		{Name: "shop.render.page", Path: "shop/render.py", Line: 3, Col: 1},
		{Name: "app.Café.render", Path: "app.py", Line: 4, Col: 5},
	}}
	findings[1].Confidence = analysis.High
	// The CT101 finding is Low, for two reasons.
	findings[3].Diagnostic = findings[3].Diagnostic.Lowered("the write holds a lock", "it is in test code")
	return findings
}

// find returns the byte range of n bytes from the first occurrence of at.
func find(t *testing.T, src, at string, n int) [2]token.Pos {
	t.Helper()
	i := strings.Index(src, at)
	if i < 0 {
		t.Fatalf("%q not in the fixture", at)
	}
	return [2]token.Pos{token.Pos(i), token.Pos(i + n)}
}

func finding(f *parser.File, code, name string, span [2]token.Pos, msg string, fix *analysis.Fix) check.Finding {
	out := check.Finding{
		Diagnostic: analysis.Diagnostic{Code: code, Pos: span[0], End: span[1], Message: msg, Fix: fix},
		Name:       name, Path: f.Name, File: f,
	}
	out.Line, out.Col = charPos(f.Src, span[0])
	out.EndLine, out.EndCol = charPos(f.Src, span[1])
	return out
}

// charPos is the 1-based line and character column of off, counted
// directly so as not to reuse the code under test.
func charPos(src []byte, off token.Pos) (line, col int) {
	before := src[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	return line, utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
}

// render writes the findings in format and fails the test on an error.
func render(t *testing.T, format report.Format, findings []check.Finding, opts report.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Write(&b, format, findings, opts); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return b.String()
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test ./report -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestEachFormatMatchesItsGoldenFile(t *testing.T) {
	findings := fixtureFindings(t)
	opts := report.Options{Rules: fixtureRules(), Version: "v0.0.0-test"}
	for _, tc := range []struct {
		file   string
		format report.Format
		color  bool
	}{
		{"text.golden", report.Text, false},
		{"text_color.golden", report.Text, true},
		{"concise.golden", report.Concise, false},
		{"concise_color.golden", report.Concise, true},
		{"json.golden", report.JSON, false},
		{"sarif.golden", report.SARIF, false},
		{"github.golden", report.GitHub, false},
	} {
		t.Run(tc.file, func(t *testing.T) {
			opts := opts
			opts.Color = tc.color
			golden(t, tc.file, render(t, tc.format, findings, opts))
		})
	}
}

func TestStatisticsMatchGoldenFiles(t *testing.T) {
	// Ten CT102 (all with a safe fix) and two CT104 (unsafe fix) besides
	// one of each other code: counts of one and two digits, codes of four
	// and five characters to align, and ties ordered by code.
	findings := fixtureFindings(t)
	for range 9 {
		findings = append(findings, findings[1])
	}
	findings = append(findings, findings[2])
	for _, tc := range []struct {
		file   string
		format report.Format
		color  bool
	}{
		{"statistics.golden", report.Text, false},
		{"statistics_color.golden", report.Text, true},
		{"statistics.json.golden", report.JSON, false},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.WriteStatistics(&b, tc.format, findings, report.Options{Color: tc.color}); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.file, b.String())
		})
	}
}
