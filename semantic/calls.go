package semantic

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/crosstalk-dev/crosstalk/internal/parallel"
	"github.com/crosstalk-dev/crosstalk/internal/slab"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// The call-site index: every place the tree calls `X.name(...)` (or
// takes `X.name` without calling it) where name is a method of some class
// of the tree, with the function it sits in and the class its receiver
// resolves to. Each module records its sites with their receivers
// described when it is modelled (collectSites, one walk of its tree).
// Once every module is known, NewProgram answers from them which methods
// run only at startup (StartupOnly), resolving the receivers of the few
// sites that answer depends on.

// Dispatch says which definitions a call site may run.
type Dispatch uint8

const (
	// Unknown: the receiver was not resolved; the site may call any
	// method of that name.
	Unknown Dispatch = iota
	// Exact: ClassName.name(...), Class(...).name(...): the definition
	// that lookup on Recv finds.
	Exact
	// Virtual: self.name(...), cls.name(...), type(self).name(...), a
	// module-level instance: that definition, or an override in a
	// subclass of Recv.
	Virtual
	// Super: super().name(...) in a method of Recv: the definition found
	// after Recv in its MRO.
	Super
)

// CallSite is one call, or one reference, of an attribute named like a
// method of the tree.
type CallSite struct {
	Module *Module
	Name   string    // the attribute
	Pos    token.Pos // the call; the attribute for a reference or a decorator
	// AtImport: the site runs at import time (module-level code or a
	// class body there), not inside a def or lambda.
	AtImport bool
	// Method is the method the site is in, directly (not in a closure
	// inside it); nil otherwise.
	Method *Method
	// Recv is the class the receiver resolves to (nil when Unknown).
	Recv     *Class
	Dispatch Dispatch
	// Ref: the method is taken as a value, not called (a callback, a
	// signal receiver); it may then be called from anywhere.
	Ref bool
	// Global is the module-level name, qualified, of the receiver when it
	// is one bound to an instance of Recv (`tracker.seen(x)`, `tracker =
	// Tracker()`): the one object of that name; "" otherwise.
	Global string
}

// CallSites returns the sites of attribute name in the tree, in module
// order then source order. There are none for a name that no class of
// the tree defines as a method.
func (p *Program) CallSites(name string) []CallSite {
	return slices.Collect(p.EachCallSite(name))
}

// EachCallSite yields the sites CallSites returns, resolving each only
// as it is asked for: a caller that stops at the first site it cannot
// use resolves no more.
func (p *Program) EachCallSite(name string) iter.Seq[CallSite] {
	return func(yield func(CallSite) bool) {
		p.readEverything() // the sites of a name are in any module
		if len(p.definersOf(name)) == 0 {
			return
		}
		ix := p.siteNames
		ix.once.Do(func() {
			ix.of = map[string][]siteRef{}
			for i, m := range ix.p.sited {
				for j := range m.sites {
					name := m.sites[j].name
					ix.of[name] = append(ix.of[name], siteRef{int32(i), int32(j)})
				}
			}
		})
		caches := map[int32]resolved{}
		for _, r := range ix.of[name] {
			m := p.sited[r.mod]
			cache := caches[r.mod]
			if cache == nil {
				cache = resolved{}
				caches[r.mod] = cache
			}
			if s, ok := p.callSite(m, &m.sites[r.site], cache); ok && !yield(s) {
				return
			}
		}
	}
}

// ScanCallSites yields the sites CallSites returns, of the modules in
// only when only is not nil, in one pass over their sites rather than
// through the index by name, which holds every site of the tree: for a
// question asked of few names (the driver's of a method that start-up
// code calls), the index would cost more memory than the answers.
func (p *Program) ScanCallSites(name string, only map[*Module]bool) iter.Seq[CallSite] {
	return func(yield func(CallSite) bool) {
		if only == nil {
			p.readEverything()
		}
		if len(p.definersOf(name)) == 0 {
			return
		}
		for _, m := range p.sited {
			if only != nil && !only[m] {
				continue
			}
			var cache resolved
			for j := range m.sites {
				if m.sites[j].name != name {
					continue
				}
				if cache == nil {
					cache = resolved{}
				}
				if s, ok := p.callSite(m, &m.sites[j], cache); ok && !yield(s) {
					return
				}
			}
		}
	}
}

// siteNameIndex holds, by name, where the sites of the program's sited
// modules are, found once when CallSites is first asked: each ask then
// resolves its name's sites only, not every module's.
type siteNameIndex struct {
	once sync.Once
	p    *Program
	of   map[string][]siteRef
}

// siteRef is site site of the sited module mod.
type siteRef struct{ mod, site int32 }

// sitesNamed resolves the sites of the given names, by name, in module
// order then source order. Modules are resolved in parallel.
func (p *Program) sitesNamed(names map[string]bool) map[string][]CallSite {
	perModule := make([]map[string][]CallSite, len(p.sited))
	parallel.For(len(p.sited), func(i int) {
		m := p.sited[i]
		var cache resolved
		for j := range m.sites {
			ps := &m.sites[j]
			if !names[ps.name] {
				continue
			}
			if cache == nil {
				cache, perModule[i] = resolved{}, map[string][]CallSite{}
			}
			if s, ok := p.callSite(m, ps, cache); ok {
				perModule[i][ps.name] = append(perModule[i][ps.name], s)
			}
		}
	})
	out := map[string][]CallSite{}
	for _, sites := range perModule {
		for name, ss := range sites {
			out[name] = append(out[name], ss...)
		}
	}
	return out
}

// callSite resolves the receiver of site ps of module m; ok is false when
// it cannot be an object of the tree (then it is not a site at all).
func (p *Program) callSite(m *Module, ps *pendingSite, cache resolved) (s CallSite, ok bool) {
	recv, dispatch, ok := p.resolveRecv(m, &ps.recv, cache)
	if !ok {
		return CallSite{}, false
	}
	s = CallSite{Module: m, Name: ps.name, Pos: ps.recv.pos, AtImport: ps.recv.atImport,
		Method: ps.method, Recv: recv, Dispatch: dispatch, Ref: ps.recv.ref}
	if recv != nil && dispatch == Virtual {
		switch ps.recv.kind {
		case recvNamed:
			s.Global = p.Canonical(p.ResolvePath(m, ps.recv.path))
		case recvImported:
			s.Global = p.Canonical(ps.recv.path)
		}
	}
	return s, true
}

