package check

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// reacher gives each finding in code that a per-request or per-task
// entry point reaches the shortest call path from one, and lowers the
// findings the entry points say serve no request: in the body of a def
// that runs once per process, in a program's class, or, where the tree's
// entry points are known, in code none of them reaches. The call graph
// and the entry points are computed when the first finding in code asks:
// a run with no finding in code pays nothing for them, and the graph is
// solved from the entry points only, so a tree pays for what its
// requests reach. A reacher is for one program and one set of findings:
// whether any is in start-up code decides whether the graph is built at
// all when no request entry point is found.
type reacher struct {
	prog        *semantic.Program
	entryPoints func() []semantic.EntryPoint
	paths       map[string]bool // the files with findings
	// lazy, when not nil, makes the summaries of modules built without
	// one, as the solve needs them.
	lazy *semantic.LazySummaries
	// cache, when not nil, holds the graph of an earlier run of the tree.
	cache *graphCache

	ready   bool
	entries map[string]semantic.EntryPoint
	startup map[string]semantic.EntryPoint // by name: what runs once
	// programs are the classes of programs' entry points (a management
	// command's Command): their other methods run in that process too.
	programs     map[string]semantic.EntryPoint
	names        []string
	graphless    bool // no entry point to reach from, no finding in start-up code
	g            *semantic.CallGraph
	reach        *semantic.Reach
	reachKept    bool // reach is the cache's, from the run before
	importedMods map[string]bool
	imports      map[string]importCall // builtAtImport's, by def
	climbing     map[string]bool       // the defs atImport is asking about
	// served reaches what a request runs in its own process: from the
	// entry points that are not tasks, through no queue (made when a
	// finding first asks).
	served *semantic.Reach
	// inProcess reaches what an in-process scheduler's jobs run, in the
	// process that started them (inProcessJobs).
	inProcess *semantic.Reach
	// outsideJobs reaches from every other entry point (onlyInProcessJobs).
	outsideJobs *semantic.Reach
	// unlocked reaches through no call made under a lock other processes
	// see (Edge.Locked).
	unlocked *semantic.Reach
	// repeated reaches through no call that runs once (per key), under a
	// lazy-init guard (Edge.Kept, Edge.Once).
	repeated *semantic.Reach
	// sameLoop reaches through no call that starts a new event loop
	// (a hand-off of kind "loop": asyncio.run).
	sameLoop *semantic.Reach
	// newLoops reach what runs in an event loop started at each call
	// (newLoopPath), their nodes named by phase (phaseRequest...): by
	// class, through no call of a method of it on an object the caller
	// has just made; "" for every call.
	newLoops map[string]*semantic.Reach
	// startedMemo: startedBy's answers, by def; startupMods, the modules
	// of the start-up entry points.
	startedMemo map[string]string
	startupMods map[*semantic.Module]bool
	// uncalledMemo: whether no site of the tree has the name, by method
	// name (uncalled).
	uncalledMemo map[string]bool
	// public reaches what the entry points that run at the pace of the
	// service's own requests reach: neither the site's administrators'
	// nor health probes' (onlyRare).
	public *semantic.Reach
	// steady reaches what runs without a failure: from the entry points,
	// through no call in an except handler (Edge.OnFailure); unkept,
	// through no call kept under a lazy-init guard either (Edge.Kept);
	// every, what runs at every call: through no def that caches its
	// results either (@lru_cache). Made when a finding first asks.
	// everyLive: every, through calls that run (neverRuns), for a
	// finding's path.
	steady, unkept, every, everyLive *semantic.Reach
	// outside: every entry point's name, of any kind: what a framework,
	// a process or a library calls, with arguments the graph does not
	// see.
	outside map[string]bool
	// dead caches deadFallback, by caller and parameter; carry caches
	// carriers, by def and class; carries caches mayCarry, by the
	// classes of a caller and of a finding; live reaches what reach does
	// through no call that never runs (made when a finding's path first
	// takes one).
	dead    map[fallbackOn]bool
	carry   map[carryOn]carried
	carries map[[2]*semantic.Class]bool
	live    *semantic.Reach
	// libraryCalls caches libraryMayCall, by name.
	libraryCalls map[string]bool
}

// fallbackOn is a def's parameter, 1 + its index (Edge.Unless).
type fallbackOn struct {
	fn     string
	unless int
}

// carryOn is a method and a class its receiver may be of.
type carryOn struct {
	fn    string
	class *semantic.Class
}

// carried is what the calls of a method that may run on a receiver of
// a class are (carriers): open, the graph does not see them all; else
// n of them, and the parameters every one passes (Edge.Passes).
type carried struct {
	open   bool
	n      int
	passes uint64
}

// Why a call never runs (neverRuns).
const (
	callRuns = iota
	// callUnpassed: it is the fallback for a parameter that every call
	// of its def passes (deadFallback).
	callUnpassed
	// callNotOnClass: it is a call on its def's own receiver into a
	// method of a class that no call of the def gives it a receiver of.
	callNotOnClass
	// callUnpassedOnClass: both: the fallback, on the def's own
	// receiver, for a parameter that every call of the def that may give
	// it a receiver of that class passes.
	callUnpassedOnClass
)

// newReacher returns the reacher of prog for the findings in the files
// of paths.
func newReacher(prog *semantic.Program, entryPoints func() []semantic.EntryPoint, paths map[string]bool, lazy *semantic.LazySummaries, cache *graphCache) *reacher {
	return &reacher{prog: prog, entryPoints: entryPoints, paths: paths, lazy: lazy, cache: cache}
}

// ensure finds the entry points and solves the call graph, unless a
// finding asked already.
func (r *reacher) ensure() {
	if !r.ready {
		r.init()
	}
}

// init finds the entry points, and solves the call graph from them.
func (r *reacher) init() {
	r.ready = true
	prog := r.prog
	r.entries = map[string]semantic.EntryPoint{}
	r.startup = map[string]semantic.EntryPoint{}
	r.programs = map[string]semantic.EntryPoint{}
	r.outside = map[string]bool{}
	startupFiles := map[string]bool{}
	// The files of the defs that run once per process, or in a process
	// of their own: of these only, which def a finding is in matters
	// when no code of its file runs in the solve.
	onceFiles := map[string]bool{}
	var roots []string
	for _, e := range r.entryPoints() {
		r.outside[e.Name] = true
		if e.Startup {
			r.startup[e.Name] = e
			startupFiles[e.Path] = true
			onceFiles[e.Path] = true
		}
		if e.Program {
			onceFiles[e.Path] = true
			// A command line's main or a management command runs in a
			// process of its own: what it sets up reaches no request.
			if i := strings.LastIndexByte(e.Name, '.'); i > 0 {
				if c := prog.Class(e.Name[:i]); c != nil {
					r.programs[e.Name[:i]] = e
					onceFiles[c.Module.Path] = true
				}
			}
			continue
		}
		roots = append(roots, e.Name)
		// The modules that hand a wrapper what it runs run too, at
		// start-up: the values the entry point closes over are theirs.
		roots = append(roots, e.RegistrarModules()...)
		if _, dup := r.entries[e.Name]; e.Startup || dup {
			continue
		}
		r.entries[e.Name] = e
		r.names = append(r.names, e.Name)
	}
	// A class that inherits a program's entry point from a class of the
	// tree (a command that inherits its handle from a base command) is
	// that program too, where the library runs each subclass of its own
	// class as a program of that kind: its own methods run in that
	// process. (A subclass of a class that a script's main builds is no
	// program.)
	libs := prog.Libraries()
	for _, name := range slices.Sorted(maps.Keys(r.programs)) {
		e := r.programs[name]
		c := prog.Class(name)
		if !slices.ContainsFunc(prog.AncestorNames(c), func(qn string) bool {
			return slices.ContainsFunc(libs.EntryClasses(qn), func(ec libraries.EntryClass) bool { return ec.Kind == e.Kind })
		}) {
			continue
		}
		queue := slices.Clone(prog.Subclasses(c))
		for len(queue) > 0 {
			k := queue[0]
			queue = queue[1:]
			qn := k.QualifiedName()
			if _, ok := r.programs[qn]; ok {
				continue
			}
			sub := e
			sub.Name, sub.Path = qn+e.Name[len(name):], k.Module.Path
			r.programs[qn] = sub
			onceFiles[k.Module.Path] = true
			queue = append(queue, prog.Subclasses(k)...)
		}
	}
	inStartup := false
	for path := range r.paths {
		inStartup = inStartup || startupFiles[path]
	}
	if len(r.names) == 0 && !inStartup {
		// Nothing to reach from, no finding in code that runs once.
		r.graphless = true
		return
	}
	// Only what the entry points reach runs. The serving process's
	// startup code runs too, for what it registers and configures, though
	// no path starts there.
	if len(r.names) == 0 {
		roots = nil // only FunctionAt is asked
	}
	if r.lazy != nil {
		// FunctionAt is asked about the files with findings. A file
		// whose code runs in the solve has its summary from the solve.
		// One whose code does not is no path's: the def a finding is in
		// then matters only for a def that runs once per process or in a
		// process of its own (attach), so a run that keeps no graph for
		// later asks for those files only, and spares reading and
		// parsing the others again for their summaries.
		r.lazy.Paths = r.lazy.Paths[:0]
		for _, path := range slices.Sorted(maps.Keys(r.paths)) {
			if r.cache != nil || onceFiles[path] {
				r.lazy.Paths = append(r.lazy.Paths, path)
			}
		}
	}
	g := r.cache.reuse(roots, r.paths)
	if g == nil {
		g = semantic.NewCallGraphFrom(prog, roots, r.lazy)
		r.cache.keep(g, roots)
	}
	r.g = g
	// A request or task that runs a program (call_command) runs it in
	// the worker's process: then that program is no process of its own,
	// nor is any when the name it is given is computed.
	if run, every := r.programsRun(); every || len(run) > 0 {
		// A program named, or a class a named program's class inherits
		// from (a base command outside the commands package).
		inProcess := func(e semantic.EntryPoint) bool {
			if every {
				return true
			}
			if m := prog.ByPath[e.Path]; m != nil && run[semantic.ProgramName(prog, m)] {
				return true
			}
			c := r.classOf(e.Name)
			return c != nil && slices.ContainsFunc(prog.Subclasses(c), func(k *semantic.Class) bool {
				return run[semantic.ProgramName(prog, k.Module)]
			})
		}
		maps.DeleteFunc(r.programs, func(_ string, e semantic.EntryPoint) bool { return inProcess(e) })
		maps.DeleteFunc(r.startup, func(_ string, e semantic.EntryPoint) bool { return e.Program && inProcess(e) })
	}
	// A def of a protocol's form that a def of the tree calls (a Lambda
	// handler's dispatch on the HTTP method: `{"POST": create_job}[m](event,
	// context)`) is that def's helper: its paths go through its caller.
	r.names = slices.DeleteFunc(r.names, r.calledHelper)
	if c := r.cache; c != nil && c.reach != nil && slices.Equal(c.reachFrom, r.names) {
		r.reach, r.reachKept = c.reach, true
		return
	}
	r.reach = semantic.NewReach(r.names, func(name string) []string { return r.callees(name, "") })
	if c := r.cache; c != nil {
		c.reach, c.reachFrom = r.reach, r.names
	}
}

