package rules

// Helpers over defs and their calls (semantic.Function) that several rules
// ask: which def a call may reach, what reads a row, what a def's
// decorators and first parameter are. They are syntax questions, not one
// rule's results, so they live here rather than in the rule that needed
// them first.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// returnedParams returns the parameters fn, of mod, returns as they are
// (`return fn`), or in a wrapper of its own (`@wraps(fn) def
// wrapper(...)`, then `return wrapper`): a decorator that registers what
// it decorates hands it back.
func returnedParams(mod *semantic.Module, fn *semantic.Function) map[string]bool {
	var out map[string]bool
	var wrappers map[string]string // nested def -> the parameter it wraps
	fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FunctionDef:
			if p := wrappedParam(mod, fn, n.DecoratorList); p != "" {
				if wrappers == nil {
					wrappers = map[string]string{}
				}
				wrappers[n.Name] = p
			}
		case *ast.Return:
			nm, ok := n.Value.(*ast.Name)
			if !ok {
				return
			}
			p := wrappers[nm.Id]
			if semantic.HasParam(fn.Args, nm.Id) {
				p = nm.Id
			}
			if p != "" {
				if out == nil {
					out = map[string]bool{}
				}
				out[p] = true
			}
		}
	})
	return out
}

// wrappedParam returns the parameter of fn that a decorator of a def
// nested in it wraps (`@functools.wraps(func)`, the libraries'
// WrapsDecorators), or "".
func wrappedParam(mod *semantic.Module, fn *semantic.Function, decorators []ast.Expr) string {
	for _, d := range decorators {
		call, ok := d.(*ast.Call)
		if !ok || len(call.Args) != 1 || !mod.Libraries().IsWrapsDecorator(mod.ResolveIn(fn, semantic.DottedPath(call.Func))) {
			continue
		}
		if nm, ok := call.Args[0].(*ast.Name); ok && semantic.HasParam(fn.Args, nm.Id) {
			return nm.Id
		}
	}
	return ""
}

// ownNodes returns the nodes of m's body that run in its own scope, as
// semantic.EachOwnNode visits them: the list its module keeps for the
// def, built once for the rules of the file, rather than a walk of the
// tree again.
func ownNodes(mod *semantic.Module, m *semantic.Method) []ast.Node {
	if fn := mod.FunctionOf(m.Node); fn != nil {
		return fn.Nodes()
	}
	var out []ast.Node
	semantic.EachOwnNode(m.Body, func(n ast.Node) { out = append(out, n) })
	return out
}

// calledDef returns the __qualname__ of the def of the module that call,
// in fn, may call: a module-level def by its name, or a method of fn's
// class through fn's first parameter (self.m(...)); "" otherwise.
func calledDef(mod *semantic.Module, fn *semantic.Function, call *ast.Call) string {
	switch f := call.Func.(type) {
	case *ast.Name:
		if b := mod.Bindings[f.Id]; b != nil && b.Kind == semantic.BindFunction && !fn.Local(f.Id) {
			return f.Id
		}
	case *ast.Attribute:
		if recv, ok := f.Value.(*ast.Name); ok && isParam0(fn, recv.Id) {
			if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 {
				if c := mod.Classes[fn.QualName[:i]]; c != nil && c.Methods[f.Attr] != nil {
					return fn.QualName[:i] + "." + f.Attr
				}
			}
		}
	}
	return ""
}

// queryChain reports whether the callee e goes through a model class's
// query manager: Model.objects.filter(...).first,
// Model.query.get, cls.objects.get.
func queryChain(libs *libraries.Index, e ast.Expr) bool { return queryModel(libs, e) != nil }

// queryModel returns the model class a query chain e goes through (the
// Order of Order.objects.get(...), also of db.session.query(Order)...),
// or nil when e is none.
func queryModel(libs *libraries.Index, e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.Attribute:
			if libs.IsQueryManager(x.Attr) && modelLike(x.Value) {
				return x.Value
			}
			e = x.Value
			continue
		case *ast.Call:
			// session.query(Order): a database handle's query of a model;
			// session.get(Order, pk): its load of one of its rows.
			if f, ok := x.Func.(*ast.Attribute); ok && (libs.IsQueryManager(f.Attr) || libs.IsQueryRunner(f.Attr)) && len(x.Args) > 0 &&
				modelLike(x.Args[0]) && queryReceiver(libs, f.Value) {
				return x.Args[0]
			}
			e = x.Func
			continue
		}
		return nil
	}
}

