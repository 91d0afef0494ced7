package rules

// Helpers over a def's body (semantic.Function) for the rules that look
// at module state from code.

import (
	"strings"

	"github.com/crosstalk-dev/crosstalk/libraries"
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

// calledDef returns the __qualname__ of the def of the module that call,
// in fn, may call: a module-level def by its name, or a method of fn's
// class through fn's first parameter (self.m(...)); "" otherwise.
func calledDef(mod *semantic.Module, fn *semantic.Function, call *ast.Call) string {
	switch f := call.Func.(type) {
	case *ast.Name:
		if b := mod.Bindings[f.Id]; b != nil && b.Kind == semantic.BindFunction && !fn.Local(f.Id) {
			return f.Id
		}
	case *ast.Attribute:
		if recv, ok := f.Value.(*ast.Name); ok && isParam0(fn, recv.Id) {
			if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 {
				if c := mod.Classes[fn.QualName[:i]]; c != nil && c.Methods[f.Attr] != nil {
					return fn.QualName[:i] + "." + f.Attr
				}
			}
		}
	}
	return ""
}

// queryChain reports whether the callee e goes through a model class's
// query manager: Model.objects.filter(...).first,
// Model.query.get, cls.objects.get.
func queryChain(libs *libraries.Index, e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.Attribute:
			if libs.IsQueryManager(x.Attr) && modelLike(x.Value) {
				return true
			}
			e = x.Value
			continue
		case *ast.Call:
			e = x.Func
			continue
		}
		return false
	}
}

// readsRow reports whether e calls through a model's query manager
// (Order.objects.get(...)): it reads a row.
func readsRow(mod *semantic.Module, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok && queryChain(mod.Libraries(), c.Func) {
			found = true
		}
		return !found
	})
	return found
}

// modelLike reports whether e names a model class: a capitalised name
// (Flag, models.Flag), or a name that says it holds a class or a model
// (self.model, cls, object_class, model_cls, klass).
func modelLike(e ast.Expr) bool {
	last := lastName(e)
	if last == "" {
		return false
	}
	if last[0] >= 'A' && last[0] <= 'Z' {
		return true
	}
	lower := strings.ToLower(last)
	return strings.Contains(lower, "model") || lower == "cls" || lower == "klass" ||
		strings.HasSuffix(lower, "_class") || strings.HasSuffix(lower, "_cls")
}
