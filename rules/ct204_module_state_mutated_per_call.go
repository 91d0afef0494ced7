package rules

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ModuleStateMutatedPerCall is CT204.
var ModuleStateMutatedPerCall = &analysis.Analyzer{
	Name:    "module-state-mutated-per-call",
	Code:    "CT204",
	Doc:     doc("CT204"),
	Options: []analysis.Option{containerFactoriesOption},
	Run:     runModuleStateMutatedPerCall,
}

// moduleWriteKind says how a def changes module state.
type moduleWriteKind uint8

const (
	changesContainer moduleWriteKind = iota // CACHE[k] = v, CACHE.append(v), state.CACHE.clear()
	rebindsGlobal                           // global X; X = v
	setsModuleAttr                          // state.X = v, on a module of the tree
	growsRegistry                           // logging.getLogger(n).addHandler(h): a library's object per key
	keepsState                              // logger.append_keys(k=v): a library's object keeps it (StateSetters)
)

// moduleWrite is a change of module state in a def's body, reduced to
// what is decided once the whole program is modelled.
type moduleWrite struct {
	kind     moduleWriteKind
	pos, end token.Pos
	// path is what is written, resolved in the module scope
	// ("app.state.CACHE"); for setsModuleAttr, the module ("app.state"),
	// and attr the name set on it.
	path, attr string
	fn         string // the def, as __qualname__
	perCall    string // a name of per-call data stored, or ""
	lower      []string
	// unreadHere: a global rebound that its own module never reads; the
	// program pass asks whether another module does.
	unreadHere bool
	// loader: every call of the def, a function of the module, is under
	// a check that what it writes is unset; the program pass asks
	// whether another module may call it.
	loader bool
	// resets: the def sets what it writes, as a ContextVar's value
	// (`CV.set({})`): its context holds an object of its own.
	resets bool
	// calledOn, for keepsState: the methods the module calls on the
	// object as spelt, and as "=kw" the keywords it gives them True
	// (`inject_lambda_context(clear_state=True)`), for what clears it;
	// looped, the call is in a loop of its def (each record of a batch).
	calledOn []string
	looped   bool
}

// throughGet ends the path of what a local bound to `CV.get()` holds:
// the value of the ContextVar CV in the caller's context.
const throughGet = ".get()"

func runModuleStateMutatedPerCall(pass *analysis.Pass) {
	mod := pass.Module
	var writes []moduleWrite
	for _, fn := range mod.Functions() {
		writes = append(writes, moduleWrites(mod, fn)...)
	}
	if len(writes) == 0 {
		return
	}
	markUnread(mod, writes)
	markLoaders(mod, writes)
	pass.Defer(func(pp *analysis.ProgramPass) {
		factories := optionNames(pp, containerFactoriesOption.Name)
		// One finding per def and state: the first change that nothing
		// lowers, else the first.
		best := map[string]int{}
		var order []string
		for i, w := range writes {
			key := w.fn + " " + w.path + "." + w.attr
			j, seen := best[key]
			switch {
			case !seen:
				best[key] = i
				order = append(order, key)
			case len(writes[j].lower) > 0 && len(w.lower) == 0:
				best[key] = i
			}
		}
		for _, key := range order {
			reportModuleWrite(pp, factories, writes[best[key]])
		}
	})
}

// reportModuleWrite reports w when what it writes is module state of the
// tree: a module-level container, a global of its own module, or a name
// set on a module of the tree.
func reportModuleWrite(pp *analysis.ProgramPass, factories map[string]bool, w moduleWrite) {
	p := pp.Program
	var d analysis.Diagnostic
	switch w.kind {
	case changesContainer:
		path, viaGet := strings.CutSuffix(w.path, throughGet)
		m, name, b := p.Global(path)
		if b == nil || b.Kind != semantic.BindValue {
			return
		}
		if b.Value.Kind == semantic.Call && b.Value.Display != "" && p.Libraries().IsContextVar(p.ResolvePath(m, b.Value.Callee)) {
			if w.resets {
				return
			}
			d = pp.Diagnosticf(w.pos, w.end,
				"`%s.%s` is a ContextVar whose value, one %s made at import, every context starts from: `%s` changes it in place, and every request and task of the worker process shares what a call leaves in it; give each context its own first (`%s.set(...)` where the request or task starts)",
				m.Name, name, strings.TrimSuffix(b.Value.Display, " comprehension"), w.fn, name)
			break
		}
		kind := p.MutableContainer(m, b.Value, factories)
		if kind == "" || viaGet {
			return
		}
		w.lower = append(w.lower, weakEntries(p, name, kind)...)
		w.lower = append(w.lower, deliberateName(name)...)
		d = pp.Diagnosticf(w.pos, w.end,
			"`%s.%s` is a module-level %s that `%s` changes in place: the worker process keeps one, and every request and task it serves shares what a call leaves in it",
			m.Name, name, kind, w.fn)
	case rebindsGlobal:
		w.lower = append(w.lower, deliberateName(w.path[strings.LastIndexByte(w.path, '.')+1:])...)
		if w.unreadHere && !p.ReadElsewhere(w.path) {
			w.lower = append(w.lower, fmt.Sprintf("nothing in the tree reads `%s`: no later call sees what this one leaves", w.path))
		}
		d = pp.Diagnosticf(w.pos, w.end,
			"`%s` is a module global that `%s` rebinds: the worker process keeps one value, and every request and task it serves sees the one the last call left",
			w.path, w.fn)
	case growsRegistry:
		d = pp.Diagnosticf(w.pos, w.end,
			"`%s(...)` returns the one object of its name that the worker process keeps, and `%s` adds to it (`%s`) at every call: what it adds stays, one more at every call, and every later request and task of the process runs through all of them (a logger's handlers each write every line again)",
			w.path, w.fn, w.attr)
	case keepsState:
		m, name, b := p.Global(w.path)
		if b == nil || b.Kind != semantic.BindValue || b.Value.Kind != semantic.Call {
			return
		}
		class := p.ResolvePath(m, b.Value.Callee)
		st, ok := p.Libraries().StateSetter(class)
		if !ok || !slices.Contains(st.Methods, w.attr) {
			return
		}
		// A decorator that clears it per call leaves it from one item
		// of a loop to the next (the records of one batch).
		if c := slices.IndexFunc(w.calledOn, func(on string) bool {
			return slices.Contains(st.Clears, on) || st.ClearedBy != "" && on == "="+st.ClearedBy && !w.looped
		}); c >= 0 {
			how := fmt.Sprintf("`%s.%s()`", name, w.calledOn[c])
			if strings.HasPrefix(w.calledOn[c], "=") {
				how = fmt.Sprintf("`%s` on a decorator of `%s`", w.calledOn[c][1:]+"=True", name)
			}
			w.lower = append(w.lower, fmt.Sprintf("its module clears what it keeps (%s)", how))
		}
		next := "the next invocation's work runs with what this one left, until set again (clear it where each starts: " + clearAdvice(st, name) + ")"
		if w.looped && len(st.Clears) > 0 {
			after := "the next item of the loop, and the next invocation, run"
			if st.ClearedBy != "" && slices.Contains(w.calledOn, "="+st.ClearedBy) {
				after = "the next item of the loop runs" // each invocation starts clear
			}
			next = fmt.Sprintf("%s with what this one left, until set again (clear it at the start of each item: `%s.%s()`)", after, name, st.Clears[0])
		}
		d = pp.Diagnosticf(w.pos, w.end,
			"`%s.%s(...)` in `%s` gives `%s.%s`, a module-level %s that every request and task of the worker process shares, what it keeps for every later call on it: %s",
			name, w.attr, w.fn, m.Name, name, class[strings.LastIndexByte(class, '.')+1:], next)
	case setsModuleAttr:
		m := p.Module(p.Canonical(w.path))
		if m == nil {
			return // not a module of the tree: an object's attribute
		}
		w.lower = append(w.lower, deliberateName(w.attr)...)
		if b := m.Bindings[w.attr]; b != nil && (b.Kind == semantic.BindFunction || b.Kind == semantic.BindClass || b.Kind == semantic.BindImport) {
			w.lower = append(w.lower, fmt.Sprintf("it replaces `%s.%s`, a %s: a patch, not data", m.Name, w.attr, bindingWhat[b.Kind]))
		}
		d = pp.Diagnosticf(w.pos, w.end,
			"`%s.%s` is a module global that `%s` sets: the worker process keeps one value, and every request and task it serves sees the one the last call left",
			m.Name, w.attr, w.fn)
	}
	if w.perCall != "" {
		d.Message += fmt.Sprintf(" (the value comes from `%s`, per-call data)", w.perCall)
		d = d.Raised()
	}
	d.PerRequest, d.ProcessState = true, true
	d = d.Lowered(w.lower...)
	if w.loader {
		name := w.path[strings.LastIndexByte(w.path, '.')+1:]
		d = pp.LazyInit(d, w.fn, fmt.Sprintf("`%s` runs only where its callers find `%s` unset (`if %s is None: %s()`): a lazy initialisation", w.fn, name, name, w.fn))
	}
	pp.Report(d)
}

