package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// MutableClassAttributeMutated is CT102; its Doc is doc/CT102.md.
var MutableClassAttributeMutated = &analysis.Analyzer{
	Name:    "mutable-class-attribute-mutated",
	Code:    "CT102",
	Doc:     doc("CT102"),
	Options: []analysis.Option{containerFactoriesOption},
	Run:     runMutableClassAttributeMutated,
}

func runMutableClassAttributeMutated(pass *analysis.Pass) {
	var methods []ct102Method
	for _, c := range sortedClasses(pass.Module) {
		for _, m := range c.Defs {
			if len(m.Mutations) > 0 && !exemptMethod(pass.Module, m) {
				methods = append(methods, newCT102Method(pass.Module, c, m))
			}
		}
	}
	if len(methods) == 0 {
		return
	}
	moves := moveFixes(pass.Module)
	pass.Defer(func(pp *analysis.ProgramPass) {
		factories := optionNames(pp, containerFactoriesOption.Name)
		var found []ct102Finding
		for _, cm := range methods {
			c, m := cm.c, cm.m
			if skipClass(pp.Program, c) {
				continue
			}
			var deliberate []string
			if isTestCode(pp.Program, c) {
				deliberate = append(deliberate, testReason(c))
			}
			if pp.Program.StartupOnly(c, m) {
				deliberate = append(deliberate, startupReason(c, m))
			}
			if cm.registration {
				deliberate = append(deliberate, registrationReason(c, m))
			}
			deliberate = append(deliberate, newReason(c, m)...)
			found = checkMethod(pp, factories, cm, lockedSpans(pp, c, m, cm.withs), deliberate, moves, found)
		}
		attachMoves(found, moves)
		for _, f := range found {
			pp.Report(f.d)
		}
	})
}

// ct102Finding is a finding, with the class and attribute its fix would
// move into __init__ (moveFixes), or a nil class when it has none.
type ct102Finding struct {
	d     analysis.Diagnostic
	class *semantic.Class
	attr  string
}

// ct102Method is what CT102 gathers from a method's tree.
type ct102Method struct {
	c            *semantic.Class
	m            *semantic.Method
	registration bool
	withs        []lockSpan
	perCall      []string // of each mutation: perCallMutations
	// guards are, for each mutation with no per-call data, the receivers
	// of the if tests around it that check the attribute is still unset
	// or empty (unsetGuards): a lazy fill, the same from every caller.
	guards [][]unsetGuard
	// flagged are, of each mutation's guards, those that test a flag of
	// their own (`if cls._loaded: return`) which m sets after the
	// mutation (flagSetAfter): the fill runs once too.
	flagged []map[unsetGuard]bool
	// decorates says, for each mutation, that it registers what a
	// decorator m returns decorates (decoratorRegistrations).
	decorates []bool
	// adds are the attributes some mutation of m puts entries in (not
	// a removal: del, pop, remove, discard, clear).
	adds map[string]bool
	// registers says, for each mutation, that it puts m's receiver in
	// (`Consumer.clients.append(self)`, `self.by_id[self.id] = self`)
	// and a method of the class takes entries out (registersItself).
	registers []bool
	// reboundFirst says, for each mutation through self, that a
	// statement of m's own body before it binds self.attr anew (`def
	// parse(self): self.items = []; ...; self.items.append(x)`), or each
	// caller of the private method does (Mutation.OwnCopy): what it
	// changes is the instance's own.
	reboundFirst []bool
}

