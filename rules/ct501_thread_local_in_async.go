package rules

import (
	"fmt"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ThreadLocalInAsync is CT501.
var ThreadLocalInAsync = &analysis.Analyzer{
	Name: "thread-local-in-async",
	Code: "CT501",
	Doc:  doc("CT501"),
	Run:  runThreadLocalInAsync,
}

// localUse is an attribute of a module-scope name read or written in
// async code, decided with the program to be a thread-local's.
type localUse struct {
	pos, end token.Pos
	path     string // the name, resolved ("app.ctx._local")
	written  string // as written: "_local.user"
	fn       string // the def, as __qualname__
	via      string // the async def that calls fn, when fn is a sync helper
	store    bool
}

func runThreadLocalInAsync(pass *analysis.Pass) {
	mod := pass.Module
	fns := mod.Functions()
	// The async defs, and the sync defs of the module they call, to three
	// calls deep: those run on the event loop's thread too.
	var frontier []*semantic.Function
	for _, fn := range fns {
		if _, async := fn.Node.(*ast.AsyncFunctionDef); async {
			frontier = append(frontier, fn)
		}
	}
	if len(frontier) == 0 {
		return // most modules
	}
	onLoop := map[*semantic.Function]string{} // the def -> the async def it runs for
	for _, fn := range frontier {
		onLoop[fn] = fn.QualName
	}
	byName := map[string]*semantic.Function{}
	for _, fn := range fns {
		byName[fn.QualName] = fn
	}
	for range 3 {
		var next []*semantic.Function
		for _, fn := range frontier {
			fn.EachNode(func(n ast.Node) {
				call, ok := n.(*ast.Call)
				if !ok {
					return
				}
				if callee := byName[calledDef(mod, fn, call)]; callee != nil {
					if _, seen := onLoop[callee]; !seen {
						onLoop[callee] = onLoop[fn]
						next = append(next, callee)
					}
				}
			})
		}
		frontier = next
	}
	var uses []localUse
	for _, fn := range fns {
		root, ok := onLoop[fn]
		if !ok {
			continue
		}
		seen := map[string]bool{}
		fn.EachNode(func(n ast.Node) {
			a, ok := n.(*ast.Attribute)
			if !ok {
				return
			}
			x, ok := a.Value.(*ast.Name)
			if !ok || seen[x.Id+"."+a.Attr] || fn.Local(x.Id) || mod.Bindings[x.Id] == nil {
				return
			}
			seen[x.Id+"."+a.Attr] = true
			u := localUse{pos: a.Pos(), end: a.End(), path: mod.Intern(mod.ResolveName(x.Id)),
				written: mod.Intern(x.Id + "." + a.Attr), fn: mod.Intern(fn.QualName), store: a.Ctx == ast.Store}
			if root != fn.QualName {
				u.via = mod.Intern(root)
			}
			uses = append(uses, u)
		})
	}
	if len(uses) == 0 {
		return
	}
	// A read leaks another task's value only if some task sets it: reads
	// of what no async code of the module sets (an event loop's own
	// per-thread state, set by its scheduler) are low.
	stored := map[string]bool{}
	for _, u := range uses {
		if u.store {
			stored[u.path+"."+u.written] = true
		}
	}
	fixes := contextVarFixes(mod)
	pass.Defer(func(pp *analysis.ProgramPass) {
		imports := &importsOf{m: pp.Module}
		for _, u := range uses {
			reportThreadLocal(pp, u, u.store || stored[u.path+"."+u.written], fixes, imports)
		}
	})
}

// reportThreadLocal reports u when its name is bound at module level to
// a thread-local object: threading.local(), or an instance of a class of
// the tree derived from it; with its fix from fixes (contextVarFixes) when
// the module defines it and no other module imports it or the module.
func reportThreadLocal(pp *analysis.ProgramPass, u localUse, setInAsync bool, fixes map[string]*analysis.Fix, imports *importsOf) {
	p := pp.Program
	m, name, b := p.Global(u.path)
	if b == nil || b.Kind != semantic.BindValue || b.Value.Kind != semantic.Call {
		return
	}
	qn := p.ResolvePath(m, b.Value.Callee)
	libs := p.Libraries()
	threadLocal := libs.IsThreadLocal(qn)
	if c := p.Class(qn); c != nil && !threadLocal {
		for _, a := range p.AncestorNames(c) {
			threadLocal = threadLocal || libs.IsThreadLocal(a)
		}
	}
	if !threadLocal {
		return
	}
	what := "reads"
	if u.store {
		what = "sets"
	}
	where := fmt.Sprintf("`async def %s`", u.fn)
	if u.via != "" {
		where = fmt.Sprintf("`%s`, which `async def %s` calls,", u.fn, u.via)
	}
	d := pp.Diagnosticf(u.pos, u.end,
		"%s %s `%s` on `%s.%s`, a thread-local: the async tasks of an event loop share its one thread, so each reads what another task left; use a `contextvars.ContextVar`",
		where, what, u.written, m.Name, name)
	if !setInAsync {
		d = d.Lowered(fmt.Sprintf("no async code of this module sets `%s`: a read leaks nothing unless a task sets it", u.written))
	}
	if fix := fixes[name]; fix != nil && m == pp.Module && !imports.blocks(p, name) {
		d.Fix = fix
	}
	pp.Report(d)
}
