package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ProcessLocalCacheOfSharedData is CT201.
var ProcessLocalCacheOfSharedData = &analysis.Analyzer{
	Name:    "process-local-cache-of-shared-data",
	Code:    "CT201",
	Doc:     doc("CT201"),
	Options: []analysis.Option{dataLoadsOption},
	Run:     runProcessLocalCacheOfSharedData,
}

var dataLoadsOption = analysis.Option{
	Name: "extend-data-loads",
	Doc:  "qualified names of more calls that read data other processes can change (e.g. an in-house myapp.db.fetch_setting)",
}

// cacheKind says where a process-local cache lives.
type cacheKind uint8

const (
	moduleContainer cacheKind = iota // CACHE[k] = load(), in a module-level container
	moduleGlobal                     // global _config; _config = load()
	classAttr                        // self._by_code[k] = load(), cls._flags = load(), on the class or a singleton
	cachedFunction                   // @lru_cache on a def that loads
)

// cacheFill is a def storing what a load returned where the next call,
// from any request, finds it.
type cacheFill struct {
	kind     cacheKind
	pos, end token.Pos
	path     string // moduleContainer, moduleGlobal: resolved; cachedFunction: the def's qualified name
	class    string // classAttr: the method's class (QualName)
	attr     string // classAttr
	// onSelf: classAttr set through self (self.x = load()): an attribute
	// of the instance, shared only when the instance is a singleton's.
	// changed: classAttr changed in place (self._by_code[k] = ...), not
	// set.
	onSelf, changed bool
	fn              string // the def that fills it, as __qualname__
	load            string // the load, as written: "Flag.objects.get"
	// invalidated: this module's code resets or deletes from it (a
	// rebinding to a constant or an empty display, del), or the def
	// that fills it keeps the time of the fill (a TTL by hand).
	invalidated bool
	// bound: cachedFunction with a maxsize, as given (0: none, every
	// result kept).
	bound int
	// madeBy: cachedFunction of a def nested in another, named here:
	// each call of that one makes a new cache, which lives as long as
	// what keeps the def.
	madeBy string
	// buffer: moduleContainer filled at a constant key by a statement of
	// the def's body's top level, and read in its module only after that
	// statement, in the def (refilledBeforeReads): each call fills it
	// again before reading it. Another module may still read it.
	buffer bool
	// refills: moduleGlobal rebound with no test in the def of whether
	// it is empty: each run of the def fills it anew.
	refills bool
}

func runProcessLocalCacheOfSharedData(pass *analysis.Pass) {
	mod := pass.Module
	reportCacheUses(pass, slices.Concat(cacheUserClasses(mod), cacheUserRefs(mod)))
	invalidations := withoutReleases(cacheCalls(mod, func(cs libraries.CacheSetting) []string { return cs.Invalidate }, false),
		cacheCalls(mod, func(cs libraries.CacheSetting) []string { return cs.Lock }, true))
	reportCacheCalls(pass, invalidations, func(c cacheCall, cache string) string {
		return fmt.Sprintf("`%s(...)` in `%s` takes the entry out of %s: the other worker processes keep serving their own copy until it expires; bind the alias to a cache the processes share (Redis, Memcached, the database)",
			c.call, c.fn, cache)
	})
	extra := map[string]bool{}
	for _, qn := range pass.Options[dataLoadsOption.Name] {
		extra[qn] = true
	}
	lf := &loadFinder{mod: mod, extra: extra, extraNames: map[string]bool{}}
	for qn := range extra {
		lf.extraNames[qn[strings.LastIndexByte(qn, '.')+1:]] = true
	}
	fns := mod.Functions()
	lf.loaders = loadingDefs(lf, fns)
	var fills []cacheFill
	var fillers []*semantic.Function // the def of each fill
	for i, fn := range fns {
		if !lf.mayLoad[i] || len(lf.stores[i]) == 0 && len(decoratorsOf(fn.Node)) == 0 ||
			mod.Libraries().IsTestClassFixture(fn.QualName[strings.LastIndexByte(fn.QualName, '.')+1:]) {
			continue // setUpTestData fills the test class on purpose
		}
		fills = append(fills, cacheFills(lf, fn, lf.stores[i])...)
		for len(fillers) < len(fills) {
			fillers = append(fillers, fn)
		}
	}
	if len(fills) == 0 {
		return
	}
	resets := map[string]bool{} // "X" module-level, "C.attr" class attributes
	for _, fn := range fns {
		collectResets(fn, resets)
	}
	timed := map[timedFill]bool{} // keepsFillTime of the defs that fill
	expired := expiredByTime(mod, fns)
	for i := range fills {
		f := &fills[i]
		switch f.kind {
		case moduleContainer, moduleGlobal:
			rel, ok := strings.CutPrefix(f.path, mod.Name+".")
			if f.invalidated = ok && resets[rel] || expired[f.path]; f.invalidated {
				break
			}
			f.invalidated = fillTimedOnce(timed, mod, fillers[i], "")
		case cachedFunction:
			f.invalidated = expired[f.path]
		case classAttr:
			f.invalidated = resets[f.class+"."+f.attr] || fillTimedOnce(timed, mod, fillers[i], firstParam(fillers[i].Args))
		}
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		seen := map[string]bool{}
		for _, f := range fills {
			key := fmt.Sprint(f.kind, f.path, f.class, f.attr, f.fn)
			if !seen[key] && reportCacheFill(pp, f) {
				seen[key] = true
			}
		}
	})
}

