package semantic

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// CallGraph is the whole-program call graph of a Program: its nodes are
// the modules, class bodies, defs and lambdas of the tree, named by
// qualified dotted names ("app.views", "app.views.OrderView.get",
// "app.views.f.inner", "app.views.<lambda1>"); its edges go from the node
// whose code makes a call to what the call may run: a node of the tree,
// a builtin ("<builtin>.len") or a name outside the tree by its import
// path ("requests.get"). An edge that hands a callable on to run
// elsewhere (a thread, a process, an executor, a task, a queue, a signal:
// libraries.HandOff) carries its kind.
//
// It is built once (NewCallGraph) and read concurrently; nothing mutates
// it after. See callgraph_solve.go for what it resolves and how.
type CallGraph struct {
	nodes  []Node
	byName map[string]int32
	names  []string // nodes' names, then the external targets
	// extByName indexes the external targets of names, for Callers.
	extByName map[string]int32
	edges     []cgEdge // by from, then to
	out       []int32  // edges[out[n]:out[n+1]] leave node n
	in        []int32  // indices of edges, by to
	inOff     []int32  // in[inOff[t]:inOff[t+1]] reach target t
	kinds     []string
	files     map[string][]fileSpan
	// guards: each file's paramGuards, by path (ParamGuardAt).
	guards map[string][]paramGuard
	// moved holds the nodes Respan placed anew, over nodes.
	moved map[int32]Node
	// covered: the files FunctionAt answers for (Covers); nil for all.
	covered map[string]bool
	// ran: the files of the modules some of whose code ran, when solved
	// from roots (nil: every scope was a root).
	ran map[string]bool
	// passes[{from, to}] is Edge.Passes of a plain edge into a def with
	// a fallback (some edge leaving it has Unless) or a mutable default;
	// nil when there is none.
	passes map[[2]int32]uint64
	// forwards[{from, to}] is Edge.ForwardsOptional of such an edge,
	// somePasses its Edge.SomePasses, forwardFrom its Edge.ForwardsFrom.
	forwards, somePasses map[[2]int32]uint64
	forwardFrom          map[[2]int32][]ParamForward
	// through are the calls of a def through the wrapper a decorator
	// made for it, as edges from the caller to the def (Edge.Via), by
	// from; into, the same by to. passThrough holds the edges from such
	// a wrapper to the defs it wraps, {wrapper, def}, when every call of
	// the wrapper is one of a def's: RunCallees and RunCallers follow
	// through in their place.
	// given: by node, the defs it gives code outside the tree (Given);
	// escaped, the defs some node gives (Escapes).
	escaped map[int32]bool
	given   map[int32][]int32
	// decorators: the decorators from outside the tree applied to a
	// def, by node (Decorators).
	decorators map[int32][]string
	through    []throughEdge
	// wrappers: by def, the wrappers decorators of the tree made for it
	// (Wrappers).
	wrappers    map[int32][]int32
	throughFrom map[int32][]int32
	throughInto map[int32][]int32
	passThrough map[[2]int32]bool
}

// throughEdge is a call of def to, through the wrapper via.
type throughEdge struct {
	cgEdge
	via int32
}

// Node is a node of the call graph.
type Node struct {
	Name     string
	Kind     NodeKind
	Path     string    // its module's file
	Pos, End token.Pos // the def, lambda or class statement; the whole file for a module
	// Line and Col place Pos, 1-based; Col counts characters.
	Line, Col int
}

// A ParamForward is a call's argument that hands on a parameter of the
// caller's, None by default: the callee's parameter Param is given
// parameter From of the def Up defs around the caller (0: the caller
// itself; its name is the caller's less Up last parts).
type ParamForward struct {
	Param, From, Up int
}

