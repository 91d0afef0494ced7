package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// LoopBoundClientAcrossLoops is CT502.
var LoopBoundClientAcrossLoops = &analysis.Analyzer{
	Name: "loop-bound-client-across-loops",
	Code: "CT502",
	Doc:  doc("CT502"),
	Run:  runLoopBoundClientAcrossLoops,
}

// clientUse is the first read, in a def, of a module-scope name that may
// hold an async client kept for the process; the program decides
// whether it does.
type clientUse struct {
	pos, end token.Pos
	path     string // the name, resolved ("app.db.engine")
	name     string // as written
	// class, for `self.attr` in a method: the method's class
	// (module-qualified), and path the attribute.
	class string
	// closes is how the def closes the client's connections before its
	// run ends (`await engine.dispose()`), "" when it does not.
	closes string
}

func runLoopBoundClientAcrossLoops(pass *analysis.Pass) {
	mod := pass.Module
	libs := mod.Libraries()
	fills := moduleFills(mod)
	var uses []clientUse
	for _, fn := range mod.Functions() {
		// A loop-bound client is used where it is awaited: in async
		// defs, which most modules have none of (and a module's other
		// defs need not ask the program about what they import). A
		// sync def counts where it reads a name the module fills with
		// one, which it hands out (`def get_pool(): global _pool; ...;
		// return _pool`) to async code.
		_, async := fn.Node.(*ast.AsyncFunctionDef)
		if !async && len(fills) == 0 {
			continue
		}
		first := map[string]int{} // name -> its use in uses
		// The receiver of a method, whose attributes its object keeps.
		self, class := "", ""
		if c := classOfDef(mod, fn); c != nil && len(fn.Args.Args) > 0 {
			if m := c.Methods[fn.QualName[strings.LastIndexByte(fn.QualName, '.')+1:]]; m != nil && m.Kind == semantic.InstanceMethod {
				self, class = fn.Args.Args[0].Arg, mod.Name+"."+c.QualName
			}
		}
		// over: the locals bound to a call given a module-scope name
		// (`r = Redis.from_pool(pool)`), by local: the name, and whether
		// the call makes the local own it; closed: the names and locals
		// the def closes.
		type built struct {
			name string
			owns bool
		}
		over := map[string]built{}
		closed := map[string]string{}
		for _, n := range fn.Nodes() {
			switch n := n.(type) {
			case *ast.Assign:
				call, ok := n.Value.(*ast.Call)
				if !ok {
					continue
				}
				qn := mod.ResolveIn(fn, semantic.DottedPath(call.Func))
				if len(n.Targets) == 1 {
					if local, ok := n.Targets[0].(*ast.Name); ok {
						for _, a := range slices.Concat(call.Args, keywordValues(call)) {
							if x, ok := a.(*ast.Name); ok && !fn.Local(x.Id) && mod.Bindings[x.Id] != nil {
								over[local.Id] = built{x.Id, qn != "" && libs.IsPoolOwner(qn)}
							}
						}
					}
				}
			case *ast.Call:
				a, ok := n.Func.(*ast.Attribute)
				if !ok || !libs.IsClose(a.Attr) {
					continue
				}
				if recv := semantic.DottedPath(a.Value); recv != "" && strings.Count(recv, ".") <= 1 {
					closed[recv] = mod.Intern(recv + "." + a.Attr + "()")
				}
			case *ast.Attribute:
				// A module's name read from it (`db.engine`), or an
				// attribute of a module-level object (`database.engine`).
				x, ok := n.Value.(*ast.Name)
				if !ok || n.Ctx != ast.Load || !async {
					continue
				}
				written := x.Id + "." + n.Attr
				if _, seen := first[written]; seen {
					continue
				}
				if x.Id == self && self != "" {
					first[written] = len(uses)
					uses = append(uses, clientUse{pos: n.Pos(), end: n.End(), path: mod.Intern(n.Attr), name: mod.Intern(written), class: mod.Intern(class)})
					continue
				}
				if path := moduleScope(mod, fn, x.Id); path != "" {
					first[written] = len(uses)
					uses = append(uses, clientUse{pos: n.Pos(), end: n.End(), path: mod.Intern(path + "." + n.Attr), name: mod.Intern(written)})
				}
			case *ast.Name:
				if _, seen := first[n.Id]; seen || n.Ctx != ast.Load {
					continue
				}
				if !async && (fn.Local(n.Id) || fills[n.Id] == "") {
					continue // a sync def's reads of what the module fills only
				}
				if path := moduleScope(mod, fn, n.Id); path != "" {
					first[n.Id] = len(uses)
					uses = append(uses, clientUse{pos: n.Pos(), end: n.End(), path: mod.Intern(path), name: mod.Intern(n.Id)})
				}
			}
		}
		for name, i := range first {
			if c := closed[name]; c != "" {
				uses[i].closes = c
				continue
			}
			for local, b := range over {
				if c := closed[local]; c != "" && b.name == name && b.owns {
					uses[i].closes = c
				}
			}
		}
	}
	if len(uses) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		// Each def's use: the driver keeps the first in the file that
		// a new loop runs.
		for _, u := range uses {
			kept := keptLoopClient(pp, u, fills)
			if kept == "" {
				continue
			}
			d := pp.Diagnosticf(u.pos, u.end,
				"`%s` is %s, kept for the process, and code that a request or task runs in a new event loop at each call uses it here: its connections belong to the loop that opened them, and a later run gets them back after that loop has closed (\"Event loop is closed\", \"attached to a different loop\"); build it inside each run and close it before the run ends, or run every call in one event loop the process keeps",
				u.name, kept)
			if u.closes != "" {
				d = d.Lowered(fmt.Sprintf("this def closes it (`%s`) before its run ends: the next run opens connections of its own", u.closes))
			}
			d.AcrossLoops = mod.Intern(u.path)
			if u.class != "" {
				d.AcrossLoops, d.AcrossLoopsOn = mod.Intern(u.class+"."+u.path), u.class
			}
			pp.Report(d)
		}
	})
}

