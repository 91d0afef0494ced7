package conformance

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
)

// knownDifferences lists corpus files whose comparison with CPython is
// waived, each with the reason. Keys are Source names ("py314/...",
// "py311/..."). Keep it empty unless CPython's behaviour cannot be matched.
func knownDifferences() map[string]string {
	return map[string]string{}
}

// Bars the parser must meet.
const (
	mutantAgreementBar = 0.995 // accept/reject agreement on mutants
	errorLineBar       = 0.95  // same error line as CPython, when both reject
	maxDetails         = 10    // mismatches reported in full per corpus
	maxDumpFetches     = 200   // mismatching dumps fetched from CPython to categorise
	hangLimit          = 2 * time.Minute
)

// TestConformance compares parser.ParseFile with CPython 3.14's ast.parse
// on (1) CPython 3.14's standard library, (2) every .py file of the
// machine's Python installation and (3) single-token mutants of them. By
// default it runs a deterministic sample; CROSSTALK_CONFORMANCE=full runs
// everything.
func TestConformance(t *testing.T) {
	full := os.Getenv("CROSSTALK_CONFORMANCE") == "full"
	ref := &Reference{Dir: ".", Workers: min(2, runtime.GOMAXPROCS(0)), Timeout: 3 * time.Minute}
	if err := ref.CheckInstalled(); err != nil {
		t.Fatal(err)
	}
	key, err := ref.CacheKey()
	if err != nil {
		t.Fatal(err)
	}
	cache, err := OpenCache("cache", key)
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()

	stdlib, err := Stdlib314(filepath.Join("node_modules", "pyodide", "python_stdlib.zip"))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := FindPython()
	if err != nil {
		t.Fatal(err)
	}
	installed, err := inst.Files()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("corpora: %d files of the CPython 3.14 stdlib; %d files of Python %s under %s",
		len(stdlib), len(installed), inst.Version, strings.Join(inst.Roots, ", "))

	// Mutants come from files small enough that thousands of them keep the
	// reference run short.
	var pool []Source
	for _, s := range slices.Concat(stdlib, installed) {
		if s.Size <= 32<<10 {
			pool = append(pool, s)
		}
	}
	nMutants := 6000
	if !full {
		stdlib = Sample(stdlib, 5, 64<<10)
		installed = Sample(installed, 60, 64<<10)
		nMutants = 300
	}
	mutants, err := Mutants(pool, nMutants, 314)
	if err != nil {
		t.Fatal(err)
	}

	h := &harness{ref: ref, cache: cache, tmp: t.TempDir(), waived: knownDifferences()}
	t.Run("stdlib314", func(t *testing.T) { h.check(t, stdlib, false) })
	t.Run("python311", func(t *testing.T) { h.check(t, installed, false) })
	t.Run("mutants", func(t *testing.T) { h.check(t, mutants, true) })
}

type harness struct {
	ref    *Reference
	cache  *Cache
	tmp    string            // where in-memory sources are written for node
	waived map[string]string // knownDifferences
}

// goOutcome is what parser.ParseFile made of one source.
type goOutcome struct {
	sha     string
	size    int
	readErr error
	panic   string // the recovered value and stack, if it panicked
	errs    int
	first   parser.Error
	dumpSHA string // with no errors
}

// kinds of comparison result
const (
	same         = "same"
	dumpDiffers  = "dump differs"
	falseReject  = "false reject"
	falseAccept  = "false accept"
	goPanicked   = "panic"
	bothReject   = "both reject"
	noVerdict    = "no reference verdict"
	waivedResult = "waived"
)

type mismatch struct {
	kind     string
	category string
	src      Source
	goOut    goOutcome
	ref      Result
}

