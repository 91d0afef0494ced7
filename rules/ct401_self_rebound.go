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

// SelfRebound is CT401.
var SelfRebound = &analysis.Analyzer{
	Name: "self-rebound",
	Code: "CT401",
	Doc:  doc("CT401"),
	Run:  runSelfRebound,
}

// rebinding is `self = ...` (or cls) in a method, reduced to what is
// decided with the whole program: the fix depends on the class's ORM.
type rebinding struct {
	class, method string
	name          string    // self or cls, as written
	pos, end      token.Pos // the target
	// stmt is the assignment statement and its indentation, for the fix
	// that replaces it; zero when the target is not a whole statement's.
	stmtPos, stmtEnd token.Pos
	returned         bool // every return of the method returns the new object
	onClass          bool // a classmethod: the name is the class
	reload           bool // the value reads the object's row again (a query manager chain)
	// locks: the value takes a row lock (select_for_update), which the
	// in-place reload would not; plain: it is Model.objects.get(...)
	// alone, which the reload replaces one for one.
	locks, plain bool
}

func runSelfRebound(pass *analysis.Pass) {
	mod := pass.Module
	var found []rebinding
	for _, c := range mod.Classes {
		for _, m := range c.Defs {
			// In __new__, `cls = ...` picks the class to build, on
			// purpose.
			// A first parameter named otherwise is most often a
			// staticmethod's missing decorator (def f(queryset)).
			if m.Self != "self" && m.Self != "cls" || m.MethodSyntax == nil || m.Name == "__new__" {
				continue
			}
			found = append(found, selfRebindings(c, m)...)
		}
	}
	if len(found) == 0 {
		return
	}
	slices.SortFunc(found, func(a, b rebinding) int { return int(a.pos - b.pos) })
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, r := range found {
			reportRebinding(pp, r)
		}
	})
}

// selfRebindings returns the assignments of m's first parameter in its own
// scope (not in nested defs, whose self is their own).
func selfRebindings(c *semantic.Class, m *semantic.Method) []rebinding {
	fn := c.Module.FunctionOf(m.Node)
	if fn == nil || !bindsName(fn, m.Self) {
		return nil // most methods: nothing below can be found
	}
	var out []rebinding
	stores := func(e ast.Node) {
		if e == nil {
			return
		}
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Lambda:
				return false
			case *ast.Name:
				if n.Id == m.Self && n.Ctx == ast.Store {
					out = append(out, rebinding{class: c.QualName, method: m.Name, name: m.Self, pos: n.Pos(), end: n.End()})
				}
			}
			return true
		})
	}
	var stmts func([]ast.Stmt)
	stmts = func(body []ast.Stmt) {
		for _, st := range body {
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue // their own scopes
			case *ast.Assign:
				if len(st.Targets) == 1 && semantic.IsName(st.Targets[0], m.Self) {
					if k, ok := st.Value.(*ast.Constant); ok && k.Value == nil {
						continue // self = None lets go of the object (a reference cycle), nothing more
					}
					out = append(out, rebinding{class: c.QualName, method: m.Name, name: m.Self,
						pos: st.Targets[0].Pos(), end: st.Targets[0].End(), stmtPos: st.Pos(), stmtEnd: st.End(),
						reload: readsRow(c.Module, st.Value), locks: takesLock(c.Module, st.Value), plain: plainGet(c.Module, st.Value)})
					continue
				}
				stores(st)
			case *ast.For:
				stores(st.Target)
			case *ast.AsyncFor:
				stores(st.Target)
			case *ast.With:
				for _, it := range st.Items {
					stores(it.OptionalVars)
				}
			case *ast.AsyncWith:
				for _, it := range st.Items {
					stores(it.OptionalVars)
				}
			case *ast.If, *ast.While, *ast.Try, *ast.TryStar, *ast.Match:
				// only their blocks bind (a walrus in a test is rare
				// enough to leave)
			default:
				stores(st)
			}
			ast.EachBlock(st, stmts)
		}
	}
	stmts(m.Body)
	if len(out) == 0 {
		return nil
	}
	returnsNew := true
	hasReturn := false
	for _, n := range fn.Nodes() {
		if r, ok := n.(*ast.Return); ok {
			hasReturn = true
			returnsNew = returnsNew && semantic.IsName(r.Value, m.Self)
		}
	}
	for i := range out {
		out[i].returned = hasReturn && returnsNew
		out[i].onClass = m.Kind == semantic.ClassMethod
	}
	return out
}