// readsRow reports whether e calls through a model's query manager
// (Order.objects.get(...)): it reads a row.
func readsRow(mod *semantic.Module, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok && queryChain(mod.Libraries(), c.Func) {
			found = true
		}
		return !found
	})
	return found
}

// modelLike reports whether e names a model class: a capitalised name
// (Flag, models.Flag), or a name that says it holds a class or a model
// (self.model, cls, object_class, model_cls, klass).
func modelLike(e ast.Expr) bool {
	last := lastName(e)
	if last == "" {
		return false
	}
	if last[0] >= 'A' && last[0] <= 'Z' {
		return true
	}
	lower := strings.ToLower(last)
	return strings.Contains(lower, "model") || lower == "cls" || lower == "klass" ||
		strings.HasSuffix(lower, "_class") || strings.HasSuffix(lower, "_cls")
}

// lastName returns the name a Name or an Attribute ends with, or "".
func lastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id
	case *ast.Attribute:
		return e.Attr
	}
	return ""
}

// decoratorsOf returns the decorators of a def or class statement.
func decoratorsOf(node ast.Stmt) []ast.Expr {
	switch n := node.(type) {
	case *ast.FunctionDef:
		return n.DecoratorList
	case *ast.AsyncFunctionDef:
		return n.DecoratorList
	case *ast.ClassDef:
		return n.DecoratorList
	}
	return nil
}

// decoratorsIn returns the decorators of node, each name that the module
// binds to a call at its top level replaced by that call: `memoize =
// lru_cache(maxsize=None)` makes `@memoize` the lru_cache it built.
func decoratorsIn(mod *semantic.Module, node ast.Stmt) []ast.Expr {
	decs := decoratorsOf(node)
	cloned := false // the tree's own list is not written
	for i, d := range decs {
		nm, ok := d.(*ast.Name)
		if !ok {
			continue
		}
		if b := mod.Bindings[nm.Id]; b == nil || b.Kind != semantic.BindValue || b.Value.Kind != semantic.Call {
			continue
		}
		if call := moduleCall(mod, nm.Id); call != nil {
			if !cloned {
				decs, cloned = slices.Clone(decs), true
			}
			decs[i] = call
		}
	}
	return decs
}

// moduleCall returns the call the module binds name to at its top level,
// the first such binding, as the model's Bindings keep it; nil for none.
func moduleCall(mod *semantic.Module, name string) *ast.Call {
	for _, st := range mod.File.Module.Body {
		if a, ok := st.(*ast.Assign); ok && len(a.Targets) == 1 && semantic.IsName(a.Targets[0], name) {
			call, _ := a.Value.(*ast.Call)
			return call
		}
	}
	return nil
}

// describeCall spells a callee for a message, with calls in it as
// (...): Flag.objects.filter(...).first.
func describeCall(e ast.Expr) string {
	var b strings.Builder
	var walk func(ast.Expr, int)
	walk = func(e ast.Expr, depth int) {
		switch x := e.(type) {
		case *ast.Name:
			b.WriteString(x.Id)
		case *ast.Attribute:
			if depth > 8 {
				b.WriteString("...")
			} else {
				walk(x.Value, depth+1)
			}
			b.WriteString("." + x.Attr)
		case *ast.Call:
			walk(x.Func, depth+1)
			b.WriteString("(...)")
		default:
			b.WriteString("...")
		}
	}
	walk(e, 0)
	return b.String()
}

// isStatic reports whether fn is decorated staticmethod.
func isStatic(fn *semantic.Function) bool {
	for _, d := range decoratorsOf(fn.Node) {
		if semantic.IsName(d, "staticmethod") {
			return true
		}
	}
	return false
}

// isParam0 reports whether name is fn's first parameter (self or cls).
func isParam0(fn *semantic.Function, name string) bool {
	return name != "" && firstParam(fn.Args) == name
}

// onClass reports whether fn's first parameter is its class: a
// classmethod or __new__.
func onClass(fn *semantic.Function) bool {
	if f, ok := fn.Node.(*ast.FunctionDef); ok && f.Name == "__new__" {
		return true
	}
	for _, d := range decoratorsOf(fn.Node) {
		if semantic.IsName(d, "classmethod") {
			return true
		}
	}
	return false
}

