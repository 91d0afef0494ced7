package semantic

import (
	"strconv"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// shadowedDefs returns the defs of body, at any depth of its scopes,
// that a later def of the same name in the same scope binds the name
// over (two route handlers both named handler, each registered by its
// decorator before the second def rebinds the name), by position; nil
// when there are none. A property's setter or deleter (`@x.setter def
// x`) makes the property again, with its getter: no def over it.
func shadowedDefs(body []ast.Stmt) map[token.Pos]bool {
	var w shadowWalker
	w.each = w.block
	w.scope(body)
	return w.out
}

// shadowWalker finds shadowedDefs with one list for every scope's
// statements: a module's walk allocates the walker and what it finds.
type shadowWalker struct {
	out   map[token.Pos]bool
	stmts []scopeStmt      // the def and class statements of the scopes being walked
	each  func([]ast.Stmt) // block, made once: a method value per statement would allocate
}

// scopeStmt is a def or class statement of a scope, with its body.
type scopeStmt struct {
	name string // "" for a class, and for a property's setter or deleter
	pos  token.Pos
	body []ast.Stmt
}

// maxPairwise is how many defs a scope may have for scope to compare
// their names pair by pair, which allocates nothing.
const maxPairwise = 32

func (w *shadowWalker) shadowed(pos token.Pos) {
	if w.out == nil {
		w.out = map[token.Pos]bool{}
	}
	w.out[pos] = true
}

func (w *shadowWalker) scope(body []ast.Stmt) {
	start := len(w.stmts)
	w.block(body)
	own := w.stmts[start:]
	if len(own) <= maxPairwise {
		for i, s := range own {
			if s.name == "" {
				continue
			}
			for _, later := range own[i+1:] {
				if later.name == s.name {
					w.shadowed(s.pos)
					break
				}
			}
		}
	} else {
		// A generated module of thousands of defs: by name, not by pairs.
		last := make(map[string]token.Pos, len(own))
		for _, s := range own {
			if s.name == "" {
				continue
			}
			if before, ok := last[s.name]; ok {
				w.shadowed(before)
			}
			last[s.name] = s.pos
		}
	}
	for i := range own {
		w.scope(w.stmts[start+i].body) // w.stmts may grow, and move
	}
	w.stmts = w.stmts[:start]
}

// block adds the def and class statements of body's own scope.
func (w *shadowWalker) block(body []ast.Stmt) {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.FunctionDef:
			w.def(s.Pos(), s.Name, s.DecoratorList, s.Body)
		case *ast.AsyncFunctionDef:
			w.def(s.Pos(), s.Name, s.DecoratorList, s.Body)
		case *ast.ClassDef:
			w.stmts = append(w.stmts, scopeStmt{pos: s.Pos(), body: s.Body})
		default:
			ast.EachBlock(s, w.each)
		}
	}
}

func (w *shadowWalker) def(pos token.Pos, name string, decorators []ast.Expr, body []ast.Stmt) {
	if propertyAccessor(name, decorators) != "" {
		name = ""
	}
	w.stmts = append(w.stmts, scopeStmt{name: name, pos: pos, body: body})
}

// defName is the name of the def named name at pos in the call graph
// and the entry points: name, or, for a def a later one of the same
// name binds over (shadowedDefs), name@line, so that each def is a node
// of its own. f is m's file, parsed.
func (m *Module) defName(f *parser.File, name string, pos token.Pos) string {
	if !m.shadowedDefs[pos] {
		return name
	}
	line, _ := f.Lines.Position(pos)
	return name + "@" + strconv.Itoa(line)
}
