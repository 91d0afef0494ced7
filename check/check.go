// Package check runs analyzers over the Python files under a set of paths.
// It streams: each file is read, parsed, modelled and analysed on one of
// all cores, and then its tree and source are dropped, keeping the model
// and what the analyzers deferred (analysis.Pass.Defer). Once every file
// is in, the program's model is built from the modules, the deferred
// decisions run on all cores, the files with findings are read again to
// place them, and the findings come back in a deterministic order (path,
// line, column, code).
package check

import (
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/parallel"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/pyfiles"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// SyntaxErrorCode is the code of the finding for a file that does not
// parse; the rest of the run goes on without that file's findings.
const SyntaxErrorCode = analysis.SyntaxErrorCode

// Finding is a diagnostic placed in its file.
type Finding struct {
	analysis.Diagnostic
	Name string // the analyzer's name; "syntax-error" for E999
	Path string
	File *parser.File // for showing the source line
	// Line and Col are 1-based; Col counts characters, as CPython's
	// SyntaxError.offset and Ruff do. End is just past the range.
	Line, Col, EndLine, EndCol int
	// Reachability is how a per-request or per-task entry point reaches
	// the code of the finding; nil when none does.
	Reachability *Reachability
	// dropped: the call graph says it is no finding at all, not even a
	// strict one (a client its def returns to callers that each keep it
	// under a lazy-init guard, as a guard in the def would, or only to
	// calls that never run: fallbacks, calls on a receiver never of the
	// def's class).
	dropped bool
}

// Reachability is the shortest chain of calls from a per-request or
// per-task entry point to the function a finding is in.
type Reachability struct {
	Kind string // what kind of entry point Path starts at: "django-view"
	Path []Step // the entry point first, the finding's function last
}

// Entry returns the qualified name of the entry point.
func (r *Reachability) Entry() string { return r.Path[0].Name }

// Step is one function of a Reachability path, and where it is defined.
type Step struct {
	Name      string // qualified: "shop.sync.push_order"
	Path      string // its file
	Line, Col int    // of its def; 1-based, Col in characters
}

// Names returns the qualified names of the path, in order.
func (r *Reachability) Names() []string {
	names := make([]string, len(r.Path))
	for i, s := range r.Path {
		names[i] = s.Name
	}
	return names
}

// Result is the outcome of a run.
type Result struct {
	Findings []Finding
	// Hidden counts the Low-confidence findings that default mode leaves
	// out; strict mode shows them.
	Hidden int
	Files  int  // files read
	Failed bool // a path could not be read or a file crashed the checker; stderr says which
}

// Run checks the .py files under paths with analyzers, reporting paths it
// cannot read and internal errors to stderr. cfg, when not nil, supplies
// exclusions, .gitignore handling, per-file ignores, strict mode and the
// rules' options; suppression comments apply always. A suppression that
// cannot be read, or names a code of no analyzer, is warned about on
// stderr, without failing the run; only the files with findings are read
// for suppressions, and a directive that suppresses nothing cannot hide
// one.
func Run(paths []string, analyzers []*analysis.Analyzer, cfg *config.Config, stderr io.Writer) Result {
	return RunSelected(paths, analyzers, analyzers, cfg, stderr)
}

// RunSelected is Run with the analyzers that a selection kept of the rule
// table all: a suppression comment may name any code of all without a
// warning, so that `--select CT101` does not warn about `# noqa: CT102`.
func RunSelected(paths []string, analyzers, all []*analysis.Analyzer, cfg *config.Config, stderr io.Writer) Result {
	return RunOverlay(paths, analyzers, all, cfg, nil, stderr)
}

// RunOverlay is RunSelected with the bytes of some files given instead
// of read: overlay maps a file's path, as the walk names it and a
// Finding's Path has it, to its content. The files are still found by
// the walk; only their reading is replaced. `check --fix` re-checks the
// fixed sources this way before anything is written.
func RunOverlay(paths []string, analyzers, all []*analysis.Analyzer, cfg *config.Config, overlay map[string][]byte, stderr io.Writer) Result {
	var errMu sync.Mutex
	failed := false
	internal := func(msg string) {
		errMu.Lock()
		fmt.Fprintln(stderr, msg)
		failed = true
		errMu.Unlock()
	}
	seed := maphash.MakeSeed()
	// No call-graph summaries while modelling: the solve from the entry
	// points makes those it needs (see semantic.LazySummaries).
	units, _, loadFailed := load(paths, analyzers, cfg, overlay, seed, semantic.NoSummaries, stderr)
	modules := make([]*semantic.Module, 0, len(units))
	for _, u := range units {
		if u.module != nil {
			modules = append(modules, u.module)
		}
	}
	prog := programOf(modules, cfg)
	// Found once, when a rule or the request paths first ask.
	entryPoints := sync.OnceValue(func() []semantic.EntryPoint { return semantic.FindEntryPoints(prog, EntryOptions(cfg)) })

	known := newKnownCodes(all)
	perFile := make([][]Finding, len(units))
	warnings := make([][]warning, len(units))
	parallel.For(len(units), func(i int) {
		u := &units[i]
		for _, d := range u.deferred {
			decide(u, prog, entryPoints, nil, d, cfg, func(d diagnostic) { u.diags = append(u.diags, d) }, internal)
		}
		u.deferred = nil
		perFile[i], warnings[i] = placeUnit(u, overlay, seed, cfg, known, internal)
	})
	for i, ws := range warnings {
		for _, w := range ws {
			fmt.Fprintf(stderr, "crosstalk: warning: %s:%d: %s\n", units[i].path, w.line, w.msg)
		}
	}
	var res Result
	for _, fs := range perFile {
		res.Findings = append(res.Findings, fs...)
	}
	lazy := &semantic.LazySummaries{Parse: parseAgain(units, overlay, seed), NewParse: func() func(*semantic.Module) *parser.File {
		return parseAgain(units, overlay, seed)
	}}
	res.Findings, res.Hidden = finish(res.Findings, prog, entryPoints, cfg, lazy, nil, internal)
	res.Files = len(units)
	res.Failed = failed || loadFailed
	return res
}

// parseAgain returns what parses the file of a module of units again,
// for its call-graph summary: production code only (test code has none,
// as semantic.ProductionSummaries builds them), and only the bytes it
// was modelled from (nil for a file that changed since, or cannot be
// read).
func parseAgain(units []unit, overlay map[string][]byte, seed maphash.Seed) func(*semantic.Module) *parser.File {
	byPath := make(map[string]*unit, len(units))
	for i := range units {
		byPath[units[i].path] = &units[i]
	}
	// One parser and one buffer, reused: the solver summarises each tree
	// before it asks for the next, and the summary keeps none of it.
	ps := parser.Parser{Recycle: true}
	var buf []byte
	return func(m *semantic.Module) *parser.File {
		u := byPath[m.Path]
		if u == nil || u.module != m || m.IsTest() {
			return nil
		}
		data, err := readInto(u.path, overlay, buf, int64(u.size))
		if err != nil || len(data) != u.size || maphash.Bytes(seed, data) != u.sum {
			return nil
		}
		if _, given := overlay[u.path]; !given && cap(data) <= maxKeptBuffer {
			buf = data
		}
		return ps.ParseFile(u.path, data)
	}
}

// maxFileSize is the size over which a file is not read: cfg's, or the
// default without one.
func maxFileSize(cfg *config.Config) int64 {
	if cfg == nil {
		return config.DefaultMaxFileSize
	}
	return cfg.MaxFileSize
}

// placeUnit places the findings of u, which has been decided, in its
// file (read again, or taken from overlay) and filters them through the
// file's suppressions and the configuration.
func placeUnit(u *unit, overlay map[string][]byte, seed maphash.Seed, cfg *config.Config, known knownCodes, internal func(string)) ([]Finding, []warning) {
	if len(u.diags) == 0 && len(u.findings) == 0 {
		return nil, nil
	}
	if u.module == nil { // a file over max-file-size, not read
		fs, _ := filter(u, nil, cfg, known)
		return fs, nil
	}
	file, err := reread(u, overlay, seed)
	if err != "" {
		internal(err)
		return nil, nil
	}
	return filter(u, file, cfg, known)
}

// finish gives the findings of a whole run their request paths and
// their confidence from where they are, keeps the ones shown (all of
// them under strict) and sorts them. hidden counts those left out. The
// call graph's summaries are made as the solve needs them with lazy;
// cache, when not nil, holds the graph of an earlier run of the tree.
func finish(findings []Finding, prog *semantic.Program, entryPoints func() []semantic.EntryPoint, cfg *config.Config, lazy *semantic.LazySummaries, cache *graphCache, internal func(string)) (shown []Finding, hidden int) {
	paths := map[string]bool{}
	for i := range findings {
		paths[findings[i].Path] = true
	}
	attach(findings, newReacher(prog, entryPoints, paths, lazy, cache), internal)
	return present(findings, cfg)
}

// present returns the findings shown, in order, and how many are not;
// it reuses the array of findings. A finding dropped is neither.
func present(findings []Finding, cfg *config.Config) (shown []Finding, hidden int) {
	findings = slices.DeleteFunc(findings, func(f Finding) bool { return f.dropped })
	shown = keepShown(findings, cfg)
	sortFindings(shown)
	return shown, len(findings) - len(shown)
}

// attach gives findings their request paths and grades them. A defect in
// the whole-program graph loses the request paths, not the findings.
func attach(findings []Finding, r *reacher, internal func(string)) {
	if msg := runSafely(func() {
		for i := range findings {
			r.attach(&findings[i])
		}
		firstAcrossLoops(findings)
	}); msg != "" {
		internal("crosstalk: internal error building the call graph (findings are shown without their request paths; please report it): " + msg)
		for i := range findings {
			findings[i].Reachability = nil
		}
	}
	grade(findings, r.prog)
}

// firstAcrossLoops drops each finding of a client kept across event
// loops (Diagnostic.AcrossLoops) but the first of that client in its
// file, a lowered one only where all are: one client, one fix, however
// many of the file's defs use it.
func firstAcrossLoops(findings []Finding) {
	before := func(a, b Finding) bool {
		if (a.Confidence == analysis.Low) != (b.Confidence == analysis.Low) {
			return b.Confidence == analysis.Low
		}
		return a.Pos < b.Pos
	}
	type key struct{ path, client string }
	first := map[key]int{}
	for i, f := range findings {
		if f.AcrossLoops == "" || f.dropped {
			continue
		}
		k := key{f.Path, f.AcrossLoops}
		j, seen := first[k]
		switch {
		case !seen:
			first[k] = i
		case before(f, findings[j]):
			findings[j].dropped = true
			first[k] = i
		default:
			findings[i].dropped = true
		}
	}
}

// keepShown returns the findings that are shown: all under strict, else
// those not of Low confidence. It reuses the array of findings.
func keepShown(findings []Finding, cfg *config.Config) []Finding {
	if cfg != nil && cfg.Strict {
		return findings
	}
	shown := findings[:0]
	for _, f := range findings {
		if f.Confidence != analysis.Low {
			shown = append(shown, f)
		}
	}
	return shown
}

// sortFindings puts findings in the order they are reported: path,
// line, column, code, message.
func sortFindings(findings []Finding) {
	slices.SortFunc(findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col), cmp.Compare(a.Code, b.Code), cmp.Compare(a.Message, b.Message))
	})
}

