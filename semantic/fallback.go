package semantic

import (
	"iter"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// "Use the one given, or build one": a def builds what a parameter is
// for only when its caller passes none, `client = engine or
// self.create_client()`, `if session is None: session = make_session()`,
// `make() if c is None else c`, or after `if c: return c`. The calls
// of that fallback run only while the parameter is unset (None, or
// false): where every call of the def passes it, they never run. The
// call graph's summary marks them (Edge.Unless), and says which
// parameters each call passes (Edge.Passes). The parameter must default
// to None, the mark of one the caller may leave out: a flag that is
// False by default may well be passed False (`use_inspect=use_inspect`),
// and its else branch is no fallback.

// testsUnset returns the name that test checks is unset, None or false
// (`x is None`, `x == None`, `not x`, or one of those in an `and`: all
// of it true, x is unset), else "".
func testsUnset(test ast.Expr) string { return tested(test, false) }

// testsSet returns the name that test checks is set, not None or true
// (`x is not None`, `x != None`, `x`, `not <unset>`, or one of those in
// an `or`: all of it false, x is unset), else "".
func testsSet(test ast.Expr) string { return tested(test, true) }

// tested is testsSet when set, else testsUnset: the first name, of the
// names and attributes testedExprs finds.
func tested(test ast.Expr, set bool) string {
	name := ""
	testedExprs(test, set, func(e ast.Expr) bool {
		if n, ok := e.(*ast.Name); ok {
			name = n.Id
		}
		return name == ""
	})
	return name
}

// TestsState reports whether test checks whether path, a name or a
// dotted attribute path, is set or unset (testedExprs either way: `x`,
// `not x`, `x is None`, `x is not None`, in an `and` or an `or`), or that
// a key is not in it (`k not in x`): a lazy initialisation's guard, or
// the early return before one (`if x: return x`).
func TestsState(test ast.Expr, path string) bool {
	found := false
	for _, set := range [...]bool{false, true} {
		testedExprs(test, set, func(e ast.Expr) bool {
			found = DottedPath(e) == path
			return !found
		})
		if found {
			return true
		}
	}
	notIn(test, func(p string) bool {
		found = p == path
		return !found
	})
	return found
}

// UnsetPaths yields the names and dotted attribute paths that test
// checks are unset, None or false, as testsUnset reads it (`x is None`,
// `not cfg.url`, or one of those in an `and`), in order, then the
// containers it checks a key is not in (`key not in CACHE`): the paths a
// lazy initialisation under that test fills.
func UnsetPaths(test ast.Expr) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !testedExprs(test, false, func(e ast.Expr) bool {
			if path := DottedPath(e); path != "" {
				return yield(path)
			}
			return true
		}) {
			return
		}
		notIn(test, yield)
	}
}

// notIn calls yield with each container that test checks a key is not
// in (`key not in CACHE`, also among the values of an and), until yield
// returns false; it reports whether yield never did.
func notIn(test ast.Expr, yield func(string) bool) bool {
	switch t := test.(type) {
	case *ast.Compare:
		if len(t.Ops) == 1 && t.Ops[0] == ast.NotIn {
			if path := DottedPath(t.Comparators[0]); path != "" {
				return yield(path)
			}
		}
	case *ast.BoolOp:
		if t.Op == ast.And {
			for _, v := range t.Values {
				if !notIn(v, yield) {
					return false
				}
			}
		}
	}
	return true
}

// testedExprs calls yield, in order, with each name or attribute that
// test checks is set (set) or unset, until yield returns false; it
// reports whether yield never did. Each check is the other under a
// `not`.
func testedExprs(test ast.Expr, set bool, yield func(ast.Expr) bool) bool {
	is, join := [2]ast.CmpOperator{ast.Is, ast.Eq}, ast.And
	if set {
		is, join = [2]ast.CmpOperator{ast.IsNot, ast.NotEq}, ast.Or
	}
	switch t := test.(type) {
	case *ast.Name, *ast.Attribute:
		if set {
			return yield(t)
		}
	case *ast.UnaryOp:
		if t.Op == ast.Not {
			return testedExprs(t.Operand, !set, yield)
		}
	case *ast.Compare:
		if len(t.Ops) == 1 && (t.Ops[0] == is[0] || t.Ops[0] == is[1]) && IsNone(t.Comparators[0]) {
			switch t.Left.(type) {
			case *ast.Name, *ast.Attribute:
				return yield(t.Left)
			}
		}
	case *ast.BoolOp:
		if t.Op == join {
			for _, v := range t.Values {
				if !testedExprs(v, set, yield) {
					return false
				}
			}
		}
	}
	return true
}

// leavesWhenSet returns the name that st checks is set when its body
// always leaves the block (it ends in a return or a raise): what
// follows st runs only while that name is unset. Else "".
func leavesWhenSet(st *ast.If) string {
	if leaves(st.Body) {
		return testsSet(st.Test)
	}
	return ""
}

// ownFallback returns the name that an assignment of value to targets
// sets to itself or what it falls back to (`p = p or make()`, `p =
// make() if p is None else p`): the caller's value, when it gives one.
// Else "".
func ownFallback(targets []ast.Expr, value ast.Expr) string {
	if len(targets) != 1 {
		return ""
	}
	t, ok := targets[0].(*ast.Name)
	if !ok {
		return ""
	}
	switch v := value.(type) {
	case *ast.BoolOp:
		if n, ok := v.Values[0].(*ast.Name); ok && v.Op == ast.Or && n.Id == t.Id {
			return t.Id
		}
	case *ast.IfExp:
		if n, ok := v.Orelse.(*ast.Name); ok && n.Id == t.Id && testsUnset(v.Test) == t.Id {
			return t.Id
		}
		if n, ok := v.Body.(*ast.Name); ok && n.Id == t.Id && testsSet(v.Test) == t.Id {
			return t.Id
		}
	}
	return ""
}

// passesNothing reports whether an argument is a literal that gives a
// fallback's parameter no value: None or False.
func passesNothing(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	b, isBool := k.Value.(bool)
	return k.Value == nil || isBool && !b
}

// noneDefaults returns the parameters of args whose default is None,
// by index, of the first 64: positional ones, *args, keyword-only ones,
// **kwargs, as the call graph's summary numbers them.
func noneDefaults(args *ast.Arguments) uint64 {
	if args == nil {
		return 0
	}
	var m uint64
	npos := len(args.Posonlyargs) + len(args.Args)
	for i, d := range args.Defaults {
		if p := npos - len(args.Defaults) + i; p < 64 && IsNone(d) {
			m |= 1 << p
		}
	}
	kw := npos
	if args.Vararg != nil {
		kw++
	}
	for i, d := range args.KwDefaults {
		if p := kw + i; d != nil && p < 64 && IsNone(d) {
			m |= 1 << p
		}
	}
	return m
}

// IsNone reports whether e is the literal None.
func IsNone(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	return ok && k.Value == nil
}

// IsTrue reports whether e is the constant True.
func IsTrue(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	return ok && k.Value == true
}