// bindsName reports whether fn's own scope stores to the name (an
// assignment, loop or with target, a walrus).
func bindsName(fn *semantic.Function, name string) bool {
	for _, n := range fn.Nodes() {
		if nm, ok := n.(*ast.Name); ok && nm.Id == name && nm.Ctx == ast.Store {
			return true
		}
	}
	return false
}

// takesLock reports whether e reads under a row lock (an AtomicMethods
// call: select_for_update, with_for_update).
func takesLock(mod *semantic.Module, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if a, ok := n.(*ast.Attribute); ok && mod.Libraries().IsAtomicMethod(a.Attr) {
			found = true
		}
		return !found
	})
	return found
}

// plainGet reports whether e is X.<manager>.get(...) and nothing more: a
// reload reads the same row the same way.
func plainGet(mod *semantic.Module, e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	get, ok := call.Func.(*ast.Attribute)
	if !ok || get.Attr != "get" {
		return false
	}
	manager, ok := get.Value.(*ast.Attribute)
	if !ok || !mod.Libraries().IsQueryManager(manager.Attr) {
		return false
	}
	_, isName := manager.Value.(*ast.Name)
	return isName
}

// reportRebinding reports r, with the model's refresh call as a fix when
// the class derives from an ORM's model base that has one.
func reportRebinding(pp *analysis.ProgramPass, r rebinding) {
	p := pp.Program
	c := pp.Module.Classes[r.class]
	refresh := ""
	for _, qn := range p.AncestorNames(c) {
		if refresh = p.Libraries().RefreshMethod(qn); refresh != "" {
			break
		}
	}
	use := "reload the object in place (Django's `self.refresh_from_db()`, mongoengine's `self.reload()`, SQLAlchemy's `session.refresh(self)`) or return the new object"
	if refresh != "" {
		use = fmt.Sprintf("use `%s.%s()`, which reloads this object in place", r.name, refresh)
	}
	if r.onClass {
		use = "name the other class otherwise, or return it"
	}
	d := pp.Diagnosticf(r.pos, r.end,
		"`%s = ...` in `%s.%s` only rebinds the method's local name: the caller keeps the old object, unchanged; %s",
		r.name, c.QualName, r.method, use)
	if refresh != "" && r.stmtPos != r.stmtEnd && !r.onClass && r.plain {
		d.Fix = &analysis.Fix{
			Message: fmt.Sprintf("Replace the assignment with `%s.%s()`", r.name, refresh),
			Edits:   []analysis.Edit{{Pos: r.stmtPos, End: r.stmtEnd, New: fmt.Sprintf("%s.%s()", r.name, refresh)}},
			// Unsafe: the reload may read other fields than the query
			// written (select_related, only()), and code after it that
			// used the new object's extra attributes changes meaning.
			Safe: false,
		}
	}
	if r.locks {
		d = d.Lowered(fmt.Sprintf("the new object is read under a row lock (`select_for_update`): `%s.%s` goes on with the locked copy on purpose", c.QualName, r.method))
	}
	if r.onClass {
		d = d.Lowered(fmt.Sprintf("rebinding `%s` in a classmethod picks another class to go on with, a common idiom", r.name))
	} else if refresh == "" && !r.reload {
		d = d.Lowered(fmt.Sprintf("`%s` is no ORM model and the value reads no row: rebinding `%s` to go on with a local value is a common idiom", c.QualName, r.name))
	}
	if r.returned {
		d = d.Lowered(fmt.Sprintf("`%s.%s` returns the new object, so a caller that uses the result gets it", c.QualName, r.method))
	}
	if strings.Contains(c.QualName, "<locals>") {
		d = d.Lowered(localReason(c)...)
	}
	pp.Report(d)
}