// Model reads, parses and models the .py files under paths, as Run does
// with no rule, and links them into a Program, for the commands that show
// the model itself (callgraph, entrypoints), with the call-graph
// summaries of the modules summaries names. A path that cannot be read
// is reported on stderr and failed is true; a file that does not parse is
// modelled from what parses, and named in syntaxErrors.
func Model(paths []string, cfg *config.Config, summaries semantic.Summaries, stderr io.Writer) (prog *semantic.Program, syntaxErrors []Finding, failed bool) {
	units, _, failed := load(paths, nil, cfg, nil, maphash.MakeSeed(), summaries, stderr)
	modules := make([]*semantic.Module, 0, len(units))
	for _, u := range units {
		if u.module != nil {
			modules = append(modules, u.module)
		}
		syntaxErrors = append(syntaxErrors, u.findings...)
	}
	return programOf(modules, cfg), syntaxErrors, failed
}

// unit is one file once its tree and source are gone: its model, what
// its analyzers reported and deferred, and a fingerprint of its bytes to
// read the same source again for placing findings.
type unit struct {
	path     string
	root     string // the checked path it was found under, for its module's name
	module   *semantic.Module
	findings []Finding    // placed already: a syntax error
	foreign  string       // the interpreter of a script that is not Python, warned about instead of a syntax error
	diags    []diagnostic // to place
	deferred []deferred
	size     int
	sum      uint64 // maphash of the bytes read: the file is read again to place findings, and to summarise it (parseAgain)
}