// expiredByTime returns the module-level names (qualified) that a def of
// mod clears under an if whose test reads the time (`if now - _reset >
// timedelta(days=1): load.cache_clear()`, before `load()`): an expiry
// by hand, which every process that runs the def makes for itself.
func expiredByTime(mod *semantic.Module, fns []*semantic.Function) map[string]bool {
	out := map[string]bool{}
	for _, fn := range fns {
		var walk func(stmts []ast.Stmt, timed bool)
		walk = func(stmts []ast.Stmt, timed bool) {
			for _, st := range stmts {
				switch st := st.(type) {
				case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
					continue
				case *ast.If:
					walk(st.Body, timed || readsTime(mod, fn, st.Test))
					walk(st.Orelse, timed)
					continue
				case *ast.ExprStmt:
					call, ok := st.Value.(*ast.Call)
					if !ok || !timed {
						break
					}
					if a, ok := call.Func.(*ast.Attribute); ok && semantic.IsClearingMethod(a.Attr) {
						p := semantic.DottedPath(a.Value)
						if first, _, _ := strings.Cut(p, "."); p != "" && !fn.Local(first) {
							out[mod.ResolvePath(p)] = true
						}
					}
				}
				ast.EachBlock(st, func(b []ast.Stmt) { walk(b, timed) })
			}
		}
		walk(fn.Body, false)
	}
	return out
}

// timedFill is a filling def and the receiver whose attributes count as
// its state (keepsFillTime).
type timedFill struct {
	fn   *semantic.Function
	recv string
}

// fillTimedOnce is keepsFillTime of fn, with its receiver recv when a
// fill is on it, kept in timed once found.
func fillTimedOnce(timed map[timedFill]bool, mod *semantic.Module, fn *semantic.Function, recv string) bool {
	k := timedFill{fn, recv}
	t, asked := timed[k]
	if !asked {
		t = keepsFillTime(mod, fn, recv)
		timed[k] = t
	}
	return t
}

// loadFinder tells the calls that read data other processes can change.
// memoryKey is a local of a def, for loadFinder.memory.
type memoryKey struct {
	fn    *semantic.Function
	local string
}

type loadFinder struct {
	// memory caches inMemoryDatabase, by def and local; buckets,
	// bucketCalls.
	memory  map[memoryKey]bool
	buckets map[string][]bool
	mod     *semantic.Module
	extra   map[string]bool // the extend-data-loads option
	// extraNames are the last names of extra.
	extraNames map[string]bool
	// loaders are the defs of the module that load, directly or through
	// other defs of the module (loadingDefs), by __qualname__, with the
	// load they make.
	loaders map[string]string
	// stores holds, by the index of the def in the module's Functions,
	// the statements and calls of its body that may store in a cache
	// (an assignment to maybeStore's targets, a keyed store call):
	// cacheFills reads only those.
	stores [][]ast.Node
	// mayLoad holds, by the same index, whether a call of the def's body
	// loads, directly or through a loading def, or the def is one of the
	// loaders (by its name): a def of neither fills no cache, and most
	// defs are neither.
	mayLoad []bool
}

// direct returns the load call e is, as written, or "".
func (lf *loadFinder) direct(call *ast.Call, fn *semantic.Function) string {
	libs := lf.mod.Libraries()
	written := func() string { return describeCall(call.Func) }
	// Resolving costs a string per call: only a callee whose last name
	// is a load's is resolved.
	if last := lastName(call.Func); libs.IsDataLoadName(last) || lf.extraNames[last] {
		if path := semantic.DottedPath(call.Func); path != "" {
			first, _, _ := strings.Cut(path, ".")
			if !fn.Local(first) {
				qn := lf.mod.ResolvePath(path)
				if libs.IsDataLoad(qn) || lf.extra[qn] {
					return written()
				}
			}
		}
	}
	if model := queryModel(libs, call.Func); model != nil {
		if path := semantic.DottedPath(model); path != "" && libs.IsStaticModel(lf.mod.ResolvePath(path)) {
			return ""
		}
		return written()
	}
	if a, ok := call.Func.(*ast.Attribute); ok {
		// revision.version_set.filter(...): a method of a related manager.
		if m, ok := a.Value.(*ast.Attribute); ok && libs.IsRelatedManager(m.Attr) && libs.IsRelatedManagerMethod(a.Attr) {
			return written()
		}
		// SiteConfiguration.get_solo(): a model base's class method, on
		// a class's name.
		if recv := lastName(a.Value); libs.IsModelLoad(a.Attr) && recv != "" && !fn.Local(recv) && semantic.Capitalised(recv) {
			return written()
		}
	}
	// session.execute(...), cursor.fetchall(): a query method on a
	// receiver named as a database handle.
	if a, ok := call.Func.(*ast.Attribute); ok && libs.IsQueryMethod(a.Attr) && databaseHandle(libs, lastName(a.Value)) {
		if lf.inMemoryDatabase(fn, a.Value) || metadataQuery(libs, call) {
			return ""
		}
		return written()
	}
	return ""
}