// markUnread marks the globals rebound in writes that mod never reads:
// no load of the name in any of its scopes (an augmented assignment
// reads), no `globals()`, `vars()`, `locals()`, `eval` or `exec` that
// may read any, and not listed in `__all__`. The walk is made only for
// a module that rebinds a global.
func markUnread(mod *semantic.Module, writes []moduleWrite) {
	if !slices.ContainsFunc(writes, func(w moduleWrite) bool { return w.kind == rebindsGlobal }) || mod.File == nil {
		return
	}
	read := map[string]bool{}
	everything := false
	ast.Inspect(mod.File.Module, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Name:
			if n.Ctx == ast.Load {
				read[n.Id] = true
			}
		case *ast.AugAssign:
			if x, ok := n.Target.(*ast.Name); ok {
				read[x.Id] = true
			}
		case *ast.Call:
			if f, ok := n.Func.(*ast.Name); ok && dynamicReaders[f.Id] {
				everything = true
			}
		case *ast.Assign:
			if len(n.Targets) == 1 && semantic.IsName(n.Targets[0], "__all__") {
				everything = true // what it exports, others may read
			}
		}
		return !everything
	})
	if everything {
		return
	}
	for i := range writes {
		if w := &writes[i]; w.kind == rebindsGlobal {
			w.unreadHere = !read[w.path[strings.LastIndexByte(w.path, '.')+1:]]
		}
	}
}

// markLoaders marks the writes of a module-level function's own state
// (a global it rebinds, a container of the module it fills) when every
// call of the function in a def of mod runs under a check that this
// state is unset (`if TAXONOMIES is None: load_taxonomies()`), and the
// module uses its name only to call it: a lazy initialisation its
// callers guard. Calls at module level run once, at import.
func markLoaders(mod *semantic.Module, writes []moduleWrite) {
	// The state each function of the module writes: a guard on any of
	// it skips the function once it has run.
	states := loaderStates{}
	for _, w := range writes {
		if state, ok := ownState(mod, w); ok {
			states.add(w.fn, state)
		}
	}
	guarded := states.guarded(mod)
	for i := range writes {
		if _, ok := ownState(mod, writes[i]); ok {
			writes[i].loader = guarded[writes[i].fn]
		}
	}
}

// loaderStates holds, by module-level function, the names of the
// module's state it writes.
type loaderStates map[string]map[string]bool

func (ls loaderStates) add(fn, state string) {
	if ls[fn] == nil {
		ls[fn] = map[string]bool{}
	}
	ls[fn][state] = true
}

// guarded returns, by function, whether every call of it in a def of
// mod runs under a check that some of its state is unset
// (moduleCalls.guarded): one walk of the module for all of them.
func (ls loaderStates) guarded(mod *semantic.Module) map[string]bool {
	if len(ls) == 0 || mod.File == nil {
		return nil
	}
	calls := loaderCalls(mod.File.Module)
	out := make(map[string]bool, len(ls))
	for fn, names := range ls {
		out[fn] = calls.guarded(fn, names)
	}
	return out
}

// ownState returns the name of the module's own global that w, a write
// in a module-level function, changes.
func ownState(mod *semantic.Module, w moduleWrite) (string, bool) {
	if w.kind == setsModuleAttr || strings.Contains(w.fn, ".") || !strings.HasPrefix(w.path, mod.Name+".") {
		return "", false
	}
	state := w.path[len(mod.Name)+1:]
	return state, !strings.Contains(state, ".")
}

// moduleCalls are the calls of the module's functions by bare name
// (`load_taxonomies()`) in its defs, each with the checks that something
// is unset around it in its def; and the names it uses otherwise (handed
// on, called from anywhere).
type moduleCalls struct {
	guards  map[string][][]ast.Expr
	escaped map[string]bool
	// getters: the module-level defs whose body is one return, by name,
	// with the names it reads (`def get_engine(): return _info.get("engine")`):
	// a test of what one returns tests those.
	getters map[string][]string
}

// loaderCalls gathers moduleCalls in one walk of the module.
func loaderCalls(file *ast.Module) moduleCalls {
	mc := moduleCalls{guards: map[string][][]ast.Expr{}, escaped: map[string]bool{}}
	var visit func(n ast.Node, inDef bool, guards []ast.Expr)
	visit = func(n ast.Node, inDef bool, guards []ast.Expr) {
		switch n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda:
			// A def's body runs when it is called: no guard around the
			// def statement guards it.
			inDef, guards = true, nil
		}
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda:
				if x != n {
					visit(x, true, nil)
					return false
				}
			case *ast.If:
				visit(x.Test, inDef, guards)
				inner := guards
				if semantic.UnsetTest(x.Test) {
					inner = append(guards[:len(guards):len(guards)], x.Test)
				}
				for _, st := range x.Body {
					visit(st, inDef, inner)
				}
				for _, st := range x.Orelse {
					visit(st, inDef, guards)
				}
				return false
			case *ast.Call:
				if f, ok := x.Func.(*ast.Name); ok {
					if inDef {
						mc.guards[f.Id] = append(mc.guards[f.Id], guards)
					}
					for _, a := range x.Args {
						visit(a, inDef, guards)
					}
					for _, k := range x.Keywords {
						visit(k.Value, inDef, guards)
					}
					return false
				}
			case *ast.Name:
				if x.Ctx == ast.Load {
					mc.escaped[x.Id] = true
				}
			}
			return true
		})
	}
	visit(file, false, nil)
	for _, st := range file.Body {
		d, ok := st.(*ast.FunctionDef)
		if !ok || len(d.Body) != 1 {
			continue
		}
		if r, ok := d.Body[0].(*ast.Return); ok && r.Value != nil {
			var names []string
			ast.Inspect(r.Value, func(x ast.Node) bool {
				if nm, ok := x.(*ast.Name); ok {
					names = append(names, nm.Id)
				}
				return true
			})
			if mc.getters == nil {
				mc.getters = map[string][]string{}
			}
			mc.getters[d.Name] = names
		}
	}
	return mc
}

// guarded reports whether every call of fn in a def of the module runs
// in the body of an if statement whose test checks that some of states
// is unset, the module names fn only to call it, and at least one def
// calls it.
func (mc moduleCalls) guarded(fn string, states map[string]bool) bool {
	calls := mc.guards[fn]
	if mc.escaped[fn] || len(calls) == 0 {
		return false
	}
	// A getter of one of states stands for it in a test.
	tested := states
	for g, names := range mc.getters {
		if slices.ContainsFunc(names, func(n string) bool { return states[n] }) {
			if len(tested) == len(states) {
				tested = maps.Clone(states)
			}
			tested[g] = true
		}
	}
	return !slices.ContainsFunc(calls, func(guards []ast.Expr) bool {
		return !slices.ContainsFunc(guards, func(test ast.Expr) bool { return mentionsAny(test, tested) })
	})
}

