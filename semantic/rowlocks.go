package semantic

import (
	"bytes"
	"strings"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// collectRowLockers returns the defs of m, by __qualname__, whose own code locks or claims the rows it
// reads, so that no other run changes them while it holds them:
//   - a query method that locks them (the libraries' RowLocks:
//     select_for_update, with_for_update);
//   - a conditional update whose row count it reads (`n =
//     Job.objects.filter(pk=pk, status="pending").update(status="running")`,
//     then `if not n: continue`; SQLAlchemy's `result.rowcount` after an
//     update): a compare-and-set, which one run alone wins.
//
// A source that names no such method is not walked.
func (m *Module) collectRowLockers(src []byte) map[string]bool {
	libs := m.Libraries()
	if libs == nil || !mentionsAny(src, libs.RowClaimWords()) {
		return nil
	}
	var out map[string]bool
	for _, fn := range m.Functions() {
		if !locksOrClaims(libs, fn) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[m.Intern(fn.QualName)] = true
	}
	return out
}

func mentionsAny(src []byte, words []string) bool {
	for _, w := range words {
		if bytes.Contains(src, []byte(w)) {
			return true
		}
	}
	return false
}

// locksOrClaims reports whether fn's own code locks or claims the rows
// it reads (collectRowLockers).
func locksOrClaims(libs *libraries.Index, fn *Function) bool {
	rowcount, updates := false, false
	for _, n := range fn.Nodes() {
		var used ast.Expr // a value the def reads
		switch n := n.(type) {
		case *ast.Call:
			f, ok := n.Func.(*ast.Attribute)
			if ok && libs.IsRowLock(f.Attr) {
				return true
			}
			if ok && libs.IsUpdate(f.Attr) || IsName(n.Func, "update") {
				updates = true
			}
		case *ast.Attribute:
			rowcount = rowcount || n.Attr == "rowcount"
		case *ast.Assign:
			used = n.Value
		case *ast.AnnAssign:
			used = n.Value
		case *ast.NamedExpr:
			used = n.Value
		case *ast.Return:
			used = n.Value
		case *ast.If:
			used = n.Test
		case *ast.While:
			used = n.Test
		}
		if used != nil && countedUpdate(libs, used) {
			return true
		}
	}
	return rowcount && updates
}

// countedUpdate reports whether e is a query's update, the row count it
// returns read as is, negated, compared or awaited (`not
// qs.update(...)`, `qs.update(...) == 1`).
func countedUpdate(libs *libraries.Index, e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.Await:
			e = x.Value
			continue
		case *ast.UnaryOp:
			e = x.Operand
			continue
		case *ast.Compare:
			e = x.Left
			continue
		case *ast.Call:
			// The receiver a query a call built (`.filter(...)`): a
			// dict's update returns nothing to count.
			f, ok := x.Func.(*ast.Attribute)
			if !ok || !libs.IsUpdate(f.Attr) {
				return false
			}
			_, built := f.Value.(*ast.Call)
			return built
		}
		return false
	}
}

// LocksRows reports whether qn names a def of the tree (a module-level
// function or a method) whose own code locks or claims the rows it
// reads (collectRowLockers): what it returns, or yields as a context
// manager, no other run changes meanwhile.
func (p *Program) LocksRows(qn string) bool {
	m, rest := p.split(p.Canonical(qn))
	return m != nil && m.rowLockers[rest]
}

// LocksRows is Program.LocksRows for a def of m, by __qualname__.
func (m *Module) LocksRows(qualName string) bool { return m.rowLockers[qualName] }

// HasRowLockingMethod reports whether a method of a class of m named
// name locks or claims the rows it reads: `self._lock_task(task)` may
// call a base class's.
func (m *Module) HasRowLockingMethod(name string) bool {
	for qn := range m.rowLockers {
		if strings.HasSuffix(qn, "."+name) && !strings.Contains(qn, ">") {
			return true
		}
	}
	return false
}
