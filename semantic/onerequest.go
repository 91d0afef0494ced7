package semantic

import "github.com/crosstalk-dev/crosstalk/python/ast"

// OneRequest returns the method of the one request that body makes on
// the local name, bound once in it to a client (`http = Session();
// http.mount(...); return http.get(url)`), or "". Every read of name is
// the receiver of a method call, none at each iteration of a loop
// (looped: LoopedCalls of body, which the caller has or makes once for
// all its locals), and of those calls that are not set-up calls (setup:
// `mount`) one runs on any path through body and none runs twice: a
// branch of an if or a try runs instead of another. A read in a nested
// def or lambda hands the client on: "".
func OneRequest(body []ast.Stmt, looped map[*ast.Call]bool, name string, setup func(string) bool) string {
	loads, stores, receivers, method := 0, 0, 0, ""
	requests := map[*ast.Call]bool{}
	ok := true
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			if !ok {
				return false
			}
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				ok = !Mentions(n, name)
				return false
			case *ast.Name:
				if n.Id == name && n.Ctx == ast.Load {
					loads++
				} else if n.Id == name {
					stores++
				}
			case *ast.Call:
				if f, isAttr := n.Func.(*ast.Attribute); isAttr && IsName(f.Value, name) {
					receivers++
					switch {
					case looped[n]:
						ok = false
					case !setup(f.Attr):
						requests[n] = true
						method = f.Attr
					}
				}
			}
			return true
		})
	}
	if ok && stores == 1 && loads == receivers && method != "" && mostOnAnyPath(body, requests) == 1 {
		return method
	}
	return ""
}

// mostOnAnyPath returns the most of the calls in calls that one run of
// stmts makes: a branch of an if or of a try runs instead of another,
// what a loop or a nested def holds counts each time it is written.
func mostOnAnyPath(stmts []ast.Stmt, calls map[*ast.Call]bool) int {
	in := func(n ast.Node) int {
		k := 0
		ast.Inspect(n, func(x ast.Node) bool {
			if c, ok := x.(*ast.Call); ok && calls[c] {
				k++
			}
			return true
		})
		return k
	}
	total := 0
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.If:
			total += in(s.Test) + max(mostOnAnyPath(s.Body, calls), mostOnAnyPath(s.Orelse, calls))
		case *ast.Try:
			body := mostOnAnyPath(s.Body, calls)
			most := body + mostOnAnyPath(s.Orelse, calls)
			for _, h := range s.Handlers {
				most = max(most, body+mostOnAnyPath(h.Body, calls))
			}
			total += most + mostOnAnyPath(s.Finalbody, calls)
		default:
			total += in(s)
		}
	}
	return total
}

// LoopedCalls returns the calls of body that run at each iteration of a
// loop of the def: in the body of a for or while statement, in a while
// test, or in a comprehension past its first iterable (which runs once).
// Nested defs and lambdas run when called, and are their own.
func LoopedCalls(body []ast.Stmt) map[*ast.Call]bool {
	looped := map[*ast.Call]bool{}
	var visit func(n ast.Node, inLoop bool)
	block := func(stmts []ast.Stmt, inLoop bool) {
		for _, st := range stmts {
			visit(st, inLoop)
		}
	}
	forLoop := func(target, iter ast.Expr, body, orelse []ast.Stmt, inLoop bool) {
		visit(target, inLoop)
		visit(iter, inLoop)
		block(body, true)
		block(orelse, inLoop)
	}
	visit = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.Call:
				if inLoop {
					looped[n] = true
				}
			case *ast.For:
				forLoop(n.Target, n.Iter, n.Body, n.Orelse, inLoop)
				return false
			case *ast.AsyncFor:
				forLoop(n.Target, n.Iter, n.Body, n.Orelse, inLoop)
				return false
			case *ast.While:
				visit(n.Test, true)
				block(n.Body, true)
				block(n.Orelse, inLoop)
				return false
			case *ast.ListComp:
				comprehension(n.Generators, []ast.Expr{n.Elt}, inLoop, visit)
				return false
			case *ast.SetComp:
				comprehension(n.Generators, []ast.Expr{n.Elt}, inLoop, visit)
				return false
			case *ast.GeneratorExp:
				comprehension(n.Generators, []ast.Expr{n.Elt}, inLoop, visit)
				return false
			case *ast.DictComp:
				comprehension(n.Generators, []ast.Expr{n.Key, n.Value}, inLoop, visit)
				return false
			}
			return true
		})
	}
	block(body, false)
	return looped
}

// comprehension visits a comprehension: its first iterable runs once,
// the rest at each iteration.
func comprehension(gens []*ast.Comprehension, elts []ast.Expr, inLoop bool, visit func(ast.Node, bool)) {
	for i, g := range gens {
		visit(g.Iter, inLoop || i > 0)
		visit(g.Target, true)
		for _, c := range g.Ifs {
			visit(c, true)
		}
	}
	for _, e := range elts {
		visit(e, true)
	}
}
