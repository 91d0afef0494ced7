package semantic

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/crosstalk-dev/crosstalk/libraries"
)

// Program is the checked tree: every module, linked. It is built once per
// run and read concurrently by the analyzers; nothing mutates it after
// NewProgram returns.
type Program struct {
	Modules map[string]*Module // by dotted name
	ByPath  map[string]*Module
	// byPackageName finds a module by its PackageName when no module
	// has that full name; a PackageName claimed by several files is left
	// out rather than guessed.
	byPackageName map[string]*Module
	// sited holds the modules with call sites, in order (calls.go);
	// definers, the classes defining each method name; startup, the
	// startup-only methods computed from them.
	sited    []*Module
	definers map[string][]*Class
	// redefined holds the definers of the method names of a module put
	// in place by With, over definers; resubclassed, the subclasses of
	// its classes (those of the classes they replace), over subclasses.
	redefined    map[string][]*Class
	resubclassed map[*Class][]*Class
	// restarted holds the startup-only methods of such a module's
	// classes (those of the classes they replace), beside startup.
	restarted map[methodKey]bool
	startup   map[methodKey]bool
	// mros holds every class's MRO: rules and the call-site index ask for
	// it per method, per site and per mutation.
	mros map[*Class][]*Class
	// subclasses inverts mros (Subclasses).
	subclasses map[*Class][]*Class
	// cleared holds what the tree's code empties or takes entries out of
	// (Cleared), with where it does.
	cleared map[string][]Clearing
	// longestModule is the length of the longest name Module finds.
	longestModule int
	// libs is what the model knows of libraries.
	libs *libraries.Index
	// importers finds modules by what they import (ReadElsewhere).
	importers *importerIndex
	// instances finds the classes with module-level instances
	// (HasModuleInstance); siteNames, the call sites of a name (CallSites).
	instances *instanceIndex
	siteNames *siteNameIndex
	// reads records what is read through this program (Recording); nil
	// for a program that records nothing.
	reads *Reads
}

// Libraries returns what the model knows of libraries, for the rules.
func (p *Program) Libraries() *libraries.Index { return p.libs }

// NewProgram links modules into a program. When two files claim the same
// module name, a package's __init__.py wins over a module's file (as
// Python's import finds the package directory first: `cps/` over
// `cps.py`, which only runs as a script), else the first in the slice.
func NewProgram(modules []*Module) *Program {
	return newProgram(modules, libraries.Default())
}

// NewProgramWith is NewProgram with what the program knows of libraries
// given: a test's own Library, or tables from configuration.
func NewProgramWith(modules []*Module, libs []libraries.Library) *Program {
	return newProgram(modules, libraries.NewIndex(libs))
}

func newProgram(modules []*Module, libs *libraries.Index) *Program {
	p := &Program{Modules: map[string]*Module{}, ByPath: map[string]*Module{}, byPackageName: map[string]*Module{},
		libs: libs}
	ambiguous := map[string]bool{}
	for _, m := range modules {
		p.ByPath[m.Path] = m
		if other, ok := p.Modules[m.Name]; !ok || m.IsPackage && !other.IsPackage {
			p.Modules[m.Name] = m
		}
		if m.PackageName == "" || m.PackageName == m.Name {
			continue
		}
		if other, dup := p.byPackageName[m.PackageName]; dup && other != m {
			ambiguous[m.PackageName] = true
		}
		p.byPackageName[m.PackageName] = m
	}
	for name := range ambiguous {
		delete(p.byPackageName, name)
	}
	// A namespace package's name in front, where it names no module
	// already: a full name or a PackageName comes first.
	byNamespace := map[string]*Module{}
	for _, m := range modules {
		name := m.NamespaceName
		if name == "" || p.Modules[name] != nil || p.byPackageName[name] != nil || ambiguous[name] {
			continue
		}
		if other, dup := byNamespace[name]; dup && other != m {
			ambiguous[name] = true
		}
		byNamespace[name] = m
	}
	for name, m := range byNamespace {
		if !ambiguous[name] {
			p.byPackageName[name] = m
		}
	}
	p.nameBySysPath(modules, ambiguous)
	for _, names := range []map[string]*Module{p.Modules, p.byPackageName} {
		for name := range names {
			p.longestModule = max(p.longestModule, len(name))
		}
	}
	p.linkStarImports(modules)
	p.mros = map[*Class][]*Class{}
	for _, m := range modules {
		for _, c := range m.Classes {
			p.mros[c] = p.mro(c)
		}
	}
	// Made now, not when first asked: a language server's first answer
	// to an edit asks for it (With), and must not wait for it.
	p.subclasses = map[*Class][]*Class{}
	for c, mro := range p.mros {
		for _, k := range mro {
			if k != c {
				p.subclasses[k] = append(p.subclasses[k], c)
			}
		}
	}
	// In the order of the source, not of the map: the call graph's solve
	// runs a root on each subclass in turn, and its bounded cells keep
	// what comes first.
	for _, ks := range p.subclasses {
		sortClasses(ks)
	}
	p.indexCalls(modules)
	p.indexCleared()
	p.importers = &importerIndex{p: p}
	p.instances = &instanceIndex{p: p}
	p.siteNames = &siteNameIndex{p: p}
	return p
}