// takesOut reports whether the def takes local out of the container
// written again, after pos.
func (c *writeCollector) takesOut(written, local string, pos token.Pos) bool {
	if c.takenOut == nil {
		c.takenOut = removalsIn(c.fn)
	}
	return takenOutAfter(c.takenOut[written], local, pos)
}

// pairedRemover returns another def of the module that takes out of
// the container spelt written the entry under its own parameter named
// as the def's parameter key, where the def receives a signal sent as a
// run starts and the other the signal sent as it ends, in the same
// process (the libraries' SignalPairs: `_tokens[task_id] = ...` on
// Celery's task_prerun, `_tokens.pop(task_id)` on its task_postrun), by
// its qualified name; "" when there is none. A removal by a def that
// runs in another request, a logout's, may run in another process.
func (c *writeCollector) pairedRemover(written, key string) string {
	if key == "" || !semantic.HasParam(c.fn.Args, key) {
		return ""
	}
	starts := receivedSignals(c.mod, c.fn)
	if len(starts) == 0 {
		return ""
	}
	libs := c.mod.Libraries()
	root, _, _ := strings.Cut(written, ".")
	for _, fn := range c.mod.Functions() {
		if fn == c.fn || !semantic.HasParam(fn.Args, key) || fn.Local(root) {
			continue
		}
		ends := receivedSignals(c.mod, fn)
		if !slices.ContainsFunc(starts, func(s string) bool {
			return slices.ContainsFunc(ends, func(e string) bool { return libs.IsSignalPair(s, e) })
		}) {
			continue
		}
		if slices.ContainsFunc(removalsIn(fn)[written], func(r removal) bool { return r.local == key }) {
			return fn.QualName
		}
	}
	return ""
}

// receivedSignals returns the signals, resolved, that fn's decorators
// connect it to: `@task_prerun.connect`, `@task_prerun.connect(...)`,
// `@receiver(pre_save, sender=Order)`.
func receivedSignals(mod *semantic.Module, fn *semantic.Function) []string {
	var decorators []ast.Expr
	switch n := fn.Node.(type) {
	case *ast.FunctionDef:
		decorators = n.DecoratorList
	case *ast.AsyncFunctionDef:
		decorators = n.DecoratorList
	}
	var out []string
	for _, d := range decorators {
		path := semantic.DottedPath(semantic.Callee(d))
		if signal, ok := strings.CutSuffix(path, ".connect"); ok {
			out = append(out, mod.ResolvePath(signal))
		} else if call, ok := d.(*ast.Call); ok && len(call.Args) > 0 && strings.HasSuffix(mod.ResolvePath(path), ".receiver") {
			if signal := semantic.DottedPath(call.Args[0]); signal != "" {
				out = append(out, mod.ResolvePath(signal))
			}
		}
	}
	return out
}

// removesKey reports whether the def takes the entry under key out of
// the container spelt written itself (removalsIn: `del
// PENDING[kwargs["instance"]]`, `.pop(...)`), anywhere in its body: key
// is no local name (takesOut asks of those) but reads the call's data, a
// parameter or a local, so that each call keys its own entry.
func (c *writeCollector) removesKey(written string, key ast.Expr) bool {
	callData := false
	ast.Inspect(key, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && c.fn.Local(x.Id) {
			callData = true
		}
		return !callData
	})
	if !callData {
		return false
	}
	if c.takenOut == nil {
		c.takenOut = removalsIn(c.fn)
	}
	src := c.mod.File.Src
	spelt := string(src[key.Pos():key.End()])
	return slices.ContainsFunc(c.takenOut[written], func(r removal) bool {
		return r.local == "" && string(src[r.key.Pos():r.key.End()]) == spelt
	})
}

// dynamicReaders are the builtins that may read any name of a module.
var dynamicReaders = map[string]bool{"globals": true, "vars": true, "locals": true, "eval": true, "exec": true}

// deliberateNames are the words that declare module state shared on
// purpose: a cache or a registry is meant to outlive the call that fills
// it (whether a cache goes stale is CT201's question).
var deliberateNames = []string{"cache", "memo", "registry", "locks"}

// counterWords are the words of a name (split at underscores) that
// declare a counter: process-local by design, and harmless to share.
var counterWords = map[string]bool{"count": true, "counts": true, "counter": true, "counters": true, "refcount": true, "refcounts": true}

// deliberateName says why state with this name is Low, or nil.
func deliberateName(name string) []string {
	lower := strings.ToLower(name)
	for _, word := range deliberateNames {
		if strings.Contains(lower, word) {
			return []string{fmt.Sprintf("`%s` is a %s by its name: shared on purpose", name, word)}
		}
	}
	for word := range strings.SplitSeq(lower, "_") {
		if counterWords[word] {
			return []string{fmt.Sprintf("`%s` is a counter by its name", name)}
		}
	}
	return nil
}

var bindingWhat = map[semantic.BindingKind]string{
	semantic.BindFunction: "function",
	semantic.BindClass:    "class",
	semantic.BindImport:   "module or name it imports",
}

// moduleWrites returns the changes of module state in fn's own body.
func moduleWrites(mod *semantic.Module, fn *semantic.Function) []moduleWrite {
	paths := &statePaths{fn: fn} // shared: the aliases are worked out once
	if !mayWrite(mod, fn, paths) {
		return nil
	}
	c := &writeCollector{mod: mod, fn: fn, pc: &perCallFinder{args: fn.Args, body: fn.Body}, paths: paths}
	c.block(fn.Body, writeContext{})
	c.filledWithGuard()
	c.emptiedWithGuard()
	c.sameConstants()
	return c.out
}

// mayWrite reports whether fn's own nodes hold any of the forms
// writeCollector records: a mutating method's call, a store or deletion
// of an item or attribute, on a path from a name fn does not bind; a
// global rebound. Most defs hold none, and need no walk with the context
// of each statement.
func mayWrite(mod *semantic.Module, fn *semantic.Function, paths *statePaths) bool {
	fromModule := func(e ast.Expr) bool { path, _ := paths.of(e); return path != "" }
	libs := mod.Libraries()
	for _, n := range fn.Nodes() {
		switch n := n.(type) {
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && (semantic.MutatingCall(n) && fromModule(semantic.ContainerOf(f.Value)) || libs.IsRegistryAdd(f.Attr) ||
				libs.IsStateSetterName(f.Attr) && fromModule(f.Value)) {
				return true
			}
		case *ast.Subscript:
			if n.Ctx != ast.Load && fromModule(semantic.ContainerOf(n)) {
				return true
			}
		case *ast.Attribute:
			if n.Ctx != ast.Load && fromModule(n.Value) {
				return true
			}
		case *ast.Name:
			if n.Ctx != ast.Load && fn.Global(n.Id) {
				return true
			}
		}
	}
	return false
}