// mayCall reports whether the site may run the method name that class k
// defines.
func (p *Program) mayCall(s *CallSite, k *Class, name string) bool {
	switch s.Dispatch {
	case Unknown:
		return true
	case Exact:
		return definer(p.MRO(s.Recv), name) == k
	case Virtual:
		return definer(p.MRO(s.Recv), name) == k || slices.Contains(p.MRO(k), s.Recv)
	case Super:
		order := p.MRO(s.Recv)
		return len(order) > 1 && definer(order[1:], name) == k
	}
	return false
}

// definer returns the first class of order that defines method name.
func definer(order []*Class, name string) *Class {
	for _, k := range order {
		if k.Methods[name] != nil {
			return k
		}
	}
	return nil
}

// CalledOnlyOnSelf reports whether every site of the tree that may call
// c's method name is a call on self in a method of c itself: no code
// outside the class calls it, and none takes it as a value. A site
// whose receiver is a class unrelated to c calls another method. Test
// modules are not indexed.
func (p *Program) CalledOnlyOnSelf(c *Class, name string) bool {
	for s := range p.EachCallSite(name) {
		if s.Recv != nil && !p.Related(s.Recv, c) {
			continue
		}
		if s.Ref || s.Method == nil || s.Method.Class != c || s.Dispatch != Virtual || s.Recv != c {
			return false
		}
	}
	return true
}

// RebindsFirstOnSelf reports whether mu, a mutation of c's method name,
// changes its instance's own container by its callers
// (Mutation.ByCallersInClass): every site of the tree that may call the
// method, and the public methods between it and those that rebind the
// attribute (Via), calls it on self in c.
func (p *Program) RebindsFirstOnSelf(c *Class, name string, mu Mutation) bool {
	if !mu.ByCallersInClass || !p.CalledOnlyOnSelf(c, name) {
		return false
	}
	for _, v := range mu.Via {
		if !p.CalledOnlyOnSelf(c, v) {
			return false
		}
	}
	return true
}

// CalledOnlyOnLocalSubclasses returns a class that a function defines
// (its QualName holds "<locals>"), a subclass of c, when every site of
// the tree that may call c's method name calls it on such a class, by
// name, and there is one site at least: a classmethod that writes
// through cls then writes on a class each call of the function makes
// anew. It returns nil otherwise.
func (p *Program) CalledOnlyOnLocalSubclasses(c *Class, name string) *Class {
	var local *Class
	for s := range p.EachCallSite(name) {
		if s.Recv != nil && !p.Related(s.Recv, c) {
			continue
		}
		if s.Ref || s.Recv == nil || s.Recv == c || s.Dispatch != Exact ||
			!strings.Contains(s.Recv.QualName, "<locals>") || !slices.Contains(p.MRO(s.Recv), c) {
			return nil
		}
		if local == nil {
			local = s.Recv
		}
	}
	return local
}

// StartupOnly reports whether method m of class c runs only at startup:
// it is a startup hook (isStartupHook), or it has call sites, is reached
// from a startup hook or import-time code through resolved calls, and
// every one of its call sites in the whole tree is import-time code or
// inside a method that is itself startup-only.
//
// Receivers are resolved through imports, aliases and re-exports, self
// and cls (with overrides in subclasses), type(self), super(), Class(...)
// and module-level instances (`registry = Registry()`). A site whose
// receiver is unknown may call any method of its name, so it counts
// against every one of them, whether or not the name is unique to one
// class: the verdict then depends on where the site sits, never on a
// guess of its target. It never proves a call, though: only resolved
// sites make a method reachable from startup code. A receiver known not
// to be an object of the tree (a module, a name imported from outside
// the tree, a literal, a class attribute holding a literal or a builtin
// container) is not a site at all. Sites inside plain functions, nested
// functions and lambdas count as per-request: they may run at any time.
// Test modules (Module.IsTest) are not indexed: a test that calls a setup
// method again does not make it run per request in production.
func (p *Program) StartupOnly(c *Class, m *Method) bool {
	if p.reads != nil {
		p.reads.key(&p.reads.startup, c.QualifiedName()+"."+m.Name)
	}
	return p.startupKey(methodKey{c, m.Name})
}

// startupKey is StartupOnly for a method's key, also in a program With
// made (restarted).
func (p *Program) startupKey(k methodKey) bool { return p.startup[k] || p.restarted[k] }

// isStartupHook reports whether m is a method Python or a framework calls
// once per class or once per process: Python's class-creation hooks, a
// library's (graphene's __init_subclass_with_meta__, called from
// __init_subclass__), and a library's startup methods (Django's
// AppConfig.ready, once, at startup).
func (p *Program) isStartupHook(c *Class, m *Method) bool {
	switch m.Name {
	case "__init_subclass__", "__set_name__", "__class_getitem__":
		return true
	}
	if p.libs.IsClassCreationHook(m.Name) {
		return true
	}
	if !p.libs.IsStartupMethodName(m.Name) {
		return false
	}
	return slices.ContainsFunc(p.AncestorNames(c), func(qn string) bool {
		return p.libs.IsStartupMethod(qn, m.Name)
	})
}

// methodKey names the methods called name defined by a class (a property
// and its setter share one).
type methodKey struct {
	class *Class
	name  string
}