// newCT102Method gathers what CT102 decides m's mutations by from its
// tree: one walk finds the node of each mutation, and the evidence is
// read off those nodes.
func newCT102Method(mod *semantic.Module, c *semantic.Class, m *semantic.Method) ct102Method {
	cm := ct102Method{c: c, m: m, registration: registrationAPI(m), withs: withSpans(mod, m)}
	nodes := mutationNodes(m)
	cm.perCall = perCallMutations(mod, m, nodes)
	cm.decorates = decoratorRegistrations(m, nodes)
	cm.adds = map[string]bool{}
	cm.guards = make([][]unsetGuard, len(nodes))
	cm.flagged = make([]map[unsetGuard]bool, len(nodes))
	cm.registers = make([]bool, len(nodes))
	cm.reboundFirst = make([]bool, len(nodes))
	for i, mu := range m.Mutations {
		cm.reboundFirst[i] = m.ReboundBefore(mu.Attr, mu.Pos) || mu.OwnCopy && !mu.ByCallers
		if !isRemoval(nodes[i]) {
			cm.adds[mu.Attr] = true
			if m.Self != "" && m.Kind == semantic.InstanceMethod && storesSelf(nodes[i], m.Self) {
				cm.registers[i] = takesOut(c, mu.Attr)
			}
		}
		if cm.perCall[i] == "" {
			cm.guards[i] = unsetGuards(m, mu.Pos, mu.End)
			for _, g := range cm.guards[i] {
				if g.attr != mu.Attr && flagSetAfter(m, g.recv, g.attr, mu.End) {
					if cm.flagged[i] == nil {
						cm.flagged[i] = map[unsetGuard]bool{}
					}
					cm.flagged[i][g] = true
				}
			}
		}
	}
	return cm
}

// flagSetAfter reports whether m sets attr of recv to a constant that
// holds (`cls._loaded = True`) in a statement of its body's top level
// after end: a flag that says the fill is done, which a guard before the
// fill tests. It reads the syntax.
func flagSetAfter(m *semantic.Method, recv semantic.Receiver, attr string, end token.Pos) bool {
	for _, st := range m.Body {
		a, ok := st.(*ast.Assign)
		if !ok || a.Pos() < end || !truthyConstant(a.Value) {
			continue
		}
		for _, t := range a.Targets {
			if x, ok := t.(*ast.Attribute); ok && x.Attr == attr && semantic.ReceiverOf(m, x.Value) == recv {
				return true
			}
		}
	}
	return false
}

// truthyConstant reports whether e is a constant that holds: True, a
// number but 0, a string but "".
func truthyConstant(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch v := k.Value.(type) {
	case bool:
		return v
	case string:
		return v != ""
	case int64:
		return v != 0
	}
	return false
}

// storesSelf reports whether the change n puts the receiver self in its
// container: as the value stored (`X.live.append(self)`, `X.by_id[k] =
// self`) or as the key (`X.sessions[self] = transaction_id`).
func storesSelf(n ast.Node, self string) bool {
	if semantic.IsName(storedValue(n), self) {
		return true
	}
	if a, ok := n.(*ast.Assign); ok && len(a.Targets) == 1 {
		if sub, ok := a.Targets[0].(*ast.Subscript); ok {
			return semantic.IsName(sub.Slice, self)
		}
	}
	return false
}

// takesOut reports whether an instance method of c takes its own entry
// out of its attribute attr (removesOwn).
func takesOut(c *semantic.Class, attr string) bool {
	for _, d := range c.Defs {
		if d.MethodSyntax == nil || d.Kind != semantic.InstanceMethod || d.Self == "" ||
			!slices.ContainsFunc(d.Mutations, func(mu semantic.Mutation) bool { return mu.Attr == attr }) {
			continue
		}
		for i, n := range mutationNodes(d) {
			if d.Mutations[i].Attr == attr && removesOwn(n, d.Self) {
				return true
			}
		}
	}
	return false
}

// mutationNodes returns the node of each of m's mutations: the innermost
// of its body with the mutation's extent (the call, not the expression
// statement around it).
func mutationNodes(m *semantic.Method) []ast.Node {
	out := make([]ast.Node, len(m.Mutations))
	// By extent, so that a def of many mutations is one walk, not one
	// comparison of every node with every mutation.
	type extent struct{ pos, end token.Pos }
	at := make(map[extent][]int, len(m.Mutations))
	for i, mu := range m.Mutations {
		k := extent{mu.Pos, mu.End}
		at[k] = append(at[k], i)
	}
	for _, st := range m.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			for _, i := range at[extent{n.Pos(), n.End()}] {
				out[i] = n
			}
			return true
		})
	}
	return out
}

