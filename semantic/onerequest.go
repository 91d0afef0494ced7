package semantic

import "github.com/crosstalk-dev/crosstalk/python/ast"

// OneRequest returns the method of the one request that body makes on
// the local name, bound once in it to a client (`http = Session();
// http.mount(...); return http.get(url)`), or "". Every read of name is
// the receiver of a method call, none at each iteration of a loop, and
// of those calls that are not set-up calls (setup: `mount`) one runs on
// any path through body and none runs twice: a branch of an if or a try
// runs instead of another. A read in a nested def or lambda hands the
// client on: "".
func OneRequest(body []ast.Stmt, name string, setup func(string) bool) string {
	loads, stores, receivers, method := 0, 0, 0, ""
	requests := map[*ast.Call]bool{}
	ok := true
	var visit func(n ast.Node, looped bool)
	block := func(stmts []ast.Stmt, looped bool) {
		for _, st := range stmts {
			visit(st, looped)
		}
	}
	visit = func(n ast.Node, looped bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			if !ok {
				return false
			}
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				ok = !mentions(n, name)
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
					case looped:
						ok = false
					case !setup(f.Attr):
						requests[n] = true
						method = f.Attr
					}
				}
			case *ast.For:
				visit(n.Target, looped)
				visit(n.Iter, looped)
				block(n.Body, true)
				block(n.Orelse, looped)
				return false
			case *ast.AsyncFor:
				visit(n.Target, looped)
				visit(n.Iter, looped)
				block(n.Body, true)
				block(n.Orelse, looped)
				return false
			case *ast.While:
				visit(n.Test, true)
				block(n.Body, true)
				block(n.Orelse, looped)
				return false
			case *ast.ListComp, *ast.SetComp, *ast.GeneratorExp, *ast.DictComp:
				// Its elements run at each item: a read there is in a loop.
				ok = !mentions(n, name)
				return false
			}
			return true
		})
	}
	block(body, false)
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

// mentions reports whether n, nested scopes included, has the name name.
func mentions(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if nm, ok := x.(*ast.Name); ok && nm.Id == name {
			found = true
		}
		return !found
	})
	return found
}
