package semantic_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// TestPyCGMicroBenchmark scores the call graph against PyCG's
// micro-benchmark as PyCG's paper does, when CROSSTALK_PYCG_SUITE names
// its snippets folder (<category>/<test>/ with main.py, other modules and
// the expected callgraph.json). Nothing of the suite is kept here.
//
// A test is sound when every expected key and edge is in the output, and
// complete when no output edge of a key the truth knows is outside the
// truth; precision counts every output edge of the truth's keys, recall
// every expected edge.
func TestPyCGMicroBenchmark(t *testing.T) {
	dir := os.Getenv("CROSSTALK_PYCG_SUITE")
	if dir == "" {
		t.Skip("CROSSTALK_PYCG_SUITE is not set: PyCG's micro-benchmark is not run")
	}
	tests, _ := filepath.Glob(filepath.Join(dir, "*", "*", "callgraph.json"))
	if len(tests) == 0 {
		t.Fatalf("no <category>/<test>/callgraph.json under %s", dir)
	}
	sort.Strings(tests)
	type score struct{ tests, sound, complete, tp, fp, fn int }
	perCat := map[string]*score{}
	var total score
	start := time.Now()
	for _, truthPath := range tests {
		testDir := filepath.Dir(truthPath)
		cat := filepath.Base(filepath.Dir(testDir))
		var truth map[string][]string
		data, err := os.ReadFile(truthPath)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &truth); err != nil {
			t.Fatalf("%s: %v", truthPath, err)
		}
		got := pycgOutput(t, testDir)
		sc := perCat[cat]
		if sc == nil {
			sc = &score{}
			perCat[cat] = sc
		}
		sound, complete := true, true
		var missing, extra []string
		for key, want := range truth {
			have, ok := got[key]
			if !ok {
				sound = false
				missing = append(missing, key+" (key)")
			}
			for _, w := range want {
				if slices.Contains(have, w) {
					sc.tp++
				} else {
					sc.fn++
					sound = false
					missing = append(missing, key+" -> "+w)
				}
			}
			for _, h := range have {
				if !slices.Contains(want, h) {
					sc.fp++
					complete = false
					extra = append(extra, key+" -> "+h)
				}
			}
		}
		sc.tests++
		if sound {
			sc.sound++
		}
		if complete {
			sc.complete++
		}
		if len(missing)+len(extra) > 0 {
			rel, _ := filepath.Rel(dir, testDir)
			t.Logf("%s: missing %v; extra %v", rel, missing, extra)
		}
	}
	elapsed := time.Since(start)
	cats := make([]string, 0, len(perCat))
	for c := range perCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		sc := perCat[c]
		t.Logf("%-14s tests %3d  sound %3d  complete %3d  edges: right %3d, extra %2d, missing %2d", c, sc.tests, sc.sound, sc.complete, sc.tp, sc.fp, sc.fn)
		total.tests += sc.tests
		total.sound += sc.sound
		total.complete += sc.complete
		total.tp += sc.tp
		total.fp += sc.fp
		total.fn += sc.fn
	}
	precision := float64(total.tp) / float64(total.tp+total.fp)
	recall := float64(total.tp) / float64(total.tp+total.fn)
	t.Logf("total: %d tests, sound %d, complete %d, precision %.1f%%, recall %.1f%%, in %v",
		total.tests, total.sound, total.complete, 100*precision, 100*recall, elapsed.Round(time.Millisecond))
	if precision < 0.99 || recall < 0.97 {
		t.Errorf("precision %.1f%% and recall %.1f%%: the bars are 99%% and 97%%", 100*precision, 100*recall)
	}
	if elapsed > 2*time.Second {
		t.Errorf("the suite took %v: the bar is 2s", elapsed)
	}
}

// pycgOutput builds the call graph of the modules under dir, named
// relative to it, in PyCG's format: every node and every target a key,
// each to its sorted callees.
func pycgOutput(t *testing.T, dir string) map[string][]string {
	var modules []*semantic.Module
	b := semantic.Builder{CallGraph: semantic.AllSummaries}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = strings.TrimSuffix(filepath.ToSlash(rel), ".py")
		isPkg := false
		if rel == "__init__" {
			return nil
		}
		if r, ok := strings.CutSuffix(rel, "/__init__"); ok {
			rel, isPkg = r, true
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m := b.NewModule(strings.ReplaceAll(rel, "/", "."), isPkg, parser.ParseFile(path, src))
		m.DropSyntax()
		modules = append(modules, m)
		return nil
	})
	return semantic.NewProgram(modules).CallGraph().PyCG()
}
