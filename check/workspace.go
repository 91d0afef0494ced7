package check

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/parallel"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// Workspace is a checked tree kept between runs, for the language server:
// the units of its files stay, with their deferred decisions, so that an
// edit re-models the edited file only, links the program again, and
// re-decides what the edit may change. Its findings are those RunOverlay
// gives for the same paths, configuration and sources. A Workspace is
// not safe for concurrent use.
type Workspace struct {
	paths          []string
	analyzers, all []*analysis.Analyzer
	cfg            *config.Config
	stderr         io.Writer
	seed           maphash.Seed
	known          knownCodes

	overlay map[string][]byte // the sources given in place of files
	units   []unit            // by path
	// shadowed are the load's layout.shadowed: a file read again is
	// named as it was.
	shadowed map[string]bool
	index    map[string]int // path to units index
	decided  [][]diagnostic // per unit: what the deferred decisions reported
	// reads holds, per unit, what its deferred decisions read of the
	// program (nil for a unit with none): an edit decides again only
	// the units that read what it changed.
	reads []*semantic.Reads
	// attached holds, per unit, its placed findings with their request
	// paths, as the last run gave them (finishRun).
	attached [][]Finding
	placed   [][]Finding // per unit: placed and filtered, before finish
	// findings are the shown findings of the last run, by path; hidden,
	// how many were left out.
	findings map[string][]Finding
	hidden   int
	failed   bool
	// graph is the call graph of the last run, for the next one.
	graph graphCache
	// last is what the last run linked and solved, for Provisional,
	// which may read it while an Update runs.
	last atomic.Pointer[lastRun]
	// errMu orders the messages of an Update and a Provisional.
	errMu sync.Mutex

	// Stats of the last Update, for benchmarks and tests.
	Stats UpdateStats
}

// UpdateStats says what the last Update did.
type UpdateStats struct {
	Remodelled int // files parsed and modelled again
	Redecided  int // files whose deferred decisions ran again
	Replaced   int // files whose findings were placed again
	Attached   int // files whose findings were given their request paths again
	// The time spent linking the program, deciding, and finishing (the
	// request paths, the call graph they need).
	Link, Decide, Finish time.Duration
	// GraphKept: the call graph of the run before served again (see
	// graphCache).
	GraphKept bool
}

// NewWorkspace checks the .py files under paths as RunOverlay does, and
// keeps what an Update needs. Problems go to stderr, as RunOverlay's.
func NewWorkspace(paths []string, analyzers, all []*analysis.Analyzer, cfg *config.Config, overlay map[string][]byte, stderr io.Writer) *Workspace {
	w := &Workspace{
		paths: paths, analyzers: analyzers, all: all, cfg: cfg, stderr: stderr,
		seed: maphash.MakeSeed(), known: newKnownCodes(all), overlay: map[string][]byte{},
	}
	for path, src := range overlay {
		w.overlay[path] = src
	}
	// No call-graph summaries while modelling: the solves make those
	// they need and keep them (see run).
	units, shadowed, failed := load(paths, analyzers, cfg, w.overlay, w.seed, semantic.NoSummaries, stderr)
	w.units, w.shadowed, w.failed = units, shadowed, failed
	w.reindex()
	w.decided = make([][]diagnostic, len(units))
	w.reads = make([]*semantic.Reads, len(units))
	w.attached = make([][]Finding, len(units))
	w.placed = make([][]Finding, len(units))
	w.run(w.every(), true)
	return w
}

// Paths returns the paths the workspace checks.
func (w *Workspace) Paths() []string { return w.paths }

// Contains reports whether path is a file of the workspace.
func (w *Workspace) Contains(path string) bool {
	_, ok := w.index[path]
	return ok
}

// Findings returns the shown findings of the file at path, in order;
// none for a file not in the workspace.
func (w *Workspace) Findings(path string) []Finding { return w.findings[path] }

// Result returns the findings of every file, as RunOverlay's Result.
func (w *Workspace) Result() Result {
	var res Result
	for i := range w.units {
		res.Findings = append(res.Findings, w.findings[w.units[i].path]...)
	}
	res.Hidden, res.Files, res.Failed = w.hidden, len(w.units), w.failed
	return res
}