// indexCalls finds the modules with call sites (collectSites recorded
// them when each module was modelled) and computes p.startup from them.
func (p *Program) indexCalls(modules []*Module) {
	p.definers = map[string][]*Class{}
	hooks := map[methodKey]bool{}
	for _, m := range modules {
		if p.ByPath[m.Path] != m {
			continue
		}
		if len(m.sites) > 0 {
			p.sited = append(p.sited, m)
		}
		for _, c := range m.Classes {
			for _, d := range c.Defs {
				if c.Methods[d.Name] == d {
					p.definers[d.Name] = append(p.definers[d.Name], c)
				}
				if p.isStartupHook(c, d) {
					hooks[methodKey{c, d.Name}] = true
				}
			}
		}
	}
	for _, ks := range p.definers {
		sortClasses(ks) // not in the order of the modules' class maps
	}
	p.startup = p.startupOnly(hooks)
}

// siteSpan is the range of its module's sites that a method's body holds
// (with those of closures in it, which are not the method's own).
type siteSpan struct{ lo, hi int }

// pendingSite is a site as a module records it from its tree, before
// the other modules are known: its receiver is still a description.
// There is one for most attribute reads of the tree, so it is kept small:
// 64 bytes, its position and flags being held in its receiver (siteRecv).
type pendingSite struct {
	name   string
	recv   siteRecv
	method *Method
}

// recvKind says how a site's receiver resolves.
type recvKind uint8

const (
	recvUnknown recvKind = iota // may be an object of the tree, not known which
	recvNotTree                 // a literal or a display: never an object of the tree
	recvClass                   // class, with dispatch: self, cls, type(self), super()
	recvNamed                   // the dotted name path of the module scope
	recvCall                    // path(...): an instance of path when it is a class of the tree
	recvAttr                    // base.attr, with path the attribute
	// recvImported: a name a def binds by an import of its own (`from
	// app.core import newsletter` in the def), with path the qualified
	// name it imports.
	recvImported
)

// siteRecv describes a receiver without the tree. The receivers of the
// sites along one chain of attributes share their bases: the site of
// a.b.c has base.attr with base the receiver of the site of a.b.
type siteRecv struct {
	path     string    // recvNamed, recvCall: the dotted name; recvAttr: the attribute
	class    *Class    // recvClass
	base     *siteRecv // recvAttr
	kind     recvKind
	dispatch Dispatch // recvClass
	// The site's position and flags, in the receiver of a site
	// (pendingSite.recv) only, zero in a base: they take room the
	// struct would leave as padding, where pendingSite's own fields
	// would make it 72 bytes instead of 64.
	atImport, ref bool
	pos           token.Pos
}

// dottedRecv returns the qualified name, followed through the tree
// (Canonical), that r spells (dotted) in module m, or "".
func (p *Program) dottedRecv(m *Module, r *siteRecv) string {
	path, qualified := r.dotted()
	switch {
	case path == "":
		return ""
	case qualified:
		return p.Canonical(path)
	}
	return p.ResolvePath(m, path)
}

// dotted returns the dotted name a recvNamed or a chain of recvAttr on
// one spells, or "", and whether it is qualified already (a chain on a
// recvImported). A chain is at most maxPathParts names (attrs).
func (r *siteRecv) dotted() (string, bool) {
	var attrs []string
	for r.kind == recvAttr {
		attrs = append(attrs, r.path)
		r = r.base
	}
	if r.kind != recvNamed && r.kind != recvImported {
		return "", false
	}
	qualified := r.kind == recvImported
	if len(attrs) == 0 {
		return r.path, qualified
	}
	var b strings.Builder
	b.WriteString(r.path)
	for _, a := range slices.Backward(attrs) {
		b.WriteByte('.')
		b.WriteString(a)
	}
	return b.String(), qualified
}

// scope is where a site sits: the innermost def or lambda, the method it
// is (if any), and the receiver name bound to the enclosing method's
// class (self or cls), kept in closures that do not rebind it.
//
// A def's or lambda's scope also gathers, during the walk, the names
// local to it: its parameters and the names its own body assigns (not
// those of nested scopes or class bodies, nor global or nonlocal ones).
// Whether a name is local is known only once the walk is over, so the
// receivers that depend on it are settled then (settle).
type scope struct {
	fn       ast.Node
	method   *Method
	self     string
	selfOf   *Class
	outer    *scope
	names    nameSet
	declared nameSet // global and nonlocal
	// plain are the locals assigned a plain value (plainValue) somewhere;
	// stored, those assigned anything else, or bound another way (a loop
	// target, a walrus, a def, an import, an augmented assignment but
	// with a plain value: `seen |= set(...)`). copies are the assignments of one local to
	// another (`todo = found`), as pairs: todo, found. A local in plain
	// or copied and not in stored, whose copies' sources are such locals
	// too, is never an object of the tree (plainLocal).
	plain, stored nameSet
	copies        []string
	// imports are the names the function's own import statements bind,
	// with the qualified names they import, as pairs: name, target.
	imports []string
	// classes are the class statements of the function's own body, by
	// the name they bind: a name bound by one and nothing else is that
	// class, made anew at each call (`class _Form(Base): ...` then
	// `_Form.attach(...)`).
	classes []localClass
	// made are the locals an assignment binds to a call of a dotted name
	// (`job = Job.objects.create(...)`), with whether nothing else binds
	// them in the scope; madeCalls, the calls of their methods
	// (`job.start()`), settled into the module's made receivers at the
	// scope's end.
	made      []madeLocal
	madeCalls []localCall
}

// madeLocal is a local bound to what a call of path returns.
type madeLocal struct {
	name, path string
	bound      bool // its assignment has bound it
	once       bool // and nothing else does
}

// localCall is a call, at pos, of a method of the made local name, or
// with arg, one that passes it as an argument.
type localCall struct {
	pos  token.Pos
	name string
	arg  bool
}

// madeCall is a call, at pos, of a method of a local bound once, to what
// a call of path returned: the module's list, for MadeAt.
type madeCall struct {
	pos  token.Pos
	path string
	// qualified: path is resolved already, through an import in the
	// def's own body (`from app.graph import Connector` there).
	qualified bool
	// arg: the call passes the object as an argument (`work(job)`),
	// instead of calling a method of it.
	arg bool
}

type localClass struct {
	name  string
	class *Class
}

