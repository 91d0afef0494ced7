package semantic

import (
	"strings"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// collectCommitters returns the module-level defs of body that commit a
// session after they yield (`@contextmanager def session_scope(): s =
// Session(); yield s; s.commit()`): the with statement such a def
// manages writes back, when it exits, what its block changed.
func (m *Module) collectCommitters(body []ast.Stmt) map[string]bool {
	libs := m.Libraries()
	if libs == nil {
		return nil
	}
	var out map[string]bool
	for _, st := range body {
		var name string
		var fbody []ast.Stmt
		var decorated bool
		switch d := st.(type) {
		case *ast.FunctionDef:
			name, fbody, decorated = d.Name, d.Body, len(d.DecoratorList) > 0
		case *ast.AsyncFunctionDef:
			name, fbody, decorated = d.Name, d.Body, len(d.DecoratorList) > 0
		default:
			continue
		}
		// A generator manages a with statement only as a decorator
		// (contextlib's) makes it one: undecorated defs, most, are not
		// walked.
		if decorated && commitsAfterYield(libs, fbody) {
			if out == nil {
				out = map[string]bool{}
			}
			out[m.Intern(name)] = true
		}
	}
	return out
}

// commitsAfterYield reports whether body, a def's, calls a commit on a
// session-like receiver after a yield of its own scope, in source order.
func commitsAfterYield(libs *libraries.Index, body []ast.Stmt) bool {
	yielded, commits := false, false
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.Yield, *ast.YieldFrom:
				yielded = true
			case *ast.Call:
				if f, ok := n.Func.(*ast.Attribute); ok && yielded && libs.IsCommit(f.Attr) && SessionLike(libs, f.Value) {
					commits = true
				}
			}
			return !commits
		})
	}
	return commits
}

// SessionLike reports whether e is named as a database or remote handle:
// the last word of its last name (split at underscores, lower case) is
// one of the libraries' QueryReceivers (`session`, `db_session`,
// `cursor`; not `session_id_map`).
func SessionLike(libs *libraries.Index, e ast.Expr) bool {
	name := ""
	switch e := e.(type) {
	case *ast.Name:
		name = e.Id
	case *ast.Attribute:
		name = e.Attr
	}
	return SessionLikeName(libs, name)
}

// SessionLikeName is SessionLike for a name: its last word names what it
// is (`db_session` is a session, `_session_id_map` a map of session
// ids).
func SessionLikeName(libs *libraries.Index, name string) bool {
	name = strings.TrimRight(strings.ToLower(name), "_")
	return libs.IsQueryReceiver(name[strings.LastIndexByte(name, '_')+1:])
}

// CommitsOnExit reports whether qn names a module-level def of the tree
// whose with statement commits a session when it exits
// (collectCommitters).
func (p *Program) CommitsOnExit(qn string) bool {
	m, rest := p.split(p.Canonical(qn))
	return m != nil && m.committers[rest]
}
