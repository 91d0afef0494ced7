package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/crosstalk-dev/crosstalk/internal/hugeheap"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// TestServerOnALargeTree measures the server on the tree that
// CROSSTALK_LSP_BENCH_TREE names, opened as a workspace folder, as the
// command runs it (the folder checked in the background): the time to
// the first diagnostics of a document opened with the folder, the time
// to the workspace's, then CROSSTALK_LSP_BENCH_EDITS (200) edits of
// files spread over the tree, each the time from didChange to its first
// diagnostics (provisional), to the update's, and to the first right
// ones (the first when the update's are the same), less the debounce;
// the peak resident memory of the
// process; and whether the diagnostics of the edited documents are then
// what check finds in the same texts. The bars of docs/benchmarks.md
// are for the 3.11 tree:
//
//	CROSSTALK_LSP_BENCH_TREE=/root/.pyenv/versions/3.11.7/lib/python3.11 \
//	GOMAXPROCS=1 go test ./lsp -run ServerOnALargeTree -v -timeout 60m
func TestServerOnALargeTree(t *testing.T) {
	tree := os.Getenv("CROSSTALK_LSP_BENCH_TREE")
	if tree == "" {
		t.Skip("CROSSTALK_LSP_BENCH_TREE is not set")
	}
	n := 200
	if s := os.Getenv("CROSSTALK_LSP_BENCH_EDITS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	var files []string
	filepath.WalkDir(tree, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return err
	})
	var targets []string
	for i := range n {
		targets = append(targets, files[i*len(files)/n])
	}
	// As the command does.
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(MemoryLimit))
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(GCPercent))
	}
	hugeheap.Reserve(hugeheap.WholeTree)
	opts := testOptions()
	opts.Background = true
	opts.Debounce = time.Millisecond
	c := startServer(t, "", opts)
	start := time.Now()
	c.initialize(tree)
	first := targets[0]
	c.open(first, readText(t, first), 1)
	c.diagnosticsFor(uriOf(first))
	t.Logf("first diagnostics (%s, checked on its own): %v", first, time.Since(start))
	for !strings.Contains(c.log.String(), "checked in") {
		time.Sleep(10 * time.Millisecond)
	}
	c.diagnosticsFor(uriOf(first))
	t.Logf("the workspace's diagnostics: %v (%s)", time.Since(start), strings.TrimSpace(c.log.String()))

	overlay := map[string][]byte{}
	var times, firsts, finals []time.Duration
	same := 0
	for i, path := range targets {
		text := readText(t, path)
		if i > 0 {
			c.open(path, text, 1)
			c.diagnosticsFor(uriOf(path))
		}
		edited := "import os\n" + text
		overlay[path] = []byte(edited)
		t0 := time.Now()
		c.change(path, edited, 2)
		var first []Diagnostic
		for {
			p := c.diagnosticsFor(uriOf(path))
			if p.Version != nil && *p.Version == 2 {
				first = p.Diagnostics
				break
			}
		}
		firstTime := time.Since(t0) - opts.Debounce
		// A code action request waits for the update of the workspace
		// (a pull would be answered at once, with the first answer);
		// the pull after it is the update's.
		c.call("textDocument/codeAction", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(path)},
			"range": Range{Start: Position{0, 0}, End: Position{0, 0}}, "context": map[string]any{"diagnostics": []any{}}})
		final := c.pull(path)
		finalTime := time.Since(t0) - opts.Debounce
		firsts, finals = append(firsts, firstTime), append(finals, finalTime)
		a, _ := json.Marshal(first)
		b, _ := json.Marshal(final)
		if bytes.Equal(a, b) {
			same++
			times = append(times, firstTime)
		} else {
			times = append(times, finalTime)
		}
		if (i+1)%50 == 0 {
			t.Logf("%d edits, peak RSS %s", i+1, peakRSS())
		}
	}
	for _, d := range []struct {
		what  string
		times []time.Duration
	}{
		{"first diagnostics", firsts},
		{"the update's diagnostics", finals},
		{"the first right diagnostics (the first ones when the update's are the same, else the update's)", times},
	} {
		sorted := slices.Clone(d.times)
		slices.Sort(sorted)
		t.Logf("%d edits, %s: p50 %v, p95 %v, max %v", len(sorted), d.what, sorted[len(sorted)/2], sorted[len(sorted)*95/100], sorted[len(sorted)-1])
	}
	t.Logf("%d of %d first diagnostics were the update's; peak RSS %s", same, len(times), peakRSS())

	// The diagnostics are check's for the same texts.
	all := rules.All()
	res := check.RunOverlay([]string{tree}, all, all, config.Default(tree), overlay, os.Stderr)
	want := map[string][]string{}
	for _, f := range res.Findings {
		want[f.Path] = append(want[f.Path], fmt.Sprintf("%s %d %s", f.Code, f.Line-1, f.Message))
	}
	differ := 0
	for _, path := range targets {
		var got []string
		for _, d := range c.pull(path) {
			got = append(got, fmt.Sprintf("%s %d %s", d.Code, d.Range.Start.Line, d.Message))
		}
		if strings.Join(got, "\n") != strings.Join(want[path], "\n") {
			differ++
			t.Errorf("%s: the server says\n%s\ncheck says\n%s", path, strings.Join(got, "\n"), strings.Join(want[path], "\n"))
		}
	}
	t.Logf("%d edited documents compared with check: %d differ", len(targets), differ)
	c.shutdown()
}

// peakRSS returns the process's peak resident memory, from /proc.
func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
