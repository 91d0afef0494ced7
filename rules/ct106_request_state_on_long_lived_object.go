package rules

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// RequestStateOnLongLivedObject is CT106.
var RequestStateOnLongLivedObject = &analysis.Analyzer{
	Name: "request-state-on-long-lived-object",
	Code: "CT106",
	Doc:  doc("CT106"),
	Run:  runRequestStateOnLongLivedObject,
}

// selfWrite is a write or mutation of an attribute of self in a method,
// or of an attribute of a module-level object in a def, reduced to what
// is decided with the whole program.
type selfWrite struct {
	pos, end token.Pos
	class    string // the method's class (QualName); "" for an object's attribute
	method   string // the def, as __qualname__
	attr     string
	// object is the module-level name, resolved, whose attribute a def
	// writes ("app.tracker"); "" for self.
	object   string
	mutation bool
	perCall  string
	lower    []string
	// copied: the write puts back a copy of what the attribute held
	// (`self.fields = list(self.fields)`): the object's own, which a
	// change after it changes for every later request.
	copied bool
	spans  []lockSpan // the method's, for the lock test
	m      *semantic.Method
	// viaPaths: of via's attr, the dotted names the class's code binds
	// it to (`self.db = db.session`), resolved, besides parameters and
	// calls; the program says whether each is a library's object.
	viaPaths []string
	// via is the method of a mutation through a call on self.attr
	// (`self.plugin.add(x)`: "add") when the class's code binds attr
	// only to what is no container it can see (heldObjects): the call
	// may be a method of a class of the tree, not a container's.
	via string
	// loader: w writes an object of its module from a module-level
	// function that every call in the module makes under a check that
	// the object's state is unset (markLoaders); the program pass asks
	// whether another module may call it.
	loader bool
	// classValue: the value written is read from a module-level name by
	// attributes alone (`LoggingAppInteraction.LOGIN.value`), resolved
	// ("app.enums.LoggingAppInteraction"); the program pass asks whether
	// it is a class of the tree, whose attributes no request sets.
	classValue string
}

func runRequestStateOnLongLivedObject(pass *analysis.Pass) {
	mod := pass.Module
	var writes []selfWrite
	for _, c := range mod.Classes {
		var initHelpers, sameConstant, held, weak, times map[string]bool
		var heldPaths map[string][]string
		var registries map[string]registry
		nodes := mutationNodesOf{}
		for _, m := range c.Defs {
			if m.Self == "" || m.Kind == semantic.ClassMethod || m.Kind == semantic.StaticMethod || setupMethods[m.Name] ||
				!writesSelf(m) {
				continue
			}
			// What __init__ calls is asked only of a class whose methods
			// write: most never do, and the walk is a def's every node.
			if initHelpers == nil {
				initHelpers, sameConstant, weak, times = calledFromInit(c), oneConstant(c), weakKeyed(mod, c), timeTables(mod, c, nodes)
				registries = subscriberRegistries(mod, c, nodes)
				held, heldPaths = heldObjects(mod, c)
			}
			if !initHelpers[m.Name] {
				writes = methodSelfWrites(writes, mod, c, m, nodes, sameConstant, held, weak, times, heldPaths, registries)
			}
		}
	}
	objects := len(writes)
	for _, fn := range mod.Functions() {
		writes = objectWrites(writes, mod, fn)
	}
	markObjectLoaders(mod, writes[objects:])
	if len(writes) == 0 {
		return
	}
	// The calls that refill a module-level object of the module's own
	// classes, asked only where a method of one writes self.
	var refills map[token.Pos]string
	if slices.ContainsFunc(writes[:objects], func(w selfWrite) bool { return w.m != nil }) {
		refills = refillCalls(mod)
	}
	// Stable: a write and a mutation at one place (`self.hits += 1`) keep
	// their order, the write first, whose evidence is the fuller; an
	// unstable sort chose between them by the rest of the module.
	slices.SortStableFunc(writes, func(a, b selfWrite) int { return cmp.Compare(a.pos, b.pos) })
	pass.Defer(func(pp *analysis.ProgramPass) {
		shared := map[*semantic.Class]string{}
		kindOf := func(k *semantic.Class) string {
			kind, ok := shared[k]
			if !ok {
				kind = sharedKind(pp.Program.Libraries(), pp.EntryPointsIn(k.Module.Path), k)
				shared[k] = kind
			}
			return kind
		}
		instances := map[*semantic.Method]string{}
		instanceOf := func(c *semantic.Class, m *semantic.Method) string {
			inst, ok := instances[m]
			if !ok {
				inst = moduleInstance(pp.Program, c, m)
				instances[m] = inst
			}
			return inst
		}
		// One finding per method and attribute: its first write, or,
		// after a copy of the attribute written back, a change of that
		// copy that nothing in the method lowers (the request's fields
		// added to it).
		key := func(w selfWrite) string { return w.class + "." + w.method + " " + w.object + "." + w.attr }
		changedAfter := map[string]bool{}
		for _, w := range writes {
			if w.mutation && len(w.lower) == 0 {
				changedAfter[key(w)] = true
			}
		}
		reported := map[string]bool{}
		for _, w := range writes {
			key := key(w)
			if reported[key] || w.copied && changedAfter[key] {
				continue
			}
			if c := pp.Module.Classes[w.class]; len(refills) > 0 && w.m != nil && c != nil {
				// Every call on the one object refills it: a cache.
				if inst := instanceOf(c, w.m); inst != "" {
					if why := refilledBy(pp, refills, c, inst, w.m); why != "" {
						w.lower = append(w.lower, why)
					}
				}
			}
			if reportRequestState(pp, kindOf, instanceOf, w) {
				reported[key] = true
			}
		}
	})
}

// setupMethods run when the object is built or its class defined, not
// per request.
var setupMethods = map[string]bool{
	"__init__": true, "__new__": true, "__init_subclass__": true, "__set_name__": true,
	"__post_init__": true, "__class_getitem__": true, "__del__": true,
}

// calledFromInit returns the methods __init__ calls on self, transitively:
// they set the object up.
func calledFromInit(c *semantic.Class) map[string]bool {
	out := map[string]bool{}
	var visit func(m *semantic.Method)
	visit = func(m *semantic.Method) {
		if m == nil || m.MethodSyntax == nil || m.Self == "" {
			return
		}
		for _, n := range ownNodes(c.Module, m) {
			call, ok := n.(*ast.Call)
			if !ok {
				continue
			}
			if a, ok := call.Func.(*ast.Attribute); ok && semantic.IsName(a.Value, m.Self) && !out[a.Attr] {
				if callee := c.Methods[a.Attr]; callee != nil {
					out[a.Attr] = true
					visit(callee)
				}
			}
		}
	}
	visit(c.Methods["__init__"])
	return out
}

