package rules

import (
	"fmt"
	"slices"

	"github.com/crosstalk-dev/crosstalk/python/token"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ClassAttributeWrittenFromMethod is CT101; its Doc is doc/CT101.md.
var ClassAttributeWrittenFromMethod = &analysis.Analyzer{
	Name: "class-attribute-written-from-method",
	Code: "CT101",
	Doc:  doc("CT101"),
	Run:  runClassAttributeWrittenFromMethod,
}

func runClassAttributeWrittenFromMethod(pass *analysis.Pass) {
	var methods []ct101Method
	for _, c := range sortedClasses(pass.Module) {
		for _, m := range c.Defs {
			if exemptMethod(pass.Module, m) {
				continue
			}
			writes := classWrites(m)
			if len(writes) == 0 {
				continue
			}
			methods = append(methods, ct101Method{c: c, m: m, registration: registrationAPI(m),
				withs: withSpans(pass.Module, m), writes: writes})
		}
	}
	if len(methods) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, cm := range methods {
			decideClassWrites(pp, cm)
		}
	})
}

// ct101Method is what CT101 gathers from a method's tree.
type ct101Method struct {
	c            *semantic.Class
	m            *semantic.Method
	registration bool
	withs        []lockSpan
	writes       []classWrite
}

func decideClassWrites(pp *analysis.ProgramPass, cm ct101Method) {
	p, c, m := pp.Program, cm.c, cm.m
	if skipClass(p, c) {
		return
	}
	var reasons []string
	if isTestCode(p, c) {
		reasons = append(reasons, testReason(c))
	}
	if p.StartupOnly(c, m) {
		reasons = append(reasons, startupReason(c, m))
	}
	if cm.registration {
		reasons = append(reasons, registrationReason(c, m))
	}
	reasons = append(reasons, newReason(c, m)...)
	locked := lockedSpans(pp, c, m, cm.withs)
	for _, w := range cm.writes {
		lower := reasons
		if inSpans(w.pos, locked) {
			lower = append(lower[:len(lower):len(lower)], "the write holds a lock")
		}
		target, isSelf := p.ReceiverClass(pp.Module, c, m, w.recv)
		if target == nil || isSelf {
			continue
		}
		source := ""
		if w.instance && lazyInit(pp, c, m, w.guards, target, w.attr) {
			continue // a singleton built once, while unset
		}
		if w.perCall != "" {
			source = fmt.Sprintf(" (the value comes from `%s`, per-call data)", w.perCall)
			if !w.fromArgs && lazyInit(pp, c, m, w.guards, target, w.attr) {
				// Built from the arguments once, while unset (a client
				// for the URL it is given): the first call's stays, and
				// what calls give is mostly the process's settings. The
				// argument itself kept (a request's user) is no build.
				lower = append(lower[:len(lower):len(lower)], fmt.Sprintf("it is built once, while `%s` is unset: the first call's stays for every later one, whatever `%s` they give", w.attr, w.perCall))
			}
		} else if !w.constant && lazyInit(pp, c, m, w.guards, target, w.attr) {
			continue
		} else if !w.constant && lazyInit(pp, c, m, w.guards, target, "") {
			lower = append(lower[:len(lower):len(lower)], "it is set once, from no per-call data, while another attribute of the class is unset")
		}
		if by := p.Singleton(target); by != "" {
			lower = append(lower[:len(lower):len(lower)], singletonReason(target, by))
		}
		if w.clock {
			lower = append(lower[:len(lower):len(lower)], "it stores a time (an expiry or a timestamp), not a request's data")
		}
		if w.classValue != "" {
			if k := p.Class(p.Canonical(w.classValue)); k != nil {
				lower = append(lower[:len(lower):len(lower)], fmt.Sprintf("every call writes an attribute of the class `%s`, the same at every call: no call's data", k.Name))
			}
		}
		each := ""
		if k := target.Outer; k != nil && !slices.Contains(p.MRO(c), k) {
			// The nested class of a subclass: each subclass's own.
			each = fmt.Sprintf(", each subclass's %s (`%s` is the first)", target.Name, target.QualName)
		}
		d := pp.Diagnosticf(w.pos, w.end,
			"`%s.%s` writes `%s` on the class through `%s`%s%s: one value for the whole worker process, "+
				"and every reader of it sees the last writer's",
			c.QualName, m.Name, target.QualName+"."+w.attr, w.recv.Via, each, source)
		if w.perCall != "" {
			d = d.Raised()
		}
		d.FromArgs = w.fromArgs
		if w.constant && !slices.ContainsFunc(cm.writes, func(o classWrite) bool { return o.attr == w.attr && !o.constant }) {
			// A flag or a counter: every writer writes the same. Not so
			// a toggle that puts the old value back (set True, restore
			// old in finally): per request, it races with itself.
			d = d.Lowered("the value written is a constant or an empty container")
		}
		if w.recv.Via == m.Self && m.Kind == semantic.ClassMethod {
			if local := p.CalledOnlyOnLocalSubclasses(c, m.Name); local != nil {
				d = d.Lowered(fmt.Sprintf("`%s.%s` is called only on classes defined in a function (`%s`): each call writes on a new class",
					c.QualName, m.Name, local.QualName))
			}
		}
		pp.Report(d.Lowered(lower...).Lowered(localReason(target)...))
	}
}