// Edge is a call, or a hand-off, from one node to a target.
type Edge struct {
	From, To string
	HandOff  string    // "" for a plain call, else the hand-off's kind ("thread", ...)
	Pos      token.Pos // the call, in From's file
	// Looped: a call that makes the edge runs at each iteration of a
	// loop of From (a for or while body, a while test, a comprehension
	// past its first iterable). Managed: every call that makes it is the
	// context expression of a with statement's item. Kept: every call
	// that makes it keeps its result beyond the run of From (in a global,
	// an attribute or an item) under a lazy-init guard (`if key not in
	// cache: cache[key] = build(key)`, or after `if key in cache: return
	// cache[key]`): it runs once per key, not at every run of From.
	Looped, Managed, Kept bool
	// Once: every call that makes it is in the body of a lazy-init guard
	// that sets what the guard tests (`if _app is None: setup(); _app =
	// App()`), whatever the call returns: it runs once (per key), not at
	// every run of From.
	Once bool
	// Locked: every call that makes it runs while From holds a lock other
	// processes see (a Redis lock: in a with statement over `r.lock(...)`,
	// or after `if not lock.acquire(): return`): runs of To through it
	// do not overlap, in any process.
	Locked bool
	// Unless, when not 0, says every call that makes the edge runs only
	// while From's parameter Unless-1, which defaults to None, is unset
	// (None, or false), as the fallback for it: `client = engine or self.create_client()`, `if
	// session is None: session = make_session()`, `make() if c is None
	// else c`, or after `if c: return c`, with the parameter bound
	// nowhere else in From. Parameters count from 0 in order:
	// positional ones (self first), *args, keyword-only ones, **kwargs.
	Unless int
	// Passes, on a plain call of a def that has a fallback (an edge
	// leaving it with Unless) or a default that may be a mutable
	// container, has bit i set when every call that makes
	// the edge passes the def's parameter i (of the first 64) something:
	// at its position, by its name, or as the receiver of a method. An
	// argument that is a literal None or False passes nothing, and *args
	// and **kwargs pass nothing known. Where every edge into From passes
	// its parameter Unless-1, the calls of an edge with Unless never run.
	Passes uint64
	// ForwardsOptional has bit i set when some call that makes the edge
	// gives parameter i a parameter of From's that is None by default
	// and never bound again: it passes what From's own caller passed,
	// which may be nothing. Passes&^ForwardsOptional is what every call
	// surely passes.
	ForwardsOptional uint64
	// SomePasses has bit i set when some call that makes the edge surely
	// passes parameter i (not by handing on a parameter None by
	// default); ForwardsFrom says, of the others, which parameter of
	// which def each hands on (a caller that passes that one passes i).
	SomePasses   uint64
	ForwardsFrom []ParamForward
	// OnSelf: every call that makes the edge is `self.m(...)` (or
	// `cls.m(...)`) on From's receiver, the first parameter of a method
	// that never binds it again, and runs a method m of that receiver
	// (To, named m; not a staticmethod's plain function). To runs only
	// when what From was called on is of a class that has To as its m:
	// From's class, or one that inherits From. The graph does not tell
	// From's runs on one receiver from its runs on another.
	OnSelf bool
	// Returns: every call that makes the edge has its result returned by
	// From: `return f(...)` (or `return await f(...)`), or bound, outside
	// a loop, to a local that From returns (`c = f(); c.x = y; return
	// c`) and reads nowhere else but for its attributes (no `with`, no
	// close, dispose or __exit__ call, not passed on nor stored). What
	// To returns is then what From's callers get.
	Returns bool
	// SameArgs: every call that makes the edge passes what is the same at
	// every run of From: constants, module-level names and what is read
	// from them (`get_client(settings.KEY)`), no parameter or local of
	// From nor of a def around it. What To builds from its parameters is
	// then the same at each call, not the caller's own.
	SameArgs bool
	// Forwards: every call that makes the edge passes what SameArgs
	// allows or what From's own parameters hold, read as they are (From
	// binds none of them again): the same at each call where From's
	// callers pass the same.
	Forwards bool
	// OnFailure: every call that makes the edge is in an except handler
	// of From: it runs when something From did before it failed (a
	// reconnect), not at every run of From.
	OnFailure bool
	// DevOnly: every call that makes the edge is in an arm of an if that
	// runs only in development or tests (`if settings.DJANGO_ENV ==
	// "test":`, `if settings.DEBUG:`; DevOnlyTest): no request of a
	// deployed service runs it.
	DevOnly bool
	// OneUse: every call that makes the edge has its result used for one
	// request (`Session().get(url)`, or `http = make(); http.mount(...);
	// return http.get(url)`: OneRequest), as a library's one-call
	// functions (`requests.get`) use the client they build.
	OneUse bool
	// Literal: a call that makes the edge passes a literal constant
	// (`set_mode("Database Objects")`): what it passes is the same at
	// every run, but another edge's call may pass another.
	Literal bool
	// Via, on an edge of RunCallees or RunCallers, is the wrapper a
	// decorator made for To that the call runs first (`@enforce_types`
	// on To): the call runs To, not every def that decorator wraps.
	Via string
}