// scopeMem holds the scopes of one module's walk and the lists of their
// names: there is a scope per def and lambda of the tree, and they are
// dead once the module's sites are settled, so a Builder keeps the
// memory for the next module.
type scopeMem struct {
	scopes slab.Slab[scope]
	names  slab.Slab[string]
}

func (ix *siteCollector) bind(sc *scope, id string) {
	sc.names.add(id, &ix.mem.names)
	for i := range sc.made {
		if l := &sc.made[i]; l.name == id {
			l.once = l.once && !l.bound
			l.bound = true
		}
	}
}

// maxMade is how many made locals a def's scope records: each binding
// of the scope looks through them, and a def longer than most (a
// generated one) is not worth the square of its length.
const maxMade = 64

// noteMade records n, in the def scope sc, when it binds a local to a
// call of a dotted name that nothing bound before in sc; up to maxMade
// of them, past which a later call on one is not known to be on a new
// object (MadeAt answers nil, the finding stays as it is).
func (ix *siteCollector) noteMade(n *ast.Assign, sc *scope) {
	x, ok := n.Targets[0].(*ast.Name)
	if len(n.Targets) != 1 || !ok || sc.declared.has(x.Id) {
		return
	}
	value := n.Value
	if a, ok := value.(*ast.Await); ok {
		value = a.Value // `job = await Job.claim()`
	}
	call, ok := value.(*ast.Call)
	if !ok {
		return
	}
	path := DottedPath(call.Func)
	if path == "" || len(sc.made) >= maxMade {
		return
	}
	once := !sc.names.has(x.Id)
	for i := range sc.made {
		if sc.made[i].name == x.Id {
			sc.made[i].once, once = false, false
		}
	}
	sc.made = append(sc.made, madeLocal{name: x.Id, path: path, once: once})
}

// noteMadeArgs records the made locals that call passes as arguments
// (`work(job)`), for ClaimedAt.
func (ix *siteCollector) noteMadeArgs(call *ast.Call, sc *scope) {
	note := func(e ast.Expr) {
		if x, ok := e.(*ast.Name); ok && slices.ContainsFunc(sc.made, func(l madeLocal) bool { return l.name == x.Id }) {
			sc.madeCalls = append(sc.madeCalls, localCall{pos: call.Pos(), name: x.Id, arg: true})
		}
	}
	for _, a := range call.Args {
		note(a)
	}
	for _, k := range call.Keywords {
		note(k.Value)
	}
}

// settleMade adds to the module's made receivers the calls of sc's
// methods of made locals that nothing else binds.
func (ix *siteCollector) settleMade(sc *scope) {
	for _, c := range sc.madeCalls {
		for _, l := range sc.made {
			if l.name == c.name && l.once {
				made := madeCall{pos: c.pos, path: ix.mod.Intern(l.path), arg: c.arg}
				first, rest, _ := strings.Cut(l.path, ".")
				for i := 0; i+1 < len(sc.imports); i += 2 {
					if sc.imports[i] == first {
						made.path, made.qualified = ix.mod.Intern(join(sc.imports[i+1], rest)), true
					}
				}
				ix.made = append(ix.made, made)
			}
		}
	}
}

func (ix *siteCollector) declare(sc *scope, ids []string) {
	for _, id := range ids {
		sc.declared.add(id, &ix.mem.names)
	}
}

// nameSet is a set of names: a short list, which most functions' locals
// fit, or a map once it grows.
type nameSet struct {
	few  []string
	many map[string]bool
}

// maxFew bounds the list: past it, a lookup would cost more than a hash.
const maxFew = 16

// add adds id; a first name gets a list from lists.
func (s *nameSet) add(id string, lists *slab.Slab[string]) {
	switch {
	case s.many != nil:
		s.many[id] = true
	case s.has(id):
	case len(s.few) < maxFew:
		if s.few == nil {
			s.few = lists.Carve(maxFew)[:0]
		}
		s.few = append(s.few, id)
	default:
		s.many = make(map[string]bool, 2*maxFew)
		for _, n := range s.few {
			s.many[n] = true
		}
		s.many[id] = true
		s.few = nil
	}
}

func (s *nameSet) has(id string) bool {
	if s.many != nil {
		return s.many[id]
	}
	for _, n := range s.few {
		if n == id {
			return true
		}
	}
	return false
}

// siteCollector walks one module's tree for collectSites.
type siteCollector struct {
	mod     *Module
	methods map[ast.Node]*Method
	sites   *siteBuf
	mem     *scopeMem
	// chain is attrs' buffer.
	chain []*ast.Attribute
	// own: the walk is in the body of the innermost def or lambda, where
	// an assignment makes a name local to it (not in a class body, nor in
	// a nested def's decorators, defaults or annotations).
	own bool
	// made are the module's made receivers, as settleMade finds them.
	made []madeCall
}

// collectSites records every place m calls or takes an attribute that
// could be a method (the names of the tree's methods are not known yet),
// with the function the site sits in and a description of its receiver.
// A call repeated in one function is recorded each time: looking for the
// repeat would cost more than the site.
func (b *Builder) collectSites(m *Module) []pendingSite {
	b.scopeMem.scopes.SetKeep(true) // the zero Builder is ready to use
	b.scopeMem.names.SetKeep(true)
	ix := &siteCollector{mod: m, methods: map[ast.Node]*Method{}, mem: &b.scopeMem,
		sites: &b.sites, own: true}
	for _, c := range m.Classes {
		for _, d := range c.Defs {
			ix.methods[d.Node] = d
		}
	}
	ix.stmts(m.File.Module.Body, ix.mem.scopes.New(scope{}))
	// By position, a receiver before the arguments of its call.
	slices.SortFunc(ix.made, func(a, b madeCall) int {
		if c := cmp.Compare(a.pos, b.pos); c != 0 || a.arg == b.arg {
			return c
		}
		if b.arg {
			return -1
		}
		return 1
	})
	m.made = slices.Clip(ix.made)
	sites := ix.sites.take()
	ix.mem.scopes.Rewind()
	ix.mem.names.Rewind()
	return sites
}