// decoratorRegistrations says, for each mutation of m, whether it is in a
// def that m returns, named as a decorator, and puts that def's first
// parameter in the container: m is a decorator factory (` + "`@registry.add(\"name\")`" + `) that
// registers what it decorates, at the time the decoration runs, usually
// at import.
//
// A decorator class's __call__ (`@group("start")` on a class) is one too:
// it takes what the instance is applied to and returns it, and a
// mutation that puts it in the container registers it.
func decoratorRegistrations(m *semantic.Method, nodes []ast.Node) []bool {
	out := make([]bool, len(nodes))
	returned := map[string]bool{}
	for _, st := range m.Body {
		if r, ok := st.(*ast.Return); ok {
			if nm, ok := r.Value.(*ast.Name); ok {
				returned[nm.Id] = true
			}
		}
	}
	if params := slices.Concat(m.Args.Posonlyargs, m.Args.Args); m.Name == "__call__" && len(params) == 2 && returned[params[1].Arg] {
		for i, n := range nodes {
			if n != nil && semantic.Mentions(n, params[1].Arg) {
				out[i] = true
			}
		}
	}
	for _, st := range m.Body {
		// The name says it is the decorator (decorator, _decorate,
		// register): a returned def with another name is as likely a
		// callback, run per event.
		d, ok := st.(*ast.FunctionDef)
		if !ok || !returned[d.Name] || !strings.Contains(d.Name, "decorat") && !strings.Contains(d.Name, "regist") {
			continue
		}
		params := slices.Concat(d.Args.Posonlyargs, d.Args.Args)
		if len(params) == 0 {
			continue
		}
		decorated := params[0].Arg
		for i, n := range nodes {
			if n != nil && d.Pos() < n.Pos() && n.End() <= d.End() && semantic.Mentions(n, decorated) {
				out[i] = true
			}
		}
	}
	return out
}

// perCallMutations returns, for each mutation of m, a parameter of m
// (self included) that the statement or call uses besides the
// container itself, or "": per-call data put in the shared container
// (` + "`self._cache[key] = value`" + `), the evidence that makes it High.
func perCallMutations(mod *semantic.Module, m *semantic.Method, nodes []ast.Node) []string {
	out := make([]string, len(nodes))
	pc := methodPerCall(m)
	for i, n := range nodes {
		if n != nil {
			// The container's own receiver is no per-call data.
			out[i] = mod.Intern(pc.in(n, m.Mutations[i].Attr))
		}
	}
	return out
}

// isRemoval reports whether a mutation's node only takes entries out
// (del x[k], pop, remove, discard, clear): invalidating a cache leaves
// nothing of one request for the next.
func isRemoval(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Delete:
		return true
	case *ast.Call:
		if f, ok := n.Func.(*ast.Attribute); ok {
			return semantic.TakesOut(f.Attr)
		}
	}
	return false
}

// skipClass: metaclasses (their methods run when classes are built) and
// Meta inner classes (configuration read by a framework).
func skipClass(p *semantic.Program, c *semantic.Class) bool {
	if c.Name == "Meta" && c.Outer != nil {
		return true
	}
	for _, qn := range p.AncestorNames(c) {
		if p.Libraries().IsMetaclass(qn) {
			return true
		}
	}
	return false
}