// methodSelfWrites appends to out the writes and mutations of self's
// attributes in m, with the evidence found in m's body: appended, not
// returned apart, as the writes of a module are many and large.
func methodSelfWrites(out []selfWrite, mod *semantic.Module, c *semantic.Class, m *semantic.Method, nodesOf mutationNodesOf, sameConstant, held, weak, times map[string]bool, heldPaths map[string][]string, registries map[string]registry) []selfWrite {
	method := ""
	pc := &perCallFinder{args: m.Args, body: m.Body, notPerCall: m.Self}
	var spans []lockSpan
	spansDone := false
	add := func(pos, end token.Pos, attr string, mutation bool, value ast.Node) {
		if !spansDone {
			spans, spansDone = withSpans(mod, m), true
		}
		if method == "" {
			method = mod.Intern(c.QualName + "." + m.Name)
		}
		w := selfWrite{pos: pos, end: end, class: c.QualName, method: method,
			attr: mod.Intern(attr), mutation: mutation, spans: spans, m: m}
		if value != nil {
			w.perCall = mod.Intern(pc.in(value, ""))
			if e, ok := value.(ast.Expr); ok && (copyOfOwn(e, m.Self, attr) || filteredOwn(e, m.Self, attr)) {
				w.lower = append(w.lower, fmt.Sprintf("it writes back what `self.%s` held (or a copy, or a part of it): no request's data", attr))
				w.copied = true
			}
		}
		if holder, _, _ := strings.Cut(attr, "."); mutation && weak[holder] {
			w.lower = append(w.lower, fmt.Sprintf("`self.%s` is keyed by weak references: each key object has its own entry, gone with it", holder))
		}
		for _, g := range unsetGuards(m, pos, end) {
			if g.recv.Kind == semantic.SelfReceiver && g.attr == attr {
				w.lower = append(w.lower, fmt.Sprintf("it is set once, while `self.%s` is unset (or lacks the key)", attr))
				break
			}
		}
		if flag := onceBlock(m, pos, end); flag != "" && flag != attr {
			w.lower = append(w.lower, fmt.Sprintf("it runs once, while `self.%s` is unset, which the same block sets", flag))
		}
		out = append(out, w)
	}
	// local says whether a name is m's own, its def found once.
	var def *semantic.Function
	local := func(name string) bool {
		if def == nil {
			def = mod.FunctionOf(m.Node)
		}
		return def != nil && def.Local(name)
	}
	// partSaves are where m saves a part of its receiver
	// (`self.config.save_data()`), by the part; found on the first write
	// to a part.
	var partSaves map[string][]token.Pos
	for _, aw := range m.Writes {
		if part, ok := selfPartWrite(m, aw); ok {
			// self.client.state = v: a part of the one object is as
			// shared as the object.
			add(aw.Node.Pos(), aw.Node.End(), part, false, aw.Value)
			if aw.Kind == semantic.AssignWrite && aw.Value != nil && isConstant(aw.Value) && sameConstant[part] {
				out[len(out)-1].lower = append(out[len(out)-1].lower, "every request writes the same constant")
			}
			if partSaves == nil {
				partSaves = savesOfParts(mod, m)
			}
			holder, _, _ := strings.Cut(part, ".")
			at := aw.Node.Pos()
			if slices.ContainsFunc(partSaves[holder], func(p token.Pos) bool { return p > at && !exclusive(m.Body, at, p) }) {
				out[len(out)-1].lower = append(out[len(out)-1].lower,
					fmt.Sprintf("`%s` saves `self.%s` after: a stored setting, changed for every request on purpose", method, holder))
			}
			continue
		}
		if !ownSelfWrite(m, aw) {
			continue
		}
		add(aw.Node.Pos(), aw.Node.End(), aw.Attr, false, aw.Value)
		if aw.Kind == semantic.AssignWrite && aw.Value != nil && isConstant(aw.Value) && sameConstant[aw.Attr] {
			out[len(out)-1].lower = append(out[len(out)-1].lower, "every request writes the same constant")
		}
		if w := &out[len(out)-1]; aw.Kind == semantic.AssignWrite && aw.Value != nil && w.perCall == "" &&
			readsClock(mod, local, aw.Value) {
			w.lower = append(w.lower, "it stores a time (an expiry or a timestamp), not a request's data")
		}
		if aw.Kind == semantic.AugmentWrite {
			if k, ok := aw.Value.(*ast.Constant); ok && isNumber(k.Value) {
				out[len(out)-1].lower = append(out[len(out)-1].lower, fmt.Sprintf("`self.%s` counts", aw.Attr))
			}
		}
	}
	var nodes []ast.Node
	finally := 0 // hasFinally, asked once: 1 yes, -1 no
	for i, mu := range m.Mutations {
		if mu.Recv.Kind != semantic.SelfReceiver {
			continue
		}
		add(mu.Pos, mu.End, mu.Attr, true, nil)
		if times[mu.Attr] {
			out[len(out)-1].lower = append(out[len(out)-1].lower,
				fmt.Sprintf("`self.%s` holds only times read from a clock, by key (when each key was last met): a throttle's or an expiry's record, no request's data", mu.Attr))
		}
		if finally == 0 {
			finally = -1
			if hasFinally(m) {
				finally = 1
			}
		}
		if nodes == nil && (held[mu.Attr] || finally > 0) {
			nodes = nodesOf.of(m)
		}
		if r, ok := registries[mu.Attr]; ok && !held[mu.Attr] {
			out[len(out)-1].lower = append(out[len(out)-1].lower,
				fmt.Sprintf("`%s.%s` hands each caller an entry of `self.%s` that it made for it, and `%s.%s` takes out what a caller gives back: a registry of subscribers, no request's entry another's",
					c.QualName, r.adder, mu.Attr, c.QualName, r.remover))
		} else if nodes != nil {
			if entry := ownEntry(mod, m, nodes[i], mu.Attr); entry != "" {
				out[len(out)-1].lower = append(out[len(out)-1].lower,
					fmt.Sprintf("each call puts in `self.%s` an entry of its own (`%s`, made by the call) and its `finally` takes it out: a registry of the calls in flight", mu.Attr, entry))
			}
		}
		if !held[mu.Attr] {
			continue
		}
		if call, ok := nodes[i].(*ast.Call); ok {
			if f, ok := call.Func.(*ast.Attribute); ok && semantic.DottedPath(f.Value) == m.Self+"."+mu.Attr {
				out[len(out)-1].via = mod.Intern(f.Attr)
				out[len(out)-1].viaPaths = heldPaths[mu.Attr]
			}
		}
	}
	return out
}

// hasFinally reports whether m has a try statement with a finally.
func hasFinally(m *semantic.Method) bool {
	found := false
	semantic.EachOwnNode(m.Body, func(n ast.Node) {
		if t, ok := n.(*ast.Try); ok && len(t.Finalbody) > 0 {
			found = true
		}
	})
	return found
}

// ownEntry returns the name of the entry that n, a mutation of self.attr
// in m, puts in or takes out (`self.queues[socket_id] = q`,
// `self.sockets.add(ws)`, `del self.queues[socket_id]`), when that entry
// is the call's own (a key or an object m made itself: freshLocal) and
// the finally of a try statement at or after n takes it out again: the
// container is a registry of the calls in flight (a server's open
// sockets), in which no call's entry is another's. "" otherwise.
func ownEntry(mod *semantic.Module, m *semantic.Method, n ast.Node, attr string) string {
	holder := m.Self + "." + attr
	entry := entryOf(n, holder, "add", "append", "pop", "discard", "remove")
	if entry == "" {
		return ""
	}
	removed := false
	semantic.EachOwnNode(m.Body, func(x ast.Node) {
		t, ok := x.(*ast.Try)
		if !ok || removed || len(t.Finalbody) == 0 || n.Pos() >= t.End() {
			return
		}
		// In the finally itself, n is the taking out.
		if len(t.Handlers) > 0 && t.Handlers[0].Pos() <= n.Pos() && n.Pos() < t.Finalbody[0].Pos() {
			return // in a handler: it runs on a failure only
		}
		semantic.EachOwnNode(t.Finalbody, func(y ast.Node) {
			switch y := y.(type) {
			case *ast.Delete:
				removed = removed || entryOf(y, holder) == entry
			case *ast.Call:
				removed = removed || entryOf(y, holder, "pop", "discard", "remove") == entry
			}
		})
	})
	if !removed || !freshLocal(mod, m, entry) {
		return ""
	}
	return entry
}

// entryOf returns the local name that n puts in or takes out of the
// container at holder: the key of `holder[k] = v` or `del holder[k]`, or
// the first argument of a call of one of methods on it; "" for anything
// else.
func entryOf(n ast.Node, holder string, methods ...string) string {
	var key ast.Expr
	switch n := n.(type) {
	case *ast.Assign:
		if s, ok := n.Targets[0].(*ast.Subscript); ok && len(n.Targets) == 1 && semantic.IsPath(s.Value, holder) {
			key = s.Slice
		}
	case *ast.Delete:
		if s, ok := n.Targets[0].(*ast.Subscript); ok && len(n.Targets) == 1 && semantic.IsPath(s.Value, holder) {
			key = s.Slice
		}
	case *ast.Call:
		if f, ok := n.Func.(*ast.Attribute); ok && len(n.Args) > 0 && slices.Contains(methods, f.Attr) && semantic.IsPath(f.Value, holder) {
			key = n.Args[0]
		}
	}
	if k, ok := key.(*ast.Name); ok {
		return k.Id
	}
	return ""
}

