package rules

// Per-call data in a function's body: what a write or a mutation stores
// that differs from call to call (a parameter, or a local derived from
// one) is evidence that one call's data outlives it. CT101, CT102 and
// CT204 ask it.

import (
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// perCallFinder finds per-call data in the expressions of a function: its
// parameters, and the locals they flow into, worked out only when no
// parameter is used directly.
type perCallFinder struct {
	args *ast.Arguments
	body []ast.Stmt
	// notPerCall is the parameter that holds no per-call data: a
	// classmethod's cls, the same class on every call.
	notPerCall string
	derived    map[string]bool // derivedLocals; nil until needed
}

// methodPerCall returns the perCallFinder of m: self is per-call data (the
// instance), cls is not.
func methodPerCall(m *semantic.Method) *perCallFinder {
	p := &perCallFinder{args: m.Args, body: m.Body}
	if m.Kind == semantic.ClassMethod {
		p.notPerCall = m.Self
	}
	return p
}

// in returns a name of per-call data that node uses, outside attributes
// named skipAttr (the container's own receiver), or "".
func (p *perCallFinder) in(node ast.Node, skipAttr string) string {
	name, others := p.name(node, skipAttr, nil)
	if name != "" || !others {
		// Only a name that is not a parameter can be a derived local:
		// with none, the body's assignments need no reading.
		return name
	}
	if p.derived == nil {
		p.derived = p.derivedLocals()
	}
	name, _ = p.name(node, skipAttr, p.derived)
	return name
}

// name returns a name node uses that holds per-call data
// (isPerCall), outside attributes named skipAttr ("": none), or "". A
// comprehension's own variables shadow a parameter of their name.
// others reports whether node uses a name that is neither a parameter
// nor a comprehension's, when none is found.
func (p *perCallFinder) name(node ast.Node, skipAttr string, derived map[string]bool) (found string, others bool) {
	local := comprehensionNames(node)
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Attribute:
			if skipAttr != "" && n.Attr == skipAttr {
				return false
			}
		case *ast.Name:
			if found == "" && !local[n.Id] {
				if p.isPerCall(n.Id, derived) {
					found = n.Id // the first, in source order
				} else if !others && !semantic.HasParam(p.args, n.Id) {
					others = true
				}
			}
		}
		return found == ""
	})
	return found, others
}

// isPerCall reports whether the name id in the body holds per-call data:
// a parameter (self included, a classmethod's cls not), or a local
// derived from one.
func (p *perCallFinder) isPerCall(id string, derived map[string]bool) bool {
	return derived[id] || id != p.notPerCall && semantic.HasParam(p.args, id)
}

// derivedLocals returns the locals of the function that per-call data flows into
// by assignment (vendor = connection.vendor), to any depth of locals;
// the walk does not look at control flow, so a local counts if any of
// its assignments derives it.
func (p *perCallFinder) derivedLocals() map[string]bool {
	// Assignments are statements: the expressions between them need no
	// visit.
	var assigns []*ast.Assign
	var block func([]ast.Stmt)
	block = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch n := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.Assign:
				assigns = append(assigns, n)
			}
			ast.EachBlock(st, block)
		}
	}
	block(p.body)
	derived := map[string]bool{}
	// An assignment that derived its targets adds nothing when read
	// again: each is read until it does.
	done := make([]bool, len(assigns))
	for changed := true; changed; {
		changed = false
		for i, a := range assigns {
			if done[i] {
				continue
			}
			if found, _ := p.name(a.Value, "", derived); found == "" {
				continue
			}
			done[i] = true
			for _, t := range a.Targets {
				ast.Inspect(t, func(n ast.Node) bool {
					if nm, ok := n.(*ast.Name); ok && !derived[nm.Id] && !semantic.HasParam(p.args, nm.Id) {
						derived[nm.Id] = true
						changed = true
					}
					return true
				})
			}
		}
	}
	return derived
}

// comprehensionNames returns the names the comprehensions in n bind:
// inside them, a parameter of the same name is shadowed.
func comprehensionNames(n ast.Node) map[string]bool {
	var out map[string]bool
	ast.Inspect(n, func(x ast.Node) bool {
		if c, ok := x.(*ast.Comprehension); ok {
			ast.Inspect(c.Target, func(t ast.Node) bool {
				if nm, ok := t.(*ast.Name); ok {
					if out == nil {
						out = map[string]bool{}
					}
					out[nm.Id] = true
				}
				return true
			})
		}
		return true
	})
	return out
}