type cgEdge struct {
	from, to int32
	pos      token.Pos
	flags    uint16 // edgeRec's
	kind     uint8
	unless   uint8 // edgeRec's
}

// fileSpan is a node's range in its file, for FunctionAt.
type fileSpan struct {
	pos, end token.Pos
	parent   int32 // index in the file's spans, -1 for the module
	name     string
}

// CallGraph builds the program's call graph.
func (p *Program) CallGraph() *CallGraph { return NewCallGraph(p) }

// NewCallGraph solves the call graph of p from its modules' summaries,
// every scope of the tree a root.
func NewCallGraph(p *Program) *CallGraph {
	s := newSolver(p, nil)
	s.solve()
	return s.graph()
}

// LazySummaries lets a solve from the entry points make the summaries it
// needs, of the modules built without one, when it first needs them:
// solving from the entry points reaches a small part of most trees (a
// sixth of the 3.11 library's modules), so parsing those again costs
// less than summarising every module while it is built.
type LazySummaries struct {
	// Parse returns m's file parsed again, from the bytes m was built
	// from, or nil to leave m out, as a module outside the tree: test
	// code, or a file that cannot be read again or has changed. The
	// file is the caller's until its next call.
	Parse func(m *Module) *parser.File
	// NewParse, when not nil, returns a Parse of its own for another
	// goroutine: with it, and more than one core, the solve makes the
	// summaries it is likely to need on the other cores first.
	NewParse func() func(m *Module) *parser.File
	// Paths are files whose nodes the graph must have, whether anything
	// reaches them or not, for FunctionAt.
	Paths []string
	// Keep puts the summaries made on their modules, for the next solve
	// over them (a language server's, at each edit). It writes to the
	// modules: nothing may read them meanwhile.
	Keep bool
}

// NewCallGraphFrom solves only what the nodes named roots reach: they
// run, then each function as something calls it, each class body as it
// is defined, and each module's body the first time something imports
// it or reads one of its globals. With lazy nil, the graph has every
// node of the modules that have a summary; else those of the modules
// the solve needed and of lazy.Paths. Edges leave only the scopes that
// ran; a name that is no node is left out. A root that is a method runs
// on the instances of its class and of the subclasses that do not define
// it again, as a framework runs it on the class a route names. Shortest
// paths from the roots are what the whole graph would give, less what
// only the code that never ran would have added, and with what running
// the roots on those subclasses adds.
func NewCallGraphFrom(p *Program, roots []string, lazy *LazySummaries) *CallGraph {
	s := newSolver(p, lazy)
	s.fromRoots = true
	want := make(map[string]bool, len(roots))
	for _, r := range roots {
		want[r] = true
	}
	if lazy != nil {
		// The modules of the roots, in the order of their names, as
		// their nodes are in the whole table.
		var mods []*Module
		for _, r := range roots {
			if m, _ := p.split(r); m != nil && p.Module(m.Name) == m && !slices.Contains(mods, m) {
				mods = append(mods, m)
			}
		}
		slices.SortFunc(mods, func(a, b *Module) int { return strings.Compare(a.Name, b.Name) })
		if lazy.NewParse != nil {
			// Then the files the graph must also have, indexed last.
			var asked []*Module
			for _, path := range lazy.Paths {
				if m := p.ByPath[path]; m != nil {
					asked = append(asked, m)
				}
			}
			s.ahead = startPrefetch(p, mods, asked, lazy.NewParse)
			defer s.ahead.stop()
		}
		for _, m := range mods {
			s.indexOf(m)
		}
	}
	s.active = make([]bool, len(s.nodes))
	var ns []int32
	for n := range s.nodes {
		if _, sc := s.scope(int32(n)); want[sc.name] {
			ns = append(ns, int32(n))
		}
	}
	s.solveFrom(ns)
	ran := map[string]bool{}
	for n, active := range s.active {
		if active {
			ran[s.mods[s.nodes[n].mod].Path] = true
		}
	}
	var asked map[string]bool
	if lazy != nil {
		asked = make(map[string]bool, len(lazy.Paths))
		for _, path := range lazy.Paths {
			asked[path] = true
			if m := p.ByPath[path]; m != nil && p.Module(m.Name) == m {
				s.indexOf(m)
			}
		}
	}
	g := s.graph()
	g.ran = ran
	if asked != nil {
		for path := range g.files {
			asked[path] = true
		}
		g.covered = asked
	}
	return g
}