// isNumber reports whether v is an int or a float constant's value.
func isNumber(v ast.Value) bool {
	switch v.(type) {
	case int64, float64:
		return true
	}
	return false
}

// mentionsAny reports whether n uses one of names.
func mentionsAny(n ast.Node, names map[string]bool) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if nm, ok := x.(*ast.Name); ok && names[nm.Id] {
			found = true
		}
		return !found
	})
	return found
}

// weakEntries is the reason a container of weak references (kind, from
// semantic.MutableContainer) written per call is lower: its entries go
// with their objects. Nil for any other container.
func weakEntries(p *semantic.Program, name, kind string) []string {
	if !p.Libraries().IsWeakContainer(kind) {
		return nil
	}
	return []string{fmt.Sprintf("`%s` is a %s: its entries go with their objects", name, kind)}
}

// readsClock reports whether e calls a clock of the libraries
// (time.time(), datetime.now()), outside a lambda: what it computes is a
// time (an expiry, a timestamp). local says whether a name is the def's
// own, which then is no clock's module.
func readsClock(mod *semantic.Module, local func(string) bool, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Lambda:
			return false
		case *ast.Call:
			// Inspect goes on with the siblings of a node it stops at:
			// once true, it stays true.
			found = found || clockCall(mod, local, n)
		}
		return !found
	})
	return found
}

// clockCall reports whether c calls a clock of the libraries, through a
// name local does not say is the def's own.
func clockCall(mod *semantic.Module, local func(string) bool, c *ast.Call) bool {
	path := semantic.DottedPath(c.Func)
	first, _, _ := strings.Cut(path, ".")
	return path != "" && !local(first) && mod.Libraries().IsClock(mod.ResolvePath(path))
}

// readsTime reports whether e, in fn, reads the time: a clock read in
// it (readsClock), or a local of fn that every assignment of gives one
// (`now = time.monotonic()`, then `now + ttl`).
func readsTime(mod *semantic.Module, fn *semantic.Function, e ast.Expr) bool {
	if readsClock(mod, fn.Local, e) {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && !found && x.Ctx == ast.Load && fn.Local(x.Id) && !semantic.HasParam(fn.Args, x.Id) {
			found = clockLocal(mod, fn, x.Id)
		}
		return !found
	})
	return found
}

// timeValue reports whether e, in fn, is a time: a clock's read, or one
// plus or minus something (an expiry), or a local of fn that each
// assignment of gives one. Stricter than readsTime, which takes what is
// computed from a time, in a value that may hold more (`{"at": now,
// "user": user}`).
func timeValue(mod *semantic.Module, fn *semantic.Function, e ast.Expr) bool {
	isTime := func(e ast.Expr) bool {
		if b, ok := e.(*ast.BinOp); ok && (b.Op == ast.Add || b.Op == ast.Sub) {
			e = b.Left
		}
		c, ok := e.(*ast.Call)
		return ok && clockCall(mod, fn.Local, c)
	}
	if isTime(e) {
		return true
	}
	name, ok := e.(*ast.Name)
	return ok && !semantic.HasParam(fn.Args, name.Id) && assignedOnly(fn.Body, name.Id, isTime)
}

// copyOf returns what e copies, or nil: `x.copy()`, or x given alone to
// a copy or a container type (`copy(x)`, `deepcopy(x)`, `list(x)`,
// `dict(x)`, `set(x)`, `tuple(x)`).
func copyOf(e ast.Expr) ast.Expr {
	c, ok := e.(*ast.Call)
	if !ok || len(c.Keywords) > 0 {
		return nil
	}
	if f, ok := c.Func.(*ast.Attribute); ok && f.Attr == "copy" && len(c.Args) == 0 {
		return f.Value
	}
	switch lastName(c.Func) {
	case "copy", "deepcopy", "list", "dict", "set", "tuple":
		if len(c.Args) == 1 {
			return c.Args[0]
		}
	}
	return nil
}

// clockLocal reports whether each assignment of the local name in fn,
// and there is one, is a read of a clock.
func clockLocal(mod *semantic.Module, fn *semantic.Function, name string) bool {
	return assignedOnly(fn.Body, name, func(v ast.Expr) bool { return readsClock(mod, fn.Local, v) })
}