// startedBy returns the start-up entry point (a main, an app factory)
// that calls the method fn, when every site in the tree that may call it
// is in one of those, or in a def no request or task path reaches, or
// runs at import: fn then runs once per process
// (Kapowarr's main starts its server with `Server().run(url_base)`).
// A site on a receiver of no known class may call it; none at all says
// nothing (a library may call it). "" otherwise. The sites of the
// start-up defs' modules are read first: only a method one of them
// calls has its other sites looked for, in one pass over the tree's
// (Program.ScanCallSites: the index by name of EachCallSite costs a
// check of the 3.11 tree about 33 MiB of peak memory when nothing else
// builds it), answered once per name.
func (r *reacher) startedBy(fn string) string {
	c := r.classOf(fn)
	if c == nil || len(r.startup) == 0 {
		return ""
	}
	if by, ok := r.startedMemo[fn]; ok {
		return by
	}
	if r.startedMemo == nil {
		r.startedMemo = map[string]string{}
		r.startupMods = map[*semantic.Module]bool{}
		for _, e := range r.startup {
			if m := r.prog.ByPath[e.Path]; m != nil {
				r.startupMods[m] = true
			}
		}
	}
	name := fn[strings.LastIndexByte(fn, '.')+1:]
	// A site on a receiver of no known class may call it.
	related := func(k *semantic.Class) bool { return k == nil || r.prog.Related(k, c) }
	// The def a site is in itself: one nested in a start-up def (a route
	// an app factory defines) runs later.
	startup := func(caller string) bool {
		_, ok := r.startup[caller]
		return ok
	}
	by := ""
	for site := range r.prog.ScanCallSites(name, r.startupMods) {
		if caller := site.Module.DefAt(site.Pos); startup(caller) && related(site.Recv) && !site.AtImport && (by == "" || caller < by) {
			by = caller
		}
	}
	if by != "" {
		// Another site may run it per request: one in a def a request
		// or task path reaches (not a helper only start-up code calls,
		// `setup_jwt_manager(app, jwt)`, nor a test).
		for site := range r.prog.ScanCallSites(name, nil) {
			if !related(site.Recv) || site.AtImport {
				continue
			}
			if caller := site.Module.DefAt(site.Pos); !startup(caller) && (caller == "" || r.reach.Reached(caller)) {
				by = ""
				break
			}
		}
	}
	r.startedMemo[fn] = by
	return by
}

// programsRun returns the names of the programs that code of the graph
// runs in its own process (a program runner's callers), or every: a
// name computed at run time, or a caller whose calls are not known.
func (r *reacher) programsRun() (run map[string]bool, every bool) {
	var runs map[string][]string
	for _, runner := range r.prog.Libraries().ProgramRunners() {
		for _, e := range r.g.RunCallers(runner) {
			if runs == nil {
				runs = semantic.ProgramRuns(r.prog)
				run = map[string]bool{}
			}
			names, ok := runs[e.From]
			if !ok {
				return nil, true
			}
			for _, n := range names {
				if n == "" {
					return nil, true
				}
				run[n] = true
			}
		}
	}
	return run, false
}

// callees returns the defs of the tree that name calls, or hands on to
// run unless by a hand-off of kind skip. Test code is not on a request
// path, whatever the graph's may-call edges into it say (a helper that
// calls its argument, given a test function somewhere).
func (r *reacher) callees(name, skip string) []string {
	return r.calleesIf(name, func(e semantic.Edge) bool { return skip == "" || e.HandOff != skip })
}

// calleesIf returns the defs of the tree outside test code that the
// edges from name that keep accepts reach, but through a call in an arm
// that runs only in development or tests (Edge.DevOnly): no path of a
// deployed service, whichever edges a question keeps. The defs name
// gives code outside the tree count as plain calls of them
// (CallGraph.Given: a certificate fetcher given to a signature check, a
// default's maker given to a cache's get_or_set): that code may call
// them before it returns, in the same process.
func (r *reacher) calleesIf(name string, keep func(semantic.Edge) bool) []string {
	return r.calleesOf(name, keep, true)
}

// calleesOf is calleesIf, with the defs name gives code outside the tree
// only when given is set.
func (r *reacher) calleesOf(name string, keep func(semantic.Edge) bool, given bool) []string {
	var out []string
	if _, ok := r.entries[name]; ok {
		// What the framework runs for an entry point is what its
		// decorators made of it: their wrappers run first.
		out = append(out, r.g.Wrappers(name)...)
	}
	add := func(e semantic.Edge) {
		if n, ok := r.g.Node(e.To); ok && !e.DevOnly && keep(e) {
			if m := r.prog.ByPath[n.Path]; m == nil || !m.IsTest() {
				out = append(out, e.To)
			}
		}
	}
	for _, e := range r.g.RunCallees(name) {
		add(e)
	}
	if given {
		for _, d := range r.g.Given(name) {
			add(semantic.Edge{From: name, To: d})
		}
	}
	return out
}

// ensureCosts makes steady, unkept and every, once.
func (r *reacher) ensureCosts() {
	if r.steady != nil {
		return
	}
	r.steady = semantic.NewReach(r.names, func(name string) []string {
		return r.calleesIf(name, func(e semantic.Edge) bool { return !e.OnFailure })
	})
	r.unkept = semantic.NewReach(r.names, func(name string) []string {
		return r.calleesIf(name, func(e semantic.Edge) bool { return !e.OnFailure && !e.Kept && !e.Once && !r.initOnce(e.To) })
	})
	r.every = semantic.NewReach(r.names, func(name string) []string {
		return r.calleesIf(name, r.runsAtEveryCall)
	})
}

// initOnce reports whether fn is the __init__ of a class whose
// metaclass's __call__ hands back the one instance it keeps: every call
// of the class after the first gets it without running __init__, as
// under a lazy-init guard. (A __new__ that keeps the instance does not
// stop __init__: CT202.)
func (r *reacher) initOnce(fn string) bool {
	class, ok := strings.CutSuffix(fn, ".__init__")
	if !ok {
		return false
	}
	c := r.prog.Class(class)
	if c == nil {
		return false
	}
	by := r.prog.Singleton(c)
	return by != "" && !strings.HasSuffix(by, ".__new__")
}

// builtPerCall reports whether a request or task path builds objects of
// class (module-qualified) at every call that reaches the building: its
// __init__ (its own, or the first of its bases'), reached through no
// call kept under a lazy-init guard, made once, or cached. false for a
// class of no __init__ of the tree: where its objects are built is not
// in the graph; false for a singleton class (Program.Singleton), whose
// every call gives the one object.
func (r *reacher) builtPerCall(class string) bool {
	c := r.prog.Class(class)
	if c == nil || r.prog.Singleton(c) != "" {
		return false // every call of the class gives the one object
	}
	for _, k := range r.prog.MRO(c) {
		if k.Methods["__init__"] != nil {
			init := k.Module.Name + "." + k.QualName + ".__init__"
			r.ensureCosts()
			return r.unkept.Reached(init) && r.every.Reached(init)
		}
	}
	return false
}