// Update checks the file at path again with src in place of its bytes,
// or with its bytes on disk when src is nil, and returns the paths whose
// findings changed. A file under the workspace's paths that it did not
// have is added; ok is false for a path outside them, or one the
// configuration excludes.
func (w *Workspace) Update(path string, src []byte) (changed []string, ok bool) {
	if i, known := w.index[path]; known && w.same(i, src) {
		// A save, an undo: the bytes analysed already.
		if src == nil {
			delete(w.overlay, path)
		}
		return nil, true
	}
	if src != nil {
		w.overlay[path] = src
	} else {
		delete(w.overlay, path)
	}
	i, known := w.index[path]
	if !known {
		root := w.rootOf(path)
		if root == "" {
			return nil, false
		}
		w.units = append(w.units, unit{path: path, root: root})
		slices.SortFunc(w.units, func(a, b unit) int { return strings.Compare(a.path, b.path) })
		w.reindex()
		i = w.index[path]
		w.decided = slices.Insert(w.decided, i, nil)
		w.reads = slices.Insert(w.reads, i, nil)
		w.attached = slices.Insert(w.attached, i, nil)
		w.placed = slices.Insert(w.placed, i, nil)
	}
	before := w.snapshot()
	var names []string
	if m := w.units[i].module; m != nil {
		names = append(names, m.Name)
	}
	w.remodel([]int{i})
	if m := w.units[i].module; m != nil && !slices.Contains(names, m.Name) {
		names = append(names, m.Name)
	}
	remodel := append([]int{i}, w.starImporters(names, i)...)
	w.remodel(remodel[1:])
	// A new file's module may be what a name that found none before
	// names: every unit is decided again.
	w.run(remodel, !known)
	return w.changedSince(before), true
}

// starImporters returns the units other than skip whose modules
// star-import a module of names, directly or through one another: each
// copied the names it imports when the program was linked, so it is
// modelled again to copy the new ones.
func (w *Workspace) starImporters(names []string, skip int) []int {
	var out []int
	seen := map[int]bool{skip: true}
	for len(names) > 0 {
		var next []string
		for j := range w.units {
			o := w.units[j].module
			if seen[j] || o == nil || !slices.ContainsFunc(o.StarImports, func(n string) bool { return slices.Contains(names, n) }) {
				continue
			}
			seen[j] = true
			out = append(out, j)
			next = append(next, o.Name)
		}
		names = next
	}
	return out
}

// Remove drops the file at path, deleted, and returns the paths whose
// findings changed.
func (w *Workspace) Remove(path string) (changed []string) {
	i, ok := w.index[path]
	if !ok {
		return nil
	}
	delete(w.overlay, path)
	var name string
	if m := w.units[i].module; m != nil {
		name = m.Name
	}
	w.units = slices.Delete(w.units, i, i+1)
	w.graph.stale = true // a module is gone
	w.decided = slices.Delete(w.decided, i, i+1)
	w.reads = slices.Delete(w.reads, i, i+1)
	w.attached = slices.Delete(w.attached, i, i+1)
	w.placed = slices.Delete(w.placed, i, i+1)
	w.reindex()
	var remodel []int
	if name != "" {
		remodel = w.starImporters([]string{name}, -1)
	}
	before := w.snapshot()
	w.remodel(remodel)
	w.run(remodel, true)
	return w.changedSince(before)
}

// changedSince returns the paths whose findings differ from before's.
func (w *Workspace) changedSince(before map[string][]Finding) []string {
	var changed []string
	for path, fs := range w.findings {
		if !sameFindings(before[path], fs) {
			changed = append(changed, path)
		}
	}
	for path := range before {
		if _, still := w.findings[path]; !still {
			changed = append(changed, path)
		}
	}
	slices.Sort(changed)
	return changed
}

// same reports whether src, or the file on disk when src is nil, holds
// the bytes unit i was analysed from.
func (w *Workspace) same(i int, src []byte) bool {
	u := &w.units[i]
	if u.module == nil {
		return false
	}
	if src == nil {
		if _, given := w.overlay[u.path]; !given {
			return false // the file on disk may have changed: read it again
		}
		data, err := readfile.Read(u.path, int64(u.size)+1)
		if err != nil {
			return false
		}
		src = data
	}
	return len(src) == u.size && maphash.Bytes(w.seed, src) == u.sum
}