// cacheWords say, in a name, that it holds a cache: `_ENGINE_CACHE.get(key)`
// reads a dict of engines, not through one.
var cacheWords = map[string]bool{"cache": true, "cached": true, "memo": true}

// databaseHandle reports whether recv, a receiver's last name, is named
// as a database handle: its last word (split at '_') is one of the
// libraries' QueryReceivers (session, db, conn: semantic.SessionLikeName)
// and none of its words is one of cacheWords.
func databaseHandle(libs *libraries.Index, recv string) bool {
	for word := range strings.SplitSeq(strings.ToLower(recv), "_") {
		if cacheWords[word] {
			return false
		}
	}
	return semantic.SessionLikeName(libs, recv)
}

// metadataQuery reports whether call runs SQL, spelt as a string
// constant or given to text(), that reads the connection's or the
// server's own settings (`PRAGMA database_list`, `SHOW server_version`):
// libraries' MetadataQueries.
func metadataQuery(libs *libraries.Index, call *ast.Call) bool {
	if len(call.Args) == 0 {
		return false
	}
	sql := call.Args[0]
	if c, ok := sql.(*ast.Call); ok && lastName(c.Func) == "text" && len(c.Args) == 1 {
		sql = c.Args[0]
	}
	s, ok := semantic.StringConstant(sql)
	return ok && libs.IsMetadataQuery(s)
}

// inMemoryDatabase reports whether recv is a local of fn that every
// binding gives a database of its own in memory (`conn =
// sqlite3.connect(":memory:")`): what it reads, no other process
// writes. Worked out once per def and local.
func (lf *loadFinder) inMemoryDatabase(fn *semantic.Function, recv ast.Expr) bool {
	name, ok := recv.(*ast.Name)
	if !ok || !fn.Local(name.Id) {
		return false
	}
	key := memoryKey{fn, name.Id}
	if v, ok := lf.memory[key]; ok {
		return v
	}
	memory := func(v ast.Expr) bool {
		c, ok := v.(*ast.Call)
		if !ok || lastName(c.Func) != "connect" || len(c.Args) == 0 {
			return false
		}
		s, ok := semantic.StringConstant(c.Args[0])
		return ok && (s == ":memory:" || strings.Contains(s, "mode=memory"))
	}
	// Every binding of the local (each a Store of its name) is one to a
	// database in memory.
	stores, inMemory := 0, 0
	fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				if semantic.IsName(t, name.Id) && memory(n.Value) {
					inMemory++
				}
			}
		case *ast.WithItem:
			if n.OptionalVars != nil && semantic.IsName(n.OptionalVars, name.Id) && memory(n.ContextExpr) {
				inMemory++
			}
		case *ast.Name:
			if n.Id == name.Id && n.Ctx == ast.Store {
				stores++
			}
		}
	})
	v := stores > 0 && stores == inMemory
	if lf.memory == nil {
		lf.memory = map[memoryKey]bool{}
	}
	lf.memory[key] = v
	return v
}

// in returns the load that e makes, directly or by calling a loading def
// of the module (f(...), self.m(...), cls.m(...)), or "".
func (lf *loadFinder) in(e ast.Node, fn *semantic.Function) string {
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.Lambda, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
			return false
		case *ast.Call:
			// A hand-off (create_task, submit, Thread) returns a handle,
			// not the data its arguments read.
			if lf.mod.Libraries().IsHandOffName(lastName(n.Func)) {
				return false
			}
			if l := lf.direct(n, fn); l != "" {
				found = l
			} else if l := lf.viaDef(n, fn); l != "" {
				found = l
			}
		}
		return found == ""
	})
	return found
}

// viaDef returns the load of the module's def that call calls, or "".
func (lf *loadFinder) viaDef(call *ast.Call, fn *semantic.Function) string {
	if name := calledDef(lf.mod, fn, call); name != "" {
		return lf.loaders[name]
	}
	return ""
}