// attach gives f its request path, or lowers it for where it is.
func (r *reacher) attach(f *Finding) {
	if analysis.IsFileCode(f.Code) || f.Declared {
		return
	}
	r.ensure()
	if f.AcrossLoops != "" {
		// A client kept across loops breaks only where a loop is
		// started per call: no other reading of the finding holds.
		var path []string
		if !r.graphless {
			path = r.newLoopPath(r.g.FunctionAt(f.Path, f.Pos), f.AcrossLoopsOn)
		}
		if path == nil {
			f.dropped = true
			return
		}
		f.Reachability = r.reachability(path)
		return
	}
	if f.PerObject != "" && (r.graphless || !r.builtPerCall(f.PerObject)) {
		// Kept on an object built once, or where the graph cannot
		// tell: built once, as under a guard on module state.
		f.dropped = true
		return
	}
	if len(f.ClearedBy) > 0 && (r.graphless || slices.ContainsFunc(f.ClearedBy, func(def string) bool { return r.reach.Path(def) == nil })) {
		// A def no request or task path reaches may clear the cache
		// in every process (a listener, a timer): it is not known to
		// be stale.
		f.dropped = true
		return
	}
	if f.RefilledBy != "" && !r.graphless && r.inProcessJobs().Reached(f.RefilledBy) {
		// Each worker's own scheduler runs it again and again.
		f.dropped = true
		return
	}
	if r.graphless {
		if f.PerRequest {
			f.Diagnostic = f.Diagnostic.Lowered(noEntryPoints)
		}
		return
	}
	prog, g, names, entries, startup, programs := r.prog, r.g, r.names, r.entries, r.startup, r.programs
	// A file whose code no path runs has no summary in a run that keeps
	// no graph (r.lazy.Paths): its def is named by the module's facts, as
	// a workspace's graph, which has them all, names it.
	fn := defOf(g.FunctionAt(f.Path, f.Pos), prog.ByPath[f.Path], f.Pos)
	path := r.reach.Path(fn)
	if path != nil && r.longRun(entries[path[0]].Kind) {
		// A request's path, where one reaches it too, over a shorter
		// task's: the request is what users share.
		if req := r.requestReach().Path(fn); req != nil {
			path = req
		}
	}
	if path == nil && f.PerRequest && len(names) == 0 {
		f.Diagnostic = f.Diagnostic.Lowered(noEntryPoints)
		return
	}
	if path == nil {
		// The body of a def that runs once per process (a main(), a
		// management command, a lifespan hook) leaks into nothing.
		if e, ok := startup[fn]; ok && entries[fn].Name == "" {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` runs once per process (%s)", fn, e.Kind))
		} else if len(names) > 0 && r.startedBy(fn) != "" {
			by := r.startedBy(fn) // asked once: startedMemo
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only start-up code reaches `%s` (from `%s`, %s), which runs once per process, and no request or task path does",
				fn, by, startup[by].Kind))
		} else if class, e := programClass(programs, fn); class != "" {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` runs in a process of its own (%s)", class, e.Kind))
		} else if by, via, script := r.builtAtImport(fn); by != "" {
			through := ""
			if via != "" {
				through = fmt.Sprintf(" (through `%s`)", via)
			}
			when := "is imported"
			if script {
				when = "is run as a script (its `if __name__ == \"__main__\":` block)"
			}
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` runs when `%s` %s%s, and no request or task path calls it", fn, by, when, through))
		} else if m := prog.ByPath[f.Path]; m != nil && !m.IsTest() && m.HasMainBlock() && !r.imported()[m.Name] {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` is a script: it has an `if __name__ == \"__main__\":` block and no module of the tree imports it", m.Name))
		} else if c := r.classOf(fn); c != nil && m != nil && !m.IsTest() && f.Confidence != analysis.Low && prog.OnlyTestsRead(c.QualifiedName()) {
			// A class no request runs and, outside its module, only
			// tests use: a test double kept beside what it stands in
			// for (MemoryQueue for RedisQueue), or a helper its own
			// module's code builds (the 3.11 tree's sympy parser).
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("outside its module only test code uses `%s`, and no request or task path reaches it", c.QualName))
		} else if len(names) > 0 && f.Confidence == analysis.High && m != nil && !m.IsTest() && r.uncalled(fn) {
			// The value comes from a parameter, but no call gives one.
			// Only in a service, whose entry points are known: a
			// library's public method is its users' to call.
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("nothing in the tree calls `%s`, and no request or task path reaches it", fn))
		} else if len(names) > 0 && (f.Confidence == analysis.Medium || f.PerRequest) && m != nil && !m.IsTest() {
			// The tree's entry points are known and none reaches it:
			// with no other evidence, it is not request code (a
			// script, start-up, a tool, dead code) as far as the
			// graph can tell.
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("no request or task path reaches it (from the %d entry points found)", len(names)))
		}
		return
	}
	if f.Returned {
		calls, n, skipped, why := r.liveCallers(fn)
		do, on := r.callersDo(r.onRequestPaths(calls), 0, nil)
		switch {
		case len(calls) == 0 && n > 0 && !r.opaque(fn):
			// No call of fn runs.
			f.dropped = true
			return
		case do == callersKeep:
			// Built once (per key), as under a guard in fn itself: the
			// rule reports none of those.
			f.dropped = true
			return
		case f.Confidence != analysis.Low && do == callersClose:
			closes := "closes it, with a `with` statement or in a `finally`"
			if on {
				closes += ", or returns it to callers that do"
			}
			owner := "returns it"
			if strings.HasSuffix(fn, ".__init__") {
				owner = "keeps it for its object, which closes it on exit"
			}
			lower := fmt.Sprintf("`%s` %s, and every caller %s: correct, only rebuilt at every call", fn, owner, closes)
			if skipped != "" {
				lower = fmt.Sprintf("`%s` %s, and every call of it that runs %s (%s): correct, only rebuilt at every call", fn, owner, closes, neverRunsWhy(skipped, fn, why))
			}
			f.Diagnostic = f.Diagnostic.Lowered(lower)
		case f.Confidence != analysis.Low && f.OneRequest && do == callersOneRequest:
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` returns it, and every caller makes one request on it, as the library's own one-call functions (`requests.get`) do: no pool outlives the request to reuse", fn))
		}
	}
	if f.Loader != "" && f.Confidence != analysis.Low && r.callsOnPathsIn(fn, f.Loader) {
		f.Diagnostic = f.Diagnostic.Lowered(f.LoaderReason)
	}
	if f.LoopBound && f.Confidence != analysis.Low && !r.through(&r.sameLoop, r.inSameLoop).Reached(fn) {
		f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("every request or task path to `%s` starts a new event loop (`asyncio.run`): an async client is built anew in each, as it must be", fn))
	}
	if f.ProcessState && f.Confidence != analysis.Low {
		if job := r.onlyInProcessJobs(fn); job.Name != "" {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only the jobs of a scheduler that each worker process runs reach `%s` (%s `%s`), and no request or task: what they write is the process's own, the same for every request", fn, job.Kind, job.Name))
		}
	}
	if f.PerRequest && f.Confidence != analysis.Low {
		if !r.through(&r.repeated, func(e semantic.Edge) bool { return !e.Kept && !e.Once }).Reached(fn) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only calls under a lazy-init guard that sets what it tests lead to `%s` (`if _app is None: setup(); _app = App()`): it runs once (per key), not at every request", fn))
		}
	}
	if f.Race && f.Confidence != analysis.Low {
		if !r.unlockedReach().Reached(fn) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("every call that leads to `%s` holds a lock other processes see (a Redis lock, `r.lock(...)`, a row lock, `select_for_update()`, or a task's own, celery-once's `QueueOnce`), or is on a row its caller claimed (a conditional `update()` whose count it checks): its runs do not overlap", fn))
		}
	}
	if f.OnReceiver && f.Confidence != analysis.Low {
		if made := r.madeReceivers(fn); made != "" {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("every call of `%s` that runs is on an object its caller has just made (a new `%s`): no other request or task holds it yet", fn, made))
		}
	}
	if f.DefaultParam > 0 && f.Confidence != analysis.Low && r.passedAlways(fn, f.DefaultParam-1) {
		f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("every call of `%s` that runs passes `%s`: its default is never used", fn, f.Default))
	} else if f.DefaultParam > 0 && len(path) > 1 {
		// Shown through a call that may use the default, where one does.
		if via := r.omittingPath(fn, f.DefaultParam-1); via != nil {
			path = via
		}
	}
	if f.FromArgs && f.Confidence != analysis.Low && r.sameArgsAlways(fn) && r.oneValue(fn) {
		f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("every call of `%s` that runs passes the same arguments at every run (settings, module-level objects): it writes the same value each time", fn))
	}
	credentialBy := fn
	if f.CredentialBy != "" {
		credentialBy = f.CredentialBy
	}
	if f.Credential != "" && !r.sameArgsAlways(credentialBy) {
		f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("it carries %s: one client per credential, which a shared one would leak to other callers", f.Credential))
	}
	// Code under a test of one of fn's parameters runs as fn's callers
	// pass it (fn an entry point itself, or a method a library may call:
	// what they pass is not known).
	if param, name, set := g.ParamGuardAt(f.Path, f.Pos); param > 0 && len(path) > 1 && f.Confidence != analysis.Low {
		if !set && r.everyCallPasses(fn, param-1) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` runs it only while `%s` is unset, and every call of `%s` passes one", fn, name, fn))
			return
		}
		if set && !r.opaque(fn) {
			via := r.passingPath(fn, param-1)
			if via == nil {
				f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("`%s` runs it only when its caller passes `%s`, and no request or task path passes one", fn, name))
				return
			}
			path = via
		}
	}
	if r.throughDeadCall(path) {
		// Shown through the calls that run, when they reach fn too.
		if r.live == nil {
			r.live = semantic.NewReach(r.names, r.liveCallees)
		}
		if live := r.live.Path(fn); live != nil {
			path = live
		}
	}
	if f.CostPerCall && f.Confidence != analysis.Low {
		r.ensureCosts()
		if !r.steady.Reached(fn) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only calls in `except` handlers lead to `%s`: it is built again after a failure, not at every call", fn))
		} else if !r.unkept.Reached(fn) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only calls kept under a lazy-init guard lead to `%s` (`if x is None: x = build()`): it is built once (per key), not at every call", fn))
		} else if !r.every.Reached(fn) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only defs that cache their results (`@lru_cache`) lead to `%s`: it is built once per key, not at every call", fn))
		} else if task, loop := r.onlyTaskRuns(fn); task.Name != "" && r.prog.Libraries().IsConnectionKind(task.Kind) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only connections reach `%s` (%s `%s`), no request: one client per connection is one set-up for the connection's life", fn, task.Kind, task.Name))
		} else if task.Name != "" {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only runs of tasks reach `%s` (%s `%s`), no request: one client per run is one connection set-up next to the task's own work", fn, task.Kind, task.Name))
		} else if rare := r.onlyRare(fn, path); rare.Admin {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only what the site's administrators run reaches `%s` (%s `%s`): rare next to the service's own requests", fn, rare.Kind, rare.Name))
		} else if rare.Probe {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("only health probes reach `%s` (%s `%s`): they run at the orchestrator's pace, whoever uses the service, not once per user's request", fn, rare.Kind, rare.Name))
		} else if via := r.pathThrough(loop); via != nil {
			// Shown through the loop that keeps it from being lowered.
			path = via
		} else if r.throughNo(path, r.runsAtEveryCall) {
			// Shown through calls that run at every call, the reason
			// it is not lowered, and that run at all where one does.
			if r.everyLive == nil {
				r.everyLive = semantic.NewReach(r.names, func(name string) []string {
					return r.calleesIf(name, func(e semantic.Edge) bool { return r.runsAtEveryCall(e) && r.neverRuns(e) == callRuns })
				})
			}
			if path = r.everyLive.Path(fn); path == nil {
				path = r.every.Path(fn)
			}
		}
	}
	f.Reachability = r.reachability(path)
}

