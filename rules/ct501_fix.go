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
	locals := map[string]*threadLocal{}
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
		if locals[name.Id] != nil {
			locals[name.Id].ok = false // bound twice
			continue
		}
		locals[name.Id] = &threadLocal{name: name.Id, def: a, ok: true, seen: map[string]bool{}}
	}
	if len(locals) == 0 {
		return nil
	}
	rewriteUses(mod.File.Src, mod.File.Module, locals)
	out := map[string]*analysis.Fix{}
	for name, tl := range locals {
		if fix := tl.fix(mod); fix != nil {
			out[mod.Intern(name)] = fix
		}
	}
	return out
}

// threadLocal is a module-level thread-local being rewritten: the edits
// of its uses so far, the attributes they use, and whether every use has
// a ContextVar form.
type threadLocal struct {
	name  string
	def   *ast.Assign
	ok    bool
	edits []analysis.Edit
	attrs []string // in order of first use
	seen  map[string]bool
}

// varFor returns the ContextVar that replaces attribute attr.
func (tl *threadLocal) varFor(attr string) string {
	if !tl.seen[attr] {
		tl.seen[attr] = true
		tl.attrs = append(tl.attrs, attr)
	}
	return tl.name + "_" + attr
}

// rewriteUses walks the module once, for every thread-local at once,
// recording the edits of each use or marking the thread-local not
// rewritable: one walk, however many thread-locals a generated module
// defines.
func rewriteUses(src []byte, module *ast.Module, locals map[string]*threadLocal) {
	of := func(e ast.Expr) *threadLocal {
		if nm, ok := e.(*ast.Name); ok {
			return locals[nm.Id]
		}
		return nil
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Assign:
			if tl := of(n.Targets[0]); tl != nil && tl.def == n {
				return false
			}
			t, isAttr := n.Targets[0].(*ast.Attribute)
			if len(n.Targets) != 1 || !isAttr || of(t.Value) == nil {
				return true
			}
			tl := of(t.Value)
			tl.edits = append(tl.edits,
				analysis.Edit{Pos: t.Pos(), End: n.Value.Pos(), New: tl.varFor(t.Attr) + ".set("},
				analysis.Edit{Pos: n.Value.End(), End: n.Value.End(), New: ")"})
			ast.Inspect(n.Value, visit) // its own uses, inside the call
			return false
		case *ast.Call:
			if !semantic.IsName(n.Func, "getattr") || len(n.Args) == 0 || of(n.Args[0]) == nil {
				return true
			}
			tl := of(n.Args[0])
			attr, isStr := "", false
			if len(n.Args) >= 2 {
				if c, ok := n.Args[1].(*ast.Constant); ok {
					attr, isStr = c.Value.(string)
				}
			}
			if len(n.Args) > 3 || len(n.Keywords) > 0 || !isStr || !semantic.IsIdentifier(attr) ||
				len(n.Args) == 3 && semantic.Mentions(n.Args[2], tl.name) {
				tl.ok = false
				return false
			}
			dflt := ""
			if len(n.Args) == 3 {
				dflt = string(src[n.Args[2].Pos():n.Args[2].End()])
			}
			tl.edits = append(tl.edits, analysis.Edit{Pos: n.Pos(), End: n.End(), New: tl.varFor(attr) + ".get(" + dflt + ")"})
			return false
		case *ast.Attribute:
			tl := of(n.Value)
			if tl == nil {
				return true
			}
			if n.Ctx != ast.Load {
				tl.ok = false // deleted, augmented, unpacked into
				return false
			}
			tl.edits = append(tl.edits, analysis.Edit{Pos: n.Pos(), End: n.End(), New: tl.varFor(n.Attr) + ".get()"})
			return false
		case *ast.Name:
			if tl := locals[n.Id]; tl != nil {
				tl.ok = false // passed on, rebound, declared global: not only attributes
			}
		}
		return true
	}
	ast.Inspect(module, visit)
}

// fix returns the fix of tl, or nil when one of its uses has no
// ContextVar form or the names it needs are taken.
func (tl *threadLocal) fix(mod *semantic.Module) *analysis.Fix {
	if !tl.ok || len(tl.attrs) == 0 {
		return nil
	}
	var defs []string
	if b := mod.Bindings["contextvars"]; b == nil {
		defs = append(defs, "import contextvars")
	} else if b.Kind != semantic.BindImport || b.Target != "contextvars" {
		return nil
	}
	for _, attr := range tl.attrs {
		if mod.Bindings[tl.name+"_"+attr] != nil {
			return nil // the name the ContextVar would take is taken
		}
		defs = append(defs, fmt.Sprintf("%s_%s = contextvars.ContextVar(%q)", tl.name, attr, attr))
	}
	edits := append(slices.Clone(tl.edits), analysis.Edit{Pos: tl.def.Pos(), End: tl.def.End(), New: strings.Join(defs, "\n")})
	return &analysis.Fix{
		Message: fmt.Sprintf("Replace the thread-local `%s` with a `contextvars.ContextVar` per attribute", tl.name),
		Edits:   edits,
	}
}

// importsOf finds, once, which names of module m other modules import,
// and whether one imports m itself (and may use any name through it):
// one scan of every module's bindings, however many of m's names are
// asked about.
type importsOf struct {
	m     *semantic.Module
	done  bool
	whole bool
	names map[string]bool
}

// blocks reports whether another module imports m's name, or m.
func (im *importsOf) blocks(p *semantic.Program, name string) bool {
	if !im.done {
		im.done, im.names = true, map[string]bool{}
		prefix := im.m.Name + "."
		for other := range p.AllModules() {
			if other == im.m {
				continue
			}
			for _, b := range other.Bindings {
				switch {
				case b.Kind != semantic.BindImport:
				case b.Target == im.m.Name:
					im.whole = true
				case strings.HasPrefix(b.Target, prefix):
					im.names[b.Target[len(prefix):]] = true
				}
			}
		}
	}
	return im.whole || im.names[name]
}