// loadingDefs returns the defs of fns that load, directly or through
// other defs of the module (to four calls deep), by __qualname__, each
// with a load it makes. Each body is walked once: its direct load and
// the defs of the module it calls; the rest is propagation over those.
func loadingDefs(lf *loadFinder, fns []*semantic.Function) map[string]string {
	lf.loaders = map[string]string{}
	lf.stores = make([][]ast.Node, len(fns))
	callees := make([][]string, len(fns))
	for i, fn := range fns {
		class := ""
		if j := strings.LastIndexByte(fn.QualName, '.'); j > 0 && lf.mod.Classes[fn.QualName[:j]] != nil {
			class = fn.QualName[:j]
		}
		fn.EachNode(func(n ast.Node) {
			switch n := n.(type) {
			case *ast.Assign:
				if slices.ContainsFunc(n.Targets, func(t ast.Expr) bool { return maybeStore(fn, class, t) }) {
					lf.stores[i] = append(lf.stores[i], n)
				}
			case *ast.Call:
				if f, ok := n.Func.(*ast.Attribute); ok && keyedStores[f.Attr] && len(n.Args) > 0 {
					lf.stores[i] = append(lf.stores[i], n)
				}
				if lf.loaders[fn.QualName] != "" {
					return
				}
				if l := lf.direct(n, fn); l != "" {
					lf.loaders[fn.QualName] = lf.mod.Intern(l)
				} else if name := calledDef(lf.mod, fn, n); name != "" {
					callees[i] = append(callees[i], name)
				}
			}
		})
	}
	for range 4 { // helpers of helpers, to a depth
		changed := false
		for i, fn := range fns {
			if lf.loaders[fn.QualName] != "" {
				continue
			}
			for _, name := range callees[i] {
				if l := lf.loaders[name]; l != "" {
					lf.loaders[fn.QualName] = l
					changed = true
					break
				}
			}
		}
		if !changed {
			break
		}
	}
	lf.mayLoad = make([]bool, len(fns))
	for i, fn := range fns {
		lf.mayLoad[i] = lf.loaders[fn.QualName] != "" || slices.ContainsFunc(callees[i], func(name string) bool { return lf.loaders[name] != "" })
	}
	return lf.loaders
}