// reachability is path, from an entry point, as a finding shows it.
func (r *reacher) reachability(path []string) *Reachability {
	e := r.entries[path[0]]
	rp := &Reachability{Kind: e.Kind}
	rp.Path = append(rp.Path, Step{Name: e.Name, Path: e.Path, Line: e.Line, Col: e.Col})
	for _, name := range path[1:] {
		n, _ := r.g.Node(name)
		rp.Path = append(rp.Path, Step{Name: name, Path: n.Path, Line: n.Line, Col: n.Col})
	}
	return rp
}

// The phases of a def on the way to a new event loop (newLoopPath): run
// by a request, by a task (whose worker runs no loop), or in a loop
// started at one call.
const (
	phaseRequest = "r\x00"
	phaseTask    = "t\x00"
	phaseNewLoop = "n\x00"
)

// newLoopPath returns the shortest path from a per-request or per-task
// entry point to fn that runs fn in an event loop started at each call:
// through asyncio.run, or async_to_sync from a task (in a request, an
// ASGI server's loop may run it), or from an entry point its framework
// runs so (a Flask view: libraries.Index.IsNewLoopKind); nil when there
// is none. With on, a class, the path calls no method of it on an
// object its caller has just made.
func (r *reacher) newLoopPath(fn, on string) []string {
	if r.newLoops == nil {
		r.newLoops = map[string]*semantic.Reach{}
	}
	reach := r.newLoops[on]
	if reach == nil {
		k := r.prog.Class(on) // nil for "": every call is kept
		reach = r.loopReach(func(e semantic.Edge) bool {
			if k == nil {
				return true
			}
			c := r.prog.MadeAt(e.From, e.Pos)
			return c == nil || !slices.Contains(r.prog.MRO(c), k)
		})
		r.newLoops[on] = reach
	}
	path := reach.Path(phaseNewLoop + fn)
	for i, n := range path {
		path[i] = n[len(phaseNewLoop):]
	}
	return path
}

// loopReach is the reach of newLoopPath, along the edges keep accepts.
func (r *reacher) loopReach(keep func(semantic.Edge) bool) *semantic.Reach {
	libs := r.prog.Libraries()
	roots := make([]string, 0, len(r.names))
	for _, name := range r.names {
		phase := phaseRequest
		switch kind := r.entries[name].Kind; {
		case libs.IsNewLoopKind(kind):
			phase = phaseNewLoop
		case libs.IsTaskKind(kind):
			phase = phaseTask
		}
		roots = append(roots, phase+name)
	}
	return semantic.NewReach(roots, func(node string) []string { return r.loopCallees(node, keep) })
}

// loopCallees is what node, a def in its phase, calls, each in the phase
// it runs in: in a new loop once a call starts one at each run (not
// under a lazy-init guard); a queue's task is an entry point of its own,
// and a thread's or process's code runs in no loop. Only calls the graph
// sees: a finding that says a run breaks shows each call on the way,
// not defs given to a library that may call them (CallGraph.Given).
func (r *reacher) loopCallees(node string, keep func(semantic.Edge) bool) []string {
	phase, name := node[:len(phaseNewLoop)], node[len(phaseNewLoop):]
	starts := func(e semantic.Edge) bool {
		return !e.Kept && !e.Once && (e.HandOff == "loop" || e.HandOff == "sync-loop" && phase == phaseTask)
	}
	var out []string
	if phase == phaseNewLoop {
		for _, c := range r.calleesOf(name, func(e semantic.Edge) bool {
			return keep(e) && (e.HandOff == "" || e.HandOff == "task" || e.HandOff == "loop" || e.HandOff == "sync-loop")
		}, false) {
			out = append(out, phaseNewLoop+c)
		}
		return out
	}
	for _, c := range r.calleesOf(name, func(e semantic.Edge) bool { return keep(e) && starts(e) }, false) {
		out = append(out, phaseNewLoop+c)
	}
	for _, c := range r.calleesOf(name, func(e semantic.Edge) bool { return keep(e) && e.HandOff != "queue" && !starts(e) }, false) {
		out = append(out, phase+c)
	}
	return out
}

// programClass returns the class of a program that fn is (a finding in
// its body: a decorator of a method, a class attribute) or is a method
// of, with its entry point; "" when there is none.
func programClass(programs map[string]semantic.EntryPoint, fn string) (string, semantic.EntryPoint) {
	if e, ok := programs[fn]; ok {
		return fn, e
	}
	if i := strings.LastIndexByte(fn, '.'); i > 0 {
		if e, ok := programs[fn[:i]]; ok {
			return fn[:i], e
		}
	}
	return "", semantic.EntryPoint{}
}

// requestReach returns what the entry points other than tasks' and
// connections' reach in their own process (served): a request that
// queues a task does not run it.
// inProcessJobs is the reach from the entry points whose jobs run in
// every process that starts them (libraries' InProcessKinds).
func (r *reacher) inProcessJobs() *semantic.Reach {
	if r.inProcess == nil {
		r.inProcess = r.reachFromKinds(r.prog.Libraries().IsInProcessKind, "queue")
	}
	return r.inProcess
}

// onlyInProcessJobs returns the entry point of an in-process scheduler's
// job (inProcessJobs) that reaches fn, when no other entry point does;
// else the zero EntryPoint.
func (r *reacher) onlyInProcessJobs(fn string) semantic.EntryPoint {
	path := r.inProcessJobs().Path(fn)
	if path == nil {
		return semantic.EntryPoint{}
	}
	if r.outsideJobs == nil {
		inProcess := r.prog.Libraries().IsInProcessKind
		r.outsideJobs = r.reachFromKinds(func(kind string) bool { return !inProcess(kind) }, "")
	}
	if r.outsideJobs.Reached(fn) {
		return semantic.EntryPoint{}
	}
	return r.entries[path[0]]
}

// reachFromKinds is the reach from the entry points whose kind keep
// accepts, through no hand-off of kind skip.
func (r *reacher) reachFromKinds(keep func(kind string) bool, skip string) *semantic.Reach {
	var roots []string
	for _, name := range r.names {
		if keep(r.entries[name].Kind) {
			roots = append(roots, name)
		}
	}
	return semantic.NewReach(roots, func(name string) []string { return r.callees(name, skip) })
}

func (r *reacher) requestReach() *semantic.Reach {
	if r.served == nil {
		r.served = r.reachFromKinds(func(kind string) bool { return !r.longRun(kind) }, "queue")
	}
	return r.served
}

// onlyTaskRuns returns a task entry point that reaches fn when only
// tasks' runs do, once per run (or a connection's, a WebSocket handler's,
// once per connection: a long run too): no request reaches fn in its own process
// (a request that queues a task does not run it), no def on the way is a
// method that a library may call as well (a class with a base outside
// the tree: the tree does not see those calls, from a model's save or a
// signal), and no call on the way runs at each iteration of a loop or
// is handed on. Else it returns the zero EntryPoint, and, when a call on
// the way back to a task runs at each iteration of a loop or is handed
// on, the chain of calls from that call's def down to fn: the reason fn
// is not lowered, which its path should show.
func (r *reacher) onlyTaskRuns(fn string) (task semantic.EntryPoint, loop []string) {
	if r.requestReach().Reached(fn) {
		return semantic.EntryPoint{}, nil
	}
	// Back from fn, through what the entry points reach, to the tasks;
	// callee[x] is the def x was reached from, one call nearer fn.
	callee := map[string]string{fn: ""}
	queue := []string{fn}
	for i := 0; i < len(queue); i++ {
		name := queue[i]
		if e, ok := r.entries[name]; ok && r.longRun(e.Kind) {
			if task.Name == "" {
				task = e
			}
		} else if r.libraryMayCall(name) {
			return semantic.EntryPoint{}, nil
		}
		for _, e := range r.g.RunCallers(name) {
			if e.HandOff == "queue" || !r.reach.Reached(e.From) {
				continue
			}
			// Handed on (a pool's map), or called at each iteration
			// of a loop, it is built more than once per run.
			if e.HandOff != "" || e.Looped {
				loop = []string{e.From}
				for x := name; x != ""; x = callee[x] {
					loop = append(loop, x)
				}
				return semantic.EntryPoint{}, loop
			}
			if _, seen := callee[e.From]; !seen {
				callee[e.From] = name
				queue = append(queue, e.From)
			}
		}
	}
	return task, nil
}