// Covers reports whether FunctionAt answers for the file at path as a
// solve over every module would: a graph solved from summaries made on
// demand has the defs of the files it needed and of those it was asked
// for (LazySummaries.Paths) only.
func (g *CallGraph) Covers(path string) bool {
	return g.covered == nil || g.covered[path]
}

// graph turns the solved edges into the CallGraph.
func (s *solver) graph() *CallGraph {
	g := &CallGraph{byName: make(map[string]int32, len(s.nodes)), kinds: s.kinds, files: make(map[string][]fileSpan, len(s.mods)),
		nodes: make([]Node, 0, len(s.nodes))}
	// Nodes: one per name (a redefinition shares its first definition's).
	nodeOf := make([]int32, len(s.nodes))
	var fallbacks []int32
	var fallback []bool // by node: a def with a fallback
	for n := range s.nodes {
		_, sc := s.scope(int32(n))
		id, ok := g.byName[sc.name]
		if !ok {
			id = int32(len(g.nodes))
			g.nodes = append(g.nodes, Node{Name: sc.name, Kind: sc.kind, Path: s.mods[s.nodes[n].mod].Path, Pos: sc.pos, End: sc.end,
				Line: int(sc.line), Col: int(sc.col)})
			g.byName[sc.name] = id
		}
		nodeOf[n] = id
		if sc.fallback || sc.mutableDefault || sc.guarded || sc.handsOn {
			fallbacks = append(fallbacks, id)
		}
	}
	if len(fallbacks) > 0 {
		fallback = make([]bool, len(g.nodes))
		g.passes, g.forwards, g.somePasses = map[[2]int32]uint64{}, map[[2]int32]uint64{}, map[[2]int32]uint64{}
		g.forwardFrom = map[[2]int32][]ParamForward{}
		for _, id := range fallbacks {
			fallback[id] = true
		}
	}
	for mi, m := range s.mods {
		cg := s.sums[mi]
		spans := make([]fileSpan, len(cg.scopes))
		for si, sc := range cg.scopes {
			spans[si] = fileSpan{pos: sc.pos, end: sc.end, parent: sc.parent, name: sc.name}
		}
		g.files[m.Path] = spans
		if len(cg.guards) > 0 {
			if g.guards == nil {
				g.guards = map[string][]paramGuard{}
			}
			g.guards[m.Path] = cg.guards
		}
	}
	g.names = make([]string, len(g.nodes), len(g.nodes)+len(s.extNames))
	for i, n := range g.nodes {
		g.names[i] = n.Name
	}
	ext := make([]int32, len(s.extNames))
	g.extByName = make(map[string]int32, len(s.extNames))
	for i, name := range s.extNames {
		if id, ok := g.byName[name]; ok {
			ext[i] = id
			continue
		}
		ext[i] = int32(len(g.names))
		g.extByName[name] = ext[i]
		g.names = append(g.names, name)
	}
	// A redefinition's edges join its first definition's: of the same
	// edge from both, the first in the file is kept.
	count := 0
	for _, list := range s.edges {
		count += len(list)
	}
	g.edges = make([]cgEdge, 0, count)
	for from, list := range s.edges {
		for _, k := range list {
			e := cgEdge{from: nodeOf[from], kind: k.kind, flags: k.flags, unless: k.unless, pos: k.pos}
			if k.to >= 0 {
				e.to = nodeOf[k.to]
			} else {
				e.to = ext[^k.to]
			}
			g.edges = append(g.edges, e)
			if k.kind == 0 && k.to >= 0 && fallback != nil && fallback[e.to] {
				// Of the same edge from a def and its redefinitions, or
				// into them, what every one passes.
				andPasses(g.passes, [2]int32{e.from, e.to}, s.passes[[2]int32{int32(from), k.to}])
				sk, gk := [2]int32{int32(from), k.to}, [2]int32{e.from, e.to}
				g.somePasses[gk] |= s.somePasses[sk]
				if f := s.forwards[sk]; f != 0 {
					g.forwards[gk] |= f
					for _, pf := range s.forwardFrom[sk] {
						if !slices.Contains(g.forwardFrom[gk], pf) {
							g.forwardFrom[gk] = append(g.forwardFrom[gk], pf)
						}
					}
				}
			}
		}
	}
	// Edges sort by their target's name: the targets are ranked once
	// (names are distinct), so that sorting a million edges compares
	// ints, not strings. Only the names some edge reaches are sorted:
	// solving from the entry points leaves most nodes without one.
	rank := make([]int32, len(g.names))
	var targets []int32
	for _, e := range g.edges {
		if rank[e.to] == 0 {
			rank[e.to] = 1
			targets = append(targets, e.to)
		}
	}
	slices.SortFunc(targets, func(a, b int32) int { return strings.Compare(g.names[a], g.names[b]) })
	for r, t := range targets {
		rank[t] = int32(r)
	}
	slices.SortFunc(g.edges, func(a, b cgEdge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(rank[a.to], rank[b.to]),
			cmp.Compare(a.kind, b.kind), cmp.Compare(a.pos, b.pos))
	})
	// Of the same edge from a def and its redefinitions, the first is
	// kept, with the flags of all.
	kept := g.edges[:0]
	for _, e := range g.edges {
		if n := len(kept); n > 0 && kept[n-1].from == e.from && kept[n-1].to == e.to && kept[n-1].kind == e.kind {
			kept[n-1].flags = mergeCallFlags(kept[n-1].flags, e.flags)
			if kept[n-1].unless != e.unless {
				kept[n-1].unless = 0
			}
			continue
		}
		kept = append(kept, e)
	}
	g.edges = kept
	g.out = make([]int32, len(g.nodes)+1)
	for _, e := range g.edges {
		g.out[e.from+1]++
	}
	for i := 1; i < len(g.out); i++ {
		g.out[i] += g.out[i-1]
	}
	g.inOff = make([]int32, len(g.names)+1)
	for _, e := range g.edges {
		g.inOff[e.to+1]++
	}
	for i := 1; i < len(g.inOff); i++ {
		g.inOff[i] += g.inOff[i-1]
	}
	g.in = make([]int32, len(g.edges))
	fill := slices.Clone(g.inOff)
	for i, e := range g.edges {
		g.in[fill[e.to]] = int32(i)
		fill[e.to]++
	}
	g.linkThrough(s, nodeOf)
	for from, defs := range s.given {
		if g.escaped == nil {
			g.escaped, g.given = map[int32]bool{}, map[int32][]int32{}
		}
		id := nodeOf[from]
		for _, d := range defs {
			to := nodeOf[d]
			g.escaped[to] = true
			if !slices.Contains(g.given[id], to) {
				g.given[id] = append(g.given[id], to)
			}
		}
	}
	for id := range g.given {
		slices.Sort(g.given[id]) // the solve's order is a map's
	}
	for n, names := range s.decorate {
		if g.decorators == nil {
			g.decorators = map[int32][]string{}
		}
		id := nodeOf[n]
		for _, name := range names {
			if !slices.Contains(g.decorators[id], name) {
				g.decorators[id] = append(g.decorators[id], name)
			}
		}
	}
	return g
}