// assignedOnly reports whether body's own scope binds name only by
// simple assignments (`name = value`, `name: T = value`), one at least, each of whose
// values ok accepts: not in a loop, a with, an import, a def, an except
// clause, a del, or under a global or nonlocal declaration.
func assignedOnly(body []ast.Stmt, name string, ok func(ast.Expr) bool) bool {
	var assigned []ast.Node // the targets of the simple assignments
	var declared []ast.Node // of the bare annotations (`x: int`)
	only := true
	semantic.EachOwnNode(body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			if len(n.Targets) == 1 && semantic.IsName(n.Targets[0], name) {
				assigned = append(assigned, n.Targets[0])
				only = only && ok(n.Value)
			}
		case *ast.AnnAssign:
			// `q: asyncio.Queue = asyncio.Queue()`, as typed code spells
			// it; a bare annotation binds nothing.
			if semantic.IsName(n.Target, name) && n.Value != nil {
				assigned = append(assigned, n.Target)
				only = only && ok(n.Value)
			} else if semantic.IsName(n.Target, name) {
				declared = append(declared, n.Target)
			}
		case *ast.Name:
			if n.Id == name && n.Ctx != ast.Load && !slices.Contains(assigned, ast.Node(n)) && !slices.Contains(declared, ast.Node(n)) {
				only = false
			}
		case *ast.Alias:
			only = only && n.Asname != name && !(n.Asname == "" && strings.Split(n.Name, ".")[0] == name)
		case *ast.FunctionDef:
			only = only && n.Name != name
		case *ast.AsyncFunctionDef:
			only = only && n.Name != name
		case *ast.ClassDef:
			only = only && n.Name != name
		case *ast.ExceptHandler:
			only = only && n.Name != name
		case *ast.Global:
			only = only && !slices.Contains(n.Names, name)
		case *ast.Nonlocal:
			only = only && !slices.Contains(n.Names, name)
		}
	})
	return only && len(assigned) > 0
}

// moduleDef returns the module-level def that name, read in fn, names:
// not a name of fn's own; nil when there is none.
func moduleDef(mod *semantic.Module, fn *semantic.Function, name string) *semantic.Function {
	if fn.Local(name) {
		return nil
	}
	return mod.FunctionNamed(name)
}

// classOfDef returns the class whose method fn is, or nil.
func classOfDef(mod *semantic.Module, fn *semantic.Function) *semantic.Class {
	if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 {
		return mod.Classes[fn.QualName[:i]]
	}
	return nil
}

// registersItself reports whether the change of the container spelt path
// by fn, n (the value an item assignment stores, or the call that
// stores), puts fn's receiver in (`_SESSIONS[self.id] = self`,
// `_JOBS.append(self)`), and an instance method of fn's class
// takes its own entry out of that container (removesOwn: `_JOBS.remove(
// self)`, `_SESSIONS.pop(self.id)`): a registry of the class's live
// objects, which each puts itself in and takes itself out of.
func registersItself(mod *semantic.Module, fn *semantic.Function, n ast.Node, path string) bool {
	v, ok := n.(ast.Expr) // the value of an item assignment
	if call, isCall := n.(*ast.Call); isCall {
		v, ok = storedValue(call), true // or a call that stores its argument
	}
	if !ok {
		return false
	}
	self, ok := v.(*ast.Name)
	if !ok || path == "" {
		return false
	}
	c := classOfDef(mod, fn)
	if c == nil {
		return false
	}
	m := c.Methods[fn.QualName[len(c.QualName)+1:]]
	if m == nil || m.Self != self.Id || m.Kind != semantic.InstanceMethod {
		return false
	}
	for _, d := range c.Defs {
		if d.MethodSyntax == nil || d.Kind != semantic.InstanceMethod || d.Self == "" {
			continue
		}
		def := mod.FunctionOf(d.Node)
		if def == nil {
			continue
		}
		for _, x := range def.Nodes() {
			if removesOwn(x, d.Self) && removesFrom(x, path) {
				return true
			}
		}
	}
	return false
}

// storedValue returns what the change n puts in its container: the
// value of an item assignment, the argument of a method that stores it
// (semantic.StoresArgument: append, add, insert); else nil.
func storedValue(n ast.Node) ast.Expr {
	switch n := n.(type) {
	case *ast.Assign:
		return n.Value
	case *ast.Call:
		if f, ok := n.Func.(*ast.Attribute); ok && len(n.Args) > 0 && semantic.StoresArgument(f.Attr) && f.Attr != "setdefault" {
			return n.Args[len(n.Args)-1]
		}
	}
	return nil
}