// checkMethod reports the mutations of class-level containers in m. In
// strict mode it also reports the deliberate ones, and says why they are
// deliberate: the reasons that hold for all of m (it runs at import or
// startup, it is a registration API), the mutation holds a lock, or the
// container is a ClassVar documented as shared. It appends them to found,
// each with the class its fix would move the container in, when moves
// has a plan for it.
func checkMethod(pp *analysis.ProgramPass, factories map[string]bool, cm ct102Method, locked []ast.Span, methodReasons []string, moves map[*semantic.Class]*classMove, found []ct102Finding) []ct102Finding {
	p, c, m := pp.Program, cm.c, cm.m
	reported := map[string]bool{}
	for i, mu := range m.Mutations {
		if reported[mu.Attr] {
			continue
		}
		lower := slices.Clone(methodReasons)
		if inSpans(mu.Pos, locked) {
			lower = append(lower, "the mutation holds a lock")
		}
		target, isSelf := p.ReceiverClass(pp.Module, c, m, mu.Recv)
		if target == nil {
			continue
		}
		attr, owner := p.LookupAttr(target, mu.Attr)
		kind, madeBy, inBody := "", "", false
		switch {
		case strings.HasPrefix(mu.Attr, "__") && strings.HasSuffix(mu.Attr, "__"):
			continue
		case attr == nil:
			// Bound by a library's metaclass (a form's base_fields).
			if madeBy, kind, inBody = libraryContainer(p, target, mu.Attr); kind == "" {
				continue
			}
			owner = target
		case attr.Value.Kind == semantic.NoValue:
			continue
		default:
			kind = p.MutableContainer(owner.Module, attr.Value, factories)
			if kind == "" || exempt(p, owner, attr) {
				continue
			}
			if documentedClassVar(p, owner, attr) {
				lower = append(lower, "it is a ClassVar documented as shared")
			}
		}
		lower = append(lower, weakEntries(p, owner.QualName+"."+mu.Attr, kind)...)
		// Each caller's own container, unless a subclass may call the
		// private method too, where the class's code does not show it.
		byCallers := (mu.ByCallers || p.RebindsFirstOnSelf(c, m.Name, mu) && !frameworkCalls(pp, c, m.Name) &&
			!slices.ContainsFunc(mu.Via, func(v string) bool { return frameworkCalls(pp, c, v) })) &&
			len(p.Subclasses(c)) == 0
		if isSelf && (rebindsInInit(p, target, mu.Attr) || cm.reboundFirst[i] || byCallers || p.ResetBefore(c, mu)) {
			continue
		}
		reported[mu.Attr] = true
		where := fmt.Sprintf("`%s.%s` is a class-level %s", owner.QualName, mu.Attr, kind)
		if madeBy != "" && inBody {
			where += fmt.Sprintf(" (bound once in the body of %s or a base of it, for every class built on it)", madeBy)
		} else if madeBy != "" {
			where += fmt.Sprintf(" (made for each class by %s's metaclass)", madeBy)
		} else if owner != c {
			where += fmt.Sprintf(" (defined in %s)", owner.Module.Name)
		}
		// Who shares it, as far as the code shows: the instances, when it
		// is mutated through one; else whoever reads it.
		sharers := "everything that reads it"
		if isSelf {
			sharers = "every " + target.Name + " instance"
			if owner != target {
				sharers = "every instance of " + owner.Name + " and its subclasses"
			}
		}
		if isSelf && perThread(p, target) {
			// Each thread has its own attributes on the instance, not
			// its own class attribute.
			sharers = "every thread (" + target.Name + " keeps one set of attributes per thread, but not of its class's)"
			if r := resetterOf(p, target, mu.Attr); r != "" {
				lower = append(lower, fmt.Sprintf("`%s` binds each thread's own `%s`: the class's %s is only what a thread changes before it runs", r, mu.Attr, kind))
			}
		}
		if cm.registers[i] {
			lower = append(lower, fmt.Sprintf("each %s puts itself in it and a method of its class takes it out: a registry of live objects", c.Name))
		}
		if !cm.adds[mu.Attr] { // only takes entries out
			lower = append(lower, fmt.Sprintf("`%s.%s` only takes entries out of it", c.QualName, m.Name))
		}
		if cm.decorates[i] && m.Name == "__call__" {
			lower = append(lower, fmt.Sprintf("`%s` objects are decorators: `__call__` registers what one is applied to, when the decoration runs", c.QualName))
		} else if cm.decorates[i] {
			lower = append(lower, fmt.Sprintf("`%s.%s` returns a decorator that registers what it decorates", c.QualName, m.Name))
		}
		for _, g := range cm.guards[i] {
			if t, _ := p.ReceiverClass(pp.Module, c, m, g.recv); t != target {
				continue
			}
			if g.attr == mu.Attr {
				lower = append(lower, fmt.Sprintf("it is filled once, while `%s.%s` is empty, with no per-call data", g.recv.Via, mu.Attr))
				break
			}
			if cm.flagged[i][g] {
				lower = append(lower, fmt.Sprintf("it is filled once, while `%s.%s` is unset, which the fill sets after", g.recv.Via, g.attr))
				break
			}
		}
		if by := p.Singleton(c); by != "" {
			lower = append(lower, singletonReason(c, by))
		}
		d := pp.Diagnosticf(mu.Pos, mu.End,
			"%s mutated through `%s` in `%s.%s`: one %s for the whole worker process, shared by %s",
			where, mu.Recv.Via, c.QualName, m.Name, kind, sharers)
		if cm.perCall[i] != "" {
			d = d.Raised()
		}
		f := ct102Finding{d: d.Lowered(lower...).Lowered(localReason(owner)...)}
		if mv := moves[owner]; mv != nil && isSelf && owner.Module == pp.Module && !overridden(p, owner, mu.Attr) {
			if _, ok := mv.attrs[mu.Attr]; ok {
				f.class, f.attr = owner, mu.Attr
			}
		}
		found = append(found, f)
	}
	return found
}