func (h *harness) check(t *testing.T, sources []Source, mutants bool) {
	if len(sources) == 0 {
		t.Fatal("empty corpus: the harness selected no files")
	}
	start := time.Now()
	outs := parseAll(sources)
	goTime := time.Since(start)

	start = time.Now()
	refs, fresh := h.references(t, sources, outs)
	refTime := time.Since(start)

	var (
		counts                 = map[string]int{}
		categories             = map[string]int{}
		mismatches             []mismatch
		lineCompared, lineSame int
		colSame                int
		bytes                  int64
	)
	for i, src := range sources {
		o, r := outs[i], refs[i]
		bytes += int64(o.size)
		if o.readErr != nil {
			t.Errorf("%s: %v", src.Name, o.readErr)
			continue
		}
		if reason, ok := h.waived[src.Name]; ok {
			counts[waivedResult]++
			t.Logf("waived %s: %s", src.Name, reason)
			continue
		}
		kind, category := classify(o, r)
		counts[kind]++
		if kind == bothReject && r.Lineno != nil {
			lineCompared++
			if o.first.Line == *r.Lineno {
				lineSame++
				if r.Offset != nil && o.first.Col == *r.Offset {
					colSame++
				}
			} else {
				category = "error line differs: CPython says " + r.Msg
			}
		}
		if kind == noVerdict {
			t.Logf("no verdict from CPython on %s: %s", src.Name, r.Describe())
		}
		if category != "" {
			categories[category]++
			mismatches = append(mismatches, mismatch{kind: kind, category: category, src: src, goOut: o, ref: r})
		}
	}

	h.categoriseDumps(t, mismatches, categories)

	verdicts := len(sources) - counts[noVerdict] - counts[waivedResult]
	agree := counts[same] + counts[dumpDiffers] + counts[bothReject]
	report := &strings.Builder{}
	fmt.Fprintf(report, "%s: %d files, %.1f MB; Go parse+dump %v; reference %v (%d files not cached)\n",
		t.Name(), len(sources), float64(bytes)/1e6, goTime.Round(time.Millisecond), refTime.Round(time.Millisecond), fresh)
	fmt.Fprintf(report, "  identical dumps %d, dumps differ %d, both reject %d, false rejects %d, false accepts %d, panics %d, no verdict %d, waived %d\n",
		counts[same], counts[dumpDiffers], counts[bothReject], counts[falseReject], counts[falseAccept], counts[goPanicked], counts[noVerdict], counts[waivedResult])
	fmt.Fprintf(report, "  accept/reject agreement %s; error line agreement %s (same column too: %d)\n",
		percent(agree, verdicts), percent(lineSame, lineCompared), colSame)
	writeCategories(report, categories)
	writeDetails(report, mismatches)
	t.Log("\n" + report.String())
	if err := os.WriteFile(filepath.Join("cache", "report-"+strings.ReplaceAll(t.Name(), "/", "-")+".txt"), []byte(report.String()), 0o644); err != nil {
		t.Log(err)
	}

	if counts[goPanicked] > 0 {
		t.Errorf("parser.ParseFile panicked on %d files", counts[goPanicked])
	}
	if verdicts < len(sources)*9/10 {
		t.Errorf("CPython gave a verdict on only %d of %d files", verdicts, len(sources))
	}
	if lineCompared > 0 && float64(lineSame) < errorLineBar*float64(lineCompared) {
		t.Errorf("error line agreement %s, below the bar of %.1f%%", percent(lineSame, lineCompared), 100*errorLineBar)
	}
	if mutants {
		if float64(agree) < mutantAgreementBar*float64(verdicts) {
			t.Errorf("accept/reject agreement on mutants %s, below the bar of %.1f%%", percent(agree, verdicts), 100*mutantAgreementBar)
		}
		return
	}
	if n := counts[dumpDiffers] + counts[falseReject] + counts[falseAccept] + counts[goPanicked]; n > 0 {
		t.Errorf("%d of %d files differ from CPython (the bar is none, bar the waived)", n, verdicts)
	}
}

// classify compares one file's outcomes; category is "" when they agree.
func classify(o goOutcome, r Result) (kind, category string) {
	switch {
	case o.panic != "":
		first, _, _ := strings.Cut(o.panic, "\n")
		return goPanicked, "panic: " + first
	case !r.Verdict():
		return noVerdict, ""
	case r.OK && o.errs == 0 && o.dumpSHA == r.DumpSHA256:
		return same, ""
	case r.OK && o.errs == 0:
		return dumpDiffers, "dump differs" // refined by categoriseDumps
	case r.OK:
		return falseReject, "false reject: Go says " + o.first.Msg
	case o.errs == 0:
		return falseAccept, fmt.Sprintf("false accept: CPython says %s: %s", r.Exc, r.Msg)
	default:
		return bothReject, ""
	}
}