// through returns *reach, made the first time from every entry point
// along the edges keep says: what the entry points reach through those
// edges alone.
func (r *reacher) through(reach **semantic.Reach, keep func(semantic.Edge) bool) *semantic.Reach {
	return r.throughFrom(reach, r.names, keep)
}

// throughFrom is through, from the entry points roots alone.
func (r *reacher) throughFrom(reach **semantic.Reach, roots []string, keep func(semantic.Edge) bool) *semantic.Reach {
	if *reach == nil {
		*reach = semantic.NewReach(roots, func(name string) []string { return r.calleesIf(name, keep) })
	}
	return *reach
}

// unlockedReach returns what the entry points reach through no call
// made under a lock other processes see, nor on a row its caller
// claimed: from every entry point but the tasks whose runs take such a
// lock themselves (EntryPoint.Exclusive).
func (r *reacher) unlockedReach() *semantic.Reach {
	if r.unlocked != nil {
		return r.unlocked
	}
	roots := make([]string, 0, len(r.names))
	for _, name := range r.names {
		if !r.entries[name].Exclusive {
			roots = append(roots, name)
		}
	}
	return r.throughFrom(&r.unlocked, roots, func(e semantic.Edge) bool { return !e.Locked && !r.prog.ClaimedAt(e.From, e.Pos) })
}

// inSameLoop reports whether e runs its callee in the caller's event
// loop: not a hand-off to a new one (asyncio.run), nor the call that
// makes the coroutine such a hand-off runs (`asyncio.run(main())` is
// both a call of main and the hand-off of what it made).
func (r *reacher) inSameLoop(e semantic.Edge) bool {
	if e.HandOff == "loop" {
		return false
	}
	if e.HandOff != "" {
		return true
	}
	for _, o := range r.g.RunCallees(e.From) {
		if o.HandOff == "loop" && o.To == e.To {
			return false
		}
	}
	return true
}

// onlyRare returns the entry point path starts from when only entry
// points that run rarely next to the service's own requests reach fn:
// those the site's administrators alone run (EntryPoint.Admin), and
// health probes (EntryPoint.Probe); else the zero EntryPoint.
func (r *reacher) onlyRare(fn string, path []string) semantic.EntryPoint {
	if r.public == nil {
		var public []string
		for _, name := range r.names {
			if e := r.entries[name]; !e.Admin && !e.Probe {
				public = append(public, name)
			}
		}
		r.public = semantic.NewReach(public, func(name string) []string { return r.callees(name, "") })
	}
	if r.public.Reached(fn) || len(path) == 0 {
		return semantic.EntryPoint{}
	}
	return r.entries[path[0]]
}

// longRun reports whether entry points of kind run once per task run or
// per connection, each long next to a client's set-up.
func (r *reacher) longRun(kind string) bool {
	libs := r.prog.Libraries()
	return libs.IsTaskKind(kind) || libs.IsConnectionKind(kind)
}

// pathThrough returns the shortest path from an entry point to
// chain[0], then down chain; nil when there is none, or it would pass a
// def twice or through a call that never runs.
func (r *reacher) pathThrough(chain []string) []string {
	if len(chain) == 0 {
		return nil
	}
	to := r.reach.Path(chain[0])
	if to == nil {
		return nil
	}
	path := append(slices.Clip(to), chain[1:]...)
	seen := make(map[string]bool, len(path))
	for _, name := range path {
		if seen[name] {
			return nil
		}
		seen[name] = true
	}
	if r.throughDeadCall(path) {
		return nil
	}
	return path
}

// liveCallers returns the calls of fn that run (neverRuns): not the
// fallbacks for a parameter that every call of their def passes, nor
// calls on their def's own receiver, which is never of fn's class. n
// counts every call the graph has; skipped is the def of the first that
// never runs, and why says why.
func (r *reacher) liveCallers(fn string) (calls []semantic.Edge, n int, skipped string, why int) {
	calls = r.g.RunCallers(fn)
	n = len(calls)
	calls = slices.DeleteFunc(calls, func(e semantic.Edge) bool {
		w := r.neverRuns(e)
		if w != callRuns && skipped == "" {
			skipped, why = e.From, w
		}
		return w != callRuns
	})
	return calls, n, skipped, why
}

// sameArgsAlways reports whether every call of fn that runs passes the
// same arguments at every run of its caller (Edge.SameArgs), or its
// caller's own parameters (Edge.Forwards) where the same holds of the
// caller, forwardDepth defs up; and one call does: an entry point, or a
// def a library may call, is given the request's.
func (r *reacher) sameArgsAlways(fn string) bool { return r.sameArgsUp(fn, 0, nil) }

// forwardDepth is how many callers up sameArgsAlways follows parameters
// passed on.
const forwardDepth = 3

func (r *reacher) sameArgsUp(fn string, depth int, seen map[string]bool) bool {
	return r.everyCall(fn, func(e semantic.Edge) bool {
		switch {
		case e.SameArgs:
			return true
		case !e.Forwards || depth == forwardDepth || seen[e.From]:
			return false
		}
		if seen == nil {
			seen = map[string]bool{fn: true}
		}
		seen[e.From] = true
		return r.sameArgsUp(e.From, depth+1, seen)
	})
}

// oneValue reports whether the calls of fn that run may pass one value
// only: one caller's, or none a literal (`set_mode("a")` in one view and
// `set_mode("b")` in another pass two).
func (r *reacher) oneValue(fn string) bool {
	calls, _, _, _ := r.liveCallers(fn)
	return len(calls) <= 1 || !slices.ContainsFunc(calls, func(e semantic.Edge) bool { return e.Literal })
}

// madeReceivers returns the class every call of the method fn that runs
// is on a new object of, its caller's own (Program.MadeAt), or "": also
// where the graph may not see every call (fn is an entry point, a def
// given away, or a method whose name a call on a receiver of no known
// class may be). A library whose class is a base of fn's calls the
// hooks it names, on objects it holds: a save, or a dunder, counts as
// called so (not seen); a method the class keeps for its own work does
// not (libraryMayCall's other methods).
func (r *reacher) madeReceivers(fn string) string {
	k, method := r.classOf(fn), fn[strings.LastIndexByte(fn, '.')+1:]
	if k == nil || r.outside[fn] || strings.HasPrefix(method, "__") || r.prog.Libraries().IsSave(method) ||
		!r.everySiteResolved(fn) || r.g.Escapes(fn) {
		return ""
	}
	calls, _, _, _ := r.liveCallers(fn)
	made := ""
	for _, e := range calls {
		c := r.prog.MadeAt(e.From, e.Pos)
		if e.HandOff != "" || c == nil || !slices.Contains(r.prog.MRO(c), k) {
			return ""
		}
		made = c.QualName
	}
	return made
}

// everyCall reports whether fn has calls that run, the graph sees them
// all (fn is no entry point nor a def a library may call), and each is a
// plain call (no hand-off) that ok accepts.
func (r *reacher) everyCall(fn string, ok func(semantic.Edge) bool) bool {
	calls, _, _, _ := r.liveCallers(fn)
	if len(calls) == 0 || r.opaque(fn) {
		return false
	}
	for _, e := range calls {
		if e.HandOff != "" || !ok(e) {
			return false
		}
	}
	return true
}

// passedAlways reports whether every call of fn that runs passes its
// parameter p (Edge.Passes), and one does: an entry point, or a def a
// library may call, has calls the graph does not see, and so may a
// method other than __init__ where a call of its name is on a receiver
// of no known class (everySiteResolved), and a def given to code outside
// the tree (functools.partial).
func (r *reacher) passedAlways(fn string, p int) bool {
	if r.classOf(fn) != nil && !strings.HasSuffix(fn, ".__init__") && !r.everySiteResolved(fn) || r.g.Escapes(fn) || p >= 64 {
		return false
	}
	return r.everyCall(fn, func(e semantic.Edge) bool { return surelyPasses(e)&(1<<p) != 0 })
}

// everySiteResolved reports whether every place the tree's code outside
// tests calls, or takes, an attribute named as the method fn has a
// receiver of a known class: where one has not, the method may run on
// it with what the graph does not see (`(store or lookup()).get("y")`).
// One pass over the call sites, asked only of a method's default.
func (r *reacher) everySiteResolved(fn string) bool {
	name := fn[strings.LastIndexByte(fn, '.')+1:]
	for s := range r.prog.ScanCallSites(name, nil) {
		if s.Module.IsTest() {
			continue
		}
		if s.Ref || s.Dispatch == semantic.Unknown && !r.solvedSite(s) {
			return false
		}
	}
	return true
}