// siteBlock is how many sites a block of a siteBuf holds.
const siteBlock = 1 << 11

// siteBuf gathers a module's sites, with the scope of each, in blocks: a
// module with many more sites than usual (a generated file of long
// chains has tens of thousands) takes more blocks, instead of regrowing
// one slice and copying it, in fresh memory, each time it doubles. The
// first block grows as a slice does, so that a small module costs little.
type siteBuf struct {
	blocks [][]pendingSite // blocks[:used] hold the sites; the rest are spare
	scopes [][]*scope      // the scope of each site, block by block
	used   int
	n      int // sites
}

func (s *siteBuf) add(p pendingSite, sc *scope) {
	if s.used == 0 {
		s.next()
	} else if last := s.blocks[s.used-1]; len(last) == cap(last) && cap(last) >= siteBlock {
		s.next()
	}
	b := s.used - 1
	s.blocks[b] = append(s.blocks[b], p)
	s.scopes[b] = append(s.scopes[b], sc)
	s.n++
}

// next starts a block: a spare one, or a new one.
func (s *siteBuf) next() {
	if s.used == len(s.blocks) {
		size := siteBlock
		if s.used == 0 {
			size = 0
		}
		s.blocks = append(s.blocks, make([]pendingSite, 0, size))
		s.scopes = append(s.scopes, make([]*scope, 0, size))
	}
	s.used++
}

// take returns the sites, settled, in a slice of their own, and empties
// the buffer for the next module; it keeps blocks for maxKeptSites.
func (s *siteBuf) take() []pendingSite {
	var out []pendingSite
	if s.n > 0 {
		out = make([]pendingSite, 0, s.n)
	}
	for b := range s.used {
		for i := range s.blocks[b] {
			settle(&s.blocks[b][i].recv, s.scopes[b][i])
		}
		out = append(out, s.blocks[b]...)
		clear(s.blocks[b])
		clear(s.scopes[b])
		s.blocks[b], s.scopes[b] = s.blocks[b][:0], s.scopes[b][:0]
	}
	if keep := max(maxKeptSites/siteBlock, 1); len(s.blocks) > keep {
		clear(s.blocks[keep:])
		clear(s.scopes[keep:])
		s.blocks, s.scopes = s.blocks[:keep], s.scopes[:keep]
	}
	s.used, s.n = 0, 0
	return out
}

func (ix *siteCollector) stmts(body []ast.Stmt, sc *scope) {
	for _, s := range body {
		ix.walk(s, sc)
	}
}

func (ix *siteCollector) walk(n ast.Node, sc *scope) {
	ast.Inspect(n, func(n ast.Node) bool {
		local := ix.own && sc.fn != nil
		switch n := n.(type) {
		case *ast.FunctionDef:
			if local {
				ix.bind(sc, n.Name)
				sc.stored.add(n.Name, &ix.mem.names)
			}
			ix.def(n, n.Args, n.DecoratorList, n.Returns, n.Body, sc)
			return false
		case *ast.AsyncFunctionDef:
			if local {
				ix.bind(sc, n.Name)
				sc.stored.add(n.Name, &ix.mem.names)
			}
			ix.def(n, n.Args, n.DecoratorList, n.Returns, n.Body, sc)
			return false
		case *ast.Lambda:
			own := ix.own
			ix.own = false
			ix.args(n.Args, sc)
			ix.own = true
			ix.walk(n.Body, ix.inner(n, n.Args, nil, sc))
			ix.own = own
			return false
		case *ast.ClassDef:
			if local {
				ix.bind(sc, n.Name)
				if c := ix.classAt(n.Pos()); c != nil {
					sc.classes = append(sc.classes, localClass{n.Name, c})
				}
			}
			own := ix.own
			ix.own = false
			for _, d := range n.DecoratorList {
				ix.decorator(d, sc)
			}
			for _, b := range n.Bases {
				ix.walk(b, sc)
			}
			for _, k := range n.Keywords {
				ix.walk(k.Value, sc)
			}
			ix.stmts(n.Body, sc) // the body runs where the class statement runs
			ix.own = own
			return false
		case *ast.Assign:
			if local {
				ix.noteMade(n, sc)
			}
			if from, ok := n.Value.(*ast.Name); ok && local && !slices.ContainsFunc(n.Targets, func(t ast.Expr) bool { _, ok := t.(*ast.Name); return !ok }) {
				// todo = found: plain where found is.
				for _, t := range n.Targets {
					ix.bind(sc, t.(*ast.Name).Id)
					sc.copies = append(sc.copies, t.(*ast.Name).Id, from.Id)
				}
				ix.walk(n.Value, sc)
				return false
			}
			if !local || !ix.plainValue(n.Value) {
				return true
			}
			// seen = set(): seen.add(x) calls no method of the tree.
			for _, t := range n.Targets {
				if x, ok := t.(*ast.Name); ok {
					ix.bind(sc, x.Id)
					sc.plain.add(x.Id, &ix.mem.names)
				} else {
					ix.walk(t, sc)
				}
			}
			ix.walk(n.Value, sc)
			return false
		case *ast.AugAssign:
			// seen |= set(...), todo += [x]: a builtin value changed by
			// one keeps its type.
			if x, ok := n.Target.(*ast.Name); ok && local && ix.plainValue(n.Value) {
				ix.bind(sc, x.Id)
				ix.walk(n.Value, sc)
				return false
			}
		case *ast.Name:
			if local && (n.Ctx == ast.Store || n.Ctx == ast.Del) {
				ix.bind(sc, n.Id)
				sc.stored.add(n.Id, &ix.mem.names)
			}
		case *ast.Import, *ast.ImportFrom: // an import inside the function
			if local {
				ix.mod.importedNames(n.(ast.Stmt), func(name, from, attr string) {
					if name == "*" {
						return
					}
					ix.bind(sc, name)
					sc.imports = append(sc.imports, name, ix.mod.internJoin(from, attr))
				})
			}
			return false
		case *ast.Global:
			if local {
				ix.declare(sc, n.Names)
			}
		case *ast.Nonlocal:
			if local {
				ix.declare(sc, n.Names)
			}
		case *ast.Call:
			if local && len(sc.made) > 0 {
				ix.noteMadeArgs(n, sc)
			}
			if a, ok := n.Func.(*ast.Attribute); ok {
				if x, ok := a.Value.(*ast.Name); ok && local && slices.ContainsFunc(sc.made, func(l madeLocal) bool { return l.name == x.Id }) {
					sc.madeCalls = append(sc.madeCalls, localCall{pos: n.Pos(), name: x.Id})
				}
				ix.attrs(n, a, sc, false)
				for _, e := range n.Args {
					ix.walk(e, sc)
				}
				for _, k := range n.Keywords {
					ix.walk(k.Value, sc)
				}
				return false
			}
		case *ast.Attribute:
			ix.attrs(n, n, sc, true)
			return false
		}
		return true
	})
}

