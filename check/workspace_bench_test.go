package check_test

import (
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/check"
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
	tree := os.Getenv("CROSSTALK_WORKSPACE_TREE")
	if tree == "" {
		t.Skip("CROSSTALK_WORKSPACE_TREE is not set")
	}
	all := rules.All()
	start := time.Now()
	w := check.NewWorkspace([]string{tree}, all, all, nil, nil, io.Discard)
	t.Logf("first run: %v, %d files, %d findings (link %v, decide %v, finish %v)", time.Since(start), w.Result().Files, len(w.Result().Findings),
		w.Stats.Link, w.Stats.Decide, w.Stats.Finish)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("heap in use after the first run: %d MB (sys %d MB)", ms.HeapInuse>>20, ms.Sys>>20)
	n := 200
	if s := os.Getenv("CROSSTALK_WORKSPACE_EDITS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
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
		out = append(out, files[i*len(files)/n])
	}
	return out
}