// definersOf returns the classes of the tree that define a method name.
func (p *Program) definersOf(name string) []*Class {
	if ks, ok := p.redefined[name]; ok {
		return ks
	}
	return p.definers[name]
}

// Subclasses returns the classes of the tree that have c among their
// ancestors, by file and position.
func (p *Program) Subclasses(c *Class) []*Class {
	ks, ok := p.resubclassed[c]
	if !ok {
		ks = p.subclasses[c]
	}
	if p.reads != nil {
		p.reads.key(&p.reads.subclasses, c.QualifiedName())
		p.readClasses(ks)
	}
	return ks
}

// Cleared reports whether code of the tree empties, or takes entries out
// of, what qn names: a module-level name ("app.cache.SETTINGS":
// SETTINGS.clear(), SETTINGS.pop(k)), a class attribute
// ("app.cache.Registry._by_code": self._by_code.clear(), also through a
// subclass), or a cached function ("app.flags.load": load.cache_clear()).
func (p *Program) Cleared(qn string) bool { return len(p.ClearedAt(qn)) > 0 }

// A Clearing is a place where the tree's code empties what Cleared
// names, or takes entries out of it.
type Clearing struct {
	// Def is the def that holds it, qualified as entry points are
	// (Module.DefAt); "" in module-level code or a class body, and in
	// test code.
	Def  string
	Test bool // in test code
}

// ClearedAt returns the places where the tree's code empties what qn
// names, or takes entries out of it (Cleared), in module order.
func (p *Program) ClearedAt(qn string) []Clearing {
	if p.reads != nil {
		p.reads.key(&p.reads.cleared, qn)
	}
	return p.cleared[qn]
}

// ReadElsewhere reports whether code of the tree outside the module of
// qn, a module-level name ("app.scans.protocol"), may read it: imports
// it by name (`from app.scans import protocol`, also through a
// re-export), star-imports its module, or, importing the module, takes
// an attribute of that name from it (`scans.protocol`) or from an
// object the model cannot place. Only the modules that import qn's
// module, or qn, at module level are read (importers): an import inside
// a def of another module (`def f(): from app import scans`) is not
// seen.
func (p *Program) ReadElsewhere(qn string) bool {
	return p.readBy(qn, func(*Module) bool { return true })
}

// OnlyTestsRead reports whether test code outside the module of qn may
// read it (ReadElsewhere) and no other code outside its module does
// (a test double kept beside what it stands in for; or what only its
// own module's code uses).
func (p *Program) OnlyTestsRead(qn string) bool {
	return p.readBy(qn, (*Module).IsTest) && !p.readBy(qn, func(m *Module) bool { return !m.IsTest() })
}

// readBy is ReadElsewhere by the modules keep accepts.
func (p *Program) readBy(qn string, keep func(*Module) bool) bool {
	p.readEverything()
	i := strings.LastIndexByte(qn, '.')
	if i < 0 {
		return true
	}
	modName, name := qn[:i], qn[i+1:]
	ix := p.importers.of()
	if slices.ContainsFunc(ix.byTarget[qn], keep) || slices.ContainsFunc(ix.byTarget[p.Canonical(qn)], keep) {
		return true // imported by name
	}
	// `import app.scans` binds `app`: its importers are found under
	// each package above the module too.
	seen := map[*Module]bool{}
	var importers []*Module
	for prefix := modName; prefix != ""; prefix = parentName(prefix) {
		for _, m := range ix.byTarget[prefix] {
			if !seen[m] {
				seen[m] = true
				importers = append(importers, m)
			}
		}
	}
	for _, m := range importers {
		if m.Name == modName || !keep(m) {
			continue
		}
		if slices.Contains(m.StarImports, modName) {
			return true
		}
		for j := range m.sites {
			if s := &m.sites[j]; s.name == name && p.mayBeModule(m, &s.recv, modName) {
				return true
			}
		}
	}
	return false
}