// scanFacts reads, once and only for a def that writes module state,
// what the evidence of its writes needs: the parameters it hands back
// (returnedParams), the locals read out of containers, and the removal
// methods it hands on.
func (c *writeCollector) scanFacts() {
	if c.scanned {
		return
	}
	c.scanned = true
	c.registers = returnedParams(c.mod, c.fn)
	c.timed = keepsFillTime(c.mod, c.fn, "")
	reads := func(name string, value ast.Expr) {
		switch value.(type) {
		case *ast.Subscript, *ast.Call:
			if base := semantic.ContainerOf(value); base != value {
				if path := semantic.DottedPath(base); path != "" {
					if c.readers == nil {
						c.readers = map[string]string{}
					}
					c.readers[name] = path
				}
			}
		}
	}
	c.fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.NamedExpr: // if t := CACHE.get(k):
			if t, ok := n.Target.(*ast.Name); ok {
				reads(t.Id, n.Value)
			}
		case *ast.Assign:
			if len(n.Targets) != 1 {
				return
			}
			t, ok := n.Targets[0].(*ast.Name)
			if !ok {
				return
			}
			if by := c.builtWith(n.Value); by != "" {
				if c.builtBy == nil {
					c.builtBy = map[string]string{}
				}
				c.builtBy[t.Id] = by
			}
			reads(t.Id, n.Value)
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && f.Attr == "set" && len(n.Args) == 1 {
				if path := modulePath(c.fn, f.Value); path != "" {
					if c.resets == nil {
						c.resets = map[string]bool{}
					}
					c.resets[c.mod.ResolvePath(path)] = true
				}
			}
			for _, arg := range n.Args {
				if _, lambda := arg.(*ast.Lambda); lambda && !takesCallback(n) {
					continue // run now, not when the entry is done with
				}
				if path := c.removerOf(arg, 0); path != "" {
					if c.handsOn == nil {
						c.handsOn = map[string]bool{}
					}
					c.handsOn[path] = true
				}
			}
		}
	})
}

// takesCallback reports whether call registers a callback, by its
// method's name (`task.add_done_callback(f)`): what it is given runs
// later, not while the call runs.
func takesCallback(call *ast.Call) bool {
	f, ok := call.Func.(*ast.Attribute)
	return ok && strings.HasSuffix(strings.ToLower(f.Attr), "callback")
}

// removerOf returns the container, as spelt, that the callable e takes
// an entry out of when it is called: a removal method (`TASKS.discard`),
// a def of the module whose own code does (`_forget`, whose body calls
// `TASKS.discard(task)`), a wrapper that runs one (`partial(_forget,
// name=n)`), or a lambda that makes one (`lambda _:
// TASKS.remove(task)`); "" for anything else.
func (c *writeCollector) removerOf(e ast.Expr, depth int) string {
	switch e := e.(type) {
	case *ast.Attribute:
		if isRemoval(&ast.Call{Func: e}) {
			return semantic.DottedPath(e.Value)
		}
	case *ast.Name:
		if b := c.mod.Bindings[e.Id]; b == nil || b.Kind != semantic.BindFunction {
			return ""
		}
		if fn := moduleDef(c.mod, c.fn, e.Id); fn != nil {
			path := ""
			fn.EachNode(func(n ast.Node) {
				if call, ok := n.(*ast.Call); ok && path == "" && isRemoval(call) {
					path = semantic.DottedPath(call.Func.(*ast.Attribute).Value)
				}
			})
			return path
		}
	case *ast.Call:
		if depth == 0 && len(e.Args) > 0 && c.mod.Libraries().IsEntryWrapper(c.mod.ResolvePath(semantic.DottedPath(e.Func))) {
			return c.removerOf(e.Args[0], depth+1)
		}
	case *ast.Lambda:
		// lambda _: TASKS.remove(task)
		if call, ok := e.Body.(*ast.Call); ok && isRemoval(call) {
			return semantic.DottedPath(call.Func.(*ast.Attribute).Value)
		}
	}
	return ""
}

// writeContext is what surrounds a statement: a lock held, and the tests
// that guard it (of the ifs and whiles around it, and of the early exits
// before it in its blocks).
type writeContext struct {
	locked bool
	guards []ast.Node
}

func (ctx writeContext) guardedBy(test ast.Node) writeContext {
	ctx.guards = append(ctx.guards[:len(ctx.guards):len(ctx.guards)], test)
	return ctx
}

type writeCollector struct {
	mod       *semantic.Module
	fn        *semantic.Function
	pc        *perCallFinder
	paths     *statePaths
	registers map[string]bool // returnedParams: a decorator registers these
	// readers are the locals read out of a container (`t =
	// CACHE.get(key)`), by name: a check of one is a check of the
	// container.
	readers map[string]string
	// resets are the paths, resolved, whose set method the def calls
	// with one value (`CV.set({})`).
	resets map[string]bool
	// handsOn are the containers whose removal method the def hands on
	// uncalled (`task.add_done_callback(TASKS.discard)`): each entry
	// takes itself out.
	handsOn map[string]bool
	// takenOut are the locals the def itself takes out of a container
	// (`SOCKETS.remove(ws)`), by the container as spelt (removalsIn),
	// found when a change first asks.
	takenOut map[string][]removal
	scanned  bool // scanFacts ran
	// timed: the def keeps the time of a change in module state
	// (keepsFillTime).
	timed bool
	// builtBy holds the locals assigned a client factory's or a clock's
	// result (`engine = create_engine(dsn)`), with which ("client",
	// "clock").
	builtBy map[string]string
	out     []moduleWrite
	// filled holds the state, as spelt, that the def assigns (not a
	// deletion, not a count); unsetGuarded, the writes under checks that
	// something else is unset, with those checks: a check of what the
	// same def fills guards every write of its block (filledWithGuard).
	filled       map[string]bool
	unsetGuarded []guardedWrite
	// looped are the calls in a loop of the def (semantic.LoopedCalls), found
	// when a state setter's call first asks.
	looped map[*ast.Call]bool
	// flags are the flags, as spelt (flagOf), that the def sets to a
	// true constant on an object that outlives the call: a check of one
	// it leaves on guards what it fills as a check of that state does.
	flags map[string]bool
	// emptied holds the state, as spelt, that the def empties
	// (`QUEUE.clear()`); setGuarded, the writes under checks that state
	// is set: a write under a check of a queue the def empties moves
	// what was queued once (emptiedWithGuard).
	emptied    map[string]bool
	setGuarded []guardedWrite
	// constants holds, by state as spelt, the values of the def's
	// assignments to it: each a constant's source, or "" for anything
	// else; constantWrites, the writes of a constant (sameConstants).
	constants      map[string][]string
	constantWrites []spelt
}

// notCallData marks, in writeCollector.constants, a value computed from
// module state alone, or a time.
const notCallData = "\x00not the call's data"

// spelt is c.out[i], the state it writes as spelt in the def, and the
// constant it writes.
type spelt struct {
	i        int
	written  string
	constant string
}

// guardedWrite is c.out[i], under the checks guards.
type guardedWrite struct {
	i      int
	guards []ast.Expr
}

func (c *writeCollector) block(stmts []ast.Stmt, ctx writeContext) {
	var lockedUntil token.Pos
	for i, st := range stmts {
		if lock := semantic.AcquiredLock(st); lock != nil && c.isLock(lock) {
			if end := releaseOf(c.mod.File.Src, lock, stmts[i+1:]); end != nil {
				lockedUntil = end.End()
			}
		}
		sctx := ctx
		if st.Pos() < lockedUntil {
			sctx.locked = true
		}
		c.stmt(st, sctx)
		switch st := st.(type) {
		case *ast.If:
			if semantic.Jumps(st.Body) || returnsIn(st.Body) {
				// What follows runs while the test is false: `if X is
				// not None: return X` guards what follows with X unset.
				ctx = ctx.guardedBy(&ast.UnaryOp{Op: ast.Not, Operand: st.Test})
			}
		case *ast.Try:
			// try: return CACHE[key] / except KeyError: pass
			if semantic.Jumps(st.Body) {
				ctx = ctx.guardedBy(&ast.Module{Body: st.Body})
			}
		}
	}
}

// subscriptsRead returns the items body reads by a constant path
// (`POOLS[server]`), outside nested scopes.
func subscriptsRead(body []ast.Stmt) []*ast.Subscript {
	var out []*ast.Subscript
	semantic.EachOwnNode(body, func(n ast.Node) {
		if sub, ok := n.(*ast.Subscript); ok && sub.Ctx == ast.Load && semantic.DottedPath(sub.Value) != "" {
			out = append(out, sub)
		}
	})
	return out
}

// returnsIn reports whether a block returns somewhere (`if t :=
// CACHE.get(k): if fresh(t): return t`): a memo's early exit, under a
// check of its own.
func returnsIn(body []ast.Stmt) bool {
	found := false
	semantic.EachOwnNode(body, func(n ast.Node) {
		if _, ok := n.(*ast.Return); ok {
			found = true
		}
	})
	return found
}