// freshLocal reports whether name is a local of m that only ever holds
// what m made itself: each binding of it a simple assignment of a new
// object (a class called, by the capital of its name) or of a value no
// other call gets (the libraries' FreshValues: uuid4()), or str() of
// either. Not a parameter: a caller's value may be another call's too.
func freshLocal(mod *semantic.Module, m *semantic.Method, name string) bool {
	if semantic.HasParam(m.Args, name) {
		return false
	}
	libs := mod.Libraries()
	var fresh func(e ast.Expr) bool
	fresh = func(e ast.Expr) bool {
		c, ok := e.(*ast.Call)
		if !ok {
			return false
		}
		path := semantic.DottedPath(c.Func)
		if path == "str" && len(c.Args) == 1 && len(c.Keywords) == 0 {
			return fresh(c.Args[0])
		}
		last := path[strings.LastIndexByte(path, '.')+1:]
		return path != "" && (libs.IsFreshValue(mod.ResolvePath(path)) || unicode.IsUpper(rune(last[0])))
	}
	return assignedOnly(m.Body, name, fresh)
}

// onceBlock returns the attribute of self that an if statement of m
// around [pos, end) tests is unset, when its body sets it (`if not
// self.initialized: ...; self.initialized = True`): the body runs once
// per object. "" when there is none.
func onceBlock(m *semantic.Method, pos, end token.Pos) string {
	for _, i := range m.Ifs {
		if len(i.Body) == 0 || i.Body[0].Pos() > pos || end > i.Body[len(i.Body)-1].End() {
			continue
		}
		for _, subject := range semantic.UnsetSubjects(i.Test) {
			a, ok := subject.(*ast.Attribute)
			if !ok || !semantic.IsName(a.Value, m.Self) {
				continue
			}
			lo, hi := i.Body[0].Pos(), i.Body[len(i.Body)-1].End()
			for _, aw := range m.Writes {
				if aw.Kind == semantic.AssignWrite && aw.Attr == a.Attr && semantic.IsName(aw.Recv, m.Self) &&
					lo <= aw.Node.Pos() && aw.Node.End() <= hi {
					return a.Attr
				}
			}
		}
	}
	return ""
}

// copyOfOwn reports whether e is self.attr itself, or a copy of it
// (`deepcopy(self.form)`, `list(self.items)`, `self.opts.copy()`).
func copyOfOwn(e ast.Expr, self, attr string) bool {
	own := func(x ast.Expr) bool {
		a, ok := x.(*ast.Attribute)
		return ok && a.Attr == attr && semantic.IsName(a.Value, self)
	}
	return own(e) || own(copyOf(e))
}

// filteredOwn reports whether e is a comprehension over what self.attr
// holds (its items, keys or values) that reads nothing else but its own
// targets and constants: `{k: n - 1 for k, n in self.counts.items() if n
// > 1}`, a rate limiter's buckets counted down.
func filteredOwn(e ast.Expr, self, attr string) bool {
	var gens []*ast.Comprehension
	var parts []ast.Expr
	switch c := e.(type) {
	case *ast.ListComp:
		gens, parts = c.Generators, []ast.Expr{c.Elt}
	case *ast.SetComp:
		gens, parts = c.Generators, []ast.Expr{c.Elt}
	case *ast.DictComp:
		gens, parts = c.Generators, []ast.Expr{c.Key, c.Value}
	default:
		return false
	}
	targets := map[string]bool{}
	for _, g := range gens {
		it := g.Iter
		if call, ok := it.(*ast.Call); ok && len(call.Args) == 0 && len(call.Keywords) == 0 {
			if f, ok := call.Func.(*ast.Attribute); ok && (f.Attr == "items" || f.Attr == "keys" || f.Attr == "values") {
				it = f.Value
			}
		}
		if a, ok := it.(*ast.Attribute); !ok || a.Attr != attr || !semantic.IsName(a.Value, self) {
			return false
		}
		ast.Inspect(g.Target, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok {
				targets[x.Id] = true
			}
			return true
		})
		parts = append(parts, g.Ifs...)
	}
	only := true
	for _, p := range parts {
		ast.Inspect(p, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok && !targets[x.Id] {
				only = false
			}
			return only
		})
	}
	return only
}

// heldObjects returns the attributes of self that c's methods bind, and
// bind only to what is no container c's code makes: a parameter, a call
// of what is no container factory (`self.plugin = plugin`), or a dotted
// name, either of a conditional expression's (`session if session else
// db.session`). None bound at class level. A call of a mutating method's
// name on one may be a method of a class of the tree. paths holds the
// dotted names, resolved, which may still name a module's container
// (`self.items = config.ITEMS`): the program asks (libraryObjects).
func heldObjects(mod *semantic.Module, c *semantic.Class) (held map[string]bool, paths map[string][]string) {
	held, paths = map[string]bool{}, map[string][]string{}
	libs := mod.Libraries()
	var container func(v ast.Expr, attr string) bool
	container = func(v ast.Expr, attr string) bool {
		switch v := v.(type) {
		case *ast.Name:
			return false
		case *ast.Call:
			path := semantic.DottedPath(v.Func)
			return path == "" || libs.IsContainerFactory(mod.ResolvePath(path))
		case *ast.Attribute:
			path := semantic.DottedPath(v)
			if path == "" {
				return true
			}
			paths[attr] = append(paths[attr], mod.Intern(mod.ResolvePath(path)))
			return false
		case *ast.IfExp:
			return container(v.Body, attr) || container(v.Orelse, attr)
		}
		return true
	}
	for _, m := range c.Defs {
		for _, aw := range m.Writes {
			if !ownSelfWrite(m, aw) || aw.Kind != semantic.AssignWrite {
				continue
			}
			c := container(aw.Value, aw.Attr)
			if prev, seen := held[aw.Attr]; !seen || prev {
				held[aw.Attr] = !c
			}
		}
	}
	for attr := range held {
		if c.Attrs[attr] != nil || !held[attr] {
			delete(held, attr)
			delete(paths, attr)
		}
	}
	return held, paths
}

// libraryObjects reports whether each of paths, a dotted name resolved,
// is an attribute of a module-level object a library's call made
// (`db = SQLAlchemy()` then `db.session`): no container of the tree.
func libraryObjects(p *semantic.Program, paths []string) bool {
	for _, path := range paths {
		root, _, dotted := strings.Cut(path, ".")
		ok := false
		for i := len(root); dotted && i < len(path) && !ok; {
			j := strings.IndexByte(path[i+1:], '.')
			if j < 0 {
				break
			}
			i += 1 + j
			m, _, b := p.Global(path[:i])
			if b != nil && b.Kind == semantic.BindValue && b.Value.Kind == semantic.Call {
				qn := p.ResolvePath(m, b.Value.Callee)
				ok = p.Class(qn) == nil && p.BuiltBy(qn) == nil && !p.Libraries().IsContainerFactory(qn) && p.MutableContainer(m, b.Value, nil) == ""
			}
		}
		if !ok {
			return false
		}
	}
	return len(paths) > 0
}

// weakKeyed returns the attributes of self that c's code binds to a
// container keyed by weak references (`self._caches =
// weakref.WeakKeyDictionary()`): what a request puts there under itself
// is its own.
func weakKeyed(mod *semantic.Module, c *semantic.Class) map[string]bool {
	var out map[string]bool
	libs := mod.Libraries()
	for _, m := range c.Defs {
		for _, aw := range m.Writes {
			call, ok := aw.Value.(*ast.Call)
			if !ok || aw.Kind != semantic.AssignWrite || !ownSelfWrite(m, aw) {
				continue
			}
			if path := semantic.DottedPath(call.Func); path != "" && libs.IsWeakKeyed(mod.ResolvePath(path)) {
				if out == nil {
					out = map[string]bool{}
				}
				out[aw.Attr] = true
			}
		}
	}
	return out
}