// removesOwn reports whether n takes out of its container the entry of
// the receiver self: a removal (isRemoval) whose arguments, or whose
// deleted item's key, read self (`remove(self)`, `pop(self.id)`, `del
// X[self.id]`); `clear()` takes out everyone's.
func removesOwn(n ast.Node, self string) bool {
	if !isRemoval(n) {
		return false
	}
	var keys []ast.Expr
	switch n := n.(type) {
	case *ast.Call:
		keys = n.Args
	case *ast.Delete:
		for _, t := range n.Targets {
			if sub, ok := t.(*ast.Subscript); ok {
				keys = append(keys, sub.Slice)
			}
		}
	}
	for _, k := range keys {
		if semantic.Mentions(k, self) {
			return true
		}
	}
	return false
}

// removesFrom reports whether the removal n (isRemoval) takes out of the
// container spelt path.
func removesFrom(n ast.Node, path string) bool {
	switch n := n.(type) {
	case *ast.Delete:
		for _, t := range n.Targets {
			if sub, ok := t.(*ast.Subscript); ok && semantic.DottedPath(sub.Value) == path {
				return true
			}
		}
	case *ast.Call:
		return semantic.DottedPath(n.Func.(*ast.Attribute).Value) == path
	}
	return false
}

// writtenIn reports whether e holds an expression written as one of texts.
func writtenIn(src []byte, e ast.Expr, texts []string) bool {
	found := false
	ast.Inspect(e, func(x ast.Node) bool {
		if y, ok := x.(ast.Expr); ok && !found && slices.Contains(texts, string(src[y.Pos():y.End()])) {
			found = true
		}
		return !found
	})
	return found
}

// keepsFillTime reports whether fn stores a reading of a clock in module
// state (`_STATS["at"] = time.time()`, `global _at; _at = time.time()`)
// that a def of the module reads in a comparison or an age (`time.time()
// - _at > TTL`, `now - _STATS["at"]`, or a local read from an entry that
// keeps its expiry: `_, expires = _sessions.get(k, ...)`, `now >
// expires`): what it fills beside it is kept
// with the time of the fill, a cache filled again when it is old, a TTL
// by hand. With recv, fn's receiver, an attribute of it counts as that
// state too (`self.expires = time.time() + ttl` on a singleton, `if
// self.expires < time.time()`). A time kept only for show does not count.
func keepsFillTime(mod *semantic.Module, fn *semantic.Function, recv string) bool {
	var kept []string    // the stores' targets, as written
	var entries []string // the containers of those that are items
	src := mod.File.Src
	fn.EachNode(func(n ast.Node) {
		a, ok := n.(*ast.Assign)
		if !ok {
			return
		}
		for _, t := range a.Targets {
			if (moduleState(fn, t) || recv != "" && attrOf(t, recv)) && readsTime(mod, fn, a.Value) {
				kept = append(kept, string(src[t.Pos():t.End()]))
				if sub, ok := t.(*ast.Subscript); ok {
					entries = append(entries, string(src[sub.Value.Pos():sub.Value.End()]))
				}
			}
		}
	})
	if len(kept) == 0 {
		return false
	}
	tested := false
	for _, other := range mod.Functions() {
		// Locals read from an entry of such a container (`user, expires =
		// _sessions.get(key, (None, None))`): an entry that keeps its own
		// expiry, compared where it is read.
		var fromEntry []string
		other.EachNode(func(n ast.Node) {
			switch n := n.(type) {
			case *ast.Assign:
				if len(entries) > 0 && writtenIn(src, n.Value, entries) {
					for _, t := range n.Targets {
						semantic.EachTargetName(t, func(name string) { fromEntry = append(fromEntry, name) })
					}
				}
				return
			case *ast.Compare:
			case *ast.BinOp:
				if n.Op != ast.Sub {
					return
				}
			default:
				return
			}
			if e := n.(ast.Expr); !tested && (writtenIn(src, e, kept) || len(fromEntry) > 0 && writtenIn(src, e, fromEntry)) {
				tested = true
			}
		})
		if tested {
			return true
		}
	}
	return false
}