func (c *writeCollector) stmt(st ast.Stmt, ctx writeContext) {
	switch st := st.(type) {
	case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
		return // their own scopes: Module.Functions has the defs
	case *ast.If:
		c.calls(st.Test, ctx)
		g := ctx.guardedBy(st.Test)
		c.block(st.Body, g)
		c.block(st.Orelse, g)
	case *ast.While:
		c.calls(st.Test, ctx)
		g := ctx.guardedBy(st.Test)
		c.block(st.Body, g)
		c.block(st.Orelse, g)
	case *ast.With:
		c.with(st.Items, st.Body, ctx)
	case *ast.AsyncWith:
		c.with(st.Items, st.Body, ctx)
	case *ast.For:
		c.calls(st.Iter, ctx)
		c.block(st.Body, ctx)
		c.block(st.Orelse, ctx)
	case *ast.AsyncFor:
		c.calls(st.Iter, ctx)
		c.block(st.Body, ctx)
		c.block(st.Orelse, ctx)
	case *ast.Match:
		c.calls(st.Subject, ctx)
		for _, mc := range st.Cases {
			c.block(mc.Body, ctx)
		}
	case *ast.Try:
		c.block(st.Body, ctx)
		for _, h := range st.Handlers {
			// try: pool = POOLS[k] / except KeyError: POOLS[k] = set():
			// the handler runs while the key is not there.
			hctx := ctx
			if !c.mod.RecoversFromFailure(h) {
				for _, item := range subscriptsRead(st.Body) {
					hctx = hctx.guardedBy(&ast.Compare{Left: item.Slice, Ops: []ast.CmpOperator{ast.NotIn}, Comparators: []ast.Expr{item.Value}})
				}
			}
			c.block(h.Body, hctx)
		}
		c.block(st.Orelse, ctx)
		c.block(st.Finalbody, ctx)
	case *ast.TryStar:
		ast.EachBlock(st, func(b []ast.Stmt) { c.block(b, ctx) })
	case *ast.Assign:
		for _, t := range st.Targets {
			c.target(t, st.Value, ctx, "")
			c.noteFlag(t, st.Value)
		}
		c.calls(st.Value, ctx)
	case *ast.AugAssign:
		how := ""
		if k, ok := st.Value.(*ast.Constant); ok && isNumber(k.Value) {
			how = "counts"
		}
		c.target(st.Target, st.Value, ctx, how)
		c.calls(st.Value, ctx)
	case *ast.AnnAssign:
		if st.Value != nil {
			c.target(st.Target, st.Value, ctx, "")
			c.calls(st.Value, ctx)
		}
	case *ast.Delete:
		for _, t := range st.Targets {
			c.target(t, nil, ctx, "removes")
		}
	default:
		c.calls(st, ctx)
	}
}

func (c *writeCollector) with(items []*ast.WithItem, body []ast.Stmt, ctx writeContext) {
	for _, it := range items {
		c.calls(it.ContextExpr, ctx)
		if c.isLock(it.ContextExpr) {
			ctx.locked = true
		}
	}
	c.block(body, ctx)
}

// isLock reports whether e is a lock: a module-level name bound to a
// lock factory's call, or a name or attribute whose name says lock.
func (c *writeCollector) isLock(e ast.Expr) bool {
	if call, ok := e.(*ast.Call); ok {
		e = call.Func // with lock_for(key):
	}
	path := semantic.DottedPath(e)
	if path == "" {
		return false
	}
	last := path[strings.LastIndexByte(path, '.')+1:]
	if strings.Contains(strings.ToLower(last), "lock") || strings.Contains(strings.ToLower(last), "mutex") {
		return true
	}
	if b := c.mod.Bindings[path]; b != nil && b.Kind == semantic.BindValue && b.Value.Kind == semantic.Call && !c.fn.Local(path) {
		return c.mod.Libraries().IsLockFactory(c.mod.ResolvePath(b.Value.Callee))
	}
	return false
}

// target records a write of module state through an assignment or
// deletion target. how is "counts" for `+= number`, "removes" for del.
func (c *writeCollector) target(t, value ast.Expr, ctx writeContext, how string) {
	switch t := t.(type) {
	case *ast.Tuple, *ast.List:
		// a, b = x, y: each name is given its own value.
		elts, _ := ast.Elts(t)
		var values []ast.Expr
		switch v := value.(type) {
		case *ast.Tuple:
			values = v.Elts
		case *ast.List:
			values = v.Elts
		}
		starred := func(e ast.Expr) bool {
			_, ok := e.(*ast.Starred)
			return ok
		}
		paired := len(values) == len(elts) && !slices.ContainsFunc(elts, starred) && !slices.ContainsFunc(values, starred)
		for i, e := range elts {
			var v ast.Expr
			if paired {
				v = values[i]
			}
			c.target(e, v, ctx, how)
		}
	case *ast.Starred:
		c.target(t.Value, nil, ctx, how)
	case *ast.Name:
		// X = typing.cast(T, X) rebinds X to what it holds: no change.
		if c.fn.Global(t.Id) && (value == nil || !semantic.IsName(c.mod.Uncast(value), t.Id)) {
			c.add(moduleWrite{kind: rebindsGlobal, path: c.mod.Name + "." + t.Id}, t, value, t.Id, ctx, how)
		}
	case *ast.Subscript:
		if path, spelt := c.paths.of(semantic.ContainerOf(t)); path != "" {
			c.add(moduleWrite{kind: changesContainer, path: c.mod.ResolvePath(path)}, t, value, spelt, ctx, how)
		}
	case *ast.Attribute:
		if path, spelt := c.paths.of(t.Value); path != "" {
			c.add(moduleWrite{kind: setsModuleAttr, path: c.mod.ResolvePath(path), attr: c.mod.Intern(t.Attr)}, t, value, spelt+"."+t.Attr, ctx, how)
		}
	}
}

// calls records the mutating method calls on module state in e.
func (c *writeCollector) calls(e ast.Node, ctx writeContext) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		case *ast.Call:
			f, ok := n.Func.(*ast.Attribute)
			if ok && c.mod.Libraries().IsStateSetterName(f.Attr) {
				if path, spelt := c.paths.of(f.Value); path != "" && spelt == path && !strings.Contains(path, ".") {
					c.add(moduleWrite{kind: keepsState, path: c.mod.ResolvePath(path), attr: c.mod.Intern(f.Attr)}, n, n, spelt, ctx, "")
					last := &c.out[len(c.out)-1]
					if c.looped == nil {
						c.looped = semantic.LoopedCalls(c.fn.Body)
					}
					last.calledOn, last.looped = calledOn(c.mod, spelt), c.looped[n]
					return true
				}
			}
			if ok && c.mod.Libraries().IsRegistryAdd(f.Attr) {
				if getter, spelt, made := c.registryCall(f.Value); getter != "" {
					c.add(moduleWrite{kind: growsRegistry, path: getter, attr: c.mod.Intern(f.Attr)}, n, nil, spelt, ctx, "")
					r, _ := c.mod.Libraries().Registry(getter)
					last := &c.out[len(c.out)-1]
					if composesKey(made) {
						last.lower = append(last.lower, fmt.Sprintf("`%s` composes the name it asks for from its own data (`%s`): each call may get one of its own", c.fn.QualName, c.mod.File.Src[made.Args[0].Pos():made.Args[0].End()]))
					} else if spelt != "" && c.takesOutOf(spelt, r.Removes) {
						last.lower = append(last.lower, fmt.Sprintf("`%s` takes what it adds out of `%s` again", c.fn.QualName, spelt))
					} else if m := classRemover(c.mod, c.fn, r.Removes); m != "" {
						last.lower = append(last.lower, fmt.Sprintf("`%s`, a method of its class, takes what it adds out again: an object that sets up and tears down its own", m))
					} else if m := moduleRemover(c.mod, c.fn, r.Removes, n.Args); m != "" {
						last.lower = append(last.lower, fmt.Sprintf("`%s` returns what it adds, and `%s` of its module takes it out again: a set-up and tear-down pair for its callers", c.fn.QualName, m))
					}
					return true
				}
			}
			if !ok || !semantic.MutatingCall(n) {
				return true
			}
			if path, spelt := c.paths.of(semantic.ContainerOf(f.Value)); path != "" {
				how := ""
				if isRemoval(n) {
					how = "removes"
				}
				if f.Attr == "clear" && len(n.Args) == 0 && semantic.ContainerOf(f.Value) == f.Value {
					if c.emptied == nil {
						c.emptied = map[string]bool{}
					}
					c.emptied[spelt] = true
				}
				c.add(moduleWrite{kind: changesContainer, path: c.mod.ResolvePath(path)}, n, n, spelt, ctx, how)
			}
		}
		return true
	})
}