// localPart reports whether c's code binds part, in __init__, to an
// object that holds one value per thread or context (`self.local =
// threading.local()`): what is set on it is no other request's.
func localPart(p *semantic.Program, c *semantic.Class, part string) bool {
	return slices.ContainsFunc(p.MRO(c), func(k *semantic.Class) bool { return k.LocalAttrs[part] })
}

// definesMethod reports whether a class of the program has a method
// called name.
func definesMethod(p *semantic.Program, name string) bool {
	for _, m := range p.ByPath {
		for _, k := range m.Classes {
			if k.Methods[name] != nil {
				return true
			}
		}
	}
	return false
}

// ownSelfWrite reports whether aw, a write in m, sets an attribute of
// m's receiver in m's own body.
func ownSelfWrite(m *semantic.Method, aw semantic.AttrWrite) bool {
	return !aw.Nested && aw.Attr != "<name>" && semantic.ReceiverOf(m, aw.Recv).Kind == semantic.SelfReceiver
}

// savesOfParts returns where m calls a save method on a part of its
// receiver (`self.config.save()`, `await self.config.save_data()`: the
// libraries' Saves, or a name that starts with save_), by the part.
func savesOfParts(mod *semantic.Module, m *semantic.Method) map[string][]token.Pos {
	out := map[string][]token.Pos{}
	for _, st := range m.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			call, ok := n.(*ast.Call)
			if !ok {
				return true
			}
			f, ok := call.Func.(*ast.Attribute)
			if !ok || !mod.Libraries().IsSave(f.Attr) && !strings.HasPrefix(f.Attr, "save_") {
				return true
			}
			if part, ok := f.Value.(*ast.Attribute); ok && semantic.IsName(part.Value, m.Self) {
				out[part.Attr] = append(out[part.Attr], call.Pos())
			}
			return true
		})
	}
	return out
}

// selfPartWrite returns "a.b" for aw, a write in m's own body of an
// attribute b of an attribute a of m's receiver (`self.a.b = v`).
func selfPartWrite(m *semantic.Method, aw semantic.AttrWrite) (string, bool) {
	recv, ok := aw.Recv.(*ast.Attribute)
	if aw.Nested || aw.Attr == "<name>" || aw.Kind == semantic.SetattrWrite || !ok ||
		semantic.ReceiverOf(m, recv.Value).Kind != semantic.SelfReceiver {
		return "", false
	}
	return recv.Attr + "." + aw.Attr, true
}

// writesSelf reports whether m writes or changes an attribute of its
// receiver: whether methodSelfWrites finds anything in it.
func writesSelf(m *semantic.Method) bool {
	return slices.ContainsFunc(m.Writes, func(aw semantic.AttrWrite) bool {
		_, part := selfPartWrite(m, aw)
		return part || ownSelfWrite(m, aw)
	}) ||
		slices.ContainsFunc(m.Mutations, func(mu semantic.Mutation) bool { return mu.Recv.Kind == semantic.SelfReceiver })
}

// oneConstant returns the attributes of self, or of its parts
// ("state.draining"), that every assignment in c's methods but its
// set-up ones writes one constant to: a flag set to
// True here and to False there holds whichever the request's way
// through them chose. What __init__ sets is overwritten by the first
// request. Empty displays count as one constant.
func oneConstant(c *semantic.Class) map[string]bool {
	value := map[string]string{} // "" once two differ, or one is no constant
	for _, m := range c.Defs {
		if setupMethods[m.Name] {
			continue
		}
		for _, aw := range m.Writes {
			attr := aw.Attr
			if part, ok := selfPartWrite(m, aw); ok {
				attr = part // self._state.draining = True
			} else if !ownSelfWrite(m, aw) {
				continue
			}
			if aw.Kind != semantic.AssignWrite || aw.Value == nil {
				continue
			}
			v := "empty display"
			if k, ok := aw.Value.(*ast.Constant); ok {
				v = fmt.Sprintf("%T %v", k.Value, k.Value)
			} else if !isConstant(aw.Value) {
				v = ""
			}
			if old, seen := value[attr]; seen && old != v {
				v = ""
			}
			value[attr] = v
		}
	}
	same := make(map[string]bool, len(value))
	for attr, v := range value {
		same[attr] = v != ""
	}
	return same
}

// literalOf reports whether e, in fn, is a literal: a constant, or a
// display of literals (`{"scope": "profile email"}`), written out or held
// by a local of fn that each assignment of gives one. Every run writes an
// equal value.
func literalOf(fn *semantic.Function, e ast.Expr) bool {
	if literal(e) {
		return true
	}
	name, ok := e.(*ast.Name)
	return ok && fn.Local(name.Id) && !semantic.HasParam(fn.Args, name.Id) && assignedOnly(fn.Body, name.Id, literal)
}

// literal reports whether e is a constant or a display of literals.
func literal(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.Dict:
		for i, k := range e.Keys {
			if k == nil || !literal(k) || !literal(e.Values[i]) {
				return false
			}
		}
		return true
	}
	elts, display := ast.Elts(e)
	return display && !slices.ContainsFunc(elts, func(x ast.Expr) bool { return !literal(x) })
}

// timeTables returns the attributes of c that its methods change only by
// storing a time read from a clock under a key (`self.seen[sig] = now`,
// now = time.monotonic()) or by taking keys out: a throttle's or an
// expiry's record of when each key was last met, no request's data.
func timeTables(mod *semantic.Module, c *semantic.Class, nodesOf mutationNodesOf) map[string]bool {
	stores, other := map[string]int{}, map[string]bool{}
	for _, m := range c.Defs {
		if len(m.Mutations) == 0 {
			continue
		}
		nodes, def := nodesOf.of(m), mod.FunctionOf(m.Node)
		for i, mu := range m.Mutations {
			if mu.Recv.Kind != semantic.SelfReceiver || strings.Contains(mu.Attr, ".") {
				continue
			}
			holder := m.Self + "." + mu.Attr
			switch n := nodes[i].(type) {
			case *ast.Assign:
				if len(n.Targets) == 1 && subscriptOf(n.Targets[0], holder) && def != nil && timeValue(mod, def, n.Value) {
					stores[mu.Attr]++
				} else {
					other[mu.Attr] = true
				}
			case *ast.Delete:
				// taking a key out
			case *ast.Call:
				if f, ok := n.Func.(*ast.Attribute); !ok || !slices.Contains([]string{"pop", "discard", "remove", "clear"}, f.Attr) {
					other[mu.Attr] = true
				}
			default:
				other[mu.Attr] = true
			}
		}
	}
	times := map[string]bool{}
	for attr, n := range stores {
		times[attr] = n > 0 && !other[attr]
	}
	return times
}

// registry is a container attribute of a class that holds its callers'
// own entries (subscriberRegistries): adder hands each caller an entry it
// made for it, remover takes out one a caller gives back.
type registry struct{ adder, remover string }

// subscriberRegistries returns the containers of self in c that hold
// subscribers, by attribute: every method of c that puts an entry in one
// puts an object it made itself (freshLocal) and returns it to its
// caller (`q = asyncio.Queue(); self._subscribers.add(q); return q`), a
// method takes out an entry its caller gives it (`unsubscribe(q)`), and
// nothing else changes it but taking entries out (a publisher dropping
// the dead ones). Each entry is one caller's, which it gives back when
// done: what one request puts in, no other reads as its own.
func subscriberRegistries(mod *semantic.Module, c *semantic.Class, nodesOf mutationNodesOf) map[string]registry {
	var out map[string]registry
	other := map[string]bool{}
	for _, m := range c.Defs {
		if len(m.Mutations) == 0 || setupMethods[m.Name] {
			continue
		}
		nodes := nodesOf.of(m)
		for i, mu := range m.Mutations {
			if mu.Recv.Kind != semantic.SelfReceiver || strings.Contains(mu.Attr, ".") || other[mu.Attr] {
				continue
			}
			holder := m.Self + "." + mu.Attr
			r := out[mu.Attr]
			if entry := entryOf(nodes[i], holder, "add", "append", "appendleft"); entry != "" {
				if a, ok := nodes[i].(*ast.Assign); ok {
					entry = addedLocal(a.Value) // the object kept, not its key
				}
				if entry == "" || !freshLocal(mod, m, entry) || !returns(m, entry) {
					other[mu.Attr] = true
					continue
				}
				r.adder = m.Name
			} else if entry := entryOf(nodes[i], holder, "pop", "discard", "remove"); entry != "" || isDelete(nodes[i]) {
				if entry != "" && semantic.HasParam(m.Args, entry) && entry != m.Self {
					r.remover = m.Name
				}
			} else {
				other[mu.Attr] = true
				continue
			}
			if out == nil {
				out = map[string]registry{}
			}
			out[mu.Attr] = r
		}
	}
	for attr, r := range out {
		if other[attr] || r.adder == "" || r.remover == "" {
			delete(out, attr)
		}
	}
	return out
}