// Decorators returns the decorators from outside the tree that were
// applied to the def name, as they were found (`@lru_cache(maxsize=8)`
// and `@functools.lru_cache` are both "functools.lru_cache"), in no
// particular order.
func (g *CallGraph) Decorators(name string) []string {
	id, ok := g.byName[name]
	if !ok {
		return nil
	}
	return g.decorators[id]
}

// Escapes reports whether the def name is given to code outside the tree
// other than as a decorator's (`functools.partial(f, x)`): it may be
// called in ways the graph does not see.
func (g *CallGraph) Escapes(name string) bool {
	id, ok := g.byName[name]
	return ok && g.escaped[id]
}

// Given returns the defs that the def name gives code outside the tree
// as arguments (`validate(body, get_certificate=fetch)`: Escapes), which
// that code may call before it returns; nil when none.
func (g *CallGraph) Given(name string) []string {
	id, ok := g.byName[name]
	if !ok || len(g.given[id]) == 0 {
		return nil
	}
	out := make([]string, len(g.given[id]))
	for i, to := range g.given[id] {
		out[i] = g.nodes[to].Name
	}
	return out
}

// linkThrough keeps the solver's calls through a wrapper whose call of
// the def it wraps is an edge of the graph, and marks those edges to be
// passed through where no call ran the wrapper as itself.
func (g *CallGraph) linkThrough(s *solver, nodeOf []int32) {
	if len(s.wraps) == 0 {
		return
	}
	g.throughFrom, g.throughInto, g.passThrough = map[int32][]int32{}, map[int32][]int32{}, map[[2]int32]bool{}
	g.wrappers = map[int32][]int32{}
	for k := range s.wraps {
		w, def := nodeOf[k[0]], nodeOf[k[1]]
		if !slices.Contains(g.wrappers[def], w) {
			g.wrappers[def] = append(g.wrappers[def], w)
		}
	}
	for _, ws := range g.wrappers {
		slices.Sort(ws)
	}
	// A wrapper no call ran as itself runs only the def it was made for:
	// its edges to the others it wraps are no call (even of a def whose
	// own calls did not run).
	for k := range s.wraps {
		if int(k[0]) >= len(s.plainCalled) || !s.plainCalled[k[0]] {
			g.passThrough[[2]int32{nodeOf[k[0]], nodeOf[k[1]]}] = true
		}
	}
	for _, t := range s.throughs {
		from, via, to := nodeOf[t.from], nodeOf[t.via], nodeOf[t.to]
		viaFlags, hasEdge := g.edgeFlags(via, to)
		if !hasEdge && (int(t.via) >= len(s.lostFree) || !s.lostFree[t.via]) {
			continue
		}
		if t.kind == 0 && t.passes != 0 {
			// What the call through the wrapper passes to the def.
			if g.passes == nil {
				g.passes, g.forwards, g.somePasses = map[[2]int32]uint64{}, map[[2]int32]uint64{}, map[[2]int32]uint64{}
				g.forwardFrom = map[[2]int32][]ParamForward{}
			}
			andPasses(g.passes, [2]int32{from, to}, t.passes)
			g.somePasses[[2]int32{from, to}] |= t.passes
		}
		// What the wrapper keeps of the def's call, under its own
		// guard (a result it caches per key), each call through it keeps.
		flags := t.flags | viaFlags&(flagKept|flagOnce)
		i := int32(len(g.through))
		g.through = append(g.through, throughEdge{cgEdge: cgEdge{from: from, to: to, pos: t.pos, flags: flags, kind: t.kind}, via: via})
		g.throughFrom[from] = append(g.throughFrom[from], i)
		g.throughInto[to] = append(g.throughInto[to], i)
	}
}