// registryCall returns the getter of the libraries' Registries that e
// holds what a call of returns (`logging.getLogger(name)`, or a local the
// def binds to one, or a module-level name bound to one), resolved; e as
// spelt when it is a name; and the getter's call when the def makes it
// (nil for a module-level name). "" when e holds no such object.
func (c *writeCollector) registryCall(e ast.Expr) (getter, spelt string, made *ast.Call) {
	libs := c.mod.Libraries()
	isGetter := func(qn string) bool { _, ok := libs.Registry(qn); return ok }
	switch e := e.(type) {
	case *ast.Call:
		if qn := c.mod.ResolveIn(c.fn, semantic.DottedPath(e.Func)); isGetter(qn) {
			return qn, "", e
		}
	case *ast.Name:
		if !c.fn.Local(e.Id) {
			b := c.mod.Bindings[e.Id]
			if b != nil && b.Kind == semantic.BindValue && b.Value.Kind == semantic.Call {
				if qn := c.mod.ResolvePath(b.Value.Callee); isGetter(qn) {
					return qn, e.Id, nil
				}
			}
			return "", "", nil
		}
		// A local the def binds to a getter's call, and to nothing else.
		var bound *ast.Call
		for _, n := range c.fn.Nodes() {
			a, ok := n.(*ast.Assign)
			if !ok || len(a.Targets) != 1 || !semantic.IsName(a.Targets[0], e.Id) {
				continue
			}
			call, ok := a.Value.(*ast.Call)
			if !ok || bound != nil {
				return "", "", nil
			}
			bound = call
		}
		if bound != nil {
			if qn := c.mod.ResolveIn(c.fn, semantic.DottedPath(bound.Func)); isGetter(qn) {
				return qn, e.Id, bound
			}
		}
	}
	return "", "", nil
}

// composesKey reports whether the first argument of a getter's call is
// composed by the def (`getLogger(f"audit.{audit_id}")`, `"audit." +
// str(audit_id)`, `"audit.{}".format(audit_id)`): each call may get an
// object of its own. Not a constant, nor a name passed on, which callers
// may give alike.
func composesKey(call *ast.Call) bool {
	if call == nil || len(call.Args) == 0 {
		return false
	}
	switch a := call.Args[0].(type) {
	case *ast.JoinedStr, *ast.BinOp:
		return true
	case *ast.Call:
		f, ok := a.Func.(*ast.Attribute)
		return ok && f.Attr == "format"
	}
	return false
}

// classRemover returns the qualified name of a method of fn's class, other
// than fn, that calls one of methods (`lg.removeHandler(self.handler)`
// in `stopLogger`), or "".
func classRemover(mod *semantic.Module, fn *semantic.Function, methods []string) string {
	c := classOfDef(mod, fn)
	if c == nil {
		return ""
	}
	for _, d := range c.Defs {
		def := mod.FunctionOf(d.Node)
		if def == nil || def == fn {
			continue
		}
		if callsOneOf(def, methods) {
			return def.QualName
		}
	}
	return ""
}

// moduleRemover returns the name of a module-level def of mod, other
// than fn, that calls one of methods, when fn returns what it added,
// args (`return buffer, handler` after `logger.addHandler(handler)`),
// for its caller to hand that def (`collect_logs(buffer, handler)`); or
// "".
func moduleRemover(mod *semantic.Module, fn *semantic.Function, methods []string, args []ast.Expr) string {
	if len(args) != 1 {
		return ""
	}
	added, ok := args[0].(*ast.Name)
	if !ok || !slices.ContainsFunc(fn.Nodes(), func(n ast.Node) bool {
		r, ok := n.(*ast.Return)
		return ok && r.Value != nil && (semantic.IsName(r.Value, added.Id) || returnsInTuple(r.Value, added.Id))
	}) {
		return ""
	}
	for _, def := range mod.Functions() {
		if def == fn || def.Parent != nil || strings.Contains(def.QualName, ".") {
			continue
		}
		if callsOneOf(def, methods) {
			return def.QualName
		}
	}
	return ""
}

// callsOneOf reports whether def calls a method named one of methods.
func callsOneOf(def *semantic.Function, methods []string) bool {
	return slices.ContainsFunc(def.Nodes(), func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok {
			return false
		}
		f, ok := call.Func.(*ast.Attribute)
		return ok && slices.Contains(methods, f.Attr)
	})
}

// returnsInTuple reports whether e is a tuple that holds the name.
func returnsInTuple(e ast.Expr, name string) bool {
	t, ok := e.(*ast.Tuple)
	return ok && slices.ContainsFunc(t.Elts, func(x ast.Expr) bool { return semantic.IsName(x, name) })
}

// takesOutOf reports whether the def calls one of methods on the name
// (`logger.removeHandler(handler)`).
func (c *writeCollector) takesOutOf(name string, methods []string) bool {
	for _, n := range c.fn.Nodes() {
		if call, ok := n.(*ast.Call); ok {
			if f, ok := call.Func.(*ast.Attribute); ok && semantic.IsName(f.Value, name) && slices.Contains(methods, f.Attr) {
				return true
			}
		}
	}
	return false
}

// statePaths tells the paths to module state in a def's body: from a
// name of the module scope, or through a local the def binds once, to
// such a path (`settings = EXPORT_SETTINGS; settings["image"] = x`
// changes the module's dict).
type statePaths struct {
	fn      *semantic.Function
	aliases map[string]string // by local: the path it holds
	scanned bool              // aliases is worked out
}

// of returns e as a dotted path from the module scope, through an alias,
// and as spelt (what the def's checks name: `cache` for `cache =
// _RENDERED`); "" when it is none.
func (s *statePaths) of(e ast.Expr) (path, spelt string) {
	nm := pathRoot(e)
	if nm == nil {
		return "", ""
	}
	if !s.fn.Local(nm.Id) {
		p := semantic.DottedPath(e)
		return p, p
	}
	if !s.scanned {
		s.scanned, s.aliases = true, moduleAliases(s.fn)
	}
	alias := s.aliases[nm.Id]
	if alias == "" {
		return "", ""
	}
	if p := semantic.DottedPath(e); p != "" {
		return alias + p[len(nm.Id):], p
	}
	return "", ""
}