// returns reports whether m returns its local name.
func returns(m *semantic.Method, name string) bool {
	found := false
	semantic.EachOwnNode(m.Body, func(n ast.Node) {
		if r, ok := n.(*ast.Return); ok {
			found = found || semantic.IsPath(r.Value, name)
		}
	})
	return found
}

// isDelete reports whether n is a del statement.
func isDelete(n ast.Node) bool {
	_, ok := n.(*ast.Delete)
	return ok
}

// mutationNodesOf holds the mutationNodes of the methods of one class,
// each walked for them once: timeTables reads them all, and
// methodSelfWrites those of the methods that write what a class holds.
type mutationNodesOf map[*semantic.Method][]ast.Node

func (n mutationNodesOf) of(m *semantic.Method) []ast.Node {
	if nodes, ok := n[m]; ok {
		return nodes
	}
	nodes := mutationNodes(m)
	n[m] = nodes
	return nodes
}

// subscriptOf reports whether e is holder[...].
func subscriptOf(e ast.Expr, holder string) bool {
	s, ok := e.(*ast.Subscript)
	return ok && semantic.IsPath(s.Value, holder)
}

// objectWrites appends to out the writes of attributes of module-level
// names in fn (`tracker.user = user`, `tracker.seen.append(x)`): decided
// later to be objects of the tree built at import.
func objectWrites(out []selfWrite, mod *semantic.Module, fn *semantic.Function) []selfWrite {
	pc := &perCallFinder{args: fn.Args, body: fn.Body}
	// saves are where fn writes a module-level object back (`config.save()`,
	// the libraries' Saves, or a name that starts with save_, as
	// savesOfParts reads them; also through a part of the object:
	// `app.instance.save_config()`), by its name; found on the first write.
	var saves map[string][]token.Pos
	savedAfter := func(name string, at token.Pos) bool {
		if saves == nil {
			saves = map[string][]token.Pos{}
			for _, n := range fn.Nodes() {
				if call, ok := n.(*ast.Call); ok {
					if f, ok := call.Func.(*ast.Attribute); ok && (mod.Libraries().IsSave(f.Attr) || strings.HasPrefix(f.Attr, "save_")) {
						if x := pathRoot(f.Value); x != nil {
							saves[x.Id] = append(saves[x.Id], call.Pos())
						}
					}
				}
			}
		}
		return slices.ContainsFunc(saves[name], func(p token.Pos) bool { return p > at && !exclusive(fn.Body, at, p) })
	}
	record := func(attr *ast.Attribute, node, value ast.Node, mutation bool) {
		// A set through a part of the object (`config.sandbox.factor =
		// v`) sets what every holder of the object reads too. A change
		// through a part's method may be a call on another object, as
		// through an attribute of a library's object.
		root, path := attr.Value, attr.Attr
		for a, ok := root.(*ast.Attribute); ok && !mutation; a, ok = root.(*ast.Attribute) {
			root, path = a.Value, a.Attr+"."+path
		}
		name, ok := root.(*ast.Name)
		if !ok {
			return
		}
		var object string
		if fn.Local(name.Id) {
			// Imported by the def itself (`from django.conf import
			// settings` in the view): a library's shared object only.
			if object = mod.ResolveIn(fn, name.Id); object == "" || !mod.Libraries().IsSharedObject(object) {
				return
			}
		} else if b := mod.Bindings[name.Id]; b == nil || b.Kind != semantic.BindValue && b.Kind != semantic.BindImport {
			return
		} else {
			object = mod.ResolveName(name.Id)
		}
		w := selfWrite{pos: node.Pos(), end: node.End(), method: mod.Intern(fn.QualName), attr: mod.Intern(path),
			object: mod.Intern(object), mutation: mutation}
		if value != nil {
			w.perCall = mod.Intern(pc.in(value, ""))
		}
		if savedAfter(name.Id, node.Pos()) {
			// Written back after: a stored setting, changed for every
			// request on purpose (an admin's form).
			w.lower = append(w.lower, fmt.Sprintf("`%s` saves `%s` after: a stored setting, changed for every request on purpose", fn.QualName, name.Id))
		}
		out = append(out, w)
	}
	// Statements only: a write is one, and a change through a mutating
	// call is one in practice (`tracker.seen.append(x)`), so the
	// expressions between them need no visit.
	// guards are the tests of the if statements whose bodies the walk is
	// in: a write under `if not config.url:` sets it once.
	var guards []ast.Expr
	// taken: the locals the def takes out of a container itself
	// (`handler.listeners.remove(ws)`), by the container as spelt
	// (removalsIn), found when a change first asks.
	var taken map[string][]removal
	var timed *bool // keepsFillTime, found when a write first asks
	var block func([]ast.Stmt)
	block = func(stmts []ast.Stmt) {
		outer := len(guards)
		defer func() { guards = guards[:outer] }()
		for _, st := range stmts {
			switch n := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue // their own scopes
			case *ast.If:
				guards = append(guards, n.Test)
				block(n.Body)
				guards = guards[:len(guards)-1]
				block(n.Orelse)
				if semantic.Jumps(n.Body) {
					// What follows runs while the test is false: `if k in
					// config: return config[k]` guards the fill after it.
					guards = append(guards, &ast.UnaryOp{Op: ast.Not, Operand: n.Test})
				}
				continue
			case *ast.Assign:
				for _, t := range n.Targets {
					switch t := t.(type) {
					case *ast.Attribute:
						before := len(out)
						record(t, t, n.Value, false)
						switch {
						case len(out) == before:
						case isConstant(n.Value) || literalOf(fn, n.Value):
							// As for self's attributes: no request's data.
							out[len(out)-1].lower = append(out[len(out)-1].lower, "every request writes the same constant")
						case fixedReference(mod, fn, n.Value):
							out[len(out)-1].lower = append(out[len(out)-1].lower,
								fmt.Sprintf("every request writes `%s`, which the module binds once", n.Value.(*ast.Name).Id))
						case attributeOfModuleName(mod, fn, n.Value) != "":
							out[len(out)-1].classValue = mod.Intern(attributeOfModuleName(mod, fn, n.Value))
						case out[len(out)-1].perCall != "":
						case readsClock(mod, fn.Local, n.Value):
							out[len(out)-1].lower = append(out[len(out)-1].lower, "it stores a time (an expiry or a timestamp), not a request's data")
						case fillTimed(&timed, mod, fn):
							out[len(out)-1].lower = append(out[len(out)-1].lower,
								fmt.Sprintf("`%s` keeps the time of its fill, which the module compares: a cache filled again when old, not a request's data", fn.QualName))
						}
						if len(out) > before && slices.ContainsFunc(guards, func(test ast.Expr) bool { return attrTestedUnset(test, t) }) {
							out[len(out)-1].lower = append(out[len(out)-1].lower,
								fmt.Sprintf("it is set once, while `%s` is unset", semantic.DottedPath(t)))
						}
						if len(out) > before && resetInFinally(fn.Body, t) {
							out[len(out)-1].lower = append(out[len(out)-1].lower,
								fmt.Sprintf("the `finally` of the `try` it is in sets `%s` back: the next request reads that, not this one's", semantic.DottedPath(t)))
						}
					case *ast.Subscript:
						a, ok := semantic.ContainerOf(t).(*ast.Attribute)
						if !ok {
							break
						}
						before := len(out)
						record(a, t, n, true)
						if len(out) == before {
							break
						}
						if isConstant(n.Value) {
							out[len(out)-1].lower = append(out[len(out)-1].lower, "every request writes the same constant")
						}
						if slices.ContainsFunc(guards, func(test ast.Expr) bool { return itemTestedUnset(test, t) }) {
							out[len(out)-1].lower = append(out[len(out)-1].lower,
								fmt.Sprintf("it is set once, while `%s` has no such key", semantic.DottedPath(t.Value)))
						}
					}
				}
			case *ast.AugAssign:
				if a, ok := n.Target.(*ast.Attribute); ok {
					record(a, a, n.Value, false)
				}
			case *ast.ExprStmt:
				if call, ok := n.Value.(*ast.Call); ok {
					if f, ok := call.Func.(*ast.Attribute); ok && semantic.MutatingCall(call) {
						if a, ok := semantic.ContainerOf(f.Value).(*ast.Attribute); ok {
							before := len(out)
							record(a, call, call, true)
							container := semantic.DottedPath(f.Value)
							if x := addedLocal(call); len(out) > before && x != "" {
								if taken == nil {
									taken = removalsIn(fn)
								}
								if takenOutAfter(taken[container], x, call.Pos()) {
									out[len(out)-1].lower = append(out[len(out)-1].lower, subscriberReason(fn, x, container))
								}
							}
						}
					}
				}
			}
			ast.EachBlock(st, block)
		}
	}
	block(fn.Body)
	return out
}