// mayBeModule reports whether r, a site's receiver in module m, may be
// the module named modName: a name that resolves to it, or an object
// the model cannot place.
func (p *Program) mayBeModule(m *Module, r *siteRecv, modName string) bool {
	root := r
	for root.kind == recvAttr {
		root = root.base
	}
	switch root.kind {
	case recvClass, recvNotTree:
		return false
	case recvNamed, recvImported:
		return p.dottedRecv(m, r) == modName
	}
	return true
}

// importerIndex finds the modules of a program by what their
// module-level imports name, made on the first question (ReadElsewhere):
// a fresh one for each program, which its With gives its own.
type importerIndex struct {
	once sync.Once
	p    *Program
	// byTarget: by an import's target (`app.scans`, `app.scans.name`,
	// a star import's module), the modules whose imports name it.
	byTarget map[string][]*Module
}

func (ix *importerIndex) of() *importerIndex {
	ix.once.Do(func() {
		ix.byTarget = map[string][]*Module{}
		add := func(target string, m *Module) {
			if l := ix.byTarget[target]; len(l) == 0 || l[len(l)-1] != m {
				ix.byTarget[target] = append(l, m)
			}
		}
		for _, m := range ix.p.Modules {
			m.eachImportTarget(func(target string) {
				add(target, m)
				// `from app.scans import protocol`: its module too.
				if j := strings.LastIndexByte(target, '.'); j > 0 {
					add(target[:j], m)
				}
			})
		}
	})
	return ix
}

// instanceIndex holds the classes of the tree that a module-level name
// is bound to a call of, found once when first asked.
type instanceIndex struct {
	once sync.Once
	p    *Program
	of   map[*Class]bool
}

// HasModuleInstance reports whether a module-level name of the tree is
// bound to a call of c itself (`tracker = Tracker()`).
func (p *Program) HasModuleInstance(c *Class) bool {
	p.readEverything() // a binding in any module may be one
	ix := p.instances
	ix.once.Do(func() {
		ix.of = map[*Class]bool{}
		for _, m := range ix.p.Modules {
			for _, b := range m.Bindings {
				if b.Kind == BindValue && b.Value.Kind == Call {
					if k := ix.p.Class(ix.p.ResolvePath(m, b.Value.Callee)); k != nil {
						ix.of[k] = true
					}
				}
			}
		}
	})
	return ix.of[c]
}

// clearingMethods are the methods that empty a container or take entries
// out of it, and functools' cache_clear: called on a cache, they are its
// invalidation.
var clearingMethods = map[string]bool{
	"clear": true, "pop": true, "popitem": true, "remove": true, "discard": true,
	"cache_clear": true, "invalidate": true, "expire": true, "__delitem__": true,
}

// IsClearingMethod reports whether a method of this name empties a
// container or takes entries out of it, as Cleared counts them.
func IsClearingMethod(name string) bool { return clearingMethods[name] }

// indexCleared finds, among the call sites, the calls of clearingMethods
// on a module-level name or a class attribute.
func (p *Program) indexCleared() {
	p.cleared = map[string][]Clearing{}
	for _, m := range p.sited {
		for i := range m.sites {
			s := &m.sites[i]
			// A reference counts too: `task.add_done_callback(TASKS.discard)`
			// takes each entry out when its task is done.
			if !clearingMethods[s.name] {
				continue
			}
			r := &s.recv
			at := Clearing{Test: m.IsTest()}
			if !r.atImport {
				at.Def = m.DefAt(r.pos)
			}
			switch {
			case r.kind == recvAttr && r.base != nil && r.base.kind == recvClass && r.base.class != nil:
				if _, owner := p.LookupAttr(r.base.class, r.path); owner != nil {
					qn := owner.QualifiedName() + "." + r.path
					p.cleared[qn] = append(p.cleared[qn], at)
				}
			default:
				if d := p.dottedRecv(m, r); d != "" {
					p.cleared[d] = append(p.cleared[d], at)
				}
			}
		}
	}
}

