package rules

// Helpers over a def's body (semantic.Function) for the rules that look
// at module state from code.

import (
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// returnedParams returns the parameters fn returns as they are (`return
// fn`): a decorator that registers what it decorates hands it back.
func returnedParams(fn *semantic.Function) map[string]bool {
	var out map[string]bool
	semantic.EachOwnNode(fn.Body, func(n ast.Node) {
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