// parseAll parses every source on GOMAXPROCS goroutines. A parse that runs
// longer than hangLimit stops the test binary with the file's name: a hang
// is a bug to report, not to wait for.
func parseAll(sources []Source) []goOutcome {
	outs := make([]goOutcome, len(sources))
	workers := runtime.GOMAXPROCS(0)
	type slot struct {
		mu    sync.Mutex
		name  string
		since time.Time
	}
	slots := make([]slot, workers)
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			for i := range slots {
				s := &slots[i]
				s.mu.Lock()
				name, since := s.name, s.since
				s.mu.Unlock()
				if name != "" && time.Since(since) > hangLimit {
					panic(fmt.Sprintf("parser.ParseFile has been running on %s for %v: it hangs", name, hangLimit))
				}
			}
		}
	}()
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			s := &slots[w]
			for i := range next {
				s.mu.Lock()
				s.name, s.since = sources[i].Name, time.Now()
				s.mu.Unlock()
				outs[i] = parseOne(sources[i])
				s.mu.Lock()
				s.name = ""
				s.mu.Unlock()
			}
		})
	}
	for i := range sources {
		next <- i
	}
	close(next)
	wg.Wait()
	close(done)
	return outs
}

func parseOne(src Source) (out goOutcome) {
	data, err := src.Read()
	if err != nil {
		return goOutcome{readErr: err}
	}
	out.sha = SHA256Hex(data)
	out.size = len(data)
	defer func() {
		if v := recover(); v != nil {
			out.panic = fmt.Sprintf("%v\n%s", v, debug.Stack())
		}
	}()
	f := parser.ParseFile(src.Name, data)
	out.errs = len(f.Errors)
	if out.errs > 0 {
		out.first = f.Errors[0]
		return out
	}
	sum := sha256.Sum256([]byte(ast.Dump(f.Module, f.Lines)))
	out.dumpSHA = hex.EncodeToString(sum[:])
	return out
}

// goDump parses src again for a report; "" if it fails.
func goDump(src Source) (dump string) {
	defer func() {
		if recover() != nil {
			dump = ""
		}
	}()
	data, err := src.Read()
	if err != nil {
		return ""
	}
	f := parser.ParseFile(src.Name, data)
	return ast.Dump(f.Module, f.Lines)
}