// Singleton returns what gives every call of class c the same object,
// or "": the first __new__ along its MRO, when it keeps the instance it
// returns (`Config.__new__`), or the metaclass of c or of a base, when
// its __call__ keeps what it returns (`Singleton`, a `type` subclass
// whose __call__ caches an instance per class).
func (p *Program) Singleton(c *Class) string {
	order := p.MRO(c)
	for _, k := range order {
		if k.Methods["__new__"] != nil {
			if k.CachesInstance {
				return k.QualName + ".__new__"
			}
			break
		}
	}
	for _, k := range order {
		if k.Metaclass == "" {
			continue
		}
		if mc := p.Class(k.Metaclass); mc != nil {
			for _, m := range p.MRO(mc) {
				if m.Methods["__call__"] != nil {
					if m.CachesCalls {
						return mc.QualName
					}
					break
				}
			}
		}
	}
	return ""
}

// QualifiedName returns the canonical name of a class of the tree.
func (c *Class) QualifiedName() string { return c.Module.Name + "." + c.QualName }

// linkStarImports adds the public names of star-imported modules of the
// tree to the importing module's bindings (best effort: __all__ is not
// read, and a chain of star imports is followed in slice order only).
func (p *Program) linkStarImports(modules []*Module) {
	for _, m := range modules {
		for _, from := range m.StarImports {
			src := p.Module(from)
			if src == nil || src == m {
				continue
			}
			names := make([]string, 0, len(src.Bindings))
			for name := range src.Bindings {
				names = append(names, name)
			}
			slices.Sort(names) // deterministic first-binding-wins
			for _, name := range names {
				if !strings.HasPrefix(name, "_") {
					m.bind(name, &Binding{Kind: BindImport, Target: src.Name + "." + name})
				}
			}
		}
	}
}

// nameBySysPath finds each module below a directory that the tree's
// import-time code puts on sys.path (Module.SysPath) by its name from
// there too, where that names no module already and no other module
// claims it.
func (p *Program) nameBySysPath(modules []*Module, ambiguous map[string]bool) {
	var dirs []string
	for _, m := range modules {
		dirs = append(dirs, m.SysPath...)
	}
	if len(dirs) == 0 {
		return
	}
	// Several scripts often put the same directory there.
	slices.Sort(dirs)
	dirs = slices.Compact(dirs)
	claimed := map[string]*Module{}
	for _, m := range modules {
		for _, dir := range dirs {
			name, ok := sysPathName(m.Path, dir)
			if !ok || p.Modules[name] != nil || p.byPackageName[name] != nil || ambiguous[name] {
				continue
			}
			if other, dup := claimed[name]; dup && other != m {
				ambiguous[name] = true
				continue
			}
			claimed[name] = m
		}
	}
	for name, m := range claimed {
		if !ambiguous[name] {
			p.byPackageName[name] = m
		}
	}
}

// Module returns the module of the tree with this dotted name, or nil.
func (p *Program) Module(name string) *Module {
	m := p.Modules[name]
	if m == nil {
		m = p.byPackageName[name]
	}
	if m != nil && p.reads != nil {
		p.reads.module(m)
	}
	return m
}

// split finds the longest prefix of qn that is a module of the tree and
// returns it with the rest ("Outer.Inner" or "").
func (p *Program) split(qn string) (*Module, string) {
	return splitName(qn, p.longestModule, p.Module)
}

// splitName is split, with module finding a module by name and longest
// the length of the longest name it finds. A prefix longer than that is
// not looked up: each lookup costs the prefix's length, and a generated
// dotted name thousands of names long (an import) would cost the square
// of its length per use.
func splitName(qn string, longest int, module func(string) *Module) (*Module, string) {
	prefix := qn
	if len(prefix) > longest {
		prefix = parentName(qn[:longest+1])
	}
	for ; prefix != ""; prefix = parentName(prefix) {
		if m := module(prefix); m != nil {
			return m, strings.TrimPrefix(strings.TrimPrefix(qn, prefix), ".")
		}
	}
	return nil, ""
}