// Wrappers returns the wrappers that decorators of the tree made for the
// def name (`@limited(10) def a()`: limited's nested def), in node order.
// What registers the decorated def registers its wrapper: a framework
// that calls a runs the wrapper first.
func (g *CallGraph) Wrappers(name string) []string {
	id, ok := g.byName[name]
	if !ok {
		return nil
	}
	var out []string
	for _, w := range g.wrappers[id] {
		out = append(out, g.names[w])
	}
	return out
}

// edgeFlags returns the flags of the edge from node from to to, and
// whether the graph has one.
func (g *CallGraph) edgeFlags(from, to int32) (uint16, bool) {
	for _, e := range g.edges[g.out[from]:g.out[from+1]] {
		if e.to == to {
			return e.flags, true
		}
	}
	return 0, false
}

// RunCallees is Callees as code runs, for request paths: an edge from a
// wrapper a decorator made to the def it wraps is left out when every
// call of the wrapper is one of that def's, and the calls of a def
// through such a wrapper leave the caller for the def (Edge.Via).
func (g *CallGraph) RunCallees(name string) []Edge {
	id, ok := g.byName[name]
	if !ok || g.throughFrom == nil {
		return g.Callees(name)
	}
	var out []Edge
	for _, e := range g.edges[g.out[id]:g.out[id+1]] {
		if !g.passThrough[[2]int32{id, e.to}] {
			out = append(out, g.edge(e))
		}
	}
	for _, i := range g.throughFrom[id] {
		out = append(out, g.throughEdge(g.through[i]))
	}
	return out
}