// moduleAliases returns the locals of fn, not parameters, bound once (no
// other store, loop target, augmented assignment or del of them), to a
// path from the module scope (`settings = EXPORT_SETTINGS`), with the
// path; nil when there are none.
func moduleAliases(fn *semantic.Function) map[string]string {
	// The candidates first: most defs bind no local to a bare path, and
	// need no count of their stores.
	var out map[string]string
	for _, n := range fn.Nodes() {
		a, ok := n.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		t, ok := a.Targets[0].(*ast.Name)
		if !ok {
			continue
		}
		value, suffix := a.Value, ""
		switch v := a.Value.(type) {
		case *ast.Name, *ast.Attribute:
		case *ast.Subscript:
			// `target = OUTCOMES[state]`: an element of the container,
			// changed in place through the local, is changed in it.
			base := semantic.ContainerOf(v)
			switch base.(type) {
			case *ast.Name, *ast.Attribute:
				value = base
			default:
				continue
			}
		case *ast.Call:
			// `info = CV.get()`: what the ContextVar holds in the
			// caller's context (a dict's get takes a key).
			f, ok := v.Func.(*ast.Attribute)
			if !ok || f.Attr != "get" || len(v.Args) != 0 || len(v.Keywords) != 0 {
				continue
			}
			value, suffix = f.Value, throughGet
		default:
			continue
		}
		if p := modulePath(fn, value); p != "" && !semantic.HasParam(fn.Args, t.Id) {
			p += suffix
			if out == nil {
				out = map[string]string{}
			}
			out[t.Id] = p
		}
	}
	if out == nil {
		return nil
	}
	stores := map[string]int{}
	for _, n := range fn.Nodes() {
		if x, ok := n.(*ast.Name); ok && x.Ctx != ast.Load && out[x.Id] != "" {
			stores[x.Id]++
		}
	}
	for name := range out {
		if stores[name] != 1 {
			delete(out, name)
		}
	}
	return out
}

// modulePath returns e as a dotted path when it starts from a name of the
// module scope (not one fn binds), or "".
func modulePath(fn *semantic.Function, e ast.Expr) string {
	// The name the path starts from is asked first: most paths written
	// to start from a local (self.x), and need no string.
	if nm := pathRoot(e); nm == nil || fn.Local(nm.Id) {
		return ""
	}
	return semantic.DottedPath(e)
}

// pathRoot returns the name a chain of attributes e starts from, or nil.
func pathRoot(e ast.Expr) *ast.Name {
	for a, ok := e.(*ast.Attribute); ok; a, ok = e.(*ast.Attribute) {
		e = a.Value
	}
	nm, _ := e.(*ast.Name)
	return nm
}

// add records w at node, with the evidence around it: per-call data in
// stored (the value, or the call), and the reasons that lower it.
// written is the state as spelt in the body, for the guards.
func (c *writeCollector) add(w moduleWrite, node ast.Node, stored ast.Node, written string, ctx writeContext, how string) {
	value, _ := stored.(ast.Expr)
	c.scanFacts()
	if stored != nil && c.registers != nil && mentionsAny(stored, c.registers) {
		return // a decorator registering what it decorates, at import time
	}
	// What outlives the tree is interned: the tree's strings may share
	// its buffers.
	w.pos, w.end = node.Pos(), node.End()
	w.fn, w.path = c.mod.Intern(c.fn.QualName), c.mod.Intern(w.path)
	w.resets = c.resets[strings.TrimSuffix(w.path, throughGet)]
	if stored != nil && how != "removes" {
		w.perCall = c.mod.Intern(c.pc.in(stored, ""))
	}
	// A registration API by its name (register_kind) is not lowered
	// here: whether it runs at import or per request is the request
	// path's to say, and the driver lowers what none reaches.
	if ctx.locked {
		w.lower = append(w.lower, "the change holds a lock")
	}
	if value != nil && how == "" {
		switch c.builtWith(value) {
		case "client":
			w.lower = append(w.lower, "it keeps a client, an engine or a session factory, built to be kept per process")
		case "clock":
			w.lower = append(w.lower, "it stores a time (an expiry or a timestamp), not the call's data")
		}
		if w.kind == rebindsGlobal && !isConstant(value) && c.moduleStateOnly(value) {
			w.lower = append(w.lower, "its value is computed from module state alone, not from the call's data")
		}
	}
	if how == "" && c.timed && w.perCall == "" {
		w.lower = append(w.lower, fmt.Sprintf("`%s` keeps the time of the change in module state too: a cache filled again when it is old, not what one call leaves for the next", c.fn.QualName))
	}
	if how == "" && registersItself(c.mod, c.fn, stored, written) {
		w.lower = append(w.lower, fmt.Sprintf("each object puts itself in `%s` and a method of its class takes it out: a registry of live objects", written))
	}
	if c.handsOn[written] {
		w.lower = append(w.lower, fmt.Sprintf("each entry takes itself out: `%s`'s removal is handed on as a callback", written))
	}
	added := stored
	if sub, ok := node.(*ast.Subscript); ok && semantic.ContainerOf(sub) == sub.Value {
		added = sub.Slice // FILTERS[queue] = wanted: the key comes and goes
	}
	if x := addedLocal(added); x != "" && how == "" && c.takesOut(written, x, node.Pos()) {
		w.lower = append(w.lower, subscriberReason(c.fn, x, written))
	} else if by := c.pairedRemover(written, x); by != "" && how == "" {
		w.lower = append(w.lower, fmt.Sprintf("`%s` takes the entry out of `%s` under its own `%s`, as `%s` puts it in: an entry kept between two calls (a start and its end), not one it leaves for the rest",
			by, written, x, c.fn.QualName))
	} else if sub, ok := node.(*ast.Subscript); ok && x == "" && how == "" && c.removesKey(written, sub.Slice) {
		w.lower = append(w.lower, fmt.Sprintf("`%s` takes the entry it adds under `%s` out of `%s` again itself, in that call or a later one: an entry kept between two calls (a pair of signals, a start and its end), not one it leaves for the rest",
			c.fn.QualName, c.mod.File.Src[sub.Slice.Pos():sub.Slice.End()], written))
	}
	if w.kind != changesContainer && value != nil && how == "" {
		if c.constants == nil {
			c.constants = map[string][]string{}
		}
		k := ""
		switch {
		case isConstant(value):
			k = string(c.mod.File.Src[value.Pos():value.End()])
			c.constantWrites = append(c.constantWrites, spelt{len(c.out), written, k})
		case w.kind == rebindsGlobal && (c.moduleStateOnly(value) || c.builtWith(value) == "clock"):
			k = notCallData
		}
		c.constants[written] = append(c.constants[written], k)
	}
	switch how {
	case "counts":
		w.lower = append(w.lower, fmt.Sprintf("`%s` counts", written))
	case "removes":
		w.lower = append(w.lower, "the change only takes entries out")
	}
	// The nearest guards only: a memo's check sits close to its fill, and
	// a generated def of thousands of early exits would otherwise cost
	// their number at every write.
	var unset, set []ast.Expr
	for i := len(ctx.guards) - 1; i >= max(0, len(ctx.guards)-maxGuards); i-- {
		g := ctx.guards[i]
		if e, ok := g.(ast.Expr); ok && semantic.DottedPath(e) != "" {
			set = append(set, e)
		}
		if mentionsPath(g, written, c.readers) {
			w.lower = append(w.lower, fmt.Sprintf("it is filled once, under a check of `%s` (a lazy initialisation or a memo)", written))
			unset = nil
			break
		}
		if e, ok := g.(ast.Expr); ok && semantic.UnsetTest(e) {
			unset = append(unset, e)
		}
	}
	// An assignment, or a method's call that adds (`CACHE.update(...)`):
	// not a deletion, not a count.
	if how == "" {
		if c.filled == nil {
			c.filled = map[string]bool{}
		}
		c.filled[written] = true
	}
	if len(unset) > 0 {
		c.unsetGuarded = append(c.unsetGuarded, guardedWrite{len(c.out), unset})
	}
	if len(set) > 0 {
		c.setGuarded = append(c.setGuarded, guardedWrite{len(c.out), set})
	}
	c.out = append(c.out, w)
}

// filledWithGuard lowers the writes under a check that state the def
// fills is unset (`if _JS is None: _JS = load(); _JS_SUM = digest(_JS)`):
// once it is filled, the next call skips the block, and every write of
// it, as it skips the fill itself.
func (c *writeCollector) filledWithGuard() {
	for _, gw := range c.unsetGuarded {
		if by := c.filledIn(gw.guards); by != "" {
			w := &c.out[gw.i]
			w.lower = append(w.lower, fmt.Sprintf("it is filled once, under a check of `%s`, which `%s` fills too (a lazy initialisation)", by, c.fn.QualName))
		}
	}
}