// Canonical follows qn through the imports and aliases of the tree's
// modules to where it is defined: "app.Order" re-exported by
// app/__init__.py from .models becomes "app.models.Order", and a module
// found by its PackageName gets its full name. Names outside the tree come back
// as they are.
func (p *Program) Canonical(qn string) string {
	for range 32 { // a cycle of re-exports ends here
		m, rest := p.split(qn)
		if m == nil {
			return qn
		}
		if rest == "" {
			// `from .contact import contact` in the package: the
			// package's attribute is what the import bound last, not
			// the submodule it came from.
			if pkg, last := p.Module(parentName(m.Name)), m.Name[strings.LastIndexByte(m.Name, '.')+1:]; pkg != nil {
				if b := pkg.Bindings[last]; b != nil && b.Kind == BindImport && b.Target != m.Name && strings.HasPrefix(b.Target, m.Name+".") {
					qn = b.Target
					continue
				}
			}
			return m.Name
		}
		first, tail, _ := strings.Cut(rest, ".")
		b := m.Bindings[first]
		if b == nil || b.Kind != BindImport && b.Kind != BindAlias {
			return join(m.Name, rest)
		}
		next := join(b.Target, tail)
		if next == qn {
			return qn
		}
		qn = next
	}
	return qn
}

// Class returns the class with canonical qualified name qn, or nil.
func (p *Program) Class(qn string) *Class {
	m, rest := p.split(p.Canonical(qn))
	if m == nil || rest == "" {
		return nil
	}
	return m.Classes[rest]
}

// Bases returns the classes c's bases resolve to, in order; a base outside
// the tree, or not a class statement, is left out.
func (p *Program) Bases(c *Class) []*Class {
	var bases []*Class
	for _, qn := range c.BaseNames {
		if qn == "" {
			continue
		}
		if b := p.Class(qn); b != nil && b != c {
			bases = append(bases, b)
		}
	}
	return bases
}

// MRO returns c and its ancestors in the tree, in a depth-first,
// left-to-right order with duplicates removed: for a lookup it agrees
// with Python's C3 order except in diamond hierarchies where a shared
// base shadows a name that a later sibling also defines.
//
// The order stops after maxMRO classes: rules ask for it per method and per
// mutation, so a generated hierarchy thousands of classes deep would
// otherwise cost the square of its depth (real hierarchies are a few
// dozen classes at most).
//
// The slice is shared: callers must not modify it.
func (p *Program) MRO(c *Class) []*Class {
	order, ok := p.mros[c]
	if !ok {
		order = p.mro(c)
	}
	p.readClasses(order)
	return order
}

func (p *Program) mro(c *Class) []*Class {
	var order []*Class
	seen := map[*Class]bool{}
	var visit func(*Class)
	visit = func(k *Class) {
		if seen[k] || len(order) >= maxMRO {
			return
		}
		seen[k] = true
		order = append(order, k)
		for _, b := range p.Bases(k) {
			visit(b)
		}
	}
	visit(c)
	return order
}

// maxMRO bounds the classes MRO returns.
const maxMRO = 200

// Related reports whether k and c are one class, or one derives from
// the other: an object of k may be one of c, or c's code may run on it.
func (p *Program) Related(k, c *Class) bool {
	return slices.Contains(p.MRO(k), c) || slices.Contains(p.MRO(c), k)
}

// AncestorNames returns the canonical qualified names of every base of c
// and its ancestors in the tree, including bases outside the tree
// ("django.db.models.Model"), so rules can ask "is this a Django model?".
// A library's class offered as an attribute of its object is named by
// the tables' name (libraries.InstanceAttr: a Celery app's app.Task is
// celery.Task).
func (p *Program) AncestorNames(c *Class) []string {
	var names []string
	for _, k := range p.MRO(c) {
		for _, qn := range k.BaseNames {
			if qn == "" {
				continue
			}
			qn = p.Canonical(qn)
			if m, rest := p.split(qn); m != nil && rest != "" && m.Classes[rest] == nil {
				// An attribute of an object of the tree: `class
				// Job(app.Task)`, app a Celery, is celery.Task.
				qn = p.libraryAttr(qn)
			}
			names = append(names, qn)
		}
	}
	return names
}

// HasLibraryBase reports whether a base of c, or of its bases in the
// tree, is a class outside the tree whose code the program does not see
// and which may call c's methods or bind its attributes: any but the
// plain ones (PlainBase).
func (p *Program) HasLibraryBase(c *Class) bool {
	for _, a := range p.MRO(c) {
		for _, qn := range a.BaseNames {
			if qn != "" && !PlainBase(qn) && p.Class(qn) == nil {
				return true
			}
		}
	}
	return false
}