// RunCallers is Callers as code runs (RunCallees).
func (g *CallGraph) RunCallers(name string) []Edge {
	id, ok := g.byName[name]
	if !ok || g.throughFrom == nil {
		return g.Callers(name)
	}
	var out []Edge
	for _, i := range g.in[g.inOff[id]:g.inOff[id+1]] {
		if e := g.edges[i]; !g.passThrough[[2]int32{e.from, id}] {
			out = append(out, g.edge(e))
		}
	}
	for _, i := range g.throughInto[id] {
		out = append(out, g.throughEdge(g.through[i]))
	}
	return out
}

func (g *CallGraph) throughEdge(t throughEdge) Edge {
	e := g.edge(t.cgEdge)
	e.Via = g.names[t.via]
	return e
}

// Nodes returns the nodes of the tree, in module order then source
// order. The slice is shared: callers must not modify it.
func (g *CallGraph) Nodes() []Node {
	if len(g.moved) == 0 {
		return g.nodes
	}
	out := slices.Clone(g.nodes)
	for id, n := range g.moved {
		out[id] = n
	}
	return out
}

// Node returns the node named name.
func (g *CallGraph) Node(name string) (Node, bool) {
	id, ok := g.byName[name]
	if !ok {
		return Node{}, false
	}
	if n, ok := g.moved[id]; ok {
		return n, true
	}
	return g.nodes[id], true
}

// Targets returns every target of an edge that is not a node of the
// tree (builtins and names outside the tree), sorted.
func (g *CallGraph) Targets() []string {
	out := slices.Clone(g.names[len(g.nodes):])
	slices.Sort(out)
	return out
}

func (g *CallGraph) edge(e cgEdge) Edge {
	out := Edge{From: g.names[e.from], To: g.names[e.to], HandOff: g.kinds[e.kind], Pos: e.pos,
		Looped: e.flags&flagLooped != 0, Managed: e.flags&flagManaged != 0, Kept: e.flags&flagKept != 0, Once: e.flags&flagOnce != 0,
		Locked: e.flags&flagLocked != 0,
		Unless: int(e.unless), OnSelf: e.flags&flagSelf != 0, Returns: e.flags&flagReturns != 0,
		SameArgs: e.flags&flagSameArgs != 0, Forwards: e.flags&flagForwards != 0, OnFailure: e.flags&flagFailure != 0, Literal: e.flags&flagLiteral != 0,
		DevOnly: e.flags&flagDevOnly != 0, OneUse: e.flags&flagOneUse != 0}
	if e.kind == 0 {
		out.Passes = g.passes[[2]int32{e.from, e.to}] // only edges into a def with a fallback have one
		k := [2]int32{e.from, e.to}
		out.ForwardsOptional, out.SomePasses, out.ForwardsFrom = g.forwards[k], g.somePasses[k], g.forwardFrom[k]
	}
	return out
}

// Callees returns the edges leaving the node name, sorted by target.
func (g *CallGraph) Callees(name string) []Edge {
	id, ok := g.byName[name]
	if !ok {
		return nil
	}
	edges := g.edges[g.out[id]:g.out[id+1]]
	if len(edges) == 0 {
		return nil
	}
	// Sized once: the writers of crosstalk callgraph call this for every
	// node, and growing the slice edge by edge was a tenth of their time.
	out := make([]Edge, len(edges))
	for i, e := range edges {
		out[i] = g.edge(e)
	}
	return out
}

// Callers returns the edges reaching name (a node, a builtin or an
// external name), sorted by caller.
func (g *CallGraph) Callers(name string) []Edge {
	id, ok := g.byName[name]
	if !ok {
		if id, ok = g.extByName[name]; !ok {
			return nil
		}
	}
	in := g.in[g.inOff[id]:g.inOff[id+1]]
	if len(in) == 0 {
		return nil
	}
	out := make([]Edge, len(in))
	for j, i := range in {
		out[j] = g.edge(g.edges[i])
	}
	return out
}

// FunctionAt returns the innermost def, lambda, class body or module of
// the file at path that contains pos, or "" when the file is not in the
// graph.
func (g *CallGraph) FunctionAt(path string, pos token.Pos) string {
	spans := g.files[path]
	if len(spans) == 0 {
		return ""
	}
	return spans[spanAt(spans, pos)].name
}