// solvedSite reports whether the graph has the call of site going to a
// def of the tree: the solve placed a receiver the site's own module
// could not (`self.repo.get_page(...)`, the repository a dependency
// gave), and the call runs what it found.
func (r *reacher) solvedSite(site semantic.CallSite) bool {
	caller := site.Module.DefAt(site.Pos)
	if caller == "" {
		return false
	}
	for _, e := range r.g.RunCallees(caller) {
		if e.Pos == site.Pos && e.HandOff == "" {
			if n, ok := r.g.Node(e.To); ok && r.prog.ByPath[n.Path] != nil {
				return true
			}
		}
	}
	return false
}

// What the calls of a def do with the client it returns (callersDo).
const (
	callersOther      = iota // neither, or not all alike
	callersKeep              // all keep it under a lazy-init guard (Edge.Kept)
	callersClose             // all close it with a with statement (Edge.Managed)
	callersOneRequest        // all make one request on it (Edge.OneUse)
)

// returnedOn is how many callers up callersDo follows a client that a
// caller returns in turn.
const returnedOn = 3

// callersDo returns what calls, the calls of a def that run, all do
// with the client it returns: keep it under a lazy-init guard
// (`if url not in _clients: _clients[url] = fn(url)`), close it with a
// with statement, make one request on it (`fn(url).get(path)`), or
// other (none, or some one thing and some another).
// A call whose def returns the client in turn (Edge.Returns) does what
// that def's own calls that run do, up to returnedOn defs up, none twice
// on the way (seen); on says one did. A def whose calls the graph does
// not all see (an entry point, a method a library may call, a def
// outside the tree or that nothing calls) hands the client to code it
// does not see: other.
func (r *reacher) callersDo(calls []semantic.Edge, depth int, seen map[string]bool) (do int, on bool) {
	for i, e := range calls {
		d := callersOther
		switch {
		case e.HandOff != "":
		case e.Kept:
			d = callersKeep
		case e.Managed:
			d = callersClose
		case e.OneUse:
			d = callersOneRequest
		case e.Returns && depth < returnedOn && !seen[e.From] && r.seesEveryCall(e.From):
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[e.From] = true
			up, _, _, _ := r.liveCallers(e.From)
			d, _ = r.callersDo(up, depth+1, seen)
			delete(seen, e.From)
			on = true
		}
		if d == callersOther || i > 0 && d != do {
			return callersOther, on
		}
		do = d
	}
	return do, on
}

// calledHelper reports whether the entry point name is a helper of a
// def of the tree (calledHelperIn).
func (r *reacher) calledHelper(name string) bool {
	return calledHelperIn(r.prog, r.g, r.entries[name])
}

// calledHelperIn reports whether e is an entry point only by its form
// (EntryPoint.Guessed) and a def of the tree's own code, not a test's,
// calls it in g: the def's helper, whose request paths go through its
// caller. A module's body (a `__main__` block's run by hand) does not
// count.
func calledHelperIn(prog *semantic.Program, g *semantic.CallGraph, e semantic.EntryPoint) bool {
	if !e.Guessed {
		return false
	}
	for _, c := range g.RunCallers(e.Name) {
		n, ok := g.Node(c.From)
		if !ok || n.Kind == semantic.ModuleNode || c.From == e.Name {
			continue
		}
		if m := prog.ByPath[n.Path]; m != nil && !m.IsTest() {
			return true
		}
	}
	return false
}

// EntryPoints returns the entry points of prog that check's request paths
// start from: FindEntryPoints' with the ones cfg configures, less the
// helpers a def of the tree calls (calledHelperIn). Where one is known
// by its form alone, it solves the call graph from them, parsing the
// files it needs again from disk.
func EntryPoints(prog *semantic.Program, cfg *config.Config) []semantic.EntryPoint {
	entries := semantic.FindEntryPoints(prog, EntryOptions(cfg))
	if !slices.ContainsFunc(entries, func(e semantic.EntryPoint) bool { return e.Guessed }) {
		return entries
	}
	var roots []string
	for _, e := range entries {
		if !e.Program {
			roots = append(roots, e.Name)
		}
	}
	limit := maxFileSize(cfg)
	ps := parser.Parser{Recycle: true}
	parse := func(m *semantic.Module) *parser.File {
		if m.IsTest() {
			return nil
		}
		data, err := readfile.Read(m.Path, limit)
		if err != nil {
			return nil
		}
		return ps.ParseFile(m.Path, data)
	}
	g := semantic.NewCallGraphFrom(prog, roots, &semantic.LazySummaries{Parse: parse})
	return slices.DeleteFunc(entries, func(e semantic.EntryPoint) bool { return calledHelperIn(prog, g, e) })
}

// callsOnPathsIn reports whether the calls of fn that run on request or
// task paths are all made in module mod (whose calls of fn, the rule
// found, check first what it fills): another module's call of it runs
// only at start-up, or nowhere.
func (r *reacher) callsOnPathsIn(fn, mod string) bool {
	calls, _, _, _ := r.liveCallers(fn)
	reached := r.reachedCalls(calls)
	return len(reached) > 0 && !slices.ContainsFunc(reached, func(e semantic.Edge) bool {
		return !strings.HasPrefix(e.From, mod+".")
	})
}

// onRequestPaths returns the calls of calls made in defs a request or task
// path reaches, where some are: what the others do with a client, at
// start-up or in a tool, runs once, and says nothing of the calls made
// per request. calls itself where none is.
func (r *reacher) onRequestPaths(calls []semantic.Edge) []semantic.Edge {
	if out := r.reachedCalls(calls); len(out) > 0 {
		return out
	}
	return calls
}

// reachedCalls returns the calls of calls made in defs a request or task
// path reaches.
func (r *reacher) reachedCalls(calls []semantic.Edge) []semantic.Edge {
	var out []semantic.Edge
	for _, e := range calls {
		if r.reach.Reached(e.From) {
			out = append(out, e)
		}
	}
	return out
}

// seesEveryCall reports whether the graph has every call of fn: fn is
// in the tree, no entry point, no method a library may call.
func (r *reacher) seesEveryCall(fn string) bool {
	n, ok := r.g.Node(fn)
	return ok && r.prog.ByPath[n.Path] != nil && !r.opaque(fn)
}

// neverRuns says whether, and why, the calls of e never run e.To: they
// are the fallback for a parameter that every call of e.From passes
// (deadFallback); or they are calls on e.From's own receiver
// (Edge.OnSelf) into a method of a class K, and no call of e.From may
// give it a receiver of K, or every one that may passes the parameter
// the calls are the fallback for (carriers). The graph is
// context-insensitive: it has an edge from a base class's method that
// calls self.create_client() to every override, whoever calls it. Only
// e.From's own callers are read, one level: a caller of e.From that is
// itself called only on receivers of other classes still counts.
func (r *reacher) neverRuns(e semantic.Edge) int {
	if r.deadFallback(e) {
		return callUnpassed
	}
	k := r.selfClass(e)
	if k == nil {
		return callRuns
	}
	c := r.carriers(e.From, k)
	switch {
	case c.open:
		return callRuns
	case c.n == 0:
		return callNotOnClass
	case e.Unless > 0 && e.Unless <= 64 && c.passes&(1<<(e.Unless-1)) != 0:
		return callUnpassedOnClass
	}
	return callRuns
}

// neverRunsWhy says why from's calls of fn never run (neverRuns).
func neverRunsWhy(from, fn string, why int) string {
	k := fn[:max(strings.LastIndexByte(fn, '.'), 0)]
	switch why {
	case callNotOnClass:
		return fmt.Sprintf("`%s` calls it on its own receiver, and no call of `%s` may be on an instance of `%s`", from, from, k)
	case callUnpassedOnClass:
		return fmt.Sprintf("`%s` calls it on its own receiver only when a parameter is unset that every call of `%s` that may be on an instance of `%s` passes", from, from, k)
	}
	return fmt.Sprintf("`%s` calls it only when a parameter that every call of `%s` passes is unset", from, from)
}

// selfClass returns the class K whose method e.To is, when the calls
// of e are on e.From's own receiver (Edge.OnSelf) and e.From is a method
// of K or of a base of K, as a call on the receiver that runs K's method
// must be; else nil.
func (r *reacher) selfClass(e semantic.Edge) *semantic.Class {
	if !e.OnSelf || e.HandOff != "" {
		return nil
	}
	k, b := r.classOf(e.To), r.classOf(e.From)
	if k == nil || b == nil || !slices.Contains(r.prog.MRO(k), b) {
		return nil
	}
	return k
}

// classOf returns the class whose method name is, or nil.
func (r *reacher) classOf(name string) *semantic.Class {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return nil
	}
	return r.prog.Class(name[:i])
}

// carriers returns what the calls of the method fn that may give it a
// receiver of class k are: the calls that run (not deadFallback), less
// those on a caller's own receiver (Edge.OnSelf) from a method of a
// class no instance of which is a k (mayCarry). Open when the graph
// does not see every call: fn is an entry point, or a method a library
// may call, or nothing in the graph calls it.
func (r *reacher) carriers(fn string, k *semantic.Class) carried {
	key := carryOn{fn, k}
	if c, ok := r.carry[key]; ok {
		return c
	}
	var c carried
	calls := r.g.RunCallers(fn)
	if len(calls) == 0 || r.opaque(fn) {
		c.open = true
	} else {
		c.passes = ^uint64(0)
		for _, e := range calls {
			if r.deadFallback(e) || !r.mayCarry(e, k) {
				continue
			}
			c.n++
			if e.HandOff != "" {
				c.passes = 0
			} else {
				c.passes &= surelyPasses(e)
			}
		}
		if c.n == 0 {
			c.passes = 0
		}
	}
	if r.carry == nil {
		r.carry = map[carryOn]carried{}
	}
	r.carry[key] = c
	return c
}