// moduleScope returns what name, read in fn, is as a module-scope name
// resolved: the module's own or one it imports, also by an import in fn
// or a def around it (`from app.db import Session` in the body); "" for
// any other local.
func moduleScope(mod *semantic.Module, fn *semantic.Function, name string) string {
	if fn.Local(name) {
		return mod.ResolveIn(fn, name)
	}
	if mod.Bindings[name] == nil {
		return ""
	}
	return mod.ResolveName(name)
}

// moduleFills returns the module-scope names the defs of mod fill with
// a loop-bound client that keeps its connections (`global _engine;
// _engine = create_async_engine(...)`, `_pools[key] = create_pool(...)`),
// by name: the factory called.
func moduleFills(mod *semantic.Module) map[string]string {
	libs := mod.Libraries()
	var fills map[string]string
	for _, fn := range mod.Functions() {
		for _, n := range fn.Nodes() {
			a, ok := n.(*ast.Assign)
			if !ok {
				continue
			}
			call, ok := a.Value.(*ast.Call)
			if !ok || !libs.IsClientFactoryName(lastName(call.Func)) {
				continue // resolving costs a string: most calls are no factory's
			}
			qn := mod.ResolveIn(fn, semantic.DottedPath(call.Func))
			if qn == "" || !libs.KeepsLoopConnections(qn, semantic.KeywordNames(call, func(p string) string { return mod.ResolveIn(fn, p) })) {
				continue
			}
			for _, t := range a.Targets {
				if name := filledName(mod, fn, t); name != "" {
					if fills == nil {
						fills = map[string]string{}
					}
					fills[mod.Intern(name)] = mod.Intern(qn)
				}
			}
		}
	}
	return fills
}

// filledName returns the module-scope name that t, an assignment target
// in fn, fills: a name fn declares global, or an item of a module-scope
// name fn does not bind; "" for any other target.
func filledName(mod *semantic.Module, fn *semantic.Function, t ast.Expr) string {
	switch t := t.(type) {
	case *ast.Name:
		if fn.Global(t.Id) {
			return t.Id
		}
	case *ast.Subscript:
		if x, ok := t.Value.(*ast.Name); ok && !fn.Local(x.Id) && mod.Bindings[x.Id] != nil {
			return x.Id
		}
	}
	return ""
}