// plainValue reports whether e makes a value that is never an object of
// the tree: a literal, a display or a comprehension, or a call of a
// builtin container type the module does not rebind (set(), dict(...)).
func (ix *siteCollector) plainValue(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant, *ast.JoinedStr, *ast.List, *ast.Tuple, *ast.Set, *ast.Dict,
		*ast.ListComp, *ast.SetComp, *ast.DictComp:
		return true
	case *ast.Call:
		if f, ok := e.Func.(*ast.Name); ok {
			switch f.Id {
			case "set", "dict", "list", "tuple", "frozenset", "bytearray":
				return ix.mod.Bindings[f.Id] == nil
			}
		}
	}
	return false
}

// attrs records the sites of a chain of attributes: a, taken at node (a
// call of it, or a itself when ref), and the attributes a is reached
// through (a.b.c: a.b.c, then a.b), in the order a walk of the tree
// visits them; then it walks what the chain starts from. Each receiver
// is described once, from the start of the chain up, each on the one
// below it: describing every site's receiver anew would cost the
// chain's length per site, the square of it for the chain.
func (ix *siteCollector) attrs(node ast.Node, a *ast.Attribute, sc *scope, ref bool) {
	chain := append(ix.chain[:0], a)
	start := a.Value
	for x, ok := start.(*ast.Attribute); ok; x, ok = start.(*ast.Attribute) {
		chain = append(chain, x)
		start = x.Value
	}
	ix.chain = chain // the buffer is free again once the sites are recorded
	n := len(chain)
	recv := ix.receiver(start, sc) // of chain[n-1]
	// below[k] is the receiver of chain[n-1-k], kept for the receiver
	// above it to point to.
	var below []siteRecv
	if n > 1 {
		// A list of their own for each chain, which the sites keep: the
		// module keeps no more than its sites use, where lists carved from
		// chunks kept a chunk of 32 or more for a module that used two.
		below = make([]siteRecv, n-1)
		below[0] = recv
		for k := 1; k < n-1; k++ {
			below[k] = ix.attrRecv(chain[n-k], &below[k-1], k, sc)
		}
		recv = ix.attrRecv(chain[1], &below[n-2], n-1, sc)
	}
	for i, x := range chain {
		if i > 0 {
			recv = below[n-1-i]
		}
		switch {
		case i == 0 && node != ast.Node(a):
			ix.site(node, x, recv, sc, false) // a call
		case x.Ctx == ast.Load:
			ix.site(x, x, recv, sc, ref || i > 0)
		}
	}
	ix.walk(start, sc)
}

// attrRecv describes x, an attribute on what base describes, as a
// receiver; attrs counts the attributes from the start of the chain to x.
func (ix *siteCollector) attrRecv(x *ast.Attribute, base *siteRecv, attrs int, sc *scope) siteRecv {
	switch {
	case x.Attr == "__class__" && sc.self != "" && IsName(x.Value, sc.self):
		return siteRecv{kind: recvClass, class: sc.selfOf, dispatch: Virtual}
	case attrs >= maxPathParts:
		// Not a name the model resolves (DottedPath), nor an instance a
		// chain of class attributes that long holds in real code.
		return siteRecv{kind: recvUnknown}
	}
	return siteRecv{kind: recvAttr, base: base, path: ix.mod.Intern(x.Attr)}
}

// def indexes a function statement: decorators, defaults and annotations
// run where the def runs; the body in a scope of its own.
func (ix *siteCollector) def(n ast.Node, args *ast.Arguments, decorators []ast.Expr, returns ast.Expr, body []ast.Stmt, sc *scope) {
	own := ix.own
	ix.own = false
	for _, d := range decorators {
		ix.decorator(d, sc)
	}
	ix.args(args, sc)
	if returns != nil {
		ix.walk(returns, sc)
	}
	ix.own = true
	m := ix.methods[n]
	lo := ix.sites.n
	in := ix.inner(n, args, m, sc)
	ix.stmts(body, in)
	ix.settleMade(in)
	if m != nil {
		m.sites = siteSpan{lo, ix.sites.n}
	}
	ix.own = own
}

func (ix *siteCollector) args(args *ast.Arguments, sc *scope) {
	for _, e := range args.Defaults {
		ix.walk(e, sc)
	}
	for _, e := range args.KwDefaults {
		if e != nil {
			ix.walk(e, sc)
		}
	}
}

// decorator: `@X.name` applies X.name, a call; `@X.name(...)` is a call
// whose result is applied.
func (ix *siteCollector) decorator(d ast.Expr, sc *scope) {
	if a, ok := d.(*ast.Attribute); ok {
		ix.attrs(a, a, sc, false)
		return
	}
	ix.walk(d, sc)
}

func (ix *siteCollector) inner(fn ast.Node, args *ast.Arguments, m *Method, sc *scope) *scope {
	in := ix.mem.scopes.New(scope{fn: fn, method: m, outer: sc})
	eachParam(args, func(a *ast.Arg) bool { ix.bind(in, a.Arg); return true })
	switch {
	case m != nil && m.Self != "":
		in.self, in.selfOf = m.Self, m.Class
	case m != nil:
	case sc.self != "" && !HasParam(args, sc.self):
		in.self, in.selfOf = sc.self, sc.selfOf // a closure over self
	}
	return in
}

