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

// SingletonInitReruns is CT202.
var SingletonInitReruns = &analysis.Analyzer{
	Name: "singleton-init-reruns",
	Code: "CT202",
	Doc:  doc("CT202"),
	Run:  runSingletonInitReruns,
}

// singletonDefs are where a class of the module defines __new__ and
// __init__ (the def's name), and the per-call data its __init__ stores.
type singletonDefs struct {
	class          string // QualName
	newPos, newEnd token.Pos
	initPos        token.Pos
	initEnd        token.Pos
	perCall        string
	// everyCall are the writes __new__ makes on the instance it keeps
	// outside the branch that creates it: at every call.
	everyCall []newWrite
}

// newWrite is an attribute of the kept instance set in __new__.
type newWrite struct {
	pos, end token.Pos
	target   string // as written: "cls.instance.database"
	perCall  string
}

func runSingletonInitReruns(pass *analysis.Pass) {
	mod := pass.Module
	var defs []singletonDefs
	for _, c := range mod.Classes {
		newDef, initDef := c.Methods["__new__"], c.Methods["__init__"]
		if newDef == nil && initDef == nil {
			continue
		}
		d := singletonDefs{class: c.QualName}
		if newDef != nil {
			d.newPos, d.newEnd = defName(mod.File.Src, newDef)
			if c.CachesInstance {
				d.everyCall = everyCallWrites(mod, newDef)
			}
		}
		if initDef != nil {
			d.initPos, d.initEnd = defName(mod.File.Src, initDef)
			pc := &perCallFinder{args: initDef.Args, body: initDef.Body, notPerCall: initDef.Self}
			for _, w := range initDef.Writes {
				if semantic.ReceiverOf(initDef, w.Recv).Kind == semantic.SelfReceiver && w.Value != nil {
					if name := pc.in(w.Value, ""); name != "" {
						d.perCall = mod.Intern(name)
						break
					}
				}
			}
		}
		defs = append(defs, d)
	}
	if len(defs) == 0 {
		return
	}
	slices.SortFunc(defs, func(a, b singletonDefs) int { return strings.Compare(a.class, b.class) })
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, d := range defs {
			reportSingletonInit(pp, d)
			c := pp.Module.Classes[d.class]
			for _, w := range d.everyCall {
				diag := pp.Diagnosticf(w.pos, w.end,
					"`%s.__new__` sets `%s` on the one instance it keeps at every `%s()` call, not only when it creates it: each call overwrites it for every caller",
					c.QualName, w.target, c.QualName)
				if w.perCall != "" {
					diag.Message += fmt.Sprintf(" (with the caller's `%s`)", w.perCall)
					diag = diag.Raised()
				}
				pp.Report(diag.Lowered(localReason(c)...))
			}
		}
	})
}

// everyCallWrites returns the attributes that __new__ sets on the
// instance it returns (cls.instance.x = ..., or through a local it
// returns) outside the if statements that test it: the creation branch
// runs once, the rest at every call.
func everyCallWrites(mod *semantic.Module, m *semantic.Method) []newWrite {
	kept := map[string]bool{}
	semantic.EachOwnNode(m.Body, func(n ast.Node) {
		if r, ok := n.(*ast.Return); ok && r.Value != nil {
			if p := semantic.DottedPath(semantic.ContainerOf(r.Value)); strings.Contains(p, ".") {
				kept[p] = true
			}
		}
	})
	if len(kept) == 0 {
		return nil
	}
	tests := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if x, ok := n.(ast.Expr); ok && kept[semantic.DottedPath(x)] {
				found = true
			}
			return !found
		})
		return found
	}
	// exists reports whether a test holds when the instance is kept:
	// `x is not None`, `x`.
	exists := func(e ast.Expr) bool {
		if c, ok := e.(*ast.Compare); ok && len(c.Ops) == 1 && c.Ops[0] == ast.IsNot && semantic.IsNone(c.Comparators[0]) {
			return kept[semantic.DottedPath(c.Left)]
		}
		return kept[semantic.DottedPath(e)]
	}
	pc := &perCallFinder{args: m.Args, body: m.Body, notPerCall: m.Self}
	var out []newWrite
	var block func([]ast.Stmt)
	block = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.If:
				if tests(st.Test) && exists(st.Test) && semantic.Jumps(st.Body) {
					// if cls._instance is not None: return cls._instance:
					// what follows runs only when it creates it.
					return
				}
				if tests(st.Test) {
					block(st.Orelse) // the body creates it
					continue
				}
			case *ast.Assign:
				for _, t := range st.Targets {
					a, ok := t.(*ast.Attribute)
					if !ok || !kept[semantic.DottedPath(semantic.ContainerOf(a.Value))] {
						continue
					}
					w := newWrite{pos: a.Pos(), end: a.End(), target: mod.Intern(semantic.DottedPath(a))}
					w.perCall = mod.Intern(pc.in(st.Value, ""))
					out = append(out, w)
				}
			}
			ast.EachBlock(st, block)
		}
	}
	block(m.Body)
	return out
}

// reportSingletonInit reports the class d describes when the __new__ it
// runs (its own or a base's) returns a kept instance and the __init__ it
// runs sets state on it, with no guard that runs the body once.
func reportSingletonInit(pp *analysis.ProgramPass, d singletonDefs) {
	c := pp.Module.Classes[d.class]
	var withNew, withInit *semantic.Class
	for _, k := range pp.Program.MRO(c) {
		if withNew == nil && k.Methods["__new__"] != nil {
			withNew = k
		}
		if withInit == nil && k.Methods["__init__"] != nil {
			withInit = k
		}
	}
	if withNew == nil || !withNew.CachesInstance || withInit == nil || withInit.InitOnce || len(withInit.InstanceAttrs) == 0 {
		return
	}
	pos, end := d.initPos, d.initEnd
	switch {
	case withInit == c:
	case withNew == c:
		pos, end = d.newPos, d.newEnd
	default:
		return // the class that defines one of them is reported
	}
	// What a check that it is unset guards (`if not self.session:
	// self._setup_session()`) the shared object keeps.
	var attrs []string
	for a := range withInit.InstanceAttrs {
		if !withInit.LazyAttrs[a] {
			attrs = append(attrs, "`self."+a+"`")
		}
	}
	if len(attrs) == 0 {
		return
	}
	slices.Sort(attrs)
	if len(attrs) > 3 {
		attrs = append(attrs[:3], fmt.Sprintf("%d more", len(attrs)-3))
	}
	diag := pp.Diagnosticf(pos, end,
		"`%s.__new__` returns the one instance it keeps, and `%s.__init__` sets %s on it again at every `%s()` call: each call re-initialises the object every caller shares",
		withNew.QualName, withInit.QualName, strings.Join(attrs, ", "), c.QualName)
	if d.perCall != "" && withInit == c {
		diag.Message += fmt.Sprintf(" (with the caller's `%s`)", d.perCall)
		diag = diag.Raised()
	}
	pp.Report(diag.Lowered(localReason(c)...))
}

// defName returns the extent of a def's name, for a finding that points
// at the def.
func defName(src []byte, m *semantic.Method) (token.Pos, token.Pos) {
	pos := m.Node.Pos()
	if _, async := m.Node.(*ast.AsyncFunctionDef); async {
		pos += token.Pos(len("async "))
	}
	i := strings.Index(string(src[pos:min(int(m.Node.End()), int(pos)+256, len(src))]), m.Name)
	if i < 0 {
		return m.Node.Pos(), m.Node.Pos()
	}
	return pos + token.Pos(i), pos + token.Pos(i+len(m.Name))
}
