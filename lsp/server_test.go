package lsp

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// fixture copies the workspace of testdata/workspace to a folder of the
// test's own, and returns it.
func fixture(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	err := filepath.WalkDir("testdata/workspace", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("testdata/workspace", path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(root, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(root, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func (c *client) open(path, text string, version int) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": TextDocumentItem{URI: uriOf(path), LanguageID: "python", Version: version, Text: text}})
}

func (c *client) change(path, text string, version int) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   VersionedTextDocumentIdentifier{URI: uriOf(path), Version: version},
		"contentChanges": []map[string]any{{"text": text}},
	})
}

// pull asks for the diagnostics of path.
func (c *client) pull(path string) []Diagnostic {
	c.t.Helper()
	resp := c.call("textDocument/diagnostic", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(path)}})
	if resp.Error != nil {
		c.t.Fatalf("textDocument/diagnostic: %v", resp.Error)
	}
	var r fullDocumentDiagnosticReport
	if err := json.Unmarshal(resp.Result, &r); err != nil {
		c.t.Fatal(err)
	}
	return r.Items
}

// A session as an editor has it: the diagnostics of an opened file
// pushed and pulled, with the rule's code, the request path as related
// information and positions in UTF-16 units; code actions and hover on a
// noqa comment. The exchange is the golden file's.
func TestSessionExchange(t *testing.T) {
	root := fixture(t)
	c := startServer(t, root, testOptions())
	c.initialize(root)
	reg := c.next("client/registerCapability")
	c.send(map[string]any{"jsonrpc": "2.0", "id": json.RawMessage(reg.ID), "result": nil})

	util := filepath.Join(root, "shop", "util.py")
	c.open(util, readText(t, util), 1)
	pushed := c.diagnosticsFor(uriOf(util))
	if len(pushed.Diagnostics) != 2 {
		t.Fatalf("util.py: %d diagnostics, want 2 (CT104 on lines 4 and 8): %+v", len(pushed.Diagnostics), pushed.Diagnostics)
	}
	// Line 4 is `def café(k, note="🙂", seen=[]):`: the finding is at the
	// 28th character, after an é (one UTF-16 unit) and a 🙂 (two).
	if d := pushed.Diagnostics[0]; d.Code != "CT104" || d.Range.Start != (Position{3, 28}) || d.Range.End != (Position{3, 30}) {
		t.Errorf("the first diagnostic is %s at %+v, want CT104 at 3:28-3:30", d.Code, d.Range)
	}
	if pulled := c.pull(util); !sameDiagnostics(pulled, pushed.Diagnostics) {
		t.Errorf("pulled %+v, pushed %+v", pulled, pushed.Diagnostics)
	}

	sync := filepath.Join(root, "shop", "sync.py")
	c.open(sync, readText(t, sync), 1)
	ds := c.diagnosticsFor(uriOf(sync)).Diagnostics
	if len(ds) != 1 || len(ds[0].RelatedInformation) != 3 {
		t.Fatalf("sync.py: want one CT102 with a request path of 3 steps, got %+v", ds)
	}
	if ri := ds[0].RelatedInformation[0]; ri.Location.URI != uriOf(filepath.Join(root, "shop", "views.py")) || ri.Location.Range.Start != (Position{3, 0}) {
		t.Errorf("the path starts at %+v, want views.py 3:0 (def checkout)", ri.Location)
	}

	resp := c.call("textDocument/codeAction", map[string]any{
		"textDocument": TextDocumentIdentifier{URI: uriOf(util)},
		"range":        Range{Start: Position{7, 0}, End: Position{7, 0}},
		"context":      map[string]any{"diagnostics": []Diagnostic{}},
	})
	var actions []CodeAction
	json.Unmarshal(resp.Result, &actions)
	titles := []string{}
	for _, a := range actions {
		titles = append(titles, a.Kind+": "+a.Title)
	}
	want := []string{
		"quickfix: CT104: Use None as the default and create the {} in the body (unsafe: it may change what the code does)",
		"quickfix: CT104: suppress on this line (# noqa: CT104)",
		"source.fixAll.crosstalk: Fix all crosstalk findings (1 safe fix)",
	}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("code actions:\n%s\nwant:\n%s", strings.Join(titles, "\n"), strings.Join(want, "\n"))
	}

	hov := c.call("textDocument/hover", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(util)}, "position": Position{12, 30}})
	var h hover
	json.Unmarshal(hov.Result, &h)
	if !strings.HasPrefix(h.Contents.Value, "# CT104 mutable-default-argument\n") {
		t.Errorf("hover on the noqa comment's CT104: %q", h.Contents.Value)
	}
	c.shutdown()
	c.golden("session")
}

