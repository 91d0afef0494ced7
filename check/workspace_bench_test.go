package check_test

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/textdiff"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// TestWorkspaceEditLatency measures a Workspace on the tree that
// CROSSTALK_WORKSPACE_TREE names (the bars of the language server are
// for /root/.pyenv/versions/3.11.7/lib/python3.11): the first run, then
// 200 edits spread over the files with findings and without, each a
// line added at the top. It logs the times and the heap; run it with -v.
//
//	CROSSTALK_WORKSPACE_TREE=/root/.pyenv/versions/3.11.7/lib/python3.11 \
//	GOMAXPROCS=1 go test ./check -run WorkspaceEditLatency -v -timeout 30m
func TestWorkspaceEditLatency(t *testing.T) {
	tree, n := editedTree(t, 200)
	all := rules.All()
	start := time.Now()
	w := check.NewWorkspace([]string{tree}, all, all, nil, nil, io.Discard)
	t.Logf("first run: %v, %d files, %d findings (link %v, decide %v, finish %v)", time.Since(start), w.Result().Files, len(w.Result().Findings),
		w.Stats.Link, w.Stats.Decide, w.Stats.Finish)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("heap in use after the first run: %d MB (sys %d MB)", ms.HeapInuse>>20, ms.Sys>>20)
	paths := editTargets(w, n)
	var times, provTimes, firstRight []time.Duration
	kept, same := 0, 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := append([]byte("import os\n"), data...)
		t0 := time.Now()
		prov, ok := w.Provisional(path, src)
		provTimes = append(provTimes, time.Since(t0))
		t0 = time.Now()
		if _, ok := w.Update(path, src); !ok {
			t.Fatalf("%s: not in the workspace", path)
		}
		times = append(times, time.Since(t0))
		// The first right answer: the provisional one, when the Update
		// finds the same.
		if ok && renderFindings(prov) == renderFindings(w.Findings(path)) {
			same++
			firstRight = append(firstRight, provTimes[len(provTimes)-1])
		} else {
			firstRight = append(firstRight, provTimes[len(provTimes)-1]+times[len(times)-1])
		}
		if w.Stats.GraphKept {
			kept++
		}
		if len(times) <= 3 || os.Getenv("CROSSTALK_WORKSPACE_VERBOSE") != "" {
			t.Logf("edit %d: %+v", len(times), w.Stats)
		}
	}
	for _, d := range [][]time.Duration{times, provTimes, firstRight} {
		slices.Sort(d)
	}
	t.Logf("%d edits (%d kept the call graph): p50 %v, p95 %v, max %v", len(times), kept, times[len(times)/2], times[len(times)*95/100], times[len(times)-1])
	t.Logf("provisional findings: p50 %v, p95 %v, max %v; %d of %d what the Update then found", provTimes[len(provTimes)/2], provTimes[len(provTimes)*95/100], provTimes[len(provTimes)-1], same, len(times))
	t.Logf("the first right findings (the provisional ones when right, else the Update's after them): p50 %v, p95 %v, max %v", firstRight[len(firstRight)/2], firstRight[len(firstRight)*95/100], firstRight[len(firstRight)-1])
	runtime.ReadMemStats(&ms)
	t.Logf("heap in use after the edits: %d MB (sys %d MB)", ms.HeapInuse>>20, ms.Sys>>20)
}

// editedTree returns the tree that CROSSTALK_WORKSPACE_TREE names and
// the number of edits CROSSTALK_WORKSPACE_EDITS asks for (edits when
// unset); it skips the test when no tree is named.
func editedTree(t *testing.T, edits int) (string, int) {
	tree := os.Getenv("CROSSTALK_WORKSPACE_TREE")
	if tree == "" {
		t.Skip("CROSSTALK_WORKSPACE_TREE is not set")
	}
	if s := os.Getenv("CROSSTALK_WORKSPACE_EDITS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("CROSSTALK_WORKSPACE_EDITS=%q: %v", s, err)
		}
		edits = n
	}
	return tree, edits
}