// plainBases are bases outside the tree that call none of a class's
// methods.
var plainBases = map[string]bool{"object": true, "builtins.object": true, "abc.ABC": true, "typing.Generic": true, "typing.Protocol": true}

// PlainBase reports whether qn, a base outside the tree, calls no method
// of its subclasses the graph would not see, and binds none of their
// attributes: object and the typing bases, and the builtin exceptions,
// which Python builds by the class call the graph sees (`raise
// Error(...)`) and only prints (`__str__`).
func PlainBase(qn string) bool {
	if plainBases[qn] {
		return true
	}
	name, builtin := strings.CutPrefix(qn, "builtins.")
	return builtin && (name == "BaseException" || strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception") || strings.HasSuffix(name, "Warning"))
}

// classNames returns the class qn and, for a class of the tree, the
// canonical names of its bases and theirs.
func (p *Program) classNames(qn string) []string {
	out := []string{qn}
	if c := p.Class(qn); c != nil {
		out = append(out, p.AncestorNames(c)...)
	}
	return out
}

// LookupAttr finds the class-level attribute name on c or its ancestors,
// and the class that defines it.
func (p *Program) LookupAttr(c *Class, name string) (*ClassAttr, *Class) {
	for _, k := range p.MRO(c) {
		if a := k.Attrs[name]; a != nil {
			return a, k
		}
	}
	return nil, nil
}

// ImportedModules returns the names of the modules of the tree that a
// module-level import of another module names (import a.b, from a.b
// import c, from a.b import *), with the packages above them.
func (p *Program) ImportedModules() map[string]bool {
	if p.reads != nil {
		p.reads.mark(&p.reads.imported)
	}
	// What each module's importPrefixes names, put in one set without
	// listing each module's.
	out := map[string]bool{}
	has := func(name string) bool { return out[name] }
	add := func(name string) { out[name] = true }
	for _, m := range p.Modules {
		m.eachImportTarget(func(target string) { addWithPackages(target, has, add) })
	}
	for name := range out {
		if p.Modules[name] == nil {
			delete(out, name)
		}
	}
	return out
}

// namedByImports returns the targets of the module's import bindings and
// star imports with the packages above them, each once: a language
// server links the program at every edit, and most modules stay as they
// were.
func (m *Module) namedByImports() []string {
	var out []string
	var seen map[string]bool // past a few dozen names: a generated module's
	has := func(name string) bool {
		if seen == nil && len(out) > 32 {
			seen = make(map[string]bool, 2*len(out))
			for _, n := range out {
				seen[n] = true
			}
		}
		if seen != nil {
			return seen[name]
		}
		return slices.Contains(out, name)
	}
	add := func(name string) {
		out = append(out, name)
		if seen != nil {
			seen[name] = true
		}
	}
	m.eachImportTarget(func(target string) { addWithPackages(target, has, add) })
	return out
}

// imports reports whether a module-level import of m names the module
// pkg or something in it.
func (m *Module) imports(pkg string) bool {
	found := false
	m.eachImportTarget(func(target string) {
		found = found || target == pkg || strings.HasPrefix(target, pkg+".")
	})
	return found
}

// eachImportTarget calls f with what each of m's module-level import
// bindings and star imports names.
func (m *Module) eachImportTarget(f func(target string)) {
	for _, b := range m.Bindings {
		if b.Kind == BindImport {
			f(b.Target)
		}
	}
	for _, from := range m.StarImports {
		f(from)
	}
}

// addWithPackages adds target and the packages above it to a set (has,
// add), up to the first already in it: that one's packages are in it
// too.
func addWithPackages(target string, has func(string) bool, add func(string)) {
	for target != "" && !has(target) {
		add(target)
		i := strings.LastIndexByte(target, '.')
		if i < 0 {
			break
		}
		target = target[:i]
	}
}

// Global returns the module-level binding that the qualified name qn
// names, followed through imports and re-exports ("app.state.CACHE",
// or "app.CACHE" re-exported from app.state), with its module and its
// name there; nil when qn is not a module-level name of the tree.
func (p *Program) Global(qn string) (*Module, string, *Binding) {
	m, rest := p.split(p.Canonical(qn))
	if m == nil || rest == "" || strings.Contains(rest, ".") {
		return nil, "", nil
	}
	b := m.Bindings[rest]
	if b == nil {
		return nil, "", nil
	}
	return m, rest, b
}

// With returns a program that has m in place of the module of the same
// file (or in addition, for a new file), for a language server's first
// answer to an edit: only the edited module is linked. What the rest of
// the tree derived from the module it replaces stays as this program
// derived it (the classes that inherit from it, the methods reached
// from startup code, what is cleared), which a whole link then brings up
// to date. p is left as it was.
func (p *Program) With(m *Module) *Program {
	q := *p
	q.Modules, q.ByPath, q.byPackageName = maps.Clone(p.Modules), maps.Clone(p.ByPath), maps.Clone(p.byPackageName)
	q.importers = &importerIndex{p: &q}
	q.instances = &instanceIndex{p: &q}
	q.siteNames = &siteNameIndex{p: &q}
	old := p.ByPath[m.Path]
	if old != nil {
		if q.Modules[old.Name] == old {
			delete(q.Modules, old.Name)
		}
		for _, name := range [...]string{old.PackageName, old.NamespaceName} {
			if q.byPackageName[name] == old {
				delete(q.byPackageName, name)
			}
		}
		// A name from a directory on sys.path is the file's, whatever
		// the edit: the edited module has it now.
		for name, n := range q.byPackageName {
			if n == old {
				q.byPackageName[name] = m
			}
		}
	}
	q.ByPath[m.Path] = m
	if other := q.Modules[m.Name]; other == nil || m.IsPackage && !other.IsPackage {
		q.Modules[m.Name] = m
		q.longestModule = max(q.longestModule, len(m.Name))
	}
	for _, name := range [...]string{m.PackageName, m.NamespaceName} {
		if name != "" && name != m.Name && q.byPackageName[name] == nil {
			q.byPackageName[name] = m
			q.longestModule = max(q.longestModule, len(name))
		}
	}
	q.linkStarImports([]*Module{m})
	// The edited module's sites and methods in place of the old one's.
	q.sited = make([]*Module, 0, len(p.sited)+1)
	placed := len(m.sites) == 0
	for _, s := range p.sited {
		switch {
		case s != old:
			q.sited = append(q.sited, s)
		case !placed:
			q.sited, placed = append(q.sited, m), true
		}
	}
	if !placed {
		q.sited = append(q.sited, m)
	}
	q.redefined = cloneOrMake(p.redefined)
	for _, mod := range []*Module{old, m} {
		if mod == nil {
			continue
		}
		for _, c := range mod.Classes {
			for _, d := range c.Defs {
				q.redefined[d.Name] = slices.DeleteFunc(slices.Clone(p.definersOf(d.Name)), func(k *Class) bool { return k.Module == old })
			}
		}
	}
	for _, c := range m.Classes {
		for _, d := range c.Defs {
			if c.Methods[d.Name] == d {
				q.redefined[d.Name] = append(q.redefined[d.Name], c)
			}
		}
	}
	// In source order, as a whole link has them (indexCalls), not in the
	// order of the module's map of classes. Each list was cloned above.
	for _, c := range m.Classes {
		for _, d := range c.Defs {
			sortClasses(q.redefined[d.Name])
		}
	}
	// The classes of the tree that inherit from a class of the module
	// inherit from its new version (they name it, not the object).
	// Its methods that only startup code reached still are.
	q.resubclassed, q.restarted = cloneOrMake(p.resubclassed), cloneOrMake(p.restarted)
	for qn, c := range m.Classes {
		var ks []*Class
		if oc := old.classNamed(qn); oc != nil {
			ks = p.Subclasses(oc)
			for _, d := range c.Defs {
				if p.startupKey(methodKey{oc, d.Name}) {
					q.restarted[methodKey{c, d.Name}] = true
				}
			}
		}
		q.resubclassed[c] = ks
	}
	return &q
}

// cloneOrMake returns a copy of m, a map to write to even when m is nil.
func cloneOrMake[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return map[K]V{}
	}
	return maps.Clone(m)
}

// classNamed returns the class of m with qualified name qn within it, or
// nil (also for a nil m).
func (m *Module) classNamed(qn string) *Class {
	if m == nil {
		return nil
	}
	return m.Classes[qn]
}

// sortClasses orders ks by file, then by where each class starts: an
// order that does not depend on the maps they were gathered from.
func sortClasses(ks []*Class) {
	slices.SortFunc(ks, func(a, b *Class) int {
		if c := strings.Compare(a.Module.Path, b.Module.Path); c != 0 {
			return c
		}
		return cmp.Compare(a.Pos, b.Pos)
	})
}
