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
	var out map[token.Pos]bool
	var scope func(body []ast.Stmt)
	scope = func(body []ast.Stmt) {
		var last map[string]token.Pos
		var walk func(body []ast.Stmt)
		def := func(pos token.Pos, name string, decorators []ast.Expr, inner []ast.Stmt) {
			if propertyAccessor(name, decorators) == "" {
				if before, ok := last[name]; ok {
					if out == nil {
						out = map[token.Pos]bool{}
					}
					out[before] = true
				}
				if last == nil {
					last = map[string]token.Pos{}
				}
				last[name] = pos
			}
			scope(inner)
		}
		walk = func(body []ast.Stmt) {
			for _, s := range body {
				switch s := s.(type) {
				case *ast.FunctionDef:
					def(s.Pos(), s.Name, s.DecoratorList, s.Body)
				case *ast.AsyncFunctionDef:
					def(s.Pos(), s.Name, s.DecoratorList, s.Body)
				case *ast.ClassDef:
					scope(s.Body)
				case *ast.If:
					walk(s.Body)
					walk(s.Orelse)
				case *ast.For:
					walk(s.Body)
					walk(s.Orelse)
				case *ast.AsyncFor:
					walk(s.Body)
					walk(s.Orelse)
				case *ast.While:
					walk(s.Body)
					walk(s.Orelse)
				case *ast.With:
					walk(s.Body)
				case *ast.AsyncWith:
					walk(s.Body)
				case *ast.Try:
					walk(s.Body)
					for _, h := range s.Handlers {
						walk(h.Body)
					}
					walk(s.Orelse)
					walk(s.Finalbody)
				case *ast.TryStar:
					walk(s.Body)
					for _, h := range s.Handlers {
						walk(h.Body)
					}
					walk(s.Orelse)
					walk(s.Finalbody)
				case *ast.Match:
					for _, c := range s.Cases {
						walk(c.Body)
					}
				}
			}
		}
		walk(body)
	}
	scope(body)
	return out
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