// fixedReference reports whether e names, in fn, what a module binds
// once: a class, a def, an import (`lm.anonymous_user = Anonymous`), a
// constant (`ERROR_MESSAGE = "..."`) or a display (`AUDIT = {...}`), the
// same at every call.
func fixedReference(mod *semantic.Module, fn *semantic.Function, e ast.Expr) bool {
	nm, ok := e.(*ast.Name)
	if !ok || fn.Local(nm.Id) {
		return false
	}
	b := mod.Bindings[nm.Id]
	return b != nil && (b.Kind == semantic.BindClass || b.Kind == semantic.BindFunction || b.Kind == semantic.BindImport ||
		b.Kind == semantic.BindValue && (b.Value.Kind == semantic.Literal || b.Value.Kind == semantic.Display))
}

// resetInFinally reports whether t, an attribute set in body, is set in
// the body of a try statement whose finally sets the same attribute to a
// constant (`try: ctx.patient = p; ... finally: ctx.patient = None`).
func resetInFinally(body []ast.Stmt, t *ast.Attribute) bool {
	path := semantic.DottedPath(t)
	if path == "" {
		return false
	}
	found := false
	semantic.EachOwnNode(body, func(n ast.Node) {
		st, ok := n.(*ast.Try)
		found = found || ok && len(st.Body) > 0 && st.Body[0].Pos() <= t.Pos() && t.End() <= st.Body[len(st.Body)-1].End() &&
			slices.ContainsFunc(st.Finalbody, func(f ast.Stmt) bool {
				a, ok := f.(*ast.Assign)
				return ok && len(a.Targets) == 1 && semantic.DottedPath(a.Targets[0]) == path && isConstant(a.Value)
			})
	})
	return found
}

// attributeOfModuleName returns, resolved, the module-level name a class
// or an import binds that e reads attributes of, and nothing else
// (`Interaction.LOGIN.value`: "app.enums.Interaction"), or "".
func attributeOfModuleName(mod *semantic.Module, fn *semantic.Function, e ast.Expr) string {
	if _, ok := e.(*ast.Attribute); !ok || semantic.DottedPath(e) == "" {
		return ""
	}
	nm := pathRoot(e)
	if nm == nil || fn.Local(nm.Id) {
		return ""
	}
	if b := mod.Bindings[nm.Id]; b == nil || b.Kind != semantic.BindClass && b.Kind != semantic.BindImport {
		return ""
	}
	return mod.ResolveName(nm.Id)
}

// attrTestedUnset reports whether test checks that the attribute target of a
// module-level object is not set yet (`not config.url`, `config.url is
// None`, `not hasattr(config, "url")`), alone or in an `and`.
func attrTestedUnset(test ast.Expr, target *ast.Attribute) bool {
	same := func(e ast.Expr) bool {
		a, ok := e.(*ast.Attribute)
		return ok && a.Attr == target.Attr && semantic.DottedPath(a.Value) == semantic.DottedPath(target.Value)
	}
	switch t := test.(type) {
	case *ast.BoolOp:
		return t.Op == ast.And && slices.ContainsFunc(t.Values, func(v ast.Expr) bool { return attrTestedUnset(v, target) })
	case *ast.UnaryOp:
		if t.Op != ast.Not {
			return false
		}
		if same(t.Operand) {
			return true
		}
		// not (config.versions and not force): what follows `if
		// config.versions and not force: return config.versions` runs
		// while it is unset, or when the caller forces a fill.
		if b, ok := t.Operand.(*ast.BoolOp); ok && b.Op == ast.And && slices.ContainsFunc(b.Values, same) {
			return true
		}
		if call, ok := t.Operand.(*ast.Call); ok && semantic.IsName(call.Func, "hasattr") && len(call.Args) == 2 {
			k, ok := semantic.StringConstant(call.Args[1])
			return ok && k == target.Attr && semantic.DottedPath(call.Args[0]) == semantic.DottedPath(target.Value)
		}
	case *ast.Compare:
		if len(t.Ops) == 1 && (t.Ops[0] == ast.Is || t.Ops[0] == ast.Eq) && same(t.Left) {
			k, ok := t.Comparators[0].(*ast.Constant)
			return ok && k.Value == nil
		}
	}
	return false
}

// itemTestedUnset reports whether test checks that the item target of a
// module-level object's container is not there yet (`key not in
// config.x`, `not config.x.get(key)`), alone or in an `and`.
func itemTestedUnset(test ast.Expr, target *ast.Subscript) bool {
	container := semantic.DottedPath(target.Value)
	if container == "" {
		return false
	}
	// The same key, where both are spelt as constants.
	sameKey := func(k ast.Expr) bool {
		a, aok := semantic.StringConstant(k)
		b, bok := semantic.StringConstant(target.Slice)
		return !aok || !bok || a == b
	}
	switch t := test.(type) {
	case *ast.BoolOp:
		return t.Op == ast.And && slices.ContainsFunc(t.Values, func(v ast.Expr) bool { return itemTestedUnset(v, target) })
	case *ast.Compare:
		return len(t.Ops) == 1 && t.Ops[0] == ast.NotIn && semantic.DottedPath(t.Comparators[0]) == container && sameKey(t.Left)
	case *ast.UnaryOp:
		if c, ok := t.Operand.(*ast.Compare); ok && t.Op == ast.Not && len(c.Ops) == 1 && c.Ops[0] == ast.In {
			return semantic.DottedPath(c.Comparators[0]) == container && sameKey(c.Left)
		}
		if b, ok := t.Operand.(*ast.BoolOp); ok && t.Op == ast.Not {
			// not (a or k in c): neither holds; not (not force and k in c),
			// what a memo with a bypass leaves on: filled again only
			// when asked to.
			return slices.ContainsFunc(b.Values, func(v ast.Expr) bool {
				return itemTestedUnset(&ast.UnaryOp{Op: ast.Not, Operand: v}, target)
			})
		}
		if call, ok := t.Operand.(*ast.Call); ok && t.Op == ast.Not && len(call.Args) > 0 {
			f, ok := call.Func.(*ast.Attribute)
			return ok && f.Attr == "get" && semantic.DottedPath(f.Value) == container && sameKey(call.Args[0])
		}
	}
	return false
}