// diagnostic is an analyzer's report before it is placed in its file.
type diagnostic struct {
	analysis.Diagnostic
	name string
}

// deferred is the part of one analyzer's pass that needs the whole program.
type deferred struct {
	analyzer *analysis.Analyzer
	decide   func(*analysis.ProgramPass)
}

type job struct{ path, root string }

// maxKeptBuffer bounds the read buffer a worker keeps for the next file.
const maxKeptBuffer = 4 << 20

// load walks paths, and reads, parses, models and analyses the files
// found on all cores (taking a file's bytes from overlay when it has
// them), summarising for the call graph the modules summaries names; the
// units come back sorted by path.
func load(paths []string, analyzers []*analysis.Analyzer, cfg *config.Config, overlay map[string][]byte, seed maphash.Seed, summaries semantic.Summaries, stderr io.Writer) ([]unit, map[string]bool, bool) {
	jobs := make(chan job)
	lay := newLayout()
	w := pyfiles.NewWalker(os.ReadDir, stderr)
	w.Roots = paths
	maxSize := maxFileSize(cfg)
	if cfg != nil {
		w.Exclude = cfg.Excluded
		w.Gitignore = cfg.RespectGitignore
		w.FollowLinks = cfg.FollowLinks
	}
	w.Listed = lay.listed
	go func() {
		for _, root := range paths {
			dir := root
			if info, err := os.Stat(root); err == nil && !info.IsDir() {
				dir = filepath.Dir(root)
			}
			files := make(chan string)
			done := make(chan struct{})
			go func() {
				for path := range files {
					jobs <- job{path, dir}
				}
				close(done)
			}()
			w.Walk(root, files)
			close(files)
			<-done
		}
		close(jobs)
	}()

	var (
		mu     sync.Mutex
		units  []unit
		failed bool
	)
	analyze := func(jobs <-chan job) {
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				// Memory reused from file to file: the parser's token
				// buffer and the tree's nodes, the model builder's tables,
				// and the read buffer. The tree and the bytes are free
				// again once a file's pass is over: nothing a unit keeps
				// refers to them (TestUnitsKeepNoSource).
				var (
					ps  = parser.Parser{Recycle: true}
					b   = semantic.Builder{CallGraph: summaries}
					buf []byte
				)
				for j := range jobs {
					var u unit
					var errs []string
					data, err := readInto(j.path, overlay, buf, maxSize)
					if tl, ok := errors.AsType[*readfile.TooLargeError](err); ok {
						u = tooLarge(j.path, tl)
						u.root = j.root
					} else if err != nil {
						errs = []string{fmt.Sprintf("crosstalk: cannot read %s: %v", j.path, readfile.UnwrapPath(err))}
					} else {
						u, errs = analyzeOne(&ps, &b, j, data, lay, analyzers, cfg)
						u.size = len(data)
						u.sum = maphash.Bytes(seed, data)
						if _, given := overlay[j.path]; !given && cap(data) <= maxKeptBuffer {
							buf = data
						}
					}
					mu.Lock()
					for _, err := range errs {
						fmt.Fprintln(stderr, err)
						failed = true
					}
					if u.path != "" {
						units = append(units, u)
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
	}
	analyze(jobs) // the walker closed jobs, so it is done too
	// Folders run from whose modules' names other folders' modules have
	// too (two services of a repository, each with its request_api):
	// their files are named again from the checked folder, each folder's
	// bare imports its own (layout.shadowed). Rare; a tree without pays
	// one look at its names.
	if shadowed := lay.shadowedRunFolders(units, cfg); len(shadowed) > 0 {
		lay.shadowed = shadowed
		again := make(chan job)
		var redo []job
		kept := units[:0]
		for _, u := range units {
			if u.module != nil && lay.underShadowed(u.root, u.path) != "" {
				redo = append(redo, job{u.path, u.root})
			} else {
				kept = append(kept, u)
			}
		}
		units = kept
		go func() {
			for _, j := range redo {
				again <- j
			}
			close(again)
		}()
		analyze(again)
	}
	// The files of a folder other files run from, that show nothing
	// themselves (a Flask app's helpers beside its package, importing
	// each other one name deep): read again under that folder's root.
	if runFrom := lay.runFolders(); len(runFrom) > 0 {
		lay.runFrom = runFrom
		var redo []job
		kept := units[:0]
		for _, u := range units {
			if u.module != nil && !u.module.HasImportRoot() && runFrom[filepath.Dir(u.path)] && lay.underShadowed(u.root, u.path) == "" {
				redo = append(redo, job{u.path, u.root})
			} else {
				kept = append(kept, u)
			}
		}
		units = kept
		if len(redo) > 0 {
			again := make(chan job)
			go func() {
				for _, j := range redo {
					again <- j
				}
				close(again)
			}()
			analyze(again)
		}
	}
	slices.SortFunc(units, func(a, b unit) int { return cmp.Compare(a.path, b.path) })
	for _, u := range units {
		warnForeign(stderr, u)
	}
	return units, lay.shadowed, failed || w.Failed()
}

// warnForeign says on stderr that u is a script of another language,
// when it is, and so was not checked.
func warnForeign(stderr io.Writer, u unit) {
	if u.foreign != "" {
		fmt.Fprintf(stderr, "crosstalk: warning: %s:1: not Python: its first line runs it with %s; not checked\n", u.path, u.foreign)
	}
}

// tooLarge is the unit of a file over max-file-size: not read, so not a
// module of the program, only a finding that says so.
func tooLarge(path string, err *readfile.TooLargeError) unit {
	f := Finding{
		Diagnostic: analysis.Diagnostic{Code: analysis.TooLargeCode, Message: fmt.Sprintf(
			"%s, so it was not checked: exclude it if it is generated, or raise max-file-size", err)},
		Name: "file-too-large", Path: path,
		Line: 1, Col: 1, EndLine: 1, EndCol: 1,
	}
	return unit{path: path, findings: []Finding{f}}
}

// analyzeOne parses, models and analyses the bytes of one file, then
// drops its tree: nothing in the unit refers to data. A panic becomes an
// internal error for this file alone.
func analyzeOne(ps *parser.Parser, b *semantic.Builder, j job, data []byte, lay *layout, analyzers []*analysis.Analyzer, cfg *config.Config) (u unit, errs []string) {
	defer func() {
		if v := recover(); v != nil {
			u = unit{}
			errs = append(errs, fmt.Sprintf("crosstalk: internal error reading %s: %v (please report it with the file)", j.path, v))
		}
	}()
	f := ps.ParseFile(j.path, data)
	name, isPkg := moduleName(j, lay, cfg)
	m := b.NewModuleUnder(name, isPkg, f, lay.importRoot(j, name, f, cfg))
	m.PackageName = semantic.PackageName(j.path, lay.hasInit)
	m.NamespaceName = semantic.NamespaceName(j.path, j.root, lay.hasInit)
	u = unit{path: j.path, root: j.root, module: m}
	if len(f.Errors) > 0 {
		// A syntax error gets E999 only: rules on a partial tree would
		// report what is not there.
		if u.foreign = otherInterpreter(data); u.foreign != "" {
			m.DropSyntax()
			return u, nil
		}
		e := f.Errors[0]
		fd := Finding{
			Diagnostic: analysis.Diagnostic{Code: SyntaxErrorCode, Pos: e.Pos, End: e.Pos, Message: "SyntaxError: " + e.Msg},
			Name:       "syntax-error", Path: u.path,
			Line: max(e.Line, 1), Col: max(e.Col, 1),
		}
		fd.EndLine, fd.EndCol = fd.Line, fd.Col
		u.findings = []Finding{fd}
	} else {
		for _, a := range analyzers {
			pass := &analysis.Pass{
				Analyzer: a, File: f, Module: m,
				Report: func(d analysis.Diagnostic) { u.diags = append(u.diags, diagnostic{d, a.Name}) },
				Defer:  func(decide func(*analysis.ProgramPass)) { u.deferred = append(u.deferred, deferred{a, decide}) },
			}
			pass.Options = ruleOptions(cfg, a)
			if msg := runSafely(func() { a.Run(pass) }); msg != "" {
				errs = append(errs, internalError(a, u.path, msg))
			}
		}
	}
	m.DropSyntax()
	return u, errs
}

// decide runs one deferred part of an analyzer's pass over the program,
// giving what it finds to report.
func decide(u *unit, prog *semantic.Program, entryPoints func() []semantic.EntryPoint, reads *semantic.Reads, d deferred, cfg *config.Config, report func(diagnostic), internal func(string)) {
	if reads != nil {
		prog = prog.Recording(reads)
	}
	pp := &analysis.ProgramPass{
		Analyzer: d.analyzer, Module: u.module, Program: prog,
		EntryPointsIn: func(path string) []semantic.EntryPoint {
			if reads != nil {
				reads.EntryPointsIn(path)
			}
			return semantic.EntryPointsIn(entryPoints(), path)
		},
		Report: func(diag analysis.Diagnostic) { report(diagnostic{diag, d.analyzer.Name}) },
	}
	pp.Options = ruleOptions(cfg, d.analyzer)
	if msg := runSafely(func() { d.decide(pp) }); msg != "" {
		internal(internalError(d.analyzer, u.path, msg))
	}
}

// ruleOptions returns the options the configuration gives analyzer a.
func ruleOptions(cfg *config.Config, a *analysis.Analyzer) map[string][]string {
	if cfg == nil {
		return nil
	}
	return cfg.RuleOptions[a.Code]
}

func internalError(a *analysis.Analyzer, path, msg string) string {
	return fmt.Sprintf("crosstalk: internal error in %s on %s: %s (please report it with the file)", a.Code, path, msg)
}

// readInto reads path into buf, or returns its bytes in overlay, which
// are never written to.
func readInto(path string, overlay map[string][]byte, buf []byte, limit int64) ([]byte, error) {
	if data, ok := overlay[path]; ok {
		if int64(len(data)) > limit {
			return nil, &fs.PathError{Op: "read", Path: path, Err: &readfile.TooLargeError{Size: int64(len(data)), Limit: limit}}
		}
		return data, nil
	}
	return readfile.Into(path, buf, limit)
}

// reread reads u's file again for placing its findings, as the parser
// decoded it; the bytes must be those analysed.
func reread(u *unit, overlay map[string][]byte, seed maphash.Seed) (*parser.File, string) {
	data, err := readInto(u.path, overlay, nil, int64(u.size))
	_, grew := errors.AsType[*readfile.TooLargeError](err)
	if err != nil && !grew {
		return nil, fmt.Sprintf("crosstalk: cannot read %s again to show its findings: %v", u.path, readfile.UnwrapPath(err))
	}
	if grew || len(data) != u.size || maphash.Bytes(seed, data) != u.sum {
		return nil, fmt.Sprintf("crosstalk: %s changed while it was being checked; its findings are left out: check again", u.path)
	}
	src := parser.Source(data)
	return &parser.File{Name: u.path, Src: src, Lines: token.NewLines(src)}, ""
}

// filter places the findings of u in file and drops those that the
// file's comments and per-file-ignores turn off. It returns the problems
// of the file's suppression comments too. file is nil for a file that was
// not read.
func filter(u *unit, file *parser.File, cfg *config.Config, known knownCodes) ([]Finding, []warning) {
	out := u.findings
	for i := range out {
		out[i].File = file
	}
	for _, d := range u.diags {
		out = append(out, place(d.Diagnostic, d.name, u.path, file))
	}
	var fileIgnores []string
	if cfg != nil {
		if abs, aerr := filepath.Abs(u.path); aerr == nil {
			fileIgnores = cfg.IgnoredCodes(abs)
		}
	}
	var (
		sup      suppressions
		warnings []warning
	)
	if file != nil {
		sup, warnings = readSuppressions(file.Src, file.Lines, known)
	}
	kept := out[:0]
	for _, f := range out {
		// A syntax error is not a finding one can waive line by line:
		// only per-file-ignores turn it off, as in Ruff.
		if analysis.MatchesAny(f.Code, fileIgnores) || !analysis.IsFileCode(f.Code) && sup.suppressed(f.Code, f.Line) {
			continue
		}
		kept = append(kept, f)
	}
	return kept, warnings
}

func runSafely(run func()) (msg string) {
	defer func() {
		if v := recover(); v != nil {
			msg = fmt.Sprint(v)
		}
	}()
	run()
	return ""
}

func place(d analysis.Diagnostic, name, path string, file *parser.File) Finding {
	f := Finding{Diagnostic: d, Name: name, Path: path, File: file}
	f.Line, f.Col = file.Lines.CharPosition(d.Pos)
	f.EndLine, f.EndCol = file.Lines.CharPosition(d.End)
	return f
}