// mayCarry reports whether the calls of e may give e.To a receiver of
// class k: unless they are on e.From's own receiver (Edge.OnSelf) in a
// method of a class C of which no instance is a k: neither C nor any
// subclass of C has k among its ancestors (a sibling of k, or of a base
// of k). Then e.From's receiver, and so e.To's, is a C, never a k.
func (r *reacher) mayCarry(e semantic.Edge, k *semantic.Class) bool {
	if !e.OnSelf || e.HandOff != "" {
		return true
	}
	c, b := r.classOf(e.From), r.classOf(e.To)
	if c == nil || b == nil || !slices.Contains(r.prog.MRO(c), b) {
		return true
	}
	key := [2]*semantic.Class{c, k}
	if may, ok := r.carries[key]; ok {
		return may
	}
	may := slices.Contains(r.prog.MRO(c), k)
	for _, sub := range r.prog.Subclasses(c) {
		if may {
			break
		}
		may = slices.Contains(r.prog.MRO(sub), k)
	}
	if r.carries == nil {
		r.carries = map[[2]*semantic.Class]bool{}
	}
	r.carries[key] = may
	return may
}

// deadFallback reports whether the calls of e never run: they are the
// fallback for a parameter of e.From (Edge.Unless), `engine or
// self.create_client()`, and every call of e.From passes it.
func (r *reacher) deadFallback(e semantic.Edge) bool {
	if e.Unless == 0 || e.Unless > 64 {
		return false
	}
	k := fallbackOn{e.From, e.Unless}
	dead, ok := r.dead[k]
	if !ok {
		dead = r.everyCallPasses(e.From, e.Unless-1)
		if r.dead == nil {
			r.dead = map[fallbackOn]bool{}
		}
		r.dead[k] = dead
	}
	return dead
}

// omittingPath returns the shortest request path to fn whose last call
// may leave fn's parameter i out (not surelyPasses), or nil.
func (r *reacher) omittingPath(fn string, i int) []string {
	var best []string
	for _, e := range r.g.RunCallers(fn) {
		if e.HandOff != "" || i < 64 && surelyPasses(e)&(1<<i) != 0 {
			continue
		}
		if p := r.reach.Path(e.From); p != nil && (best == nil || len(p)+1 < len(best)) {
			best = append(slices.Clip(p), fn)
		}
	}
	return best
}

// passingPath returns the shortest request path to fn whose last call
// passes fn's parameter i something (Edge.Passes), or nil.
func (r *reacher) passingPath(fn string, i int) []string {
	return r.passingPathUp(fn, i, 0)
}

// passingPathUp is passingPath, depth calls up from where it was asked:
// a call that hands on a parameter of its caller's, None by default
// (Edge.ForwardsFrom), passes one where a path passes that parameter.
func (r *reacher) passingPathUp(fn string, i, depth int) []string {
	var best []string
	for _, e := range r.g.RunCallers(fn) {
		if e.HandOff != "" || e.Passes&(1<<i) == 0 {
			continue
		}
		var p []string
		if e.SomePasses&(1<<i) != 0 {
			p = r.reach.Path(e.From)
		} else {
			p = r.forwardedPath(e, i, depth)
		}
		if p != nil && (best == nil || len(p)+1 < len(best)) {
			best = append(slices.Clip(p), fn)
		}
	}
	return best
}

// forwardedPath returns a request or task path on which some caller of
// e's def hands on, through e, what its own callers passed it for e's
// parameter i; nil when none does, or past maxForwards calls up, where
// it gives up and takes the path to e.From.
func (r *reacher) forwardedPath(e semantic.Edge, i, depth int) []string {
	if depth >= maxForwards {
		return r.reach.Path(e.From)
	}
	var best []string
	for _, f := range e.ForwardsFrom {
		if f.Param != i {
			continue
		}
		def := e.From
		for range f.Up {
			def = def[:max(strings.LastIndexByte(def, '.'), 0)]
		}
		var p []string
		if r.opaque(def) {
			p = r.reach.Path(e.From) // what its callers pass is not known
		} else if via := r.passingPathUp(def, f.From, depth+1); via != nil {
			p = r.reach.Path(e.From)
		}
		if p != nil && (best == nil || len(p) < len(best)) {
			best = p
		}
	}
	if best == nil && !slices.ContainsFunc(e.ForwardsFrom, func(f semantic.ParamForward) bool { return f.Param == i }) {
		// The edge forwards, but from where is not known (through a
		// class or a lambda): as a call that passes one.
		return r.reach.Path(e.From)
	}
	return best
}

// maxForwards bounds the calls up forwardedPath follows a parameter
// handed on.
const maxForwards = 4

// everyCallPasses reports whether every call of fn that the graph has,
// and it has one, passes fn's parameter i something (Edge.Passes). An
// entry point, or a method a library may call, may be given nothing:
// the graph does not see those calls.
func (r *reacher) everyCallPasses(fn string, i int) bool {
	if r.opaque(fn) {
		return false
	}
	calls := r.g.RunCallers(fn)
	for _, e := range calls {
		if e.HandOff != "" || surelyPasses(e)&(1<<i) == 0 {
			return false
		}
	}
	return len(calls) > 0
}

// surelyPasses is what every call that makes e passes, but for a
// parameter of its caller's that is None by default, which passes what
// the caller was given, maybe nothing (Edge.ForwardsOptional).
func surelyPasses(e semantic.Edge) uint64 { return e.Passes &^ e.ForwardsOptional }

// throughDeadCall reports whether a step of path is taken only by
// calls that never run (neverRuns).
func (r *reacher) throughDeadCall(path []string) bool {
	return r.throughNo(path, func(e semantic.Edge) bool { return r.neverRuns(e) == callRuns })
}

// throughNo reports whether a step of path is made by no edge that ok
// accepts.
func (r *reacher) throughNo(path []string, ok func(semantic.Edge) bool) bool {
	for i := 1; i < len(path); i++ {
		made := false
		for _, e := range r.g.RunCallees(path[i-1]) {
			if e.To == path[i] && ok(e) {
				made = true
				break
			}
		}
		if !made {
			return true
		}
	}
	return false
}

// runsAtEveryCall reports whether e's call runs at every run of its
// caller's caller: not only after a failure, nor kept under a lazy-init
// guard, nor in a def that caches its results.
func (r *reacher) runsAtEveryCall(e semantic.Edge) bool {
	return !e.OnFailure && !e.Kept && !r.caches(e.From)
}

// liveCallees is callees(name, ""), less the targets that only calls
// that never run reach (neverRuns).
func (r *reacher) liveCallees(name string) []string {
	return r.calleesIf(name, func(e semantic.Edge) bool { return r.neverRuns(e) == callRuns })
}

// opaque reports whether the graph may not see every call of fn: fn
// is an entry point, or a method a library may call.
func (r *reacher) opaque(fn string) bool {
	return r.outside[fn] || r.libraryMayCall(fn)
}

// defOf returns fn, or where the graph has no def at pos (a file none of
// whose code ran in a solve that keeps no graph), the innermost def of m
// that holds pos, by the module's facts.
func defOf(fn string, m *semantic.Module, pos token.Pos) string {
	if fn != "" || m == nil {
		return fn
	}
	return m.DefAt(pos)
}

// uncalled reports whether fn is a method that no site of the tree calls
// or takes by its name, of a class no library's class is a base of (no
// library calls it as its hook), and no entry point: dead code, or code
// run by a name computed at run time.
// It asks in one pass over the tree's call sites (ScanCallSites), as
// startedBy does, rather than through the index by name.
func (r *reacher) uncalled(fn string) bool {
	c := r.classOf(fn)
	name := fn[strings.LastIndexByte(fn, '.')+1:]
	if c == nil || strings.HasPrefix(name, "__") || r.opaque(fn) {
		return false
	}
	// Taken by name in a class body (a lexer's callbacks in its token
	// table): called by whatever is given it.
	for _, k := range slices.Concat(r.prog.MRO(c), r.prog.Subclasses(c)) {
		if slices.Contains(k.BodyRefs, name) {
			return false
		}
	}
	if u, ok := r.uncalledMemo[name]; ok {
		return u
	}
	u := true
	for range r.prog.ScanCallSites(name, nil) {
		u = false
		break
	}
	if r.uncalledMemo == nil {
		r.uncalledMemo = map[string]bool{}
	}
	r.uncalledMemo[name] = u
	return u
}

// libraryMayCall reports whether name is a method of a class that a
// class outside the tree is a base of, or of one of its subclasses'
// (a mixin of a library's class): the library calls its methods too.
// Not a private one (`_flatten`, not a dunder): a library calls the hooks
// it names, not what its subclass keeps to itself.
func (r *reacher) libraryMayCall(name string) bool {
	may, ok := r.libraryCalls[name]
	if !ok {
		last := name[strings.LastIndexByte(name, '.')+1:]
		private := strings.HasPrefix(last, "_") && !strings.HasPrefix(last, "__")
		may = !private && r.libraryIsBaseOf(r.classOf(name))
		if r.libraryCalls == nil {
			r.libraryCalls = map[string]bool{}
		}
		r.libraryCalls[name] = may
	}
	return may
}

// libraryIsBaseOf reports whether a class outside the tree is a base of
// c or of one of its subclasses (Program.HasLibraryBase).
func (r *reacher) libraryIsBaseOf(c *semantic.Class) bool {
	if c == nil {
		return false
	}
	return r.prog.HasLibraryBase(c) || slices.ContainsFunc(r.prog.Subclasses(c), r.prog.HasLibraryBase)
}

