package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// contextVarFixes returns CT501's fixes for the thread-locals mod defines
// and uses only itself, by name: `_local = threading.local()` becomes one
// ContextVar per attribute the module uses (`_local_user =
// contextvars.ContextVar("user")`), `_local.user = v` becomes
// `_local_user.set(v)`, and `_local.user` and `getattr(_local, "user",
// d)` become `_local_user.get()` and `_local_user.get(d)`.
//
// Unsafe: an unset ContextVar raises LookupError where the thread-local
// raised AttributeError, and a value set in a task does not reach the
// code that created the task. A thread-local that is used in any other
// way (passed on, deleted from, an augmented assignment, hasattr) gets no
// fix; one that another module imports neither (checked when the
// findings are decided).
func contextVarFixes(mod *semantic.Module) map[string]*analysis.Fix {
	if mod.File == nil {
		return nil
	}
	libs := mod.Libraries()
	out := map[string]*analysis.Fix{}
	for _, st := range mod.File.Module.Body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		name, ok := a.Targets[0].(*ast.Name)
		call, isCall := a.Value.(*ast.Call)
		if !ok || !isCall || len(call.Args) > 0 || len(call.Keywords) > 0 ||
			!libs.IsThreadLocal(mod.ResolvePath(semantic.DottedPath(call.Func))) {
			continue
		}
		if fix := contextVarFix(mod, a, name.Id); fix != nil {
			out[mod.Intern(name.Id)] = fix
		}
	}
	return out
}

// contextVarFix rewrites the thread-local name, defined by def, or
// returns nil when one of its uses has no ContextVar form.
func contextVarFix(mod *semantic.Module, def *ast.Assign, name string) *analysis.Fix {
	src := mod.File.Src
	var (
		edits []analysis.Edit
		attrs []string // in order of first use
		ok    = true
	)
	varName := func(attr string) string {
		if !slices.Contains(attrs, attr) {
			attrs = append(attrs, attr)
		}
		return name + "_" + attr
	}
	isLocal := func(e ast.Expr) bool { return semantic.IsName(e, name) }
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.Assign:
			if n == def {
				return false
			}
			t, isAttr := n.Targets[0].(*ast.Attribute)
			if len(n.Targets) != 1 || !isAttr || !isLocal(t.Value) {
				return true
			}
			edits = append(edits,
				analysis.Edit{Pos: t.Pos(), End: n.Value.Pos(), New: varName(t.Attr) + ".set("},
				analysis.Edit{Pos: n.Value.End(), End: n.Value.End(), New: ")"})
			ast.Inspect(n.Value, visit) // its own uses, inside the call
			return false
		case *ast.Call:
			if !semantic.IsName(n.Func, "getattr") || len(n.Args) < 2 || len(n.Args) > 3 || len(n.Keywords) > 0 || !isLocal(n.Args[0]) {
				return true
			}
			k, isStr := n.Args[1].(*ast.Constant)
			attr, _ := k.Value.(string)
			if !isStr || !isIdentifier(attr) {
				ok = false
				return false
			}
			dflt := ""
			if len(n.Args) == 3 {
				if mentions(n.Args[2], name) {
					ok = false
					return false
				}
				dflt = string(src[n.Args[2].Pos():n.Args[2].End()])
			}
			edits = append(edits, analysis.Edit{Pos: n.Pos(), End: n.End(), New: varName(attr) + ".get(" + dflt + ")"})
			return false
		case *ast.Attribute:
			if !isLocal(n.Value) {
				return true
			}
			if n.Ctx != ast.Load {
				ok = false // deleted, augmented, unpacked into
				return false
			}
			edits = append(edits, analysis.Edit{Pos: n.Pos(), End: n.End(), New: varName(n.Attr) + ".get()"})
			return false
		case *ast.Name:
			if n.Id == name {
				ok = false // passed on, rebound, declared global: not only attributes
			}
		}
		return true
	}
	ast.Inspect(mod.File.Module, visit)
	if !ok || len(attrs) == 0 {
		return nil
	}
	var defs []string
	if b := mod.Bindings["contextvars"]; b == nil {
		defs = append(defs, "import contextvars")
	} else if b.Kind != semantic.BindImport || b.Target != "contextvars" {
		return nil
	}
	for _, attr := range attrs {
		if mod.Bindings[name+"_"+attr] != nil {
			return nil // the name the ContextVar would take is taken
		}
		defs = append(defs, fmt.Sprintf("%s_%s = contextvars.ContextVar(%q)", name, attr, attr))
	}
	edits = append(edits, analysis.Edit{Pos: def.Pos(), End: def.End(), New: strings.Join(defs, "\n")})
	return &analysis.Fix{
		Message: fmt.Sprintf("Replace the thread-local `%s` with a `contextvars.ContextVar` per attribute", name),
		Edits:   edits,
	}
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r != '_' && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// importedElsewhere reports whether a module other than m imports m's
// name, or m itself (and may use the name through it).
func importedElsewhere(p *semantic.Program, m *semantic.Module, name string) bool {
	qn := m.Name + "." + name
	for _, other := range p.Modules {
		if other == m {
			continue
		}
		for _, b := range other.Bindings {
			if b.Kind == semantic.BindImport && (b.Target == qn || b.Target == m.Name) {
				return true
			}
		}
	}
	return false
}