// classWrite is an assignment to recv.attr, or setattr(recv, "attr", v),
// with what the decision needs of the value and of the if statements
// around it.
type classWrite struct {
	pos, end token.Pos
	recv     semantic.Receiver
	attr     string
	perCall  string // perCallName of the value
	constant bool   // the value is a constant
	// fromArgs: the value is a parameter of the method, or an attribute
	// of one, read as it is (Diagnostic.FromArgs).
	fromArgs bool
	// instance: the value is an instance of the method's class, built
	// there (`Config._instance = Config(*args)`): a singleton, built
	// once when a guard says it is unset, from whatever it is given.
	instance bool
	// clock: the value is a time read from a clock (an expiry, a
	// timestamp), from no per-call data.
	clock bool
	// classValue: the value is read from a module-level name by
	// attributes alone (`_Row.attnames`), resolved; the program says
	// whether it is a class of the tree, whose attribute every call
	// reads alike.
	classValue string
	// guards are the checks around the write that an attribute of some
	// receiver is not set yet (lazyInit): recv.attr's own, or a
	// sibling's (a singleton's `if cls._client is None:` around
	// `cls._instance = cls()`).
	guards []unsetGuard
}

// buildsOwnClass reports whether v calls m's class, by its name or
// through cls.
func buildsOwnClass(m *semantic.Method, v ast.Expr) bool {
	if m.Name == "__init__" && m.Self != "" && semantic.IsName(v, m.Self) {
		return true // `Config._instance = self` as the object is built
	}
	call, ok := v.(*ast.Call)
	if !ok {
		return false
	}
	return semantic.IsName(call.Func, m.Class.Name) || m.Kind == semantic.ClassMethod && semantic.IsName(call.Func, m.Self)
}

// paramRead reports whether v is a parameter of m other than its
// receiver, or an attribute of one (`config`, `config.dir`).
func paramRead(m *semantic.Method, v ast.Expr) bool {
	for {
		a, ok := v.(*ast.Attribute)
		if !ok {
			break
		}
		v = a.Value
	}
	n, ok := v.(*ast.Name)
	return ok && n.Id != m.Self && semantic.HasParam(m.Args, n.Id)
}

func classWrites(m *semantic.Method) []classWrite {
	var out []classWrite
	pc := methodPerCall(m)
	for _, aw := range m.Writes {
		r := semantic.ReceiverOf(m, aw.Recv)
		if r.Kind == semantic.OtherReceiver || r.Kind == semantic.SelfReceiver && (m.Kind == semantic.InstanceMethod || m.Kind == semantic.Property) {
			continue // not the class: decided without the program
		}
		constant := isConstant(aw.Value)
		mod := m.Class.Module
		perCall := ""
		if !constant {
			perCall = pc.in(aw.Value, "")
		}
		w := classWrite{pos: aw.Node.Pos(), end: aw.Node.End(), recv: r, attr: mod.Intern(aw.Attr),
			perCall: mod.Intern(perCall), constant: constant, fromArgs: perCall != "" && paramRead(m, aw.Value)}
		w.instance = buildsOwnClass(m, aw.Value)
		if !constant && perCall == "" && aw.Value != nil {
			w.clock = readsClock(mod, func(name string) bool {
				def := mod.FunctionOf(m.Node)
				return def != nil && def.Local(name)
			}, aw.Value)
			if def := mod.FunctionOf(m.Node); def != nil {
				w.classValue = mod.Intern(attributeOfModuleName(mod, def, aw.Value))
			}
		}
		if !constant && (w.perCall == "" || !w.fromArgs) || w.instance {
			w.guards = unsetGuards(m, aw.Node.Pos(), aw.Node.End())
		}
		out = append(out, w)
	}
	return out
}