// cacheFills returns where fn stores what a load returned so that a
// later call finds it: a module-level container or global, an attribute
// of its class or of self (decided later to be a class attribute or a
// singleton's), or its own results when a cache decorator wraps it.
func cacheFills(lf *loadFinder, fn *semantic.Function, stores []ast.Node) []cacheFill {
	mod := lf.mod
	var out []cacheFill
	class := ""
	if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 && mod.Classes[fn.QualName[:i]] != nil {
		class = fn.QualName[:i]
	}
	fnName := mod.Intern(fn.QualName)
	// Locals holding a load (`flag = Flag.objects.get(...)`), worked out
	// when a store asks.
	var loadedLocals map[string]string
	locals := func() map[string]string {
		if loadedLocals != nil {
			return loadedLocals
		}
		loadedLocals = map[string]string{}
		for range 3 {
			fn.EachNode(func(n ast.Node) {
				if a, ok := n.(*ast.Assign); ok {
					if l := lf.loaded(a.Value, fn, loadedLocals); l != "" {
						for _, t := range a.Targets {
							if nm, ok := t.(*ast.Name); ok && loadedLocals[nm.Id] == "" {
								loadedLocals[nm.Id] = l
							}
						}
					}
				}
			})
		}
		return loadedLocals
	}
	add := func(f cacheFill, node ast.Node, load string) {
		f.pos, f.end, f.fn, f.load = node.Pos(), node.End(), fnName, mod.Intern(load)
		f.path, f.class, f.attr = mod.Intern(f.path), mod.Intern(f.class), mod.Intern(f.attr)
		out = append(out, f)
	}
	store := func(target ast.Node, container ast.Expr, load string) {
		path := semantic.DottedPath(container)
		if path == "" {
			return
		}
		first, rest, dotted := strings.Cut(path, ".")
		switch {
		case !dotted && fn.Global(first):
			add(cacheFill{kind: moduleGlobal, path: mod.Name + "." + first, refills: !testsEmptiness(fn, first)}, target, load)
		case !fn.Local(first):
			_, set := target.(*ast.Attribute)
			f := cacheFill{kind: moduleContainer, path: mod.ResolvePath(path), changed: !set}
			if sub, ok := target.(*ast.Subscript); ok && !dotted {
				_, constant := sub.Slice.(*ast.Constant)
				f.buffer = constant && refilledBeforeReads(mod, fn, first, target)
			}
			add(f, target, load)
		case dotted && class != "" && isParam0(fn, first) && !strings.Contains(rest, "."):
			_, set := target.(*ast.Attribute)
			if m := mod.Classes[class].Methods[fn.QualName[len(class)+1:]]; !set && !onClass(fn) && m != nil && m.ReboundBefore(rest, target.Pos()) {
				return // self.data = {...} first: the instance's own container
			}
			add(cacheFill{kind: classAttr, class: class, attr: rest, onSelf: !onClass(fn), changed: !set}, target, load)
		}
	}
	for _, n := range stores {
		switch n := n.(type) {
		case *ast.Assign:
			l := lf.loaded(n.Value, fn, locals())
			if l == "" {
				continue
			}
			for _, t := range n.Targets {
				switch t := t.(type) {
				case *ast.Subscript:
					store(t, semantic.ContainerOf(t), l)
				case *ast.Name:
					if fn.Global(t.Id) {
						store(t, t, l)
					}
				case *ast.Attribute:
					if recv, ok := t.Value.(*ast.Name); ok && (class != "" && isParam0(fn, recv.Id) || classNamed(mod, fn, recv.Id)) {
						store(t, t, l)
					}
				}
			}
		case *ast.Call:
			// A cache is looked up by key (the stores hold only keyed
			// store calls): an accumulator (append, add, extend) of what
			// was read is a log or a report, CT204's.
			f := n.Func.(*ast.Attribute)
			for _, arg := range n.Args {
				if l := lf.loaded(arg, fn, locals()); l != "" {
					store(n, semantic.ContainerOf(f.Value), l)
					break
				}
			}
		}
	}
	// A cache decorator on a def that loads: its results are the cache.
	// On a method of the instance, the cache is keyed on self (CT105's);
	// on a def that takes the request, on the request, which hashes by
	// identity: no entry serves another request.
	keyedPerCall := class != "" && fn.Args != nil && len(fn.Args.Args) > 0 && !onClass(fn) && !isStatic(fn) ||
		fn.Args != nil && semantic.HasParam(fn.Args, "request")
	if l := lf.loaders[fn.QualName]; l != "" && !keyedPerCall && !timeKeyed(fn) && !lf.givenTimeBuckets(fn) {
		for _, d := range decoratorsIn(mod, fn.Node) {
			qn := mod.ResolvePath(semantic.DottedPath(semantic.Callee(d)))
			libs := mod.Libraries()
			if !libs.IsCacheDecorator(qn) || libs.IsExpiringCache(qn) || expiringArg(mod, d) {
				continue
			}
			// At the def's name: the decorator runs at import, the
			// cached calls in the def.
			name := fn.QualName[strings.LastIndexByte(fn.QualName, '.')+1:]
			at := fn.Node.Pos()
			if i := strings.Index(string(mod.File.Src[at:min(int(at)+256, int(fn.Node.End()))]), name); i >= 0 {
				at += token.Pos(i)
			}
			bound := maxSize(d)
			if b := cacheBound(d); libs.IsBoundedCache(qn) && bound == 0 && b > 0 {
				bound = b // lru_cache's 128, when no maxsize is given
			}
			f := cacheFill{kind: cachedFunction, path: mod.Name + "." + strings.ReplaceAll(fn.QualName, "<locals>.", ""), bound: bound}
			if fn.Parent != nil && !madeAtImport(mod, fn.Parent) {
				f.madeBy = mod.Intern(fn.Parent.QualName) // kept past the tree
			}
			add(f, ast.Span{Lo: at, Hi: at + token.Pos(len(name))}, l)
			break
		}
	}
	return out
}

// refilledBeforeReads reports whether target, an item of the module-level
// name's container, is stored by a statement of fn's body's top level,
// and every read of the name in the module, other than as the container
// of an item stored, is in fn after that statement.
func refilledBeforeReads(mod *semantic.Module, fn *semantic.Function, name string, target ast.Node) bool {
	i := slices.IndexFunc(fn.Body, func(st ast.Stmt) bool {
		a, ok := st.(*ast.Assign)
		return ok && slices.ContainsFunc(a.Targets, func(t ast.Expr) bool { return ast.Node(t) == target })
	})
	if i < 0 {
		return false
	}
	// What the statement's value reads, it reads before the store.
	filled := fn.Body[i].End()
	written := map[ast.Node]bool{}
	ok := true
	ast.Inspect(mod.File.Module, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				if sub, isSub := t.(*ast.Subscript); isSub {
					written[sub.Value] = true
				}
			}
		case *ast.Name:
			if n.Id == name && n.Ctx == ast.Load && !written[n] && (n.Pos() < filled || n.Pos() >= fn.Node.End()) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// madeAtImport reports whether the module binds a name, at module level,
// to a call of fn (`load_flag = _make_loader()`): what fn makes then is
// made once, at import, and lives as long as the process.
func madeAtImport(mod *semantic.Module, fn *semantic.Function) bool {
	if fn.Parent != nil || strings.Contains(fn.QualName, ".") {
		return false
	}
	for _, b := range mod.Bindings {
		if b.Kind == semantic.BindValue && b.Value.Kind == semantic.Call && b.Value.Callee == fn.QualName {
			return true
		}
	}
	return false
}

// keyedStores are the methods that store an entry under a key.
var keyedStores = map[string]bool{"setdefault": true, "update": true, "__setitem__": true}

// maybeStore reports whether assigning to t may store in a cache: an
// item of a container, a global fn declares, an attribute of fn's first
// parameter in a method.
func maybeStore(fn *semantic.Function, class string, t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Subscript:
		return true
	case *ast.Name:
		return fn.Global(t.Id)
	case *ast.Attribute:
		recv, ok := t.Value.(*ast.Name)
		return ok && (class != "" && isParam0(fn, recv.Id) || recv.Id[0] >= 'A' && recv.Id[0] <= 'Z' && !fn.Local(recv.Id))
	}
	return false
}

