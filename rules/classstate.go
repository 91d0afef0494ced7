package rules

// Helpers shared by the class-state rules (CT10x): where a method mutates
// an attribute in place, and whose attribute it is. They are syntax and
// model queries, not one rule's results, so sharing them keeps the rules
// independent.

import (
	"slices"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// mutation is one place a method mutates recv.attr.
type mutation struct {
	node ast.Node
	recv ast.Expr // self, cls, ClassName, type(self), self.__class__
	attr string
}

// mutations lists the mutations of attributes of a receiver expression in
// m's body, in source order. Nested functions and lambdas are included
// (a closure over self mutates the same object) unless they rebind the
// receiver name as a parameter.
func mutations(m *semantic.Method) []mutation {
	var out []mutation
	add := func(node ast.Node, e ast.Expr) {
		if a, ok := e.(*ast.Attribute); ok {
			out = append(out, mutation{node: node, recv: a.Value, attr: a.Attr})
		}
	}
	inspectMethodBody(m, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				if s, ok := t.(*ast.Subscript); ok {
					add(n, s.Value)
				}
			}
		case *ast.Delete:
			for _, t := range n.Targets {
				if s, ok := t.(*ast.Subscript); ok {
					add(n, s.Value)
				}
			}
		case *ast.AugAssign:
			switch t := n.Target.(type) {
			case *ast.Subscript:
				add(n, t.Value)
			case *ast.Attribute:
				add(n, t) // += on a list or |= on a dict mutates it in place
			}
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && semantic.IsMutatingMethod(f.Attr) {
				add(n, f.Value)
			}
		}
	})
	return out
}

// inspectMethodBody calls f on every node of m's body that runs with m's
// receiver in scope: nested functions and lambdas are included (a closure
// over self sees the same object) unless they rebind the receiver name as
// a parameter; nested classes are not.
func inspectMethodBody(m *semantic.Method, f func(ast.Node)) {
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			if hasParam(n.Args, m.Self) {
				return false
			}
		case *ast.AsyncFunctionDef:
			if hasParam(n.Args, m.Self) {
				return false
			}
		case *ast.Lambda:
			if hasParam(n.Args, m.Self) {
				return false
			}
		case *ast.ClassDef:
			return false
		}
		f(n)
		return true
	}
	for _, s := range m.Body {
		ast.Inspect(s, visit)
	}
}

func hasParam(args *ast.Arguments, name string) bool {
	for _, list := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs} {
		for _, a := range list {
			if a.Arg == name {
				return true
			}
		}
	}
	return args.Vararg != nil && args.Vararg.Arg == name || args.Kwarg != nil && args.Kwarg.Arg == name
}

// receiver says whose attribute recv.attr is: the class it is looked up
// on, how the message names the receiver, and whether it is the instance
// (self) rather than the class.
func receiver(p *semantic.Program, mod *semantic.Module, c *semantic.Class, m *semantic.Method, recv ast.Expr) (via string, target *semantic.Class, isSelf bool) {
	switch r := recv.(type) {
	case *ast.Name:
		if r.Id == m.Self && m.Self != "" {
			return r.Id, c, m.Kind == semantic.InstanceMethod || m.Kind == semantic.Property
		}
		if k := p.Class(p.Resolve(mod, r)); k != nil {
			return r.Id, k, false
		}
	case *ast.Call: // type(self)
		if semantic.IsName(r.Func, "type") && len(r.Args) == 1 && semantic.IsName(r.Args[0], m.Self) && m.Self != "" {
			return "type(" + m.Self + ")", c, false
		}
	case *ast.Attribute: // self.__class__
		if r.Attr == "__class__" && semantic.IsName(r.Value, m.Self) && m.Self != "" {
			return m.Self + ".__class__", c, false
		}
	}
	return "", nil, false
}

// rebindsInInit reports whether __init__ of c or a base (or a method it
// calls) assigns self.attr, giving each instance its own container.
func rebindsInInit(p *semantic.Program, c *semantic.Class, attr string) bool {
	for _, k := range p.MRO(c) {
		if _, ok := k.InstanceAttrs[attr]; ok {
			return true
		}
	}
	return false
}

// runsAtImport reports whether m runs once per class or once per process,
// when classes are built or the application starts, rather than per
// request: class-creation hooks, startup hooks, methods applied as a
// decorator or called by module-level code (also through a subclass), and
// methods that only such a method calls on its class.
func runsAtImport(p *semantic.Program, c *semantic.Class, m *semantic.Method) bool {
	if isStartupHook(p, c, m) || p.CalledAtImport(c.QualifiedName()+"."+m.Name) {
		return true
	}
	return calledOnlyFromHooks(p, c, m)
}

// isStartupHook: methods Python or a framework calls once per class or
// once per process. graphene calls __init_subclass_with_meta__ from
// __init_subclass__; Django calls AppConfig.ready once, at startup.
func isStartupHook(p *semantic.Program, c *semantic.Class, m *semantic.Method) bool {
	switch m.Name {
	case "__init_subclass__", "__set_name__", "__class_getitem__", "__init_subclass_with_meta__":
		return true
	case "ready":
		return slices.ContainsFunc(p.AncestorNames(c), func(qn string) bool {
			return qn == "django.apps.AppConfig" || qn == "django.apps.config.AppConfig"
		})
	}
	return false
}

// calledOnlyFromHooks reports whether m is called on its class
// (`cls.m()`, `self.m()`) from a startup hook of the class, directly or
// through other such methods, and nowhere else in the module.
func calledOnlyFromHooks(p *semantic.Program, c *semantic.Class, m *semantic.Method) bool {
	startup := map[*semantic.Method]bool{}
	var queue []*semantic.Method
	for _, k := range p.MRO(c) {
		for _, d := range k.Defs {
			if isStartupHook(p, k, d) {
				startup[d] = true
				queue = append(queue, d)
			}
		}
	}
	reached := false
	for len(queue) > 0 {
		h := queue[0]
		queue = queue[1:]
		for _, name := range selfCalls(h) {
			if name == m.Name {
				reached = true
			}
			for _, k := range p.MRO(c) {
				if d := k.Methods[name]; d != nil && !startup[d] {
					startup[d] = true
					queue = append(queue, d)
				}
			}
		}
	}
	if !reached {
		return false
	}
	// Any other call of .name() in the module may run per request.
	other := false
	skip := map[ast.Node]bool{}
	for d := range startup {
		skip[d.Node] = true
	}
	ast.Inspect(c.Module.File.Module, func(n ast.Node) bool {
		if other || skip[n] {
			return false
		}
		if call, ok := n.(*ast.Call); ok {
			if f, ok := call.Func.(*ast.Attribute); ok && f.Attr == m.Name {
				other = true
			}
		}
		return !other
	})
	return !other
}

// selfCalls lists the names of the methods m calls on its own receiver:
// self.name(...), cls.name(...).
func selfCalls(m *semantic.Method) []string {
	var names []string
	if m.Self == "" {
		return nil
	}
	inspectMethodBody(m, func(n ast.Node) {
		if call, ok := n.(*ast.Call); ok {
			if f, ok := call.Func.(*ast.Attribute); ok && semantic.IsName(f.Value, m.Self) {
				names = append(names, f.Attr)
			}
		}
	})
	return names
}