// isConstant reports whether v is a constant or an empty display (a
// reset: cls._cache = {}): every writer writes the same.
func isConstant(v ast.Expr) bool {
	switch v := v.(type) {
	case *ast.Constant:
		return true
	case *ast.Dict:
		return len(v.Keys) == 0
	}
	elts, display := ast.Elts(v)
	return display && len(elts) == 0 // a set display is never empty
}

// isZero reports whether e is the constant 0.
func isZero(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	return ok && k.Value == int64(0)
}

// unsetGuard is a check that recv.attr is not set yet.
type unsetGuard struct {
	recv semantic.Receiver
	attr string
}

// unsetGuards returns the checks that X.attr is not set yet
// (` + "`X.attr is None`, `not X.attr`, `not hasattr(X, \"attr\")`, `getattr(X, \"attr\", None) is None`,
// `\"attr\" not in X.__dict__`" + `, ` + "`not isinstance(X.attr, T)`" + `) in the tests of
// the if statements of m whose body holds [pos, end), and the early
// returns before it when X.attr is set.
func unsetGuards(m *semantic.Method, pos, end token.Pos) []unsetGuard {
	var out []unsetGuard
	check := func(recv ast.Expr, a string) {
		out = append(out, unsetGuard{semantic.ReceiverOf(m, recv), m.Class.Module.Intern(a)})
	}
	// gotFrom: `v = X.attr.get(k)` in a statement of the body's top level
	// before the write, by v: testing v tests X.attr for k.
	gotFrom := func(name string) (ast.Expr, string, bool) {
		for _, st := range m.Body {
			if st.Pos() >= pos {
				break
			}
			a, ok := st.(*ast.Assign)
			if !ok || len(a.Targets) != 1 || !semantic.IsName(a.Targets[0], name) {
				continue
			}
			if c, ok := a.Value.(*ast.Call); ok {
				if f, ok := c.Func.(*ast.Attribute); ok && f.Attr == "get" {
					if x, ok := f.Value.(*ast.Attribute); ok {
						return x.Value, x.Attr, true
					}
				}
			}
		}
		return nil, "", false
	}
	unset := func(test ast.Expr) {
		ast.Inspect(test, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Call: // isinstance(X.attr, Placeholder): not built yet
				for _, subject := range semantic.UnsetSubjects(n) {
					if a, ok := subject.(*ast.Attribute); ok {
						check(a.Value, a.Attr)
					}
				}
			case *ast.Compare: // X.attr is None, X.attr == None, getattr(X, "attr", None) is None
				if len(n.Ops) == 1 && (n.Ops[0] == ast.Is || n.Ops[0] == ast.Eq) && semantic.IsNone(n.Comparators[0]) {
					if a, ok := n.Left.(*ast.Attribute); ok {
						check(a.Value, a.Attr)
					} else if recv, attr, ok := semantic.AttrProbe(n.Left); ok && semantic.IsName(n.Left.(*ast.Call).Func, "getattr") {
						check(recv, attr)
					} else if v, ok := n.Left.(*ast.Name); ok {
						// v = X.attr.get(k); if v is None: ...
						if recv, attr, ok := gotFrom(v.Id); ok {
							check(recv, attr)
						}
					}
				}
				if k, ok := semantic.StringConstant(n.Left); ok && len(n.Ops) == 1 && n.Ops[0] == ast.NotIn {
					if d, ok := n.Comparators[0].(*ast.Attribute); ok && d.Attr == "__dict__" {
						check(d.Value, k)
					}
				}
				// len(X.attr) == 0: empty, not built yet.
				if len(n.Ops) == 1 && n.Ops[0] == ast.Eq && isZero(n.Comparators[0]) {
					if c, ok := n.Left.(*ast.Call); ok && semantic.IsName(c.Func, "len") && len(c.Args) == 1 {
						if a, ok := c.Args[0].(*ast.Attribute); ok {
							check(a.Value, a.Attr)
						}
					}
				}
				// key not in X.attr: X.attr holds nothing for it yet.
				if len(n.Ops) == 1 && n.Ops[0] == ast.NotIn {
					if a, ok := n.Comparators[0].(*ast.Attribute); ok && a.Attr != "__dict__" {
						check(a.Value, a.Attr)
					}
				}
			case *ast.UnaryOp: // not X.attr, not hasattr(X, "attr")
				if n.Op != ast.Not {
					break
				}
				switch o := n.Operand.(type) {
				case *ast.Attribute:
					check(o.Value, o.Attr)
				case *ast.Name: // v = X.attr.get(k); if not v: ...
					if recv, attr, ok := gotFrom(o.Id); ok {
						check(recv, attr)
					}
				case *ast.Call:
					if recv, attr, ok := semantic.AttrProbe(o); ok { // not getattr(X, "attr", None), not hasattr(X, "attr")
						check(recv, attr)
					}
					// not isinstance(X.attr, dict): not built yet.
					if semantic.IsName(o.Func, "isinstance") && len(o.Args) == 2 {
						if a, ok := o.Args[0].(*ast.Attribute); ok {
							check(a.Value, a.Attr)
						}
					}
				}
			}
			return true
		})
	}
	// m.Ifs are those of the body where the receiver is in scope, which
	// hold every write classWrites sees.
	for _, i := range m.Ifs {
		if len(i.Body) > 0 && i.Body[0].Pos() <= pos && end <= i.Body[len(i.Body)-1].End() {
			unset(i.Test)
		}
	}
	// An early return (or raise) when it is set, before the write: `if
	// cls._x: return cls._x` then `cls._x = ...`; or the write in the
	// else branch of such a test: `if X._instance is not None: raise
	// ...` `else: X._instance = self`.
	for _, st := range m.Body {
		i, ok := st.(*ast.If)
		if !ok || len(i.Body) == 0 {
			continue
		}
		inElse := len(i.Orelse) > 0 && i.Orelse[0].Pos() <= pos && end <= i.Orelse[len(i.Orelse)-1].End()
		if !inElse && (i.End() > pos || len(i.Orelse) > 0) {
			continue
		}
		switch i.Body[len(i.Body)-1].(type) {
		case *ast.Return, *ast.Raise:
		default:
			if !inElse {
				continue
			}
		}
		test := i.Test
		if c, ok := test.(*ast.Compare); ok && len(c.Ops) == 1 && c.Ops[0] == ast.IsNot {
			if k, ok := c.Comparators[0].(*ast.Constant); ok && k.Value == nil {
				test = c.Left
			}
		}
		if a, ok := test.(*ast.Attribute); ok {
			check(a.Value, a.Attr)
		}
		// if key in X.attr: return X.attr[key], then the fill.
		if c, ok := test.(*ast.Compare); ok && len(c.Ops) == 1 && c.Ops[0] == ast.In {
			if a, ok := c.Comparators[0].(*ast.Attribute); ok {
				check(a.Value, a.Attr)
			}
		}
	}
	// `try: return X.attr` `except AttributeError: X.attr = ...`: a
	// handler of a lookup's miss (RecoversFromFailure) runs while what
	// the try reads is missing.
	for _, st := range m.Body {
		t, ok := st.(*ast.Try)
		if !ok {
			continue
		}
		for _, h := range t.Handlers {
			if len(h.Body) == 0 || h.Body[0].Pos() > pos || end > h.Body[len(h.Body)-1].End() || m.Class.Module.RecoversFromFailure(h) {
				continue
			}
			for _, b := range t.Body {
				ast.Inspect(b, func(n ast.Node) bool {
					if a, ok := n.(*ast.Attribute); ok && a.Ctx == ast.Load {
						check(a.Value, a.Attr)
					}
					return true
				})
			}
		}
	}
	return out
}

// lazyInit reports whether a write is a lazy initialisation: one of its
// guards (unsetGuards) checks that attr of the target class (any of its
// attributes, for attr "") is not set yet. With a value computed from no
// parameter, every writer writes the same thing; CT301 exempts the same
// guard. The caller leaves out constants: ` + "`if not X.seen: X.seen = True`" + `
// records that some call happened, which is state the next request reads.
func lazyInit(pp *analysis.ProgramPass, c *semantic.Class, m *semantic.Method, guards []unsetGuard, target *semantic.Class, attr string) bool {
	for _, g := range guards {
		if attr != "" && g.attr != attr {
			continue
		}
		if t, isSelf := pp.Program.ReceiverClass(pp.Module, c, m, g.recv); t == target && !isSelf {
			return true
		}
	}
	return false
}