// sharedKind returns the kind of the shared entry points defined in class
// k (a middleware's __call__, a Task's run), or "", from the entry points
// of k's file: a kind of class first (a ModelAdmin's "django-admin",
// rather than the "django-admin-action" one of its methods is). A class
// that is also of a kind of class whose objects its framework builds
// per request (a view's, by as_view()) has no one object, whatever base
// of a shared kind it mixes in (FormPreview beside a wizard view).
func sharedKind(libs *libraries.Index, entries []semantic.EntryPoint, k *semantic.Class) string {
	prefix := k.Module.Name + "." + k.QualName + "."
	kind := ""
	for _, e := range entries {
		if e.Startup || !strings.HasPrefix(e.Name, prefix) || strings.Contains(e.Name[len(prefix):], ".") {
			continue
		}
		switch {
		case !e.Shared && len(libs.KindMethods(e.Kind)) > 0:
			return "" // built per request
		case e.Shared && len(libs.KindMethods(e.Kind)) > 0:
			if kind == "" || len(libs.KindMethods(kind)) == 0 {
				kind = e.Kind
			}
		case e.Shared && kind == "":
			kind = e.Kind
		}
	}
	return kind
}

// moduleInstance returns a module-level instance of c, or of a subclass
// of it (`tracker = Tracker()`), when every call of m in the tree is made
// on one (`tracker.seen(request)`), or on self in a method whose own
// calls all are: self is then that one object. "" when a call may be on
// another object (a local's, an attribute's, an unknown receiver's) or
// the tree binds none at module level.
func moduleInstance(p *semantic.Program, c *semantic.Class, m *semantic.Method) string {
	family := append([]*semantic.Class{c}, p.Subclasses(c)...)
	if !slices.ContainsFunc(family, p.HasModuleInstance) {
		return ""
	}
	global := ""
	seen := map[*semantic.Method]bool{m: true}
	queue := []*semantic.Method{m}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for s := range p.EachCallSite(x.Name) {
			switch {
			case s.Recv == nil:
				return "" // any object's, this class's among them
			case !p.Related(s.Recv, c):
			case s.Global != "":
				if global == "" {
					global = s.Global
				}
			case s.Dispatch == semantic.Virtual && s.Method != nil && slices.Contains(family, s.Method.Class) && !s.Ref:
				// On self in a method of the class: whoever that
				// method's own calls are made on.
				if !seen[s.Method] {
					if len(seen) == maxSelfCallers {
						return ""
					}
					seen[s.Method] = true
					queue = append(queue, s.Method)
				}
			default:
				return ""
			}
		}
	}
	return global
}

// maxSelfCallers bounds how many methods moduleInstance follows back
// through calls on self.
const maxSelfCallers = 16

// contextLocal reports whether c is, or derives from, a class whose
// instances hold one value per thread or context (threading.local).
func contextLocal(p *semantic.Program, c *semantic.Class) bool {
	libs := p.Libraries()
	if libs.IsContextLocal(c.QualifiedName()) {
		return true
	}
	for _, qn := range p.AncestorNames(c) {
		if libs.IsContextLocal(qn) {
			return true
		}
	}
	return false
}

// ownAttr reports whether the code of c or a base of the tree binds attr:
// in a class body, or on self in __init__.
func ownAttr(p *semantic.Program, c *semantic.Class, attr string) bool {
	for _, k := range p.MRO(c) {
		if a := k.Attrs[attr]; k.InstanceAttrs[attr] || a != nil && a.Value.Kind != semantic.NoValue {
			return true
		}
	}
	return false
}

// reportRequestState reports w when its object serves every request: an
// instance of a class whose entry points are shared (or of a subclass of
// one), or a module-level instance of a class of the tree.
func reportRequestState(pp *analysis.ProgramPass, sharedKind func(*semantic.Class) string, instanceOf func(*semantic.Class, *semantic.Method) string, w selfWrite) bool {
	p := pp.Program
	what, after := "sets", "requests served at once overwrite it, and the next request reads what the last one left"
	if w.mutation {
		what, after = "changes", "requests served at once change it together, and the next request reads what the last ones left"
	}
	var d analysis.Diagnostic
	if w.object == "" {
		c := pp.Module.Classes[w.class]
		kind := ""
		for _, k := range p.MRO(c) {
			if kind = sharedKind(k); kind != "" {
				break
			}
		}
		// A change of the thread's own part, through it or by its own
		// method (`self.Session.remove()` of a scoped_session).
		if holder, _, dotted := strings.Cut(w.attr, "."); (dotted || w.mutation) && localPart(p, c, holder) {
			return false
		}
		switch inst := ""; {
		case kind != "":
			d = pp.Diagnosticf(w.pos, w.end,
				"`%s` %s `self.%s` on the one %s object (a %s, built once) that serves every request or task of the process: %s",
				w.method, what, w.attr, c.Name, kind, after)
		case w.m != nil:
			holder, _, _ := strings.Cut(w.attr, ".")
			if a, _ := p.LookupAttr(c, holder); w.mutation && a != nil && a.Value.Kind != semantic.NoValue && !rebindsInInit(p, c, holder) {
				return false // the class's own container: CT102's
			}
			if inst = instanceOf(c, w.m); inst == "" {
				return false
			}
			d = pp.Diagnosticf(w.pos, w.end,
				"`%s` %s `self.%s` on `%s`, the module-level %s object every call of it is made on, that every request and task of the process shares: %s",
				w.method, what, w.attr, inst, c.Name, after)
		default:
			return false
		}
		if locked := lockedSpans(pp, c, w.m, w.spans); inSpans(w.pos, locked) {
			w.lower = append(w.lower, "the write holds a lock")
		}
		// A change through what no code of the tree binds: a library
		// base's attribute, which may be a property that gives each
		// request its own (flask-admin's _template_args, kept in the
		// request's context).
		if holder, _, _ := strings.Cut(w.attr, "."); kind != "" && w.mutation && p.HasLibraryBase(c) && !ownAttr(p, c, holder) && !setsSelf(p, c, holder) {
			w.lower = append(w.lower, fmt.Sprintf("no code of the tree binds `self.%s`: a library base's, which may be the request's own", holder))
		}
		switch {
		case w.via != "" && len(w.viaPaths) > 0:
			if libraryObjects(p, w.viaPaths) {
				w.lower = append(w.lower, fmt.Sprintf("`self.%s` holds a library's object (`%s`), not a container: `%s` is its method", w.attr, w.viaPaths[0], w.via))
			}
		case w.via != "" && definesMethod(p, w.via):
			w.lower = append(w.lower, fmt.Sprintf("`self.%s` holds no container the class makes, and `%s` may be a method of a class of the tree", w.attr, w.via))
		}
		w.lower = append(w.lower, localReason(c)...)
	} else {
		m, name, b := p.Global(w.object)
		switch {
		case b == nil && p.Libraries().IsSharedObject(w.object) && !strings.Contains(w.attr, "."):
			d = pp.Diagnosticf(w.pos, w.end,
				"`%s` %s `%s` on `%s`, a library's object that every request and task of the process shares: %s",
				w.method, what, w.attr, w.object, after)
			return reportObjectWrite(pp, d, w)
		case b == nil || b.Kind != semantic.BindValue || b.Value.Kind != semantic.Call:
			return false
		}
		qn := p.ResolvePath(m, b.Value.Callee)
		c := p.Class(qn)
		if part, _, ok := strings.Cut(w.attr, "."); ok {
			// A set through a part: of an object of the tree's class
			// (built by it, or by a def that returns one), whose code
			// binds the part. A library's object's part may be a
			// property that makes a new object at each read.
			if c = p.BuiltBy(qn); c == nil || !ownAttr(p, c, part) || localPart(p, c, part) {
				return false
			}
		}
		switch {
		case c == nil && (qn == "" || w.mutation || p.Libraries().IsContextLocal(qn)):
			// Built by a call of a library's (or a def's): its
			// attributes' own code is not seen, so a change through
			// one may be a call on another object; a set attribute is
			// the object's, shared as the object is.
			return false
		case c == nil:
			d = pp.Diagnosticf(w.pos, w.end,
				"`%s` %s `%s.%s` on `%s.%s`, a module-level object (`%s(...)`, built at import) that every request and task of the process shares: %s",
				w.method, what, name, w.attr, m.Name, name, b.Value.Callee, after)
		case w.mutation && !ownAttr(p, c, w.attr) || contextLocal(p, c):
			// A change through an attribute the class's code does not
			// set is a call on some other object (db.session.add); a
			// context-local object holds one value per thread.
			return false
		default:
			d = pp.Diagnosticf(w.pos, w.end,
				"`%s` %s `%s.%s` on `%s.%s`, a module-level %s object that every request and task of the process shares: %s",
				w.method, what, name, w.attr, m.Name, name, c.Name, after)
			mro := p.MRO(c)
			if i := slices.IndexFunc(mro, func(k *semantic.Class) bool { return k.Methods["__setattr__"] != nil }); i >= 0 && !w.mutation {
				k := mro[i]
				// The class's own code decides where a set goes (a
				// settings object that writes to the database).
				w.lower = append(w.lower, fmt.Sprintf("`%s.__setattr__` decides where the value goes", k.Name))
			}
		}
	}
	return reportObjectWrite(pp, d, w)
}