// classNamed reports whether name, read in fn, is a class the module
// defines or imports (Units.cache[k] = ...): decided to be a class of the
// tree once the program is known.
func classNamed(mod *semantic.Module, fn *semantic.Function, name string) bool {
	b := mod.Bindings[name]
	return b != nil && (b.Kind == semantic.BindClass || b.Kind == semantic.BindImport) && !fn.Local(name)
}

// loaded returns the load whose result e holds: a load call in it, a call
// of a loading def, or a local holding one; or "".
func (lf *loadFinder) loaded(e ast.Expr, fn *semantic.Function, locals map[string]string) string {
	if l := lf.in(e, fn); l != "" {
		return l
	}
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok && found == "" {
			found = locals[nm.Id]
		}
		return found == ""
	})
	return found
}

// timeKeyed reports whether a def takes a parameter named for a TTL
// (`def latest(ttl_hash=None)`): the idiom that makes an lru_cache
// expire, its callers passing the current time bucket
// (`latest(round(time.time() / 3600))`), so that each bucket is a new
// entry. The name is the idiom's, as a ttl keyword is the decorator's
// (expiringArg).
func timeKeyed(fn *semantic.Function) bool {
	if fn.Args == nil {
		return false
	}
	for _, params := range [][]*ast.Arg{fn.Args.Posonlyargs, fn.Args.Args, fn.Args.Kwonlyargs} {
		for _, a := range params {
			// A word of the name: ttl, ttl_hash, cache_ttl; not
			// settlement_day or throttle.
			if slices.Contains(strings.Split(strings.ToLower(a.Arg), "_"), "ttl") {
				return true
			}
		}
	}
	return false
}

// givenTimeBuckets reports whether fn, a private function of the module
// (`_update_info`: by convention, no other module calls it), is called
// in the module, and every call passes an argument computed from a clock
// (`_update_info(int(time.monotonic() // 900))`, also through a local
// of the calling def so assigned, or handed to an executor:
// `submit(_update_info, bucket)`): the time-bucket idiom, whatever the
// parameter is named, each bucket a new entry.
func (lf *loadFinder) givenTimeBuckets(fn *semantic.Function) bool {
	if fn.Parent != nil || strings.Contains(fn.QualName, ".") || !strings.HasPrefix(fn.QualName, "_") {
		return false
	}
	calls := lf.bucketCalls()[fn.QualName]
	return len(calls) > 0 && !slices.Contains(calls, false)
}

// bucketCalls returns, by the name a call gives its callee (`f(...)`, or
// `submit(f, ...)`), whether each such call of the module passes a
// clock's value: worked out in one walk of the module, each def with
// its own locals.
func (lf *loadFinder) bucketCalls() map[string][]bool {
	if lf.buckets != nil {
		return lf.buckets
	}
	out := map[string][]bool{}
	var walk func(n ast.Node, locals map[string]bool)
	walk = func(n ast.Node, locals map[string]bool) {
		clocked := func(e ast.Expr) bool {
			return readsClock(lf.mod, func(string) bool { return false }, e) || mentionsAny(e, locals)
		}
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda:
				if x != n {
					walk(x, map[string]bool{})
					return false
				}
			case *ast.Assign:
				if len(x.Targets) == 1 {
					if t, ok := x.Targets[0].(*ast.Name); ok {
						locals[t.Id] = clocked(x.Value)
					}
				}
			case *ast.Call:
				args := slices.Concat(x.Args, keywordValues(x))
				if f, ok := x.Func.(*ast.Name); ok {
					out[f.Id] = append(out[f.Id], slices.ContainsFunc(args, clocked))
				}
				for i, a := range x.Args {
					if f, ok := a.(*ast.Name); ok {
						out[f.Id] = append(out[f.Id], slices.ContainsFunc(args[i+1:], clocked))
					}
				}
			}
			return true
		})
	}
	walk(lf.mod.File.Module, map[string]bool{})
	lf.buckets = out
	return out
}