// sameConstants lowers the writes of a constant to state that every
// assignment of it in the def gives that constant: no call's data. Two
// constants chosen by the data (`g = "Yes"` here, `g = "No"` there) are
// the call's choice.
func (c *writeCollector) sameConstants() {
	for _, cw := range c.constantWrites {
		values := c.constants[cw.written]
		if slices.ContainsFunc(values, func(v string) bool { return v != values[0] }) {
			n := &c.out[cw.i]
			switch {
			case slices.Contains(values, notCallData) && !slices.Contains(values, ""):
				// `_overflow = 0` beside `_overflow = _count // MAX`, `_at
				// = 0` beside `_at = time.monotonic()`: never the call's
				// data.
				n.lower = append(n.lower, fmt.Sprintf("every value the def gives `%s` is a constant, a time, or computed from module state, never the call's data", cw.written))
			case n.kind == rebindsGlobal && cw.constant == "None":
				// `_client = None` beside `_client = build()`: a reset.
				n.lower = append(n.lower, fmt.Sprintf("it resets `%s` to None", cw.written))
			}
			continue
		}
		c.out[cw.i].lower = append(c.out[cw.i].lower, "every call writes the same constant")
	}
}

// emptiedWithGuard lowers the writes under a check that a queue the def
// empties holds something (`if _QUEUED: for m, o in _QUEUED: ORDER[m] =
// o; _QUEUED.clear()`): what start-up code queued is moved in once.
func (c *writeCollector) emptiedWithGuard() {
	for _, gw := range c.setGuarded {
		for _, g := range gw.guards {
			if by := semantic.DottedPath(g); c.emptied[by] {
				w := &c.out[gw.i]
				w.lower = append(w.lower, fmt.Sprintf("it runs while `%s` holds something, which `%s` empties: what was queued is moved in once", by, c.fn.QualName))
				break
			}
		}
	}
}

// filledIn returns the first state, as spelt, that one of tests checks
// is unset (directly, or through a local read out of it) and the def
// fills, or "".
func (c *writeCollector) filledIn(tests []ast.Expr) string {
	for _, test := range tests {
		if u, ok := test.(*ast.UnaryOp); ok && u.Op == ast.Not {
			// not (SERIES and not force): left early once filled, unless
			// asked to fill again.
			if b, ok := u.Operand.(*ast.BoolOp); ok && b.Op == ast.And {
				if path := c.filledIn([]ast.Expr{&ast.UnaryOp{Op: ast.Not, Operand: b.Values[0]}}); path != "" {
					return path
				}
			}
			if f := flagOf(u.Operand); f != "" && c.flags[f] {
				return f
			}
		}
		for path := range semantic.UnsetPaths(test) {
			if from := c.readers[path]; from != "" {
				path = from
			}
			if c.filled[path] {
				return path
			}
		}
	}
	return ""
}

// noteFlag records t as a flag the def sets when value is a true
// constant and t is an item or attribute of an object that outlives the
// call and is not the request's own (`current_app.extensions["done"] =
// True`; not `g.done = True`).
func (c *writeCollector) noteFlag(t, value ast.Expr) {
	k, ok := value.(*ast.Constant)
	if !ok || k.Value != true {
		return
	}
	f := flagOf(t)
	root := pathRoot(semantic.ContainerOf(t))
	if f == "" || root == nil || c.fn.Local(root.Id) {
		return
	}
	libs := c.mod.Libraries()
	if libs.IsContextLocal(libs.InstanceClass(c.mod.ResolveName(root.Id))) {
		return
	}
	if c.flags == nil {
		c.flags = map[string]bool{}
	}
	c.flags[f] = true
}

// flagOf spells what e reads or sets as a flag: `x.done`, `x["done"]`,
// also read as `x.get("done")` or `getattr(x, "done", False)`; "" for
// anything else.
func flagOf(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return semantic.DottedPath(e)
	case *ast.Subscript:
		if k, ok := semantic.StringConstant(e.Slice); ok {
			if p := semantic.DottedPath(e.Value); p != "" {
				return p + "[" + strconv.Quote(k) + "]"
			}
		}
	case *ast.Call:
		if f, ok := e.Func.(*ast.Attribute); ok && f.Attr == "get" && len(e.Args) > 0 {
			return flagOf(&ast.Subscript{Value: f.Value, Slice: e.Args[0]})
		}
		if recv, attr, ok := semantic.AttrProbe(e); ok && semantic.IsName(e.Func, "getattr") {
			if p := semantic.DottedPath(recv); p != "" {
				return p + "." + attr
			}
		}
	}
	return ""
}

// builtWith returns "client" when e holds a client factory's result (a
// call of one, or a local assigned one), "clock" for a clock's, or "".
func (c *writeCollector) builtWith(e ast.Expr) string {
	libs := c.mod.Libraries()
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Lambda:
			return false
		case *ast.Name:
			if by := c.builtBy[n.Id]; by != "" {
				found = by
			}
		case *ast.Call:
			if path := semantic.DottedPath(n.Func); path != "" {
				first, _, _ := strings.Cut(path, ".")
				if c.fn.Local(first) {
					break
				}
				switch qn := c.mod.ResolvePath(path); {
				case libs.IsClientFactory(qn):
					found = "client"
				case libs.IsClock(qn):
					found = "clock"
				}
			}
		}
		return found == ""
	})
	return found
}

// moduleStateOnly reports whether e reads only constants and names the
// module binds to values (or that fn declares global): no call, no
// parameter, no local, and no import, which may be a proxy of the
// request (flask.request).
func (c *writeCollector) moduleStateOnly(e ast.Expr) bool {
	only := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Call, *ast.Lambda, *ast.Await, *ast.Yield, *ast.YieldFrom:
			only = false
		case *ast.Name:
			// Inspect goes on with the siblings of a node it stops at:
			// once false, it stays false.
			b := c.mod.Bindings[n.Id]
			only = only && (c.fn.Global(n.Id) || !c.fn.Local(n.Id) && b != nil && b.Kind == semantic.BindValue)
		}
		return only
	})
	return only
}

// maxGuards bounds the guards a write is checked against.
const maxGuards = 32

// mentionsPath reports whether test reads path (a dotted path as
// written), directly or through a local read out of it (readers).
func mentionsPath(test ast.Node, path string, readers map[string]string) bool {
	found := false
	ast.Inspect(test, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.Name:
			found = found || x.Id == path || readers[x.Id] == path
		case *ast.Attribute:
			found = found || semantic.DottedPath(x) == path
		}
		return !found
	})
	return found
}

// calledOn returns the methods mod calls on the module-level name, and
// as "=kw" the keywords it gives them True (keepsState's calledOn).
func calledOn(mod *semantic.Module, name string) []string {
	var out []string
	if mod.File == nil {
		return nil
	}
	ast.Inspect(mod.File.Module, func(n ast.Node) bool {
		c, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		if f, ok := c.Func.(*ast.Attribute); ok && semantic.IsName(f.Value, name) {
			out = append(out, mod.Intern(f.Attr))
			for _, k := range c.Keywords {
				if k.Arg != "" && semantic.IsTrue(k.Value) {
					out = append(out, mod.Intern("="+k.Arg))
				}
			}
		}
		return true
	})
	return out
}

// clearAdvice says how to clear what a StateSetter keeps on the object
// name: the decorator keyword, or its clearing methods.
func clearAdvice(st libraries.StateSetter, name string) string {
	var ways []string
	if st.ClearedBy != "" {
		ways = append(ways, fmt.Sprintf("`%s=True` on its decorator", st.ClearedBy))
	}
	for _, c := range st.Clears {
		ways = append(ways, fmt.Sprintf("`%s.%s()`", name, c))
	}
	return strings.Join(ways, ", or ")
}