// markObjectLoaders marks the writes, in module-level functions, of the
// module's own objects (`_notify.client = Client(key)`) when every call
// of the function in a def of mod runs under a check that mentions the
// object (`if _notify.client is None: init_client()`), as CT204's
// markLoaders does for module state: a lazy initialisation its callers
// guard.
func markObjectLoaders(mod *semantic.Module, writes []selfWrite) {
	own := func(w selfWrite) (string, bool) {
		name, ok := strings.CutPrefix(w.object, mod.Name+".")
		return name, ok && !strings.Contains(name, ".") && !strings.Contains(w.method, ".")
	}
	states := loaderStates{}
	for _, w := range writes {
		if name, ok := own(w); ok {
			states.add(w.method, name)
		}
	}
	guarded := states.guarded(mod)
	for i := range writes {
		if _, ok := own(writes[i]); ok {
			writes[i].loader = guarded[writes[i].method]
		}
	}
}

// reportObjectWrite reports d, a finding of w, with its evidence.
func reportObjectWrite(pp *analysis.ProgramPass, d analysis.Diagnostic, w selfWrite) bool {
	if w.classValue != "" {
		if c := pp.Program.Class(pp.Program.Canonical(w.classValue)); c != nil {
			w.lower = append(w.lower, fmt.Sprintf("every request writes an attribute of the class `%s`, the same at every call: no request's data", c.Name))
		}
	}
	if w.perCall != "" {
		d.Message += fmt.Sprintf(" (the value comes from `%s`, per-call data)", w.perCall)
		d = d.Raised()
	}
	d.PerRequest, d.ProcessState = true, true
	d = d.Lowered(w.lower...)
	if w.loader {
		d = pp.LazyInit(d, w.method, fmt.Sprintf("`%s` runs only where its callers find `%s` unset: a lazy initialisation", w.method, w.object[strings.LastIndexByte(w.object, '.')+1:]+"."+w.attr))
	}
	pp.Report(d)
	return true
}

// fillTimed is keepsFillTime(mod, fn), kept in *memo once found.
func fillTimed(memo **bool, mod *semantic.Module, fn *semantic.Function) bool {
	if *memo == nil {
		v := keepsFillTime(mod, fn, "")
		*memo = &v
	}
	return **memo
}

// setsSelf reports whether a method of c or of a base of the tree binds
// self.attr in a statement of its body's top level.
func setsSelf(p *semantic.Program, c *semantic.Class, attr string) bool {
	for _, k := range p.MRO(c) {
		for _, m := range k.Defs {
			if slices.Contains(m.Resets, attr) {
				return true
			}
		}
	}
	return false
}

// refillCalls returns the calls, in mod's defs, of a method on a
// module-level name (`cache.store(now, found)`) made after a check, in
// the same def, that leaves with what the object holds when the check
// passes (`if cache.is_valid(now): return cache.releases`), each by
// position with that check as written; and, with "", those that pass
// constants alone (`cache.store(None, {})`, a reset).
func refillCalls(mod *semantic.Module) map[token.Pos]string {
	out := map[token.Pos]string{}
	src := mod.File.Src
	for _, fn := range mod.Functions() {
		note := func(n ast.Node, checked map[string]string) {
			ast.Inspect(n, func(x ast.Node) bool {
				switch x := x.(type) {
				case *ast.Lambda:
					return false
				case ast.Stmt:
					return x == n // a nested block is walked with its own checks
				case *ast.Call:
					f, ok := x.Func.(*ast.Attribute)
					if !ok {
						break
					}
					recv, ok := f.Value.(*ast.Name)
					if !ok || fn.Local(recv.Id) {
						break
					}
					if check, ok := checked[recv.Id]; ok {
						out[x.Pos()] = check
					} else if _, seen := out[x.Pos()]; !seen && !slices.ContainsFunc(x.Args, func(a ast.Expr) bool { return !literal(a) }) &&
						!slices.ContainsFunc(x.Keywords, func(k *ast.Keyword) bool { return !literal(k.Value) }) {
						out[x.Pos()] = ""
					}
				}
				return true
			})
		}
		var block func(stmts []ast.Stmt, checked map[string]string)
		block = func(stmts []ast.Stmt, checked map[string]string) {
			for _, st := range stmts {
				switch st := st.(type) {
				case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
					continue
				case *ast.If:
					if name := freshnessCheck(fn, st); name != "" {
						note(st.Test, checked)
						block(st.Body, checked)
						// What follows, and the else, run when it is stale.
						checked = maps.Clone(checked)
						if checked == nil {
							checked = map[string]string{}
						}
						checked[name] = string(src[st.Test.Pos():st.Test.End()])
						block(st.Orelse, checked)
						continue
					}
				}
				note(st, checked)
				ast.EachBlock(st, func(b []ast.Stmt) { block(b, checked) })
			}
		}
		block(fn.Body, nil)
	}
	return out
}

// freshnessCheck returns the module-level name st checks and leaves with
// what it holds when the check passes: st's test reads the name, and
// its body ends in a return of an attribute of it (`if
// cache.is_valid(now): return cache.releases`); "" otherwise.
func freshnessCheck(fn *semantic.Function, st *ast.If) string {
	if len(st.Body) == 0 {
		return ""
	}
	ret, ok := st.Body[len(st.Body)-1].(*ast.Return)
	if !ok || ret.Value == nil {
		return ""
	}
	a, ok := ret.Value.(*ast.Attribute)
	if !ok {
		return ""
	}
	root := pathRoot(a)
	if root == nil || fn.Local(root.Id) {
		return ""
	}
	tested := false
	ast.Inspect(st.Test, func(x ast.Node) bool {
		if nm, ok := x.(*ast.Name); ok && nm.Id == root.Id {
			tested = true
		}
		return !tested
	})
	if !tested {
		return ""
	}
	return root.Id
}

// refilledBy returns why the writes of m on inst, a module-level instance
// of c, fill a cache: every call of m on an object of c's family is made
// on inst, in pp's module, after a check that what inst holds is stale
// or with constants alone (refills), and one at least after a check.
// "" otherwise.
func refilledBy(pp *analysis.ProgramPass, refills map[token.Pos]string, c *semantic.Class, inst string, m *semantic.Method) string {
	check := ""
	for s := range pp.Program.EachCallSite(m.Name) {
		switch {
		case s.Recv == nil:
			return ""
		case !pp.Program.Related(s.Recv, c):
			continue
		case s.Global != inst || s.Module.Path != pp.Module.Path || s.Ref:
			return ""
		}
		why, ok := refills[s.Pos]
		if !ok {
			return ""
		}
		check = cmp.Or(check, why)
	}
	if check == "" {
		return ""
	}
	return fmt.Sprintf("every call of `%s` on it comes after a check that what it holds is stale (`%s`), or passes constants: a cache its callers fill again, which the next request is meant to read", m.Name, check)
}
