package rules

// Helpers over a def's body (semantic.Function) for the rules that look
// at module state from code.

import (
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// eachOwnNode calls f on the nodes of body that run in its own scope,
// and on the nested def, lambda and class statements themselves, but not
// inside them (their names are their own).
func eachOwnNode(body []ast.Stmt, f func(ast.Node)) {
	visit := func(n ast.Node) bool {
		f(n)
		switch n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
		return true
	}
	for _, st := range body {
		ast.Inspect(st, visit)
	}
}

// returnedParams returns the parameters fn returns as they are (`return
// fn`): a decorator that registers what it decorates hands it back.
func returnedParams(fn *semantic.Function) map[string]bool {
	var out map[string]bool
	eachOwnNode(fn.Body, func(n ast.Node) {
		r, ok := n.(*ast.Return)
		if !ok {
			return
		}
		if nm, ok := r.Value.(*ast.Name); ok && semantic.HasParam(fn.Args, nm.Id) {
			if out == nil {
				out = map[string]bool{}
			}
			out[nm.Id] = true
		}
	})
	return out
}
