package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func callGraphTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"main.py":    "import threading\nfrom helpers import work\n\ndef run():\n    work()\n    threading.Thread(target=work).start()\n    len([])\n",
		"helpers.py": "def work():\n    pass\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runCallGraphFormat(t *testing.T, format string) string {
	t.Helper()
	var out, errb strings.Builder
	if code := run([]string{"callgraph", "--format", format, callGraphTree(t)}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	return out.String()
}

func TestCallGraphPrintsPyCGsFormat(t *testing.T) {
	var got map[string][]string
	if err := json.Unmarshal([]byte(runCallGraphFormat(t, "pycg")), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"main":                   {},
		"main.run":               {"<builtin>.len", "helpers.work", "threading.Thread", "threading.Thread.start"},
		"helpers":                {},
		"helpers.work":           {},
		"<builtin>.len":          {},
		"threading.Thread":       {},
		"threading.Thread.start": {},
	}
	for k, v := range want {
		if strings.Join(got[k], ",") != strings.Join(v, ",") {
			t.Errorf("%s: %v, want %v", k, got[k], v)
		}
	}
}

func TestCallGraphJSONHasHandOffsAndLocations(t *testing.T) {
	var got map[string]struct {
		Kind     string
		Location struct{ Row, Column int }
		Callees  []struct {
			To       string
			HandOff  string
			Offset   int
			Location *struct{ Row, Column int }
		}
	}
	if err := json.Unmarshal([]byte(runCallGraphFormat(t, "json")), &got); err != nil {
		t.Fatal(err)
	}
	run := got["main.run"]
	const wantRow, wantCol = 6, 5 // threading.Thread(target=work) in main.py
	if run.Kind != "function" || run.Location.Row != 4 || run.Location.Column != 1 {
		t.Errorf("main.run is a %q at %+v, want a function at row 4, column 1", run.Kind, run.Location)
	}
	found := false
	for _, e := range run.Callees {
		if e.To == "helpers.work" && e.HandOff == "thread" && e.Offset > 0 {
			found = true
			// The call's own row and column, read off the source again.
			if e.Location == nil || e.Location.Row != wantRow || e.Location.Column != wantCol {
				t.Errorf("the hand-off's location is %+v, want row %d, column %d", e.Location, wantRow, wantCol)
			}
		}
	}
	if !found {
		t.Errorf("no thread hand-off from main.run to helpers.work: %+v", run.Callees)
	}
}

func TestCallGraphDotIsADigraphWithDashedHandOffs(t *testing.T) {
	out := runCallGraphFormat(t, "dot")
	for _, want := range []string{"digraph callgraph {", `"main.run" -> "helpers.work";`, `"main.run" -> "helpers.work" [style=dashed, label="thread"];`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}

func TestCallGraphRejectsAnUnknownFormat(t *testing.T) {
	var out, errb strings.Builder
	if code := run([]string{"callgraph", "--format", "xml", "."}, &out, &errb); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
}
