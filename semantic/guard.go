package semantic

import "github.com/crosstalk-dev/crosstalk/python/ast"

// A lazy-init guard runs code only while what it tests is not set yet:
// `if self._engine is None: self._engine = create_engine(...)`. What the
// guarded code keeps is built once (per key), not at every run: CT301
// reads the guard in the def that builds a client, and the call graph's
// summary in a def that keeps what it calls (Edge.Kept).

// UnsetTest reports whether test checks that something is not set yet:
// `x is None`, `not x`, `not hasattr(...)`, `x not in ...`, or any of
// those in a boolean operation.
func UnsetTest(test ast.Expr) bool {
	switch t := test.(type) {
	case *ast.UnaryOp:
		return t.Op == ast.Not
	case *ast.Compare:
		if len(t.Ops) != 1 {
			return false
		}
		if k, ok := t.Comparators[0].(*ast.Constant); ok && k.Value == nil && (t.Ops[0] == ast.Is || t.Ops[0] == ast.Eq) {
			return true
		}
		return t.Ops[0] == ast.NotIn
	case *ast.BoolOp:
		for _, v := range t.Values {
			if UnsetTest(v) {
				return true
			}
		}
	}
	return false
}

// KeepsBeyondCall reports whether an assignment to targets, in a def,
// keeps its value beyond the call: in a global the def declares (global
// says which), an attribute, or an item of a container.
func KeepsBeyondCall(targets []ast.Expr, global func(name string) bool) bool {
	for _, t := range targets {
		switch t := t.(type) {
		case *ast.Name:
			if global(t.Id) {
				return true
			}
		case *ast.Attribute, *ast.Subscript:
			return true
		}
	}
	return false
}