// references returns CPython's result for each source, from the cache or
// from a run of the reference script over the files not in it; fresh is
// how many that was.
func (h *harness) references(t *testing.T, sources []Source, outs []goOutcome) (refs []Result, fresh int) {
	refs = make([]Result, len(sources))
	var paths []string
	asked := map[string]bool{}
	for i, src := range sources {
		sha := outs[i].sha
		if sha == "" || asked[sha] {
			continue
		}
		if _, ok := h.cache.Get(sha); ok {
			continue
		}
		asked[sha] = true
		path, err := h.onDisk(src, sha)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	fetched := map[string]Result{}
	err := h.ref.Run(paths, false, func(r Result) {
		if r.Error != "" {
			t.Errorf("reference: %s: %s", r.Path, r.Error)
			return
		}
		if err := h.cache.Put(r); err != nil {
			t.Errorf("reference cache: %v", err)
		}
		fetched[r.Path] = r
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, src := range sources {
		sha := outs[i].sha
		if sha == "" {
			continue
		}
		r, ok := h.cache.Get(sha)
		if !ok {
			// Not cached: a crashed or stalled worker; find it by path.
			path, _ := h.onDisk(src, sha)
			r = fetched[path]
			if r.SHA256 == "" {
				r = Result{SHA256: sha, Exc: ExcNodeCrash, Msg: "no result"}
			}
		}
		if r.SHA256 != sha {
			t.Errorf("%s: node read content %.12s, Go read %.12s", src.Name, r.SHA256, sha)
		}
		refs[i] = r
	}
	return refs, len(paths)
}

// onDisk returns a path holding src's bytes, writing in-memory sources to
// the temporary directory under their content hash.
func (h *harness) onDisk(src Source, sha string) (string, error) {
	if src.Path != "" {
		return src.Path, nil
	}
	path := filepath.Join(h.tmp, sha+".py")
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	return path, os.WriteFile(path, src.Data, 0o644)
}

// categoriseDumps asks CPython for the whole dump of the first files whose
// dumps differ and files them under the node and field where the dumps
// part; the rest stay under "dump differs".
func (h *harness) categoriseDumps(t *testing.T, mismatches []mismatch, categories map[string]int) {
	var paths []string
	index := map[string][]int{}
	for i, m := range mismatches {
		if m.kind != dumpDiffers || len(paths) >= maxDumpFetches {
			continue
		}
		path, err := h.onDisk(m.src, m.goOut.sha)
		if err != nil {
			t.Fatal(err)
		}
		if index[path] == nil {
			paths = append(paths, path)
		}
		index[path] = append(index[path], i)
	}
	if len(paths) == 0 {
		return
	}
	err := h.ref.Run(paths, true, func(r Result) {
		for _, i := range index[r.Path] {
			m := &mismatches[i]
			m.ref.Dump = r.Dump
			gd := goDump(m.src)
			at := FirstDifference(r.Dump, gd)
			if r.Dump == "" || at < 0 {
				continue
			}
			categories[m.category]--
			m.category = "dump differs in " + DumpContext(r.Dump, at)
			categories[m.category]++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for c, n := range categories {
		if n == 0 {
			delete(categories, c)
		}
	}
}

func writeCategories(w *strings.Builder, categories map[string]int) {
	if len(categories) == 0 {
		return
	}
	type entry struct {
		name string
		n    int
	}
	var list []entry
	for name, n := range categories {
		list = append(list, entry{name, n})
	}
	slices.SortFunc(list, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.name, b.name))
	})
	fmt.Fprintf(w, "  top mismatch categories (of %d):\n", len(list))
	for _, e := range list[:min(len(list), 20)] {
		fmt.Fprintf(w, "    %6d  %.160s\n", e.n, e.name)
	}
}

// writeDetails shows the first mismatches in full: for differing dumps the
// region where they part, for the rest both verdicts and the lines named.
func writeDetails(w *strings.Builder, mismatches []mismatch) {
	for _, m := range pickDetails(mismatches, categoryCounts(mismatches)) {
		fmt.Fprintf(w, "\n--- %s: %s\n", m.src.Name, m.category)
		data, _ := m.src.Read()
		switch m.kind {
		case goPanicked:
			fmt.Fprintf(w, "CPython: %s\nGo panicked: %s\n", m.ref.Describe(), m.goOut.panic)
		case dumpDiffers:
			if m.ref.Dump == "" {
				fmt.Fprintf(w, "(CPython's dump not fetched)\n")
				continue
			}
			gd := goDump(m.src)
			at := FirstDifference(m.ref.Dump, gd)
			if at < 0 {
				fmt.Fprintf(w, "the dumps are equal, their hashes not: Go's dump is not valid UTF-8?\n")
				continue
			}
			fmt.Fprintf(w, "first difference at byte %d of the dump\nCPython: %s\nGo:      %s\n",
				at, Excerpt(m.ref.Dump, at, 300, 300), Excerpt(gd, at, 300, 300))
		default:
			fmt.Fprintf(w, "CPython: %s\n", m.ref.Describe())
			if m.ref.Lineno != nil {
				fmt.Fprintf(w, "  line %d: %s\n", *m.ref.Lineno, SourceLine(data, *m.ref.Lineno))
			}
			if m.goOut.errs > 0 {
				e := m.goOut.first
				fmt.Fprintf(w, "Go: %d:%d: %s (%d errors)\n  line %d: %s\n", e.Line, e.Col, e.Msg, m.goOut.errs, e.Line, SourceLine(data, e.Line))
			} else {
				fmt.Fprintf(w, "Go: accepted\n")
			}
		}
	}
}

// pickDetails chooses up to maxDetails mismatches, the first of each
// category from the most frequent down, then the next of each, so that the
// report shows many kinds of mistake rather than one kind many times.
func pickDetails(mismatches []mismatch, counts map[string]int) []mismatch {
	byCategory := map[string][]mismatch{}
	for _, m := range mismatches {
		byCategory[m.category] = append(byCategory[m.category], m)
	}
	names := slices.Collect(maps.Keys(byCategory))
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	var picked []mismatch
	for round := 0; len(picked) < min(maxDetails, len(mismatches)); round++ {
		for _, name := range names {
			if list := byCategory[name]; round < len(list) && len(picked) < maxDetails {
				picked = append(picked, list[round])
			}
		}
	}
	return picked
}

func categoryCounts(mismatches []mismatch) map[string]int {
	counts := map[string]int{}
	for _, m := range mismatches {
		counts[m.category]++
	}
	return counts
}

func percent(n, of int) string {
	if of == 0 {
		return "n/a (0 files)"
	}
	return fmt.Sprintf("%.2f%% (%d/%d)", 100*float64(n)/float64(of), n, of)
}
