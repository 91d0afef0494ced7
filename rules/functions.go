package rules

// The defs of a module with what their scopes bind: the rules that look
// at module state from code (CT204) ask which names of a body are the
// module's and which are the function's own.

import (
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// function is one def of a module: at module level, in a class body, or
// nested in another def.
type function struct {
	qualName string // "f", "C.m", "f.<locals>.g", as __qualname__
	node     ast.Stmt
	args     *ast.Arguments
	body     []ast.Stmt
	// local holds the names its body reads from its own scope or an
	// enclosing def's: parameters, assignment targets, imports, nested
	// defs and classes, except and match names, less what it declares
	// global. globals holds what it declares global.
	local, globals map[string]bool
}

// eachFunction calls visit on every def of body, outer before inner, in
// source order.
func eachFunction(body []ast.Stmt, visit func(*function)) {
	var walk func(stmts []ast.Stmt, prefix string, enclosing map[string]bool)
	walk = func(stmts []ast.Stmt, prefix string, enclosing map[string]bool) {
		for _, st := range stmts {
			ast.Inspect(st, func(n ast.Node) bool {
				var fn *function
				switch n := n.(type) {
				case *ast.FunctionDef:
					fn = newFunction(prefix+n.Name, n, n.Args, n.Body, enclosing)
				case *ast.AsyncFunctionDef:
					fn = newFunction(prefix+n.Name, n, n.Args, n.Body, enclosing)
				case *ast.ClassDef:
					// A class body's names are not its methods' scope.
					walk(n.Body, prefix+n.Name+".", enclosing)
					return false
				case *ast.Lambda:
					return false
				default:
					return true
				}
				visit(fn)
				walk(fn.body, fn.qualName+".<locals>.", fn.local)
				return false
			})
		}
	}
	walk(body, "", nil)
}

func newFunction(qualName string, node ast.Stmt, args *ast.Arguments, body []ast.Stmt, enclosing map[string]bool) *function {
	fn := &function{qualName: qualName, node: node, args: args, body: body, local: map[string]bool{}, globals: map[string]bool{}}
	for name := range enclosing {
		fn.local[name] = true
	}
	for _, list := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs, {args.Vararg, args.Kwarg}} {
		for _, a := range list {
			if a != nil {
				fn.local[a.Arg] = true
			}
		}
	}
	bind := func(name string) {
		if name != "" {
			fn.local[name] = true
		}
	}
	eachOwnNode(body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Name:
			if n.Ctx == ast.Store || n.Ctx == ast.Del {
				bind(n.Id)
			}
		case *ast.FunctionDef:
			bind(n.Name)
		case *ast.AsyncFunctionDef:
			bind(n.Name)
		case *ast.ClassDef:
			bind(n.Name)
		case *ast.Alias:
			name := n.Asname
			if name == "" {
				name, _, _ = strings.Cut(n.Name, ".")
			}
			bind(name)
		case *ast.ExceptHandler:
			bind(n.Name)
		case *ast.MatchAs:
			bind(n.Name)
		case *ast.MatchStar:
			bind(n.Name)
		case *ast.MatchMapping:
			bind(n.Rest)
		case *ast.Global:
			for _, name := range n.Names {
				fn.globals[name] = true
			}
		}
	})
	for name := range fn.globals {
		delete(fn.local, name)
	}
	return fn
}

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
func returnedParams(fn *function) map[string]bool {
	var out map[string]bool
	eachOwnNode(fn.body, func(n ast.Node) {
		r, ok := n.(*ast.Return)
		if !ok {
			return
		}
		if nm, ok := r.Value.(*ast.Name); ok && semantic.HasParam(fn.args, nm.Id) {
			if out == nil {
				out = map[string]bool{}
			}
			out[nm.Id] = true
		}
	})
	return out
}