// expiringArg reports whether a decorator call is given an expiring cache
// (`@cached(cache=TTLCache(...))`, or a module-level name bound to one)
// or a ttl.
func expiringArg(mod *semantic.Module, d ast.Expr) bool {
	call, ok := d.(*ast.Call)
	if !ok {
		return false
	}
	for _, k := range call.Keywords {
		if strings.Contains(k.Arg, "ttl") || strings.Contains(k.Arg, "timeout") {
			return true
		}
	}
	for _, e := range append(append([]ast.Expr{}, call.Args...), keywordValues(call)...) {
		callee := ""
		switch e := e.(type) {
		case *ast.Call:
			callee = semantic.DottedPath(e.Func)
		case *ast.Name:
			if b := mod.Bindings[e.Id]; b != nil && b.Kind == semantic.BindValue && b.Value.Kind == semantic.Call {
				callee = b.Value.Callee
			}
		}
		if callee != "" && mod.Libraries().IsExpiringCache(mod.ResolvePath(callee)) {
			return true
		}
	}
	return false
}

// maxSize returns the maxsize a cache decorator call is given, as a
// positive int constant (`lru_cache(maxsize=128)`, `lru_cache(128)`), or 0.
func maxSize(d ast.Expr) int {
	arg, _ := maxsizeArg(d)
	if k, ok := arg.(*ast.Constant); ok {
		if n, ok := k.Value.(int64); ok && n > 0 && n < 1<<31 {
			return int(n)
		}
	}
	return 0
}

func keywordValues(call *ast.Call) []ast.Expr {
	out := make([]ast.Expr, 0, len(call.Keywords))
	for _, k := range call.Keywords {
		out = append(out, k.Value)
	}
	return out
}

// collectResets adds to resets what fn resets or deletes from: a global
// it rebinds to a constant or an empty display ("X"), an attribute of its
// receiver it does so to ("C.attr"), and what it deletes from (del X[k]).
func collectResets(fn *semantic.Function, resets map[string]bool) {
	class := ""
	if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 {
		class = fn.QualName[:i]
	}
	key := func(e ast.Expr) string {
		switch e := e.(type) {
		case *ast.Name:
			if fn.Global(e.Id) || !fn.Local(e.Id) {
				return e.Id
			}
		case *ast.Attribute:
			if recv, ok := e.Value.(*ast.Name); ok && isParam0(fn, recv.Id) && class != "" {
				return class + "." + e.Attr
			}
			if recv, ok := e.Value.(*ast.Name); ok && !fn.Local(recv.Id) {
				return recv.Id + "." + e.Attr // Units.cache = {}
			}
		}
		return ""
	}
	fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			if !isConstant(n.Value) {
				return
			}
			for _, t := range n.Targets {
				if _, isName := t.(*ast.Name); isName && !fn.Global(t.(*ast.Name).Id) {
					continue
				}
				if k := key(t); k != "" {
					resets[k] = true
				}
			}
		case *ast.Delete:
			for _, t := range n.Targets {
				if k := key(semantic.ContainerOf(t)); k != "" {
					resets[k] = true
				}
			}
		}
	})
}