// editTargets picks n files of w spread over its paths in order.
func editTargets(w *check.Workspace, n int) []string {
	var files []string
	for _, f := range w.Result().Findings {
		if len(files) == 0 || files[len(files)-1] != f.Path {
			files = append(files, f.Path)
		}
	}
	var out []string
	for i := range n {
		if len(files) == 0 {
			break
		}
		out = append(out, files[i*len(files)/n])
	}
	return out
}

// TestWorkspaceEditsOfEveryKindFindWhatRunFinds edits the files of the
// tree that CROSSTALK_WORKSPACE_TREE names in seven ways, in turn (a
// line added at the top, the first line dropped, a def appended, the
// file cut in half, emptied, its first def renamed, its first class's
// bases dropped), and after each edit compares the whole workspace's
// findings with a fresh run's. CROSSTALK_WORKSPACE_EDITS sets how many
// (42). It checks that an edit decides again all it must: the Update
// decides only what read the edited module.
//
//	CROSSTALK_WORKSPACE_TREE=/tmp/saleor go test ./check -run EditsOfEveryKind -v -timeout 60m
func TestWorkspaceEditsOfEveryKindFindWhatRunFinds(t *testing.T) {
	tree, n := editedTree(t, 42)
	all := rules.All()
	cfg := config.Default(tree)
	w := check.NewWorkspace([]string{tree}, all, all, cfg, nil, io.Discard)
	var files []string
	filepath.WalkDir(tree, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && w.Contains(path) {
			files = append(files, path)
		}
		return nil
	})
	// A third of the edits in files with findings, a third in the files
	// whose modules other files' decisions read most, a third spread
	// over the rest.
	withFindings, read := editTargets(w, n/3+1), check.ReadByOthers(w)
	var targets []string
	for i := range n {
		switch {
		case i%3 == 0 && i/3 < len(withFindings):
			targets = append(targets, withFindings[i/3])
		case i%3 == 1 && i/3 < len(read):
			targets = append(targets, read[i/3])
		default:
			targets = append(targets, files[(i*7919)%len(files)])
		}
	}
	firstDef := regexp.MustCompile(`(?m)^(\s*(?:async\s+)?def\s+)(\w+)`)
	firstBases := regexp.MustCompile(`(?m)^(\s*class\s+\w+)\([^)]*\):`)
	kinds := []func(string) string{
		func(s string) string { return "import os\n" + s },
		func(s string) string { _, rest, _ := strings.Cut(s, "\n"); return rest },
		func(s string) string { return s + "\n\ndef _added(x):\n    return x\n" },
		func(s string) string { return s[:len(s)/2] },
		func(string) string { return "" },
		func(s string) string {
			if loc := firstDef.FindStringSubmatchIndex(s); loc != nil {
				return s[:loc[4]] + "renamed_" + s[loc[4]:]
			}
			return s + "\n"
		},
		func(s string) string {
			if loc := firstBases.FindStringSubmatchIndex(s); loc != nil {
				return s[:loc[3]] + ":" + s[loc[1]:]
			}
			return s + "\n"
		},
	}
	overlay := map[string][]byte{}
	redecided, attached := 0, 0
	for i, path := range targets {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if prev, ok := overlay[path]; ok {
			data = prev
		}
		src := []byte(kinds[i%len(kinds)](string(data)))
		overlay[path] = src
		if _, ok := w.Update(path, src); !ok {
			t.Fatalf("%s: not in the workspace", path)
		}
		redecided += w.Stats.Redecided
		attached += w.Stats.Attached
		if stale := check.StaleDecisions(w); len(stale) > 0 {
			t.Errorf("edit %d (kind %d) of %s: the decisions of %v were not made again", i, i%len(kinds), path, stale)
		}
		want := render(check.RunOverlay([]string{tree}, all, all, cfg, overlay, io.Discard))
		if got := render(w.Result()); got != want {
			n, g, f := textdiff.FirstLine(got, want)
			t.Errorf("edit %d (kind %d) of %s: the workspace differs from a fresh run at line %d:\nworkspace: %s\nfresh run: %s", i, i%len(kinds), path, n, g, f)
		}
	}
	t.Logf("%d edits of %d files: %d files decided again in all, %d given their findings' request paths again",
		len(targets), len(files), redecided, attached)
}