// exempt covers the class attributes that are not shared state at all:
// declared fields of dataclasses, attrs classes and pydantic models, and
// Enum members.
func exempt(p *semantic.Program, owner *semantic.Class, attr *semantic.ClassAttr) bool {
	if fieldBased(p, owner) {
		return true
	}
	if !attr.Annotated || isClassVar(p, owner.Module, attr.Annotation) {
		return false
	}
	for _, d := range owner.Decorators {
		if p.Libraries().IsFieldDecorator(p.Canonical(d)) {
			return true
		}
	}
	return false
}

// libraryContainer returns the library class, among c's ancestors, whose
// metaclass binds attr on each subclass (Library.ClassContainers), and
// the kind of container; "" when none does.
func libraryContainer(p *semantic.Program, c *semantic.Class, attr string) (string, string, bool) {
	for _, qn := range p.AncestorNames(c) {
		if cc, ok := p.Libraries().ClassContainer(qn, attr); ok {
			return qn, cc.Kind, cc.Body
		}
	}
	return "", "", false
}

// fieldBased reports whether a base of c, in the tree or a library's,
// makes its class attributes declared fields or members (a pydantic
// model, an Enum).
func fieldBased(p *semantic.Program, c *semantic.Class) bool {
	return slices.ContainsFunc(p.AncestorNames(c), p.Libraries().IsFieldBase)
}

// documentedClassVar reports whether attr is annotated ClassVar[...] and
// a comment says it is shared: shared on purpose, reported only in
// strict mode.
func documentedClassVar(p *semantic.Program, owner *semantic.Class, attr *semantic.ClassAttr) bool {
	return attr.Annotated && isClassVar(p, owner.Module, attr.Annotation) &&
		strings.Contains(strings.ToLower(attr.Comments), "shared")
}

// isClassVar reports whether an annotation (its dotted path, a
// subscript's base) in module m is typing's ClassVar.
func isClassVar(p *semantic.Program, m *semantic.Module, annotation string) bool {
	return p.Libraries().IsClassVar(p.ResolvePath(m, annotation))
}

// frameworkCalls reports whether a framework may call c's method name
// itself, past the class's own calls: a method a library base's table
// says its framework runs (a view's get), or an entry point of the
// tree's registrations.
func frameworkCalls(pp *analysis.ProgramPass, c *semantic.Class, name string) bool {
	for _, qn := range pp.Program.AncestorNames(c) {
		for _, e := range pp.Program.Libraries().EntryClasses(qn) {
			if slices.Contains(e.Methods, name) || slices.Contains(e.Methods, "*") {
				return true
			}
		}
	}
	qn := c.Module.Name + "." + c.QualName + "." + name
	return slices.ContainsFunc(pp.EntryPointsIn(c.Module.Path), func(e semantic.EntryPoint) bool { return e.Name == qn })
}

// perThread reports whether c derives from one of the libraries'
// thread-local classes (threading.local): its instances keep their
// attributes per thread.
func perThread(p *semantic.Program, c *semantic.Class) bool {
	return slices.ContainsFunc(p.AncestorNames(c), p.Libraries().IsThreadLocal)
}

// resetterOf returns the method of c, its own or a base's of the tree,
// other than __init__, that binds attr anew at its top level
// (Method.Resets), as "Class.method"; "" when there is none.
func resetterOf(p *semantic.Program, c *semantic.Class, attr string) string {
	for _, k := range p.MRO(c) {
		for _, m := range k.Defs {
			if slices.Contains(m.Resets, attr) {
				return k.Name + "." + m.Name
			}
		}
	}
	return ""
}
