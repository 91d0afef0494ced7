package rules

import (
	"fmt"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// LockDoesNotSpanProcesses is CT203.
var LockDoesNotSpanProcesses = &analysis.Analyzer{
	Name: "lock-does-not-span-processes",
	Code: "CT203",
	Doc:  doc("CT203"),
	Run:  runLockDoesNotSpanProcesses,
}

// guardedBlock is a with statement (or acquire ... release) of a def that
// holds a lock and sets up shared state, reduced to what is decided
// with the whole program.
type guardedBlock struct {
	pos, end token.Pos // the lock expression
	lock     string    // as written: "_lock", "cls._lock"
	// name is the module-scope path of a lock named from the module
	// scope; attr the attribute of the def's class otherwise.
	name, attr string
	class      string // QualName of the def's class, or ""
	fn         string
	guards     string // what it guards, for the message: "the creation of `cls._instance`"
	// imported is what it guards, resolved, when that is reached through
	// an import (`sys.modules`, `state.CACHE`): it counts only as a
	// module-level name of the tree.
	imported string
}

func runLockDoesNotSpanProcesses(pass *analysis.Pass) {
	mod := pass.Module
	reportCacheCalls(pass, cacheCalls(mod, func(cs libraries.CacheSetting) []string { return cs.Lock }, true), func(c cacheCall, cache string) string {
		return fmt.Sprintf("`%s(...)` in `%s` takes its key in %s: code in another worker process does not see the key and goes on as if no one held it; take the lock in a store the processes share (a cache such as Redis or Memcached, the database)",
			c.call, c.fn, cache)
	})
	var blocks []guardedBlock
	for _, fn := range mod.Functions() {
		class := ""
		if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 && mod.Classes[fn.QualName[:i]] != nil {
			class = fn.QualName[:i]
		}
		for _, span := range lockBlocks(mod.File.Src, fn.Body) {
			b, ok := guardedBy(mod, fn, class, span)
			if ok {
				blocks = append(blocks, b)
			}
		}
	}
	if len(blocks) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, b := range blocks {
			reportProcessLock(pp, b)
		}
	})
}

// lockBlock is a lock expression and the statements that run holding it.
type lockBlock struct {
	lock ast.Expr
	body []ast.Stmt
}

// lockBlocks returns the with statements of body (any depth, not in
// nested defs) with each context expression, and the runs of statements
// from `x.acquire()` (or `if not x.acquire(...): return`) to `x.release()` in one block.
func lockBlocks(src []byte, body []ast.Stmt) []lockBlock {
	var out []lockBlock
	var block func([]ast.Stmt)
	block = func(stmts []ast.Stmt) {
		for i, st := range stmts {
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.With:
				for _, it := range st.Items {
					out = append(out, lockBlock{it.ContextExpr, st.Body})
				}
			case *ast.AsyncWith:
				for _, it := range st.Items {
					out = append(out, lockBlock{it.ContextExpr, st.Body})
				}
			}
			if lock := semantic.AcquiredLock(st); lock != nil {
				if end := releaseOf(src, lock, stmts[i+1:]); end != nil {
					j := i + 1
					for stmts[j] != end {
						j++
					}
					out = append(out, lockBlock{lock, stmts[i+1 : j+1]})
				}
			}
			ast.EachBlock(st, block)
		}
	}
	block(body)
	return out
}