// classAt returns the class of the module whose statement starts at pos.
func (ix *siteCollector) classAt(pos token.Pos) *Class {
	for _, c := range ix.mod.Classes {
		if c.Pos == pos {
			return c
		}
	}
	return nil
}

// site records a.Attr at node, with its receiver, unless the receiver
// cannot be an object of the tree.
func (ix *siteCollector) site(node ast.Node, a *ast.Attribute, recv siteRecv, sc *scope, ref bool) {
	if recv.kind == recvNotTree {
		return
	}
	recv.pos, recv.atImport, recv.ref = node.Pos(), sc.fn == nil, ref
	ix.sites.add(pendingSite{name: ix.mod.Intern(a.Attr), recv: recv, method: sc.method}, sc)
}

// receiver describes the receiver of a site, as far as this module
// tells, when it is not an attribute (attrs describes those).
func (ix *siteCollector) receiver(e ast.Expr, sc *scope) siteRecv {
	switch e := e.(type) {
	case *ast.Name:
		if sc.self != "" && e.Id == sc.self {
			return siteRecv{kind: recvClass, class: sc.selfOf, dispatch: Virtual}
		}
		return siteRecv{kind: recvNamed, path: ix.mod.Intern(e.Id)} // unless local: settle
	case *ast.Call:
		switch {
		case IsName(e.Func, "super") && sc.method != nil:
			return siteRecv{kind: recvClass, class: sc.method.Class, dispatch: Super} // unless local: settle
		case IsName(e.Func, "type") && len(e.Args) == 1 && sc.self != "" && IsName(e.Args[0], sc.self):
			return siteRecv{kind: recvClass, class: sc.selfOf, dispatch: Virtual}
		}
		return siteRecv{kind: recvCall, path: ix.mod.Intern(DottedPath(e.Func))}
	case *ast.Constant, *ast.JoinedStr, *ast.Dict, *ast.List, *ast.Set, *ast.Tuple,
		*ast.DictComp, *ast.ListComp, *ast.SetComp:
		return siteRecv{kind: recvNotTree}
	}
	return siteRecv{kind: recvUnknown}
}

// resolved caches, for one module, what its dotted names resolve to as
// receivers: the same names recur from function to function.
type resolved map[resolvedKey]resolution

type resolvedKey struct {
	path string
	call bool // path(...), rather than path
}

type resolution struct {
	recv     *Class
	dispatch Dispatch
	ok       bool
}

// resolveRecv resolves a receiver described in module mod. ok is false
// when the receiver cannot be an object of a class of the tree.
func (p *Program) resolveRecv(mod *Module, r *siteRecv, cache resolved) (recv *Class, d Dispatch, ok bool) {
	switch r.kind {
	case recvNotTree:
		return nil, Unknown, false
	case recvClass:
		return r.class, r.dispatch, true
	case recvImported:
		return p.named(p.Canonical(r.path))
	case recvNamed, recvCall:
		key := resolvedKey{r.path, r.kind == recvCall}
		if res, hit := cache[key]; hit {
			return res.recv, res.dispatch, res.ok
		}
		var res resolution
		if r.kind == recvNamed {
			res.recv, res.dispatch, res.ok = p.named(p.ResolvePath(mod, r.path))
		} else if c := p.Class(p.ResolvePath(mod, r.path)); c != nil {
			res = resolution{c, Exact, true}
		} else {
			res = resolution{nil, Unknown, true}
		}
		cache[key] = res
		return res.recv, res.dispatch, res.ok
	case recvAttr:
		if base, _, _ := p.resolveRecv(mod, r.base, cache); base != nil {
			a, owner := p.LookupAttr(base, r.path)
			if a == nil || a.Value.Kind == NoValue {
				return nil, Unknown, true
			}
			if a.Value.Kind == Call {
				if c := p.Class(p.ResolvePath(owner.Module, a.Value.Callee)); c != nil {
					return c, Virtual, true // an instance held by the class
				}
			}
			if notTreeObject(p, owner.Module, a.Value) {
				return nil, Unknown, false // a literal or a builtin container
			}
			return nil, Unknown, true
		}
		// A chain on self or on a local name spells no dotted name.
		if path := p.dottedRecv(mod, r); path != "" {
			return p.named(path)
		}
	}
	return nil, Unknown, true
}

// named classifies a receiver that is a dotted name of the module scope.
func (p *Program) named(qn string) (*Class, Dispatch, bool) {
	if qn == "" {
		return nil, Unknown, true
	}
	if c := p.Class(qn); c != nil {
		return c, Exact, true
	}
	mod, rest := p.split(qn)
	if mod == nil {
		// builtins.x is a name no module statement binds: a global set
		// elsewhere, or a local the model does not see.
		_, builtin := builtinName(qn)
		return nil, Unknown, builtin
	}
	if rest == "" {
		return nil, Unknown, false // a module of the tree: a function call
	}
	if b := mod.Bindings[rest]; b != nil {
		switch b.Kind {
		case BindFunction, BindClass:
			return nil, Unknown, false
		case BindValue:
			if b.Value.Kind == Call {
				if c := p.Class(p.ResolvePath(mod, b.Value.Callee)); c != nil {
					return c, Virtual, true // a module-level instance
				}
			}
			if notTreeObject(p, mod, b.Value) {
				return nil, Unknown, false
			}
		}
	}
	return nil, Unknown, true
}

// notTreeObject reports whether v evaluates to a literal, a constant or a
// builtin container: never an object of a class of the tree.
func notTreeObject(p *Program, m *Module, v Value) bool {
	return v.Kind == Literal || p.MutableContainer(m, v, nil) != ""
}