// spanAt returns the index of the innermost of a file's spans (not
// empty) that holds pos, the module's (0) when none does.
func spanAt(spans []fileSpan, pos token.Pos) int {
	// Spans are in source order of their starts: the last one starting at
	// or before pos, or one of its ancestors, holds pos.
	i := sort.Search(len(spans), func(i int) bool { return spans[i].pos > pos }) - 1
	for i > 0 && !(spans[i].pos <= pos && pos < spans[i].end) {
		i = int(spans[i].parent)
	}
	return max(i, 0)
}

// ParamGuardAt says whether the code at pos, in the file at path, runs
// only while a parameter of the def it is in, one defaulting to None, is
// unset (set false: `if engine is None: engine = build()`) or only while
// it is set (set true: `if app: self.app = app`): param is 1 + the
// parameter's index, counted as Edge.Passes counts, 0 when neither, and
// name its name.
func (g *CallGraph) ParamGuardAt(path string, pos token.Pos) (param int, name string, set bool) {
	guards, spans := g.guards[path], g.files[path]
	if len(guards) == 0 || len(spans) == 0 {
		return 0, "", false
	}
	i := spanAt(spans, pos)
	best := -1
	for j, gd := range guards {
		if gd.scope == int32(i) && gd.lo <= pos && pos < gd.hi && (best < 0 || gd.lo >= guards[best].lo) {
			best = j
		}
	}
	if best < 0 {
		return 0, "", false
	}
	return int(guards[best].param), guards[best].name, guards[best].set
}

// Ran reports whether a solve from roots ran any code of the file at
// path: a module, class body, def or lambda of it. A module none of
// whose code ran had no say in the graph: its calls made no edge, and
// nothing called it.
func (g *CallGraph) Ran(path string) bool {
	return g.ran == nil || g.ran[path]
}

// Respan returns g with FunctionAt, and the nodes of m's file, answering
// from m's summary for m's file. For a module whose code did not run
// (Ran is false for it both before and after the change that made m),
// the graph is otherwise the one a solve with m would give; for one that
// ran, its edges are still the old module's. m without a summary (test
// code) has no spans, as in a solve.
func (g *CallGraph) Respan(m *Module) *CallGraph {
	h := *g
	h.files = maps.Clone(g.files)
	delete(h.files, m.Path)
	if g.covered != nil && !g.covered[m.Path] {
		h.covered = maps.Clone(g.covered)
		h.covered[m.Path] = true
	}
	if m.cg != nil {
		spans := make([]fileSpan, len(m.cg.scopes))
		for i, sc := range m.cg.scopes {
			spans[i] = fileSpan{pos: sc.pos, end: sc.end, parent: sc.parent, name: sc.name}
		}
		h.files[m.Path] = spans
		if len(m.cg.guards) > 0 || h.guards[m.Path] != nil {
			h.guards = maps.Clone(g.guards)
			if h.guards == nil {
				h.guards = map[string][]paramGuard{}
			}
			h.guards[m.Path] = m.cg.guards
		}
		// Its nodes move with them: a request path names where each step
		// is. A redefinition's node stays its first definition's.
		seen, cloned := map[int32]bool{}, false
		for _, sc := range m.cg.scopes {
			id, ok := g.byName[sc.name]
			if !ok || seen[id] || g.nodes[id].Path != m.Path {
				continue
			}
			seen[id] = true
			n, _ := g.Node(sc.name)
			if n.Pos == sc.pos && n.End == sc.end && n.Line == int(sc.line) && n.Col == int(sc.col) {
				continue
			}
			if !cloned {
				h.moved, cloned = maps.Clone(g.moved), true
				if h.moved == nil {
					h.moved = map[int32]Node{}
				}
			}
			n.Pos, n.End, n.Line, n.Col = sc.pos, sc.end, int(sc.line), int(sc.col)
			h.moved[id] = n
		}
	}
	return &h
}

// PyCG returns the graph in PyCG's format: every node and every target
// a key, to the sorted, distinct names it calls (hand-offs included).
func (g *CallGraph) PyCG() map[string][]string {
	out := make(map[string][]string, len(g.names))
	for _, name := range g.names {
		out[name] = []string{}
	}
	for _, e := range g.edges {
		from, to := g.names[e.from], g.names[e.to]
		if l := out[from]; len(l) == 0 || l[len(l)-1] != to {
			out[from] = append(l, to)
		}
	}
	return out
}