// keptLoopClient returns what u's name holds, said for a message ("a
// `create_async_engine()` client"), when that is a client bound to an
// event loop that the process keeps: a module-level one built at import
// that keeps its connections (no NullPool), a session factory bound to
// one, or one a def of the module fills (fills); else "".
func keptLoopClient(pp *analysis.ProgramPass, u clientUse, fills map[string]string) string {
	p := pp.Program
	libs := p.Libraries()
	if u.class != "" {
		return selfLoopClient(p, u.class, u.path)
	}
	m, name, b := p.Global(u.path)
	if m == nil {
		return objectLoopClient(p, u.path)
	}
	if m == pp.Module && fills[name] != "" {
		return fmt.Sprintf("filled with a `%s()` client by this module's code", shortName(fills[name]))
	}
	qn, ok := loopClientAt(p, m, b)
	if !ok {
		return ""
	}
	if !libs.IsSessionFactory(qn) {
		return fmt.Sprintf("a `%s()` client built at import", shortName(qn))
	}
	// A session factory keeps no connection: the engine it binds does.
	for _, g := range b.Value.Given {
		if k, v, _ := strings.Cut(g, "="); k == "0" || k == "bind" {
			if em, _, eb := p.Global(p.ResolvePath(m, v)); em != nil {
				if eqn, ok := loopClientAt(p, em, eb); ok && !libs.IsSessionFactory(eqn) {
					return fmt.Sprintf("a `%s()` session factory built at import over a `%s()` engine", shortName(qn), shortName(eqn))
				}
			}
		}
	}
	return ""
}

// objectLoopClient returns what path, an attribute of a module-level
// object ("app.db.database.engine"), holds, said for a message, when the
// object's class keeps a loop-bound client in it (Class.LoopClients);
// else "".
func objectLoopClient(p *semantic.Program, path string) string {
	i := strings.LastIndexByte(path, '.')
	if i < 0 {
		return ""
	}
	m, _, b := p.Global(path[:i])
	if m == nil || b.Kind != semantic.BindValue || b.Value.Kind != semantic.Call || b.Value.Callee == "" {
		return ""
	}
	return classLoopClient(p, p.Class(p.ResolvePath(m, b.Value.Callee)), path[i+1:])
}

// classLoopClient returns what attr of an object of class c holds, said
// for a message, when c keeps a loop-bound client in it
// (Class.LoopClients); else "".
func classLoopClient(p *semantic.Program, c *semantic.Class, attr string) string {
	if c == nil {
		return ""
	}
	for _, k := range p.MRO(c) {
		if qn := k.LoopClients[attr]; qn != "" {
			return fmt.Sprintf("a `%s()` %s that the module-level `%s` object keeps", shortName(qn), clientWord(p, qn), c.QualName)
		}
	}
	return ""
}

// selfLoopClient returns what attr of an object of class holds, said
// for a message, when the class keeps a loop-bound client in it
// (Class.LoopClients) and the tree keeps an object of it at module
// level; else "".
func selfLoopClient(p *semantic.Program, class, attr string) string {
	c := p.Class(class)
	if kept := classLoopClient(p, c, attr); kept != "" && p.HasModuleInstance(c) {
		return kept
	}
	return ""
}

// clientWord names what the factory qn builds, for a message.
func clientWord(p *semantic.Program, qn string) string {
	if p.Libraries().IsSessionFactory(qn) {
		return "session factory"
	}
	return "client"
}

// loopClientAt returns the client factory b, a module-level binding of
// m, is a call of, when it builds a client bound to an event loop that
// keeps its connections.
func loopClientAt(p *semantic.Program, m *semantic.Module, b *semantic.Binding) (string, bool) {
	if b == nil || b.Kind != semantic.BindValue || b.Value.Kind != semantic.Call || b.Value.Callee == "" {
		return "", false
	}
	libs := p.Libraries()
	qn := p.ResolvePath(m, b.Value.Callee)
	if !libs.IsClientFactory(qn) {
		return "", false // most names are no client's: nothing more resolved
	}
	var keywords []string
	for _, g := range b.Value.Given {
		if k, v, _ := strings.Cut(g, "="); k != "" && (k[0] < '0' || k[0] > '9') {
			keywords = append(keywords, k+"="+p.ResolvePath(m, v))
		}
	}
	return qn, libs.KeepsLoopConnections(qn, keywords)
}

// shortName is qn's last name, with its class's for a class method
// that builds one ("ConnectionPool.from_url"), as a message shows a
// factory.
func shortName(qn string) string {
	parts := strings.Split(qn, ".")
	n := 1
	if len(parts) > 1 && strings.HasPrefix(parts[len(parts)-1], "from_") {
		n = 2
	}
	return strings.Join(parts[len(parts)-n:], ".")
}