// attrOf reports whether t is an attribute or item of the name recv
// (`self.expires`, `self._at[k]`).
func attrOf(t ast.Expr, recv string) bool {
	root := pathRoot(semantic.ContainerOf(t))
	return root != nil && root.Id == recv && root != t
}

// moduleState reports whether the target t of an assignment in fn is
// module state: a global fn declares, or an item or attribute of a
// module-level name.
func moduleState(fn *semantic.Function, t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Name:
		return fn.Global(t.Id)
	case *ast.Subscript, *ast.Attribute:
		root := pathRoot(semantic.ContainerOf(t))
		return root != nil && !fn.Local(root.Id)
	}
	return false
}

// removal is what a def takes out of a container itself, and where: a
// local, or a key of another form (`kwargs["instance"]`), local "".
type removal struct {
	local string
	key   ast.Expr
	at    token.Pos
}

// removalsIn returns, by container as spelt, what fn takes out of a
// container itself (`SOCKETS.remove(ws)`, `.discard(ws)`; a key,
// `del FILTERS[queue]`, `.pop(queue, None)`), but in an except handler:
// a rollback on failure, not how the call ends.
func removalsIn(fn *semantic.Function) map[string][]removal {
	// An except handler is met before the calls in it: the spans of the
	// handlers met so far say which calls are in one.
	var handlers []ast.Span
	out := map[string][]removal{}
	add := func(container, key ast.Expr, at token.Pos) {
		if slices.ContainsFunc(handlers, func(h ast.Span) bool { return h.Lo <= at && at < h.Hi }) {
			return
		}
		r := removal{key: key, at: at}
		if x, ok := key.(*ast.Name); ok {
			if !fn.Local(x.Id) {
				return
			}
			r.local = x.Id
		}
		spelt := semantic.DottedPath(container)
		out[spelt] = append(out[spelt], r)
	}
	fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.ExceptHandler:
			handlers = append(handlers, ast.Span{Lo: n.Pos(), Hi: n.End()})
		case *ast.Call:
			f, ok := n.Func.(*ast.Attribute)
			if !ok || len(n.Args) == 0 {
				return
			}
			if (f.Attr == "remove" || f.Attr == "discard") && len(n.Args) == 1 || f.Attr == "pop" && len(n.Args) <= 2 {
				add(f.Value, n.Args[0], n.Pos())
			}
		case *ast.Delete:
			for _, t := range n.Targets {
				if sub, ok := t.(*ast.Subscript); ok {
					add(sub.Value, sub.Slice, n.Pos())
				}
			}
		}
	})
	return out
}

// takenOutAfter reports whether rs takes local out after pos: an entry
// the def adds at pos and takes out again before it returns (a
// subscriber), not one taken out before it is added again (a
// re-registration).
func takenOutAfter(rs []removal, local string, pos token.Pos) bool {
	return slices.ContainsFunc(rs, func(r removal) bool { return r.local == local && r.at > pos })
}

// addedLocal returns the local a change adds when it is a call with one
// argument, a name (`SOCKETS.append(ws)`), or that name itself; else "".
func addedLocal(stored ast.Node) string {
	if call, ok := stored.(*ast.Call); ok && len(call.Args) == 1 {
		stored = call.Args[0]
	}
	if x, ok := stored.(*ast.Name); ok {
		return x.Id
	}
	return ""
}

// subscriberReason is why an entry that fn adds and takes out again
// itself is lower: it is there only while the call runs.
func subscriberReason(fn *semantic.Function, local, container string) string {
	return fmt.Sprintf("`%s` takes `%s` out of `%s` again itself: an entry only while the call runs (a subscriber), not what it leaves for the next", fn.QualName, local, container)
}

// localValues returns the values fn assigns to each of its names, by
// name (`x = v`, `x: T = v`).
func localValues(fn *semantic.Function) map[string][]ast.Expr {
	out := map[string][]ast.Expr{}
	for _, n := range fn.Nodes() {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				if x, ok := t.(*ast.Name); ok {
					out[x.Id] = append(out[x.Id], n.Value)
				}
			}
		case *ast.AnnAssign:
			if x, ok := n.Target.(*ast.Name); ok && n.Value != nil {
				out[x.Id] = append(out[x.Id], n.Value)
			}
		}
	}
	return out
}