func sameDiagnostics(a, b []Diagnostic) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// The diagnostics of a document are what `crosstalk check` finds in the
// same text: the same codes, lines, columns (counted in characters by
// check, in UTF-16 units by the protocol) and messages, for every file
// of the fixture with a line of non-ASCII text added at its top.
func TestDiagnosticsAreWhatCheckFinds(t *testing.T) {
	root := fixture(t)
	c := startServer(t, root, testOptions())
	c.initialize(root)
	overlay := map[string][]byte{}
	var paths []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".py") {
			paths = append(paths, path)
		}
		return err
	})
	for i, path := range paths {
		text := "# Ünïcödé 🙂 first\n" + readText(t, path)
		overlay[path] = []byte(text)
		c.open(path, text, i)
		c.diagnosticsFor(uriOf(path))
	}
	cfg, err := config.Load(filepath.Join(root, "crosstalk.toml"), rules.All())
	if err != nil {
		t.Fatal(err)
	}
	all := rules.All()
	res := check.RunOverlay([]string{root}, all, all, cfg, overlay, os.Stderr)
	if len(res.Findings) < 3 {
		t.Fatalf("check finds %d findings in the fixture: it tests nothing", len(res.Findings))
	}
	for _, path := range paths {
		var want, got []string
		lines := strings.Split(string(overlay[path]), "\n")
		for _, f := range res.Findings {
			if f.Path != path {
				continue
			}
			// Characters before the column, in UTF-16 units.
			runes := []rune(lines[f.Line-1])
			col := len(utf16.Encode(runes[:f.Col-1]))
			want = append(want, strings.Join([]string{f.Code, itoa(f.Line - 1), itoa(col), f.Message}, " "))
		}
		for _, d := range c.pull(path) {
			msg, _, _ := strings.Cut(d.Message, " (low confidence: ")
			got = append(got, strings.Join([]string{d.Code, itoa(d.Range.Start.Line), itoa(d.Range.Start.Character), msg}, " "))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: the server says\n%s\ncheck says\n%s", path, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	c.shutdown()
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// Changes are debounced: several in a row give one analysis, of the last
// text, published with its version.
func TestChangesAreDebounced(t *testing.T) {
	root := fixture(t)
	// A window wide enough that the four changes, sent one after the
	// other, fall in it on a loaded machine too (20 ms did not, with a
	// benchmark on the other core).
	opts := testOptions()
	opts.Debounce = 500 * time.Millisecond
	c := startServer(t, root, opts)
	c.initialize(root)
	util := filepath.Join(root, "shop", "util.py")
	text := readText(t, util)
	c.open(util, text, 1)
	c.diagnosticsFor(uriOf(util))
	for v := 2; v <= 5; v++ {
		c.change(util, strings.Repeat("\n", v)+text, v)
	}
	p := c.diagnosticsFor(uriOf(util))
	if p.Version == nil || *p.Version != 5 {
		t.Fatalf("published version %v, want 5 (the last change)", p.Version)
	}
	if d := p.Diagnostics[0]; d.Range.Start.Line != 3+5 {
		t.Errorf("the first diagnostic is on line %d, want %d", d.Range.Start.Line, 3+5)
	}
	// An edit that makes the file not parse is a syntax error finding.
	c.change(util, "def broken(:\n", 6)
	// The update of version 5 may publish again first.
	p = c.diagnosticsFor(uriOf(util))
	for p.Version == nil || *p.Version != 6 {
		p = c.diagnosticsFor(uriOf(util))
	}
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Code != analysis.SyntaxErrorCode || p.Diagnostics[0].Severity != severityError {
		t.Errorf("a syntax error gives %+v, want one E999 error", p.Diagnostics)
	}
	c.shutdown()
}

// An edit is answered at once from the folder's last whole run, while
// the update of the workspace runs; the update's diagnostics follow, and
// correct the first ones where the edit changed what the rest of the
// tree derives from the file: here the request path, which now goes
// through a new def of the edited file.
func TestAnEditIsAnsweredAtOnceThenByTheUpdate(t *testing.T) {
	root := fixture(t)
	release := make(chan struct{})
	c := startServer(t, root, testOptions(), func(s *Server) {
		s.updating = func() { <-release }
	})
	c.initialize(root)
	sync := filepath.Join(root, "shop", "sync.py")
	text := readText(t, sync)
	c.open(sync, text, 1)
	if ds := c.diagnosticsFor(uriOf(sync)).Diagnostics; len(ds) != 1 || len(ds[0].RelatedInformation) != 3 {
		t.Fatalf("sync.py before the edit: %+v", ds)
	}
	edited := strings.Replace(text, "def push(order):\n    _p.push(order)", "def push(order):\n    _send(order)\n\n\ndef _send(order):\n    _p.push(order)", 1)
	if edited == text {
		t.Fatal("the fixture changed: the edit edits nothing")
	}
	c.change(sync, "\n"+edited, 2)
	// The update waits for release: these are the provisional ones.
	first := c.diagnosticsFor(uriOf(sync))
	if first.Version == nil || *first.Version != 2 || len(first.Diagnostics) != 1 || first.Diagnostics[0].Range.Start.Line != 4+1 ||
		len(first.Diagnostics[0].RelatedInformation) != 3 {
		t.Errorf("provisional: %+v, want version 2, the CT102 a line down, with the path of the run before", first)
	}
	// A pull meanwhile is answered at once, with the same.
	if ds := c.pull(sync); len(ds) != 1 || len(ds[0].RelatedInformation) != 3 {
		t.Errorf("pulled while the update runs: %+v, want the provisional diagnostics", ds)
	}
	close(release)
	final := c.diagnosticsFor(uriOf(sync))
	if final.Version == nil || *final.Version != 2 || len(final.Diagnostics) != 1 || len(final.Diagnostics[0].RelatedInformation) != 4 {
		t.Errorf("after the update: %+v, want version 2, the CT102 with a path through _send", final)
	}
	c.shutdown()
}