// rootOf returns the workspace path that holds path, as the walk would
// have named it, or "" when none does or the configuration excludes it.
func (w *Workspace) rootOf(path string) string {
	if !strings.HasSuffix(path, ".py") {
		return ""
	}
	for _, root := range w.paths {
		dir := root
		if info, err := os.Stat(root); err == nil && !info.IsDir() {
			if filepath.Clean(root) == filepath.Clean(path) {
				return filepath.Dir(root)
			}
			continue
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		if w.cfg != nil {
			if abs, err := filepath.Abs(path); err == nil && w.cfg.Excluded(abs, false) {
				return ""
			}
		}
		return dir
	}
	return ""
}

// every returns the indices of all units.
func (w *Workspace) every() []int {
	all := make([]int, len(w.units))
	for i := range all {
		all[i] = i
	}
	return all
}

func (w *Workspace) reindex() {
	w.index = make(map[string]int, len(w.units))
	for i := range w.units {
		w.index[w.units[i].path] = i
	}
}

// snapshot returns the findings by path as they are.
func (w *Workspace) snapshot() map[string][]Finding {
	out := make(map[string][]Finding, len(w.findings))
	for path, fs := range w.findings {
		out[path] = fs
	}
	return out
}

// remodel reads, parses, models and analyses the files of units is again.
func (w *Workspace) remodel(is []int) {
	var (
		ps = parser.Parser{}
		b  = semantic.Builder{CallGraph: semantic.ProductionSummaries}
	)
	maxSize := maxFileSize(w.cfg)
	lay := newLayout()
	lay.shadowed = w.shadowed
	for _, i := range is {
		old := &w.units[i]
		j := job{old.path, old.root}
		var u unit
		var errs []string
		data, err := readInto(j.path, w.overlay, nil, maxSize)
		if tl, ok := errors.AsType[*readfile.TooLargeError](err); ok {
			u = tooLarge(j.path, tl)
		} else if err != nil {
			errs = []string{fmt.Sprintf("crosstalk: cannot read %s: %v", j.path, readfile.UnwrapPath(err))}
			u = unit{path: j.path}
		} else {
			u, errs = analyzeOne(&ps, &b, j, data, lay, w.analyzers, w.cfg)
			if u.path == "" { // a panic, reported in errs
				u.path = j.path
			}
			u.size = len(data)
			u.sum = maphash.Bytes(w.seed, data)
		}
		u.root = j.root
		for _, e := range errs {
			fmt.Fprintln(w.stderr, e)
		}
		warnForeign(w.stderr, u)
		w.graph.edit(old.module, u.module)
		*old = u
	}
}

// run links the program, decides the deferred parts of the units of
// fresh, which were modelled again, and of the units whose decisions
// read what that changed (all of them when everything is set), places
// the findings of those whose diagnostics changed, and finishes the
// findings of the whole tree.
func (w *Workspace) run(fresh []int, everything bool) {
	internal := w.internal
	modules := make([]*semantic.Module, 0, len(w.units))
	for _, u := range w.units {
		if u.module != nil {
			modules = append(modules, u.module)
		}
	}
	t0 := time.Now()
	prog := programOf(modules, w.cfg)
	link := time.Since(t0)
	entryPoints := sync.OnceValue(func() []semantic.EntryPoint { return semantic.FindEntryPoints(prog, EntryOptions(w.cfg)) })
	redecide, change := w.affected(fresh, everything, prog, entryPoints)
	isFresh := make([]bool, len(w.units))
	for _, i := range fresh {
		isFresh[i] = true
	}
	replaced := make([]bool, len(w.units)) // placed again: their findings may differ
	var (
		statMu sync.Mutex
		stats  = UpdateStats{Remodelled: len(fresh), Redecided: len(redecide)}
	)
	parallel.For(len(redecide), func(k int) {
		i := redecide[k]
		u := &w.units[i]
		var got []diagnostic
		var reads *semantic.Reads
		if len(u.deferred) > 0 {
			reads = &semantic.Reads{}
		}
		for _, d := range u.deferred {
			decide(u, prog, entryPoints, reads, d, w.cfg, func(d diagnostic) { got = append(got, d) }, internal)
		}
		w.reads[i] = reads
		if !isFresh[i] && reflect.DeepEqual(got, w.decided[i]) {
			return
		}
		w.decided[i] = got
		v := *u
		v.findings = slices.Clone(u.findings)
		v.diags = slices.Concat(u.diags, got)
		w.placed[i], _ = placeUnit(&v, w.overlay, w.seed, w.cfg, w.known, internal)
		replaced[i] = true
		statMu.Lock()
		stats.Replaced++
		statMu.Unlock()
	})
	stats.Link = link
	stats.Decide = time.Since(t0) - link
	// The summaries a solve makes stay on their modules for the next
	// one; an edited module has its own from the start (remodel).
	lazy := &semantic.LazySummaries{Parse: parseAgain(w.units, w.overlay, w.seed), Keep: true,
		NewParse: func() func(*semantic.Module) *parser.File { return parseAgain(w.units, w.overlay, w.seed) }}
	// A first run, a new or deleted file, or an edit that changed what a
	// module imports (which decides whether a file is a script) gives
	// every finding its request path again.
	mayKeep := change != nil && !change.Imported
	shown, hidden, attached := w.finishRun(prog, entryPoints, lazy, replaced, mayKeep, internal)
	stats.Attached = attached
	stats.GraphKept = w.graph.kept
	stats.Finish = time.Since(t0) - stats.Link - stats.Decide
	w.Stats = stats
	w.last.Store(&lastRun{prog: prog, entryPoints: entryPoints, graph: w.graph})
	w.hidden = hidden
	w.findings = map[string][]Finding{}
	for _, f := range shown {
		w.findings[f.Path] = append(w.findings[f.Path], f)
	}
}

// affected returns the units to decide again after the units of fresh
// were modelled again and prog linked: those, and the units whose
// decisions read a module of them or an answer of the program that
// differs from the last run's; every unit when everything is set or
// there was no last run (and then no change).
func (w *Workspace) affected(fresh []int, everything bool, prog *semantic.Program, entryPoints func() []semantic.EntryPoint) ([]int, *semantic.Change) {
	last := w.last.Load()
	if everything || last == nil {
		return w.every(), nil
	}
	paths := make([]string, len(fresh))
	for k, i := range fresh {
		paths[k] = w.units[i].path
	}
	change := semantic.Changes(last.prog, prog, paths)
	// The entry points are compared only when a decision read them.
	change.EntryPoints = sync.OnceValue(func() map[string]bool { return semantic.EntryPointsChanged(last.entryPoints(), entryPoints()) })
	out := slices.Clone(fresh)
	for i, r := range w.reads {
		if r == nil || slices.Contains(fresh, i) {
			continue
		}
		if r.Affected(change) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out, change
}

// finishRun gives every unit's placed findings their request paths and
// grades them, as finish does, and returns those shown. A unit keeps the
// findings the last run gave it when nothing they were given from
// changed: its placed findings are as they were, the call graph and its
// reach served again (so no code of an edited file ran, and no request
// path passes through one), and the entry points are the same but for
// where their defs are; and mayKeep. attached counts the units given
// their paths again.
func (w *Workspace) finishRun(prog *semantic.Program, entryPoints func() []semantic.EntryPoint, lazy *semantic.LazySummaries, replaced []bool, mayKeep bool, internal func(string)) (shown []Finding, hidden, attached int) {
	paths := map[string]bool{}
	for i := range w.placed {
		if len(w.placed[i]) > 0 {
			paths[w.units[i].path] = true
		}
	}
	r := newReacher(prog, entryPoints, paths, lazy, &w.graph)
	kept := make([]bool, len(w.units))
	for i := range kept {
		switch {
		case !mayKeep:
		case len(w.placed[i]) == 0:
			// Nothing to give paths to, and nothing left of what was.
			kept[i], w.attached[i] = true, nil
		default:
			kept[i] = !replaced[i] && w.attached[i] != nil
		}
	}
	keep := func(i int) bool { return kept[i] }
	// First the units that must be given their paths again, which solves
	// or keeps the graph; then, unless the graph, its reach and the entry
	// points served again, every other unit too.
	attachUnits := func(which func(i int) bool) {
		var fs []Finding
		for i := range w.units {
			if which(i) {
				fs = append(fs, w.placed[i]...)
			}
		}
		attach(fs, r, internal)
		for i := range w.units {
			if !which(i) {
				continue
			}
			n := len(w.placed[i])
			w.attached[i], fs = fs[:n:n], fs[n:]
			if n > 0 {
				attached++
			}
		}
	}
	attachUnits(func(i int) bool { return !keep(i) })
	// The graph is solved or kept when a finding first asks; a run whose
	// findings are all kept asks here. A defect there is the attach's
	// to report, with the findings.
	// A reach kept means the graph was too (a new solve computes its
	// own), and mayKeep that there was a last run.
	ready := len(paths) == 0 || runSafely(r.ensure) == ""
	if !ready || !mayKeep || !r.reachKept || !sameEntryKinds(w.last.Load().entryPoints(), entryPoints()) {
		attachUnits(keep)
	}
	var all []Finding // a new array: present reuses it
	for i := range w.attached {
		all = append(all, w.attached[i]...)
	}
	shown, hidden = present(all, w.cfg)
	return shown, hidden, attached
}

// sameEntryKinds reports whether a and b hold the same entry points but
// for where their defs are: what a finding's request path says of its
// entry point, and what decides whether a def runs once or in a program
// of its own.
func sameEntryKinds(a, b []semantic.EntryPoint) bool {
	key := func(e semantic.EntryPoint) semantic.EntryPoint {
		e.Pos, e.Line, e.Col, e.RegisteredBy = 0, 0, 0, ""
		return e
	}
	if len(a) != len(b) {
		return false
	}
	count := map[semantic.EntryPoint]int{}
	for _, e := range a {
		count[key(e)]++
	}
	for _, e := range b {
		if count[key(e)]--; count[key(e)] < 0 {
			return false
		}
	}
	return true
}

// internal reports an internal error on the workspace's stderr.
func (w *Workspace) internal(msg string) {
	w.errMu.Lock()
	fmt.Fprintln(w.stderr, msg)
	w.errMu.Unlock()
}

// lastRun is what a run linked and solved. Nothing changes it after.
type lastRun struct {
	prog        *semantic.Program
	entryPoints func() []semantic.EntryPoint
	graph       graphCache // its g is nil when the run needed no graph
}

// Provisional returns the findings of the file at path with src in place
// of its bytes, found quickly: the edited module is modelled and linked
// on its own into the program of the last run (semantic.Program.With),
// and decided with that run's entry points and call graph. They are what
// the next Update finds for the file unless the edit changes what the
// rest of the tree derives from it (its subclasses, what startup code
// reaches, the call graph through code of the file that ran), which that
// Update then corrects. It changes nothing in the workspace, and may run
// while an Update does. ok is false for a file the workspace does not
// check, one too large to read, and before a first run with a call graph.
func (w *Workspace) Provisional(path string, src []byte) (findings []Finding, ok bool) {
	last := w.last.Load()
	root := w.rootOf(path)
	if last == nil || last.graph.g == nil || root == "" {
		return nil, false
	}
	maxSize := maxFileSize(w.cfg)
	if int64(len(src)) > maxSize {
		return nil, false
	}
	lay := newLayout()
	lay.shadowed = w.shadowed
	var (
		ps = parser.Parser{}
		b  = semantic.Builder{CallGraph: semantic.ProductionSummaries}
	)
	u, errs := analyzeOne(&ps, &b, job{path, root}, src, lay, w.analyzers, w.cfg)
	if u.module == nil || len(errs) > 0 {
		return nil, false // a panic: the Update reports it
	}
	u.root, u.size, u.sum = root, len(src), maphash.Bytes(w.seed, src)
	prog := last.prog.With(u.module)
	cache := last.graph // its reach and imported modules too
	cache.g, cache.provisional = last.graph.g.Respan(u.module), true
	// The entry points of the file are where their defs are now.
	entryPoints := sync.OnceValue(func() []semantic.EntryPoint {
		eps := slices.Clone(last.entryPoints())
		for i := range eps {
			if n, ok := cache.g.Node(eps[i].Name); ok && eps[i].Path == path {
				eps[i].Pos, eps[i].Line, eps[i].Col = n.Pos, n.Line, n.Col
			}
		}
		return eps
	})
	for _, d := range u.deferred {
		decide(&u, prog, entryPoints, nil, d, w.cfg, func(d diagnostic) { u.diags = append(u.diags, d) }, w.internal)
	}
	placed, _ := placeUnit(&u, map[string][]byte{path: src}, w.seed, w.cfg, w.known, w.internal)
	shown, _ := finish(placed, prog, entryPoints, w.cfg, nil, &cache, w.internal)
	return shown, true
}

// sameFindings reports whether a and b say the same, in the same places.
func sameFindings(a, b []Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Code != y.Code || x.Message != y.Message || x.Line != y.Line || x.Col != y.Col ||
			x.EndLine != y.EndLine || x.EndCol != y.EndCol || x.Confidence != y.Confidence ||
			!slices.Equal(x.Lower, y.Lower) || !reflect.DeepEqual(x.Reachability, y.Reachability) ||
			!reflect.DeepEqual(x.Fix, y.Fix) || x.File != nil && y.File != nil && !bytes.Equal(x.File.Src, y.File.Src) {
			return false
		}
	}
	return true
}