// imported returns the modules that some module of the tree imports.
func (r *reacher) imported() map[string]bool {
	if r.importedMods == nil {
		if c := r.cache; c != nil && c.provisional && c.imported != nil {
			r.importedMods = c.imported
		} else {
			r.importedMods = r.prog.ImportedModules()
			if c != nil && !c.provisional {
				c.imported = r.importedMods
			}
		}
	}
	return r.importedMods
}

// noEntryPoints says why a PerRequest finding is Low in a tree where no
// request or task entry point is found.
const noEntryPoints = "no request or task entry point is found in the checked tree, so nothing says it runs per request"

// importCall is what runs a def at import, as builtAtImport finds it.
type importCall struct {
	by, via string // the module whose body runs it; the def it calls it from ("": the body itself)
	ok      bool
	// script: the body runs it from its `if __name__ == "__main__":`
	// block, when the module is run as a script, not imported.
	script bool
}

// maxImportDepth bounds the defs between a module body and a def that
// builtAtImport follows.
const maxImportDepth = 8

// caches reports whether the def name caches its results, by a
// decorator of a library (functools.lru_cache): its body runs once per
// key, not at every call of it.
func (r *reacher) caches(name string) bool {
	libs := r.prog.Libraries()
	return slices.ContainsFunc(r.g.Decorators(name), libs.IsCacheDecorator)
}

// builtAtImport returns the module whose body, as it is imported, makes
// every call of fn the graph has, directly (crypto = Crypto() builds the
// one instance at import: its __init__ runs once; @Registry.add on a
// class registers it) or through defs that only such calls run in turn
// (storage = Storage(app) -> Storage.__init__ -> init_app ->
// Backend(...)), and the def that calls fn on that way ("" when the body
// does); by is "" when some call of fn runs at another time. Calls from
// test code do not count: it serves no request.
func (r *reacher) builtAtImport(fn string) (by, via string, script bool) {
	c, _ := r.atImport(fn, 0)
	return c.by, c.via, c.script
}

// atImport answers builtAtImport for fn, met depth defs up from the
// def asked about. An answer cut short (by the depth bound, or by a def
// met again on its own way up) is not kept, so that what is kept does
// not depend on which finding asked first.
func (r *reacher) atImport(fn string, depth int) (c importCall, cut bool) {
	if c, ok := r.imports[fn]; ok {
		return c, false
	}
	if r.climbing[fn] || depth >= maxImportDepth {
		return importCall{}, true
	}
	if r.imports == nil {
		r.imports, r.climbing = map[string]importCall{}, map[string]bool{}
	}
	r.climbing[fn] = true
	c, cut = r.importCallers(fn, depth)
	delete(r.climbing, fn)
	if !cut {
		r.imports[fn] = c
	}
	return c, cut
}

func (r *reacher) importCallers(fn string, depth int) (c importCall, cut bool) {
	for _, e := range r.g.RunCallers(fn) {
		n, ok := r.g.Node(e.From)
		if !ok || e.HandOff != "" {
			return importCall{}, cut
		}
		if n.Kind == semantic.ModuleNode {
			if c.by == "" {
				m := r.prog.ByPath[n.Path]
				c.by, c.script = n.Name, m != nil && m.InMainBlock(e.Pos)
			}
			continue
		}
		if m := r.prog.ByPath[n.Path]; m != nil && m.IsTest() {
			continue
		}
		up, upCut := r.atImport(e.From, depth+1)
		cut = cut || upCut
		if !up.ok {
			return importCall{}, cut
		}
		if c.by == "" {
			c.by, c.via, c.script = up.by, e.From, up.script
		}
	}
	c.ok = c.by != ""
	return c, cut
}

// grade adds to the rules' confidence what the program knows of where a
// finding is: test code serves no request, example code and a stub of
// another service (unless a request path from the service's own code
// reaches it) are not what the service runs (Low); a request path that
// reaches it is evidence that it runs per request (High).
func grade(findings []Finding, prog *semantic.Program) {
	for i := range findings {
		f := &findings[i]
		if analysis.IsFileCode(f.Code) || f.Confidence == analysis.Low {
			continue
		}
		if m := prog.ByPath[f.Path]; m != nil && m.IsTest() {
			f.Diagnostic = f.Diagnostic.Lowered("it is in test code, which serves no request")
			continue
		} else if m != nil && m.IsExample() && !reachedFromService(f, prog) {
			f.Diagnostic = f.Diagnostic.Lowered("it is in example code, which the service does not run")
			continue
		} else if part := stubPart(m); part != "" && !reachedFromService(f, prog) {
			f.Diagnostic = f.Diagnostic.Lowered(fmt.Sprintf("it is in a stub of another service (`%s`), which the service does not run", part))
			continue
		}
		if f.Reachability != nil {
			f.Diagnostic = f.Diagnostic.Raised()
		}
	}
}

// reachedFromService reports whether f's request path starts at an entry
// point outside example code: a helper the service's own view calls is
// the service's, wherever it is kept.
func reachedFromService(f *Finding, prog *semantic.Program) bool {
	if f.Reachability == nil || len(f.Reachability.Path) == 0 {
		return false
	}
	m := prog.ByPath[f.Reachability.Path[0].Path]
	return m != nil && !m.IsExample() && m.StubPart() == ""
}

// stubPart is m's StubPart, "" for no module.
func stubPart(m *semantic.Module) string {
	if m == nil {
		return ""
	}
	return m.StubPart()
}

// graphCache keeps the call graph of a run of a tree for the next run,
// with the modules edited since (a Workspace's). The graph still holds
// when the entry points are the same and none of the edited modules ran
// in its solve: the solve never read them, so it would read nothing new
// of them, and only where their defs are changes (CallGraph.Respan). Most
// of a large tree's modules never run from its entry points (five in
// six of the 3.11 library's), and solving is most of an edit's time.
type graphCache struct {
	g      *semantic.CallGraph
	roots  []string
	edited map[string]*semantic.Module // by path: the module now there
	// stale: a module came or went, or another took its name, since g
	// was solved; kept: the last run served g again.
	stale, kept bool
	// provisional: g, respanned already, serves whatever the roots (a
	// Workspace's Provisional, which an Update then corrects).
	provisional bool
	// reach is g's from the entry points reachFrom: an edit that keeps
	// g's edges keeps it. imported is what the last run found imported
	// (reacher.imported), for a Provisional: its edited module's own
	// imports say nothing of whether others import it.
	reach     *semantic.Reach
	reachFrom []string
	imported  map[string]bool
}

// edit records that module before was modelled again as after.
func (c *graphCache) edit(before, after *semantic.Module) {
	if before == nil || after == nil || before.Name != after.Name || before.Path != after.Path {
		c.stale = true
		return
	}
	if c.edited == nil {
		c.edited = map[string]*semantic.Module{}
	}
	c.edited[after.Path] = after
}

// reuse returns the kept graph, respanned for the edited modules, when
// it still holds for roots and answers FunctionAt for the files of
// paths; else nil. A provisional one is served as it is.
func (c *graphCache) reuse(roots []string, paths map[string]bool) *semantic.CallGraph {
	if c == nil {
		return nil
	}
	c.kept = false
	if c.provisional {
		return c.g
	}
	if c.g == nil || c.stale || !slices.Equal(c.roots, roots) {
		return nil
	}
	for path := range c.edited {
		if c.g.Ran(path) {
			return nil
		}
	}
	g := c.g
	for _, path := range slices.Sorted(maps.Keys(c.edited)) {
		g = g.Respan(c.edited[path])
	}
	for path := range paths {
		if !g.Covers(path) {
			return nil // solved without that file's defs
		}
	}
	// Respan moves nodes, not edges: the reach stays.
	c.g, c.edited, c.imported, c.kept = g, nil, nil, true
	return g
}

// keep makes g, solved from roots, the graph for the next run.
func (c *graphCache) keep(g *semantic.CallGraph, roots []string) {
	if c != nil {
		*c = graphCache{g: g, roots: roots}
	}
}

// programOf links modules into a Program that knows the libraries and
// what the configuration adds to them (hand-offs).
func programOf(modules []*semantic.Module, cfg *config.Config) *semantic.Program {
	if cfg == nil || len(cfg.HandOffs) == 0 {
		return semantic.NewProgram(modules)
	}
	own := libraries.Library{Name: "configuration"}
	for _, fn := range cfg.HandOffs {
		own.HandOffs = append(own.HandOffs, libraries.HandOff{Func: fn, Arg: 0, Kind: "task"})
	}
	return semantic.NewProgramWith(modules, append(libraries.All(), own))
}

// EntryOptions returns the entry points cfg configures (none for nil),
// and reads the API specification files the tree names (Connexion's
// add_api) from disk, up to the largest file read.
func EntryOptions(cfg *config.Config) semantic.EntryOptions {
	limit := int64(config.DefaultMaxFileSize)
	if cfg != nil && cfg.MaxFileSize > 0 {
		limit = cfg.MaxFileSize
	}
	read := func(path string) ([]byte, bool) {
		data, err := readfile.Read(path, limit)
		return data, err == nil
	}
	if cfg == nil {
		return semantic.EntryOptions{ReadSpec: read}
	}
	return semantic.EntryOptions{EntryPoints: cfg.EntryPoints, EntryDecorators: cfg.EntryDecorators, Startup: cfg.Startup, ReadSpec: read}
}