// guardedBy describes b when its body sets up shared state: it keeps
// an instance (an attribute or global whose name says instance, or in
// __new__), fills a container of the class or the module, or rebinds a
// global.
func guardedBy(mod *semantic.Module, fn *semantic.Function, class string, b lockBlock) (guardedBlock, bool) {
	path := semantic.DottedPath(b.lock)
	if path == "" {
		return guardedBlock{}, false
	}
	g := guardedBlock{pos: b.lock.Pos(), end: b.lock.End(), lock: mod.Intern(path), class: class, fn: mod.Intern(fn.QualName)}
	first, rest, dotted := strings.Cut(path, ".")
	switch {
	case !dotted && !fn.Local(first):
		g.name = mod.Intern(mod.ResolvePath(path))
	case dotted && class != "" && !strings.Contains(rest, ".") && (fn.Local(first) && isParam0(fn, first) || first == mod.Classes[class].Name):
		g.attr = mod.Intern(rest)
	case dotted && !fn.Local(first):
		g.name = mod.Intern(mod.ResolvePath(path))
	default:
		return guardedBlock{}, false
	}
	shared := func(e ast.Expr) bool {
		p := semantic.DottedPath(semantic.ContainerOf(e))
		head, _, _ := strings.Cut(p, ".")
		switch {
		case p == "":
			return false
		case !strings.Contains(p, "."):
			return fn.Global(p) || !fn.Local(p)
		}
		return class != "" && (onClass(fn) && isParam0(fn, head) || head == mod.Classes[class].Name) || !fn.Local(head)
	}
	name := fn.QualName[strings.LastIndexByte(fn.QualName, '.')+1:]
	note := func(p string) {
		head, _, _ := strings.Cut(p, ".")
		if bd := mod.Bindings[head]; bd != nil && bd.Kind == semantic.BindImport && !fn.Local(head) {
			g.imported = mod.Intern(mod.ResolvePath(p))
		}
	}
	semantic.EachOwnNode(b.body, func(n ast.Node) {
		if g.guards != "" {
			return
		}
		// Only what creates shared state counts: a new entry, an
		// instance, a global bound to a value; a lookup, an eviction or
		// a clear under the lock guards no creation.
		var targets []ast.Expr
		switch n := n.(type) {
		case *ast.Assign:
			if !isConstant(n.Value) {
				targets = n.Targets
			}
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && semantic.MutatingCall(n) && !isRemoval(n) && !reorders[f.Attr] && shared(f.Value) {
				g.guards = fmt.Sprintf("the cache `%s`", semantic.DottedPath(semantic.ContainerOf(f.Value)))
				note(semantic.DottedPath(semantic.ContainerOf(f.Value)))
			}
		}
		for _, t := range targets {
			p := semantic.DottedPath(semantic.ContainerOf(t))
			if p == "" || !shared(t) {
				continue
			}
			last := strings.ToLower(p[strings.LastIndexByte(p, '.')+1:])
			switch _, sub := t.(*ast.Subscript); {
			case strings.Contains(last, "instance") || name == "__new__":
				g.guards = fmt.Sprintf("the creation of `%s`", p)
			case sub:
				g.guards = fmt.Sprintf("the cache `%s`", p)
			case fn.Global(p):
				g.guards = fmt.Sprintf("the module state `%s`", p)
			}
			if g.guards != "" {
				note(p)
				break
			}
		}
	})
	if g.guards == "" {
		return guardedBlock{}, false
	}
	g.guards = mod.Intern(g.guards)
	return g, true
}

// reorders are the mutating methods that only reorder a container.
var reorders = map[string]bool{"move_to_end": true, "rotate": true, "sort": true, "reverse": true}

// reportProcessLock reports b when its lock is built at import time by a
// lock factory: a module-level name, or an attribute bound in the class
// body (of the def's class or a base).
func reportProcessLock(pp *analysis.ProgramPass, b guardedBlock) {
	p := pp.Program
	if _, _, binding := p.Global(b.imported); b.imported != "" && binding == nil {
		return // another library's state (sys.modules)
	}
	var owner *semantic.Module
	var value semantic.Value
	where := ""
	switch {
	case b.name != "":
		m, name, binding := p.Global(b.name)
		if binding == nil || binding.Kind != semantic.BindValue {
			return
		}
		owner, value, where = m, binding.Value, fmt.Sprintf("module-level in %s (`%s`)", m.Name, name)
	default:
		c := pp.Module.Classes[b.class]
		a, k := p.LookupAttr(c, b.attr)
		if a == nil {
			return
		}
		owner, value, where = k.Module, a.Value, fmt.Sprintf("a class attribute of %s", k.QualName)
	}
	if value.Kind != semantic.Call {
		return
	}
	factory := p.ResolvePath(owner, value.Callee)
	libs := p.Libraries()
	if !libs.IsLockFactory(factory) {
		return
	}
	d := pp.Diagnosticf(b.pos, b.end,
		"`%s` (`%s()`, %s) is built at import time and guards %s in `%s`: under a pre-fork server (gunicorn, uWSGI, Celery's prefork pool) each worker process has its own copy, so it does not make one object for all processes",
		b.lock, factory, where, b.guards, b.fn)
	if !libs.IsProcessLockFactory(factory) {
		d = d.Lowered("a lock of one process keeps its threads or tasks in step, as it should: it is the state it guards that each worker process has its own copy of")
	}
	d.PerRequest = true
	pp.Report(d)
}