// reportCacheFill reports f when what it fills is process memory that
// nothing in the tree expires or clears in every process.
func reportCacheFill(pp *analysis.ProgramPass, f cacheFill) bool {
	p := pp.Program
	if f.invalidated {
		return false
	}
	var what string
	var clears []string // the defs that clear it, each in one process
	switch f.kind {
	case moduleContainer:
		m, name, b := p.Global(f.path)
		if b == nil {
			if w, by, ok := classAttrByName(p, f); ok {
				what, clears = w, by
				break
			}
			return false
		}
		if b.Kind != semantic.BindValue || !f.changed || f.buffer && !p.ReadElsewhere(f.path) {
			return false
		}
		kind := p.MutableContainer(m, b.Value, nil)
		if kind == "" || b.Value.Kind == semantic.Call && p.Libraries().IsExpiringCache(p.ResolvePath(m, b.Value.Callee)) {
			return false
		}
		var silent bool
		if clears, silent = clearedBy(p, m.Name+"."+name); silent {
			return false
		}
		what = fmt.Sprintf("`%s.%s`, a module-level %s,", m.Name, name, kind)
	case moduleGlobal:
		var silent bool
		if clears, silent = clearedBy(p, f.path); silent {
			return false
		}
		what = fmt.Sprintf("`%s`, a module global,", f.path)
	case classAttr:
		c := pp.Module.Classes[f.class]
		a, owner := p.LookupAttr(c, f.attr)
		// A container of the class changed through self or cls (unless
		// __init__ gives each instance its own, or the class is a
		// pydantic model's or a dataclass's, whose fields' defaults are
		// each instance's), or an attribute of the class set through cls.
		classLevel := a != nil && a.Value.Kind != semantic.NoValue &&
			(f.changed && p.MutableContainer(owner.Module, a.Value, nil) != "" && !(f.onSelf && (rebindsInInit(p, c, f.attr) || exempt(p, owner, a))) ||
				!f.changed && !f.onSelf)
		switch {
		case classLevel:
			var silent bool
			if a.Value.Kind == semantic.Call && p.Libraries().IsExpiringCache(p.ResolvePath(owner.Module, a.Value.Callee)) {
				return false
			}
			if clears, silent = clearedBy(p, owner.QualifiedName()+"."+f.attr); silent {
				return false
			}
			what = fmt.Sprintf("`%s.%s`, a class attribute,", owner.QualName, f.attr)
		case !f.changed && p.Singleton(c) != "":
			what = fmt.Sprintf("`self.%s` of `%s`, whose one instance every caller shares,", f.attr, c.QualName)
		default:
			return false // an instance's own attribute
		}
	case cachedFunction:
		var silent bool
		if clears, silent = clearedBy(p, f.path); silent {
			return false
		}
		what = fmt.Sprintf("`%s`, whose cache decorator keeps every result,", f.fn)
		switch {
		case f.bound == 1:
			what = fmt.Sprintf("`%s`, whose cache decorator keeps its last result,", f.fn)
		case f.bound > 1:
			what = fmt.Sprintf("`%s`, whose cache decorator keeps up to %d results,", f.fn, f.bound)
		}
	}
	cleared := "nothing in the checked tree expires or clears it"
	if len(clears) > 0 {
		// A request, a task or a signal receiver runs in one process:
		// the driver keeps the finding only where they do.
		cleared = fmt.Sprintf("only `%s` clears it, in the one worker process that runs it", strings.Join(clears, "`, `"))
	}
	d := pp.Diagnosticf(f.pos, f.end,
		"%s caches what `%s` reads, filled in `%s`, in the memory of each worker process, and %s: after the data changes, the other worker processes keep serving their stale copy; use a shared cache with explicit invalidation on write (Redis, Django's cache framework) or a TTL",
		what, f.load, f.fn, cleared)
	d.ClearedBy = clears
	if f.refills {
		d.RefilledBy = pp.Module.DefAt(f.pos)
	}
	if f.madeBy != "" {
		d = d.Lowered(fmt.Sprintf("each call of `%s` makes a new cache, which lives as long as that call keeps the def", f.madeBy))
	}
	pp.Report(d)
	return true
}

// classAttrByName describes what f fills when its path names an
// attribute of a class of the tree through the class's name
// (Units.cache[space] = ..., Resource.linked = ...): a container of the
// class changed, or an attribute of the class set; with the defs that
// clear it (clearedBy). ok is false when it is not, or when it expires
// or may be cleared in every process.
func classAttrByName(p *semantic.Program, f cacheFill) (what string, clears []string, ok bool) {
	i := strings.LastIndexByte(f.path, '.')
	if i < 0 {
		return "", nil, false
	}
	c := p.Class(f.path[:i])
	if c == nil {
		return "", nil, false
	}
	attr := f.path[i+1:]
	a, owner := p.LookupAttr(c, attr)
	if a == nil || a.Value.Kind == semantic.NoValue || f.changed && p.MutableContainer(owner.Module, a.Value, nil) == "" {
		return "", nil, false
	}
	if a.Value.Kind == semantic.Call && p.Libraries().IsExpiringCache(p.ResolvePath(owner.Module, a.Value.Callee)) {
		return "", nil, false
	}
	clears, silent := clearedBy(p, owner.QualifiedName()+"."+attr)
	if silent {
		return "", nil, false
	}
	return fmt.Sprintf("`%s.%s`, a class attribute,", owner.QualName, attr), clears, true
}

// clearedBy says how the tree's code outside tests clears what qn
// names: silent when code may clear it in every process (module-level
// code, or code the model cannot place in a def), else the defs that
// do, each in the process that runs it (none: nothing but tests clears
// it, between tests).
func clearedBy(p *semantic.Program, qn string) (defs []string, silent bool) {
	for _, c := range p.ClearedAt(qn) {
		switch {
		case c.Test:
		case c.Def == "":
			return nil, true
		case !slices.Contains(defs, c.Def):
			defs = append(defs, c.Def)
		}
	}
	return defs, false
}

// testsEmptiness reports whether fn tests whether the global name is
// set or empty (`if _plans is None:`, `if not _plans:`, `if _plans:
// return _plans`, also as a part of an `and` or an `or`): a lazy
// initialisation, which fills it once.
func testsEmptiness(fn *semantic.Function, name string) bool {
	var tests func(e ast.Expr) bool
	tests = func(e ast.Expr) bool {
		if b, ok := e.(*ast.BoolOp); ok {
			return slices.ContainsFunc(b.Values, tests)
		}
		return semantic.TestsState(e, name) || emptyTested(e) == name
	}
	return slices.ContainsFunc(fn.Nodes(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.If:
			return tests(n.Test)
		case *ast.IfExp:
			return tests(n.Test)
		}
		return false
	})
}