// settle finishes a receiver described during the walk, now that the
// names local to each scope are known: a name that is local to a
// function around the site is not the module-level name it spells (an
// unknown object), nor is a local super the builtin. A chain of
// attributes is settled by its start, which the receivers of the sites
// along the chain share: settling it again changes nothing.
func settle(r *siteRecv, sc *scope) {
	for r.kind == recvAttr {
		r = r.base
	}
	switch r.kind {
	case recvNamed:
		if s := localScope(r.path, sc); s != nil {
			if target := s.importedAs(r.path); target != "" {
				r.kind, r.path = recvImported, target
				return
			}
			// Field by field: r may be a site's own receiver, which
			// holds the site's position and flags.
			plain, class := s.plainLocal(r.path, 4), s.localClass(r.path)
			r.kind, r.path = recvUnknown, ""
			switch {
			case plain:
				r.kind = recvNotTree
			case class != nil:
				r.kind, r.class, r.dispatch = recvClass, class, Exact
			}
		}
	case recvClass:
		if r.dispatch == Super && local("super", sc) {
			r.kind, r.path, r.class, r.dispatch = recvCall, "super", nil, Unknown
		}
	}
}

// local reports whether id is a parameter or an assigned name of a
// function around the site, which hides a module-level binding.
func local(id string, sc *scope) bool { return localScope(id, sc) != nil }

// localScope returns the scope of the function around the site that id
// is a parameter or an assigned name of, or nil.
// plainLocal reports whether the local id of s is never an object of the
// tree: assigned only plain values, or other such locals, depth copies
// deep at most.
func (s *scope) plainLocal(id string, depth int) bool {
	if s.stored.has(id) || depth == 0 || slices.ContainsFunc(s.classes, func(lc localClass) bool { return lc.name == id }) {
		return false
	}
	copied := false
	for i := 0; i < len(s.copies); i += 2 {
		to, from := s.copies[i], s.copies[i+1]
		if to != id {
			continue
		}
		if from == id || !s.names.has(from) || s.declared.has(from) || !s.plainLocal(from, depth-1) {
			return false
		}
		copied = true
	}
	return copied || s.plain.has(id)
}

// importedAs returns the qualified name that id, a local of s, holds
// when s binds it by its own imports alone, all of one name; else "".
func (s *scope) importedAs(id string) string {
	target := ""
	for i := 0; i < len(s.imports); i += 2 {
		if s.imports[i] != id {
			continue
		}
		if target != "" && s.imports[i+1] != target {
			return ""
		}
		target = s.imports[i+1]
	}
	if target == "" || s.stored.has(id) || s.plain.has(id) || slices.ContainsFunc(s.classes, func(lc localClass) bool { return lc.name == id }) {
		return ""
	}
	for i := 0; i < len(s.copies); i += 2 {
		if s.copies[i] == id {
			return ""
		}
	}
	return target
}

// localClass returns the class of the one class statement of s's body
// that binds id, when nothing else binds it; else nil.
func (s *scope) localClass(id string) *Class {
	var found *Class
	for _, lc := range s.classes {
		if lc.name == id {
			if found != nil {
				return nil
			}
			found = lc.class
		}
	}
	if found == nil || s.stored.has(id) || s.plain.has(id) || slices.Contains(s.copies, id) {
		return nil
	}
	return found
}

func localScope(id string, sc *scope) *scope {
	for s := sc; s != nil && s.fn != nil; s = s.outer {
		if s.names.has(id) && !s.declared.has(id) {
			return s
		}
	}
	return nil
}

// startupOnly computes the startup-only methods: the greatest set S of
// methods reached from startup hooks and import-time code through
// resolved calls such that every site that may call a member is
// import-time code or inside a hook or a member. Starting from every
// reached method and removing those with another caller until nothing
// changes keeps recursive helpers (a member calling itself) in S.
//
// Only the sites that can change the answer are resolved: those at import
// time, those in reached methods, and those named like a reached method.
func (p *Program) startupOnly(hooks map[methodKey]bool) map[methodKey]bool {
	// Reach: from the hooks and import-time code, through resolved calls.
	reached := map[methodKey]bool{}
	var queue []methodKey
	caches := map[*Module]resolved{}
	mark := func(m *Module, ps *pendingSite) {
		if ps.recv.ref || len(p.definers[ps.name]) == 0 {
			return // a reference proves no call
		}
		cache := caches[m]
		if cache == nil {
			cache = resolved{}
			caches[m] = cache
		}
		s, ok := p.callSite(m, ps, cache)
		if !ok || s.Dispatch == Unknown {
			return // an unknown receiver proves no call
		}
		for _, k := range p.definers[s.Name] {
			key := methodKey{k, s.Name}
			if !reached[key] && p.mayCall(&s, k, s.Name) {
				reached[key] = true
				queue = append(queue, key)
			}
		}
	}
	for k := range hooks {
		reached[k] = true
		queue = append(queue, k)
	}
	for _, m := range p.sited {
		for j := range m.sites {
			if m.sites[j].recv.atImport {
				mark(m, &m.sites[j])
			}
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		m := k.class.Module
		if p.ByPath[m.Path] != m {
			continue // its sites are not indexed
		}
		for _, d := range k.class.Defs {
			if d.Name != k.name {
				continue
			}
			for j := d.sites.lo; j < d.sites.hi; j++ {
				if m.sites[j].method == d { // not a closure's
					mark(m, &m.sites[j])
				}
			}
		}
	}

	// Keep the reached methods whose every caller is startup code.
	names := map[string]bool{}
	for k := range reached {
		if !hooks[k] {
			names[k.name] = true
		}
	}
	sites := p.sitesNamed(names)
	in := func(s *CallSite, set map[methodKey]bool) bool {
		if s.Ref {
			return false
		}
		if s.AtImport || s.Module.IsTest() {
			return true // test code runs in a process of its own
		}
		return s.Method != nil && set[methodKey{s.Method.Class, s.Method.Name}]
	}
	for changed := true; changed; {
		changed = false
		for k := range reached {
			if hooks[k] {
				continue
			}
			for i := range sites[k.name] {
				if s := &sites[k.name][i]; p.mayCall(s, k.class, k.name) && !in(s, reached) {
					delete(reached, k)
					changed = true
					break
				}
			}
		}
	}
	return reached
}
