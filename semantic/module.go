// Package semantic is crosstalk's model of a Python program: the modules of
// the checked tree, what their names are bound to, their classes with bases
// resolved across modules, class-level and instance attributes, and method
// kinds, and an index of the call sites of methods across modules (which
// methods run only at startup). Rules read it; the call graph and
// framework entry points of the next steps are meant to be built on the
// same Program.
//
// Names are resolved to qualified names ("functools.lru_cache",
// "app.models.Order") without importing anything: a name bound by an import
// resolves to what it imports, a module-level def or class to
// "module.name", and an unbound name to "builtins.name". Program.Canonical
// then follows re-exports through other modules of the tree.
package semantic

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/crosstalk-dev/crosstalk/internal/slab"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Module is one source file of the checked tree.
type Module struct {
	Name      string // dotted module name, e.g. "app.models"; "app" for app/__init__.py
	Path      string
	IsPackage bool // an __init__.py
	test      bool // IsTest
	// PackageName is the name the module has when the topmost regular
	// package around it is on sys.path ("app.models" for
	// backend/app/models.py with backend/ a plain directory), "" when the
	// file is not in a regular package or the name equals Name. Program
	// finds modules by it too: a tree checked from above its import root
	// imports them that way.
	PackageName string
	// NamespaceName is PackageName with the namespace package above the
	// topmost regular package in front (a directory without __init__.py,
	// named as an identifier: PEP 420), "bodhi.server.models" for
	// bodhi-server/bodhi/server/models.py; "" when there is none, or it
	// is Name. Program finds modules by it too.
	NamespaceName string
	// SysPath are the directories the module's import-time code puts on
	// sys.path, computed from its own file's place (collectSysPath): the
	// modules below one are importable by their names from there.
	SysPath []string
	// File is the parsed file; nil after DropSyntax.
	File *parser.File

	// Bindings are the names bound at module level (including inside
	// module-level if/try/with/for blocks), first binding wins: a fallback
	// in `except ImportError:` does not hide the main import.
	Bindings map[string]*Binding
	// Annotated are the module-level names assigned a call's result, or
	// None, under an annotation that is a dotted name, with that name as
	// written (`app: Celery = Proxy(make_app)`: "Celery"). nil when none.
	Annotated map[string]string
	// Classes holds every class statement of the module, top level and
	// nested, by qualified name within the module ("Outer.Inner"): the
	// last of a name, which the name is bound to once the module ran.
	Classes map[string]*Class
	// Replaced are the class statements a later one of the same
	// qualified name replaced in Classes, in order: classes still, which
	// a decorator or a base's hook may have registered as they ran
	// (flask-restx resources of one name on two routes).
	Replaced []*Class
	// StarImports are the modules of `from m import *`, resolved, in order.
	StarImports []string
	// shadowed are the imports a top-level def or class statement of
	// the same name replaced in Bindings, by name: what that name still
	// is in the statement's own decorators (`from . import status`, then
	// `@status.route(...)` on `def status():`).
	shadowed map[string]string
	// committers are the module-level defs that commit a session when
	// the with statement they manage exits (collectCommitters), by name.
	committers map[string]bool
	// rowLockers are the defs that lock or claim the rows they read
	// (collectRowLockers), by __qualname__.
	rowLockers map[string]bool
	// CacheBindings are what the module binds the aliases of the
	// libraries' cache settings to, at module level (CACHES), in order.
	CacheBindings []CacheBinding
	// DebugSettings says the module binds the libraries' debug setting
	// True at module level (`DEBUG = True`): settings for development.
	DebugSettings bool
	// shadowedDefs are the defs a later def of the same name in their
	// scope binds over (shadowedDefs), named apart in the call graph
	// (defName): kept past the syntax for a summary made later, from
	// the file parsed again (LazySummaries).
	shadowedDefs map[token.Pos]bool
	// sites are the call sites of the module for Program's index.
	sites []pendingSite
	// made are the calls of methods on an object the def made itself, a
	// local it binds once, to what a call returns (`job =
	// Job.objects.create(...)`, then `job.start()`), by position, with
	// the dotted name called (MadeAt).
	made []madeCall
	// names interns the names the model keeps (Intern); syntax holds its
	// methods' MethodSyntax. Both are its Builder's, and nil after
	// DropSyntax.
	names  *interner
	syntax *slab.Slab[MethodSyntax]
	// stmtAttr is the ClassAttr of the names def and class statements
	// bind in the module's class bodies (statementAttr).
	stmtAttr *ClassAttr
	// defBinding and classBinding are the Bindings of the names def and
	// class statements bind at module level (statementBinding).
	defBinding, classBinding *Binding
	// libs is what the model knows of libraries: its Builder's.
	libs *libraries.Index
	// entry holds what the entry points are decided from (entry_facts.go);
	// nil for a module with none, and for test code.
	entry *entryFacts
	// cg is the module's call-graph summary (callgraph_summary.go).
	cg *cgSummary
	// functions are its defs with their scopes (Functions): syntax.
	functions []*Function
	// functionNamed indexes functions by __qualname__, the first of each
	// (FunctionNamed): syntax.
	functionNamed map[string]*Function
	// nodeBuf holds its defs' Nodes: its Builder's buffer, or nil;
	// nodesUsed, what of it they use.
	nodeBuf   *[]ast.Node
	nodesUsed []ast.Node
	// importPrefixes returns what its module-level imports name, with the
	// packages above (ImportedModules). Asked once the module is linked:
	// linking adds the bindings of its star imports, and a linked
	// module's bindings stay as they are (a Workspace models the star
	// importers of an edited module again).
	importPrefixes func() []string
	// root is the project package the module is under, which its bare
	// imports of the package's parts name (absolute); nil when none.
	root *ImportRoot
}

// Libraries returns what the model knows of libraries, for rules that
// look at one module.
func (m *Module) Libraries() *libraries.Index { return m.libs }

// reexported returns what an import of target binds: another library's
// module or name where a library re-exports it (Index.Reexported).
func (m *Module) reexported(target string) string {
	if m.libs == nil {
		return target
	}
	return m.libs.Reexported(target)
}

// statementAttr returns the one ClassAttr of the module for the names
// that def and class statements bind in class bodies: they have no value,
// and a class has about as many methods as other attributes.
func (m *Module) statementAttr() *ClassAttr {
	if m.stmtAttr == nil {
		m.stmtAttr = &ClassAttr{}
	}
	return m.stmtAttr
}

// statementBinding returns the one Binding of the module for the names
// that def statements (kind BindFunction) or class statements
// (BindClass) bind at module level: they hold nothing but the kind, and
// a module has about as many of them as other names.
func (m *Module) statementBinding(kind BindingKind) *Binding {
	b := &m.defBinding
	if kind == BindClass {
		b = &m.classBinding
	}
	if *b == nil {
		*b = &Binding{Kind: kind}
	}
	return *b
}

// BindingKind says what bound a module-level name.
type BindingKind uint8

const (
	BindImport   BindingKind = iota // import or from-import; Target is what it imports
	BindClass                       // class statement
	BindFunction                    // def or async def
	BindAlias                       // NAME = other.name; Target is the name it copies
	BindValue                       // any other assignment
)

// Binding is a module-level name. The names bound by def statements
// share one Binding per module, and so do those bound by class
// statements.
type Binding struct {
	Kind   BindingKind
	Target string // qualified name for BindImport and BindAlias
	Value  Value  // the assigned value for BindValue
}

// ModuleName returns the dotted module name of the file at path, and
// whether it is a package (__init__.py). root is the directory the file was
// found under (its own directory when a file was named); hasInit reports
// whether a directory holds an __init__.py.
//
// The import root is root, or above it while root is itself inside a
// regular package, so that `crosstalk check app/` still names modules
// "app.x". Directories between the import root and the file become
// package names whether or not they hold an __init__.py (namespace
// packages), except that a src/ directory that is not a package starts a
// root of its own (the "src layout"), and so do site-packages and
// dist-packages.
func ModuleName(path, root string, hasInit func(dir string) bool) (name string, isPackage bool) {
	return ModuleNameRunFrom(path, root, hasInit, func(string) bool { return false }, nil)
}

// ModuleNameRunFrom is ModuleName in a tree whose programs run from the
// directories runsFrom says (Django's, from manage.py's): Python puts a
// script's directory first on sys.path, so the imports of the code run
// from there start there, even where that directory is a package too
// (an __init__.py beside manage.py). The __init__.py of such a
// directory keeps its package's name. Names count from above the
// directories above says (nil: none), src/ ones too: where two services
// of a repository would give their modules the same names.
func ModuleNameRunFrom(path, root string, hasInit, runsFrom, above func(dir string) bool) (name string, isPackage bool) {
	name, isPackage = moduleName(path, root, func(dir string) bool { return hasInit(dir) && !runsFrom(dir) }, runsFrom, above)
	if name == "" {
		return moduleName(path, root, hasInit, func(string) bool { return false }, above)
	}
	return name, isPackage
}

func moduleName(path, root string, hasInit, runsFrom, above func(dir string) bool) (name string, isPackage bool) {
	path = filepath.Clean(path)
	dir := filepath.Dir(path)
	base := strings.TrimSuffix(filepath.Base(path), ".py")
	var parts []string
	if base == "__init__" {
		isPackage = true
	} else {
		parts = append(parts, base)
	}
	rootDir := filepath.Clean(root)
	for hasInit(rootDir) {
		parent := filepath.Dir(rootDir)
		if parent == rootDir {
			break
		}
		rootDir = parent
	}
	for d := dir; d != rootDir && within(d, rootDir); {
		if (isImportRoot(filepath.Base(d)) && !hasInit(d) || runsFrom(d)) && (above == nil || !above(d)) {
			break
		}
		parts = append(parts, filepath.Base(d))
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	slices.Reverse(parts)
	return strings.Join(parts, "."), isPackage
}

// PackageName returns the dotted name of the module at path counted from
// the topmost regular package (directory with __init__.py) that contains
// it, or "" when its directory is not a regular package.
func PackageName(path string, hasInit func(dir string) bool) string {
	path = filepath.Clean(path)
	var parts []string
	if base := strings.TrimSuffix(filepath.Base(path), ".py"); base != "__init__" {
		parts = append(parts, base)
	}
	d := filepath.Dir(path)
	if !hasInit(d) {
		return ""
	}
	for hasInit(d) {
		parts = append(parts, filepath.Base(d))
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	slices.Reverse(parts)
	return strings.Join(parts, ".")
}

// NamespaceName returns the dotted name of the module at path counted
// from the namespace packages above its topmost regular package (PEP
// 420: folders of the checked tree without __init__.py, named as
// identifiers), when the folder above them is one on sys.path: the
// checked tree's root, an import root (src, site-packages), or a folder
// named as no package (bodhi-server/bodhi/server/models.py is
// bodhi.server.models; site-packages/google/cloud/storage is
// google.cloud.storage). Folders inside a regular package are data, not
// namespaces. "" otherwise.
func NamespaceName(path, root string, hasInit func(dir string) bool) string {
	pkg := PackageName(path, hasInit)
	if pkg == "" {
		return ""
	}
	d := filepath.Dir(filepath.Clean(path))
	for parent := filepath.Dir(d); parent != d && hasInit(parent); parent = filepath.Dir(d) {
		d = parent
	}
	root = filepath.Clean(root)
	var chain []string
	p := filepath.Dir(d)
	for p != root && within(p, root) && !hasInit(p) && IsIdentifier(filepath.Base(p)) && !isImportRoot(filepath.Base(p)) {
		chain = append(chain, filepath.Base(p))
		next := filepath.Dir(p)
		if next == p {
			return ""
		}
		p = next
	}
	onPath := p == root || isImportRoot(filepath.Base(p)) || !IsIdentifier(filepath.Base(p))
	if len(chain) == 0 || !within(p, root) || hasInit(p) || !onPath {
		return ""
	}
	slices.Reverse(chain)
	return strings.Join(chain, ".") + "." + pkg
}

func isImportRoot(dir string) bool {
	return IsSrcFolder(dir) || dir == "site-packages" || dir == "dist-packages"
}

// IsSrcFolder reports whether a folder of the base name dir, not a
// package, is a project's source root (the "src layout").
func IsSrcFolder(dir string) bool { return dir == "src" }

func within(d, root string) bool {
	rel, err := filepath.Rel(root, d)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// NewModule builds the model of one parsed file. It looks at this file
// only; Program links modules together.
func NewModule(name string, isPackage bool, f *parser.File) *Module {
	b := Builder{CallGraph: AllSummaries}
	return b.NewModule(name, isPackage, f)
}

// A Builder builds the models of files one after another, reusing its
// scratch memory (the table of interned names, the call sites being
// collected) between them. A module it built must have DropSyntax called
// before it builds the next. Give each goroutine its own; the zero value
// is ready to use.
type Builder struct {
	// CallGraph says which modules to summarise for the call graph
	// (Program.CallGraph leaves out the others). A summary costs a walk
	// of the tree and memory per module that a run without the graph
	// need not pay.
	CallGraph Summaries

	names    interner
	sites    siteBuf
	scopeMem scopeMem
	syntax   slab.Slab[MethodSyntax] // of the module being built
	nodes    []ast.Node              // the Nodes of its defs (collectNodes)
	libs     *libraries.Index        // libraries.Default(), set with the first module
	cg       cgScratch
	facts    factScratch
}

// Summaries says which modules a Builder summarises for the call graph.
type Summaries uint8

const (
	NoSummaries Summaries = iota
	// ProductionSummaries leaves out test code (Module.IsTest), which
	// is never on a request path: in many projects it is most of the
	// tree.
	ProductionSummaries
	AllSummaries
)

// maxKeptScratch bounds the maps a Builder keeps for the next file:
// clearing a map costs its capacity, so a map that grew past a typical
// file's is made anew rather than cleared for every later file.
const maxKeptScratch = 1 << 9

// maxKeptSites bounds the call-site buffer a Builder keeps.
const maxKeptSites = 1 << 14

// scratch returns m cleared for reuse, or a new map if m grew too large.
func scratch[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > maxKeptScratch {
		return map[K]V{}
	}
	clear(m)
	return m
}

// An ImportRoot is a package that is a project of its own, run from its
// folder (a pyproject.toml beside its __init__.py): a bare import of one
// of its parts, by Names, in a module under it is of that part, named
// with Prefix, the package's own name, in front.
type ImportRoot struct {
	Prefix string
	Names  map[string]bool
}

// NewModule builds the model of one parsed file, as the function
// NewModule does.
func (b *Builder) NewModule(name string, isPackage bool, f *parser.File) *Module {
	return b.NewModuleUnder(name, isPackage, f, nil)
}

// HasImportRoot reports whether m was built under an ImportRoot.
func (m *Module) HasImportRoot() bool { return m.root != nil }

// NewModuleUnder is NewModule for a file under root (nil: none).
func (b *Builder) NewModuleUnder(name string, isPackage bool, f *parser.File, root *ImportRoot) *Module {
	// The table is not sized from the file: its distinct names are no
	// measure of its bytes (a median of one per 118 bytes in the large
	// files of CPython's library, one in 4 MB for a data file), and
	// growing it to the names costs less than making room that stays
	// empty: 40 MB of tables on that tree.
	b.names.strs = scratch(b.names.strs)
	b.syntax.SetKeep(true) // the zero Builder is ready to use
	b.syntax.Rewind()      // the last module's syntax is dropped
	clear(b.nodes)         // and so are its defs' nodes
	b.nodes = b.nodes[:0]
	if b.libs == nil {
		b.libs = libraries.Default()
	}
	m := &Module{
		Name: name, Path: f.Name, IsPackage: isPackage, File: f,
		Bindings: map[string]*Binding{},
		Classes:  map[string]*Class{},
		names:    &b.names,
		syntax:   &b.syntax,
		nodeBuf:  &b.nodes,
		libs:     b.libs,
		root:     root,
	}
	m.importPrefixes = sync.OnceValue(m.namedByImports)
	m.bindBlock(f.Module.Body, true)
	m.test = m.isTest(f.Module.Body)
	m.SysPath = m.collectSysPath(f.Module.Body)
	m.committers = m.collectCommitters(f.Module.Body)
	m.rowLockers = m.collectRowLockers(f.Src)
	m.collectClasses(f.Module.Body, make([]string, 0, 8), nil)
	for _, c := range m.Classes {
		for _, d := range c.Defs {
			scanBody(d)
		}
		ownCopiesOfCallers(c)
		c.collectLoopClients()
	}
	for _, c := range m.Replaced {
		for _, d := range c.Defs {
			scanBody(d)
		}
		ownCopiesOfCallers(c)
		c.collectLoopClients()
	}
	m.shadowedDefs = shadowedDefs(f.Module.Body)
	if !m.IsTest() {
		m.sites = b.collectSites(m)
		m.entry = collectEntryFacts(m, &b.facts)
	}
	if b.CallGraph == AllSummaries || b.CallGraph == ProductionSummaries && !m.IsTest() {
		m.cg = b.summarize(m, f)
	}
	return m
}

// DropSyntax lets go of the file's tree and source: what is left is the
// model other modules ask about (names, bindings, classes with their
// attributes, methods and mutations, the call sites). The fields
// documented as syntax are nil afterwards.
func (m *Module) DropSyntax() {
	m.File = nil
	m.dropNodes()
	// nodeBuf too: it points into the Builder, which would otherwise
	// live, with all its scratch memory, as long as the module.
	m.names, m.syntax, m.functions, m.functionNamed, m.nodeBuf = nil, nil, nil, nil, nil
	for _, c := range m.Classes {
		c.dropSyntax()
	}
	for _, c := range m.Replaced {
		c.dropSyntax()
	}
}

func (c *Class) dropSyntax() {
	c.Node = nil
	for _, d := range c.Defs {
		d.MethodSyntax = nil
	}
}

func (m *Module) bind(name string, b *Binding) {
	if _, ok := m.Bindings[name]; !ok {
		if b.Target != "" { // not a statementBinding, which is shared
			b.Target = m.Intern(b.Target)
		}
		m.Bindings[m.Intern(name)] = b
	}
}

// Intern returns s in memory of its own, shared with the module's other
// copies of it. The parser's identifiers are slices of the file's source:
// a name the model or a rule keeps after DropSyntax must be interned, or
// it pins the whole source. After DropSyntax it only copies s.
func (m *Module) Intern(s string) string {
	if m.names == nil {
		return strings.Clone(s)
	}
	return m.names.intern(s)
}

// internJoin returns Intern(join(a, b)): a dotted name built in the
// interner's buffer rather than in memory of its own, which would be
// garbage as soon as it is interned.
func (m *Module) internJoin(a, b string) string {
	switch {
	case a == "":
		return m.Intern(b)
	case b == "":
		return m.Intern(a)
	}
	return m.internConcat([]string{a, "."}, b)
}

// internConcat returns Intern of parts and last concatenated, built in
// the interner's buffer.
func (m *Module) internConcat(parts []string, last string) string {
	if m.names == nil {
		return strings.Join(parts, "") + last
	}
	return m.names.internConcat(parts, last)
}

// interner copies names into chunks of memory of its own, one allocation
// for many names, and hands out one copy of each name per module.
type interner struct {
	strs  map[string]string
	chunk []byte
	buf   []byte // where internConcat builds a name
}

// Chunks of internChunk bytes hold the names up to maxChunked bytes long.
const (
	internChunk = 8 << 10
	maxChunked  = 256
)

func (in *interner) intern(s string) string {
	if t, ok := in.strs[s]; ok || s == "" {
		return t
	}
	return in.add(s)
}

func (in *interner) internConcat(parts []string, last string) string {
	buf := in.buf[:0]
	for _, p := range parts {
		buf = append(buf, p...)
	}
	buf = append(buf, last...)
	in.buf = buf
	if t, ok := in.strs[string(buf)]; ok || len(buf) == 0 {
		return t
	}
	// add copies the bytes before the buffer is written again.
	return in.add(unsafe.String(unsafe.SliceData(buf), len(buf)))
}

// add interns s, a name not interned yet, in a copy of its own.
func (in *interner) add(s string) string {
	var t string
	if len(s) > maxChunked {
		t = strings.Clone(s)
	} else {
		if len(s) > cap(in.chunk)-len(in.chunk) {
			in.chunk = make([]byte, 0, internChunk)
		}
		start := len(in.chunk)
		in.chunk = append(in.chunk, s...)
		// The bytes are never written again: the next names go after them.
		t = unsafe.String(&in.chunk[start], len(s))
	}
	in.strs[t] = t
	return t
}

// importedNames calls f with each name the import statement st binds
// and what it imports, from and name: `import a.b` binds a to ("", a),
// `import a.b as c` c to ("", a.b), `from .x import y as z` z to
// (<package>.x, y). A star import calls f with local "*" and its module.
func (m *Module) importedNames(st ast.Stmt, f func(local, from, name string)) {
	switch st := st.(type) {
	case *ast.Import:
		for _, a := range st.Names {
			if a.Asname != "" {
				f(a.Asname, "", m.absolute(a.Name))
			} else {
				first, _, _ := strings.Cut(a.Name, ".")
				f(first, "", m.absolute(first))
			}
		}
	case *ast.ImportFrom:
		from := m.ResolveRelative(st.Module, st.Level)
		for _, a := range st.Names {
			switch {
			case a.Name == "*":
				f("*", from, "")
			case a.Asname != "":
				f(a.Asname, from, a.Name)
			default:
				f(a.Name, from, a.Name)
			}
		}
	}
}

// bindBlock records the module-level bindings of body, descending into
// blocks that run at import time but not into functions or classes. The
// first binding of a name is kept (an import tried before its fallback),
// but a def or class statement at the top level, which always runs,
// replaces an import before it: the module's attribute is the def.
func (m *Module) bindBlock(body []ast.Stmt, top bool) {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Import, *ast.ImportFrom:
			m.importedNames(s, func(local, from, name string) {
				switch _, bound := m.Bindings[local]; {
				case local == "*":
					m.StarImports = append(m.StarImports, m.Intern(from))
				case !bound:
					m.bind(local, &Binding{Kind: BindImport, Target: m.reexported(m.internJoin(from, name))})
				}
			})
		case *ast.ClassDef:
			m.bindStatement(s.Name, BindClass, top)
		case *ast.FunctionDef:
			m.bindStatement(s.Name, BindFunction, top)
		case *ast.AsyncFunctionDef:
			m.bindStatement(s.Name, BindFunction, top)
		case *ast.Assign:
			for _, t := range s.Targets {
				m.bindTarget(t, s.Value)
			}
		case *ast.AnnAssign:
			if s.Value != nil {
				m.bindTarget(s.Target, s.Value)
				m.annotate(s)
			}
		case *ast.If:
			m.bindBlock(s.Body, false)
			m.bindBlock(s.Orelse, false)
		case *ast.Try:
			m.bindBlock(s.Body, false)
			for _, h := range s.Handlers {
				m.bindBlock(h.Body, false)
			}
			m.bindBlock(s.Orelse, false)
			m.bindBlock(s.Finalbody, false)
		case *ast.With:
			m.bindBlock(s.Body, false)
		case *ast.ExprStmt:
			m.setAtImport(s.Value)
		}
	}
}

// setAtImport keeps, on the binding of a name bound to a call, the
// display that `name.set(display)` at import gives it: a ContextVar's
// value in the import's context, which every context copied from it
// starts from.
func (m *Module) setAtImport(e ast.Expr) {
	c, ok := e.(*ast.Call)
	if !ok || len(c.Args) != 1 || len(c.Keywords) != 0 {
		return
	}
	f, ok := c.Func.(*ast.Attribute)
	if !ok || f.Attr != "set" {
		return
	}
	if n, ok := f.Value.(*ast.Name); ok {
		if b := m.Bindings[n.Id]; b != nil && b.Kind == BindValue && b.Value.Kind == Call && b.Value.Display == "" {
			b.Value.Display = displayOf(c.Args[0])
		}
	}
}

// bindStatement binds name to the def or class statement of kind; at
// the top level, in place of an import of the name before it.
func (m *Module) bindStatement(name string, kind BindingKind, top bool) {
	if b := m.Bindings[name]; top && b != nil && b.Kind == BindImport {
		if m.shadowed == nil {
			m.shadowed = map[string]string{}
		}
		m.shadowed[m.Intern(name)] = b.Target
		// Deleted first: assigning to a key there keeps the new key, a
		// slice of the source the model must not pin.
		delete(m.Bindings, name)
	}
	m.bind(name, m.statementBinding(kind))
}

// annotate keeps the class the annotation of s names (annotatedClass),
// for an assignment of a call's result to a name: the class of what the
// call returns, when the call does not say (a proxy, a factory outside
// the tree); or of None, a placeholder that a set-up function replaces
// (`huey: TransactionalHuey = None`, then `global huey; huey =
// TransactionalHuey(...)` in init_huey).
func (m *Module) annotate(s *ast.AnnAssign) {
	n, ok := s.Target.(*ast.Name)
	_, kept := s.Value.(*ast.Call)
	if c, isConst := s.Value.(*ast.Constant); isConst && c.Value == nil {
		kept = true // a placeholder
	}
	if !ok || !kept {
		return
	}
	if path := annotatedClass(s.Annotation); Capitalised(path) {
		if m.Annotated == nil {
			m.Annotated = map[string]string{}
		}
		m.Annotated[m.Intern(n.Id)] = m.Intern(path)
	}
}

func (m *Module) bindTarget(t, value ast.Expr) {
	n, ok := t.(*ast.Name)
	if !ok {
		return
	}
	switch value.(type) {
	case *ast.Name, *ast.Attribute:
		if q := m.Resolve(value); q != "" {
			m.bind(n.Id, &Binding{Kind: BindAlias, Target: q})
			return
		}
	}
	m.bind(n.Id, &Binding{Kind: BindValue, Value: m.ValueOf(value)})
}

// ResolveRelative returns the absolute module named by `from <dots><name>`
// in m: level 1 is m's own package.
func (m *Module) ResolveRelative(name string, level int) string {
	if level == 0 {
		return m.absolute(name)
	}
	pkg := m.Name
	if !m.IsPackage {
		pkg = parentName(pkg)
	}
	for range level - 1 {
		pkg = parentName(pkg)
	}
	return join(pkg, name)
}

// absolute returns the module an absolute import of name imports: under
// an ImportRoot, one of its parts by its full name.
func (m *Module) absolute(name string) string {
	if m.root == nil {
		return name
	}
	if top, _, _ := strings.Cut(name, "."); m.root.Names[top] {
		return m.root.Prefix + "." + name
	}
	return name
}

func parentName(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return ""
}

func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}

// Resolve returns the qualified name a Name or dotted Attribute chain in
// m's module scope refers to, or "" for anything else. It does not see
// local variables of functions: callers resolving inside a function must
// rule out local shadowing themselves where it matters.
func (m *Module) Resolve(e ast.Expr) string { return m.ResolvePath(DottedPath(e)) }

// ResolveName returns the qualified name of a module-level name.
func (m *Module) ResolveName(id string) string {
	b, ok := m.Bindings[id]
	if !ok {
		return "builtins." + id
	}
	switch b.Kind {
	case BindImport, BindAlias:
		return b.Target
	}
	return join(m.Name, id)
}

// HasMainBlock reports whether m has an `if __name__ == "__main__":`
// block: it may be run as a script.
func (m *Module) HasMainBlock() bool { return m.entry != nil && m.entry.mainLine > 0 }

// InMainBlock reports whether pos is in the body of m's `if __name__ ==
// "__main__":` block, which runs when m is run as a script, not when it
// is imported.
func (m *Module) InMainBlock(pos token.Pos) bool {
	return m.entry != nil && m.entry.mainLine > 0 && m.entry.mainSpan.Lo <= pos && pos < m.entry.mainSpan.Hi
}

// DefAt returns the qualified name of the innermost def of m whose
// statement holds pos ("app.create_app.index"), as entry points are
// named; "" at module level or in a class body, and in a module with no
// entry facts (test code).
func (m *Module) DefAt(pos token.Pos) string {
	if m.entry == nil {
		return ""
	}
	name, start := "", token.Pos(-1)
	for _, d := range m.entry.defs {
		if d.Pos <= pos && pos < d.End && d.Pos > start {
			name, start = d.Name, d.Pos
		}
	}
	if name == "" {
		return ""
	}
	return m.Name + "." + name
}

// IsTest reports whether m is test code: a test file (IsTestFile; by
// its suffix alone, one that holds a test), or a module inside a package
// of tests or test helpers (tests, test, testing: CPython's test,
// django.test, flask.testing).
func (m *Module) IsTest() bool { return m.test }

// isTest is IsTest, decided once the module's bindings are known. A
// file named a test by its suffix alone (`means_test.py`) is one only
// when it holds a test or imports a test framework (holdsTests): the
// suffix is pytest's pattern, and a word of production names too. A
// module that imports a test runner at module level is one whatever
// its name (a plugin of fixtures, `pytest_conftest.py`).
func (m *Module) isTest(body []ast.Stmt) bool {
	if IsTestFile(m.Path) {
		base := filepath.Base(m.Path)
		bySuffix := !strings.HasPrefix(base, "test_") && (strings.HasSuffix(base, "_test.py") || strings.HasSuffix(base, "_tests.py"))
		if !bySuffix || m.holdsTests(body) {
			return true
		}
	}
	if m.libs != nil {
		for _, b := range m.Bindings {
			if b.Kind == BindImport && m.libs.IsTestRunner(b.Target) {
				return true
			}
		}
	}
	return m.namePart(testParts...)
}

// holdsTests reports whether body, a module's, defines a test (a
// function named test*, a class named Test* or built on a *TestCase) or
// the module imports a test framework (the libraries' TestPackages).
func (m *Module) holdsTests(body []ast.Stmt) bool {
	for _, st := range body {
		switch st := st.(type) {
		case *ast.FunctionDef:
			if strings.HasPrefix(st.Name, "test") {
				return true
			}
		case *ast.AsyncFunctionDef:
			if strings.HasPrefix(st.Name, "test") {
				return true
			}
		case *ast.ClassDef:
			if strings.HasPrefix(st.Name, "Test") {
				return true
			}
			for _, b := range st.Bases {
				if p := m.ResolvePath(DottedPath(b)); strings.HasSuffix(p, "TestCase") {
					return true
				}
			}
		}
	}
	if m.libs == nil {
		return false
	}
	for _, b := range m.Bindings {
		if b.Kind == BindImport && m.libs.IsTestPackage(b.Target) {
			return true
		}
	}
	return false
}

// IsExample reports whether m is example code: a module inside a
// folder or package named examples or example, or a framework's
// project_template (what `startproject` copies for a new project),
// which shows how to use the code and is not what the service runs.
func (m *Module) IsExample() bool { return m.namePart(exampleParts...) }

// StubPart returns the part of m's dotted name that makes it a stub of
// another service (a package named stubs, fakes or mocks: a stand-in
// for a service it talks to, run for local runs and tests in its
// place), or "".
func (m *Module) StubPart() string {
	for part := range strings.SplitSeq(m.Name, ".") {
		if slices.Contains(stubParts, part) {
			return part
		}
	}
	return ""
}

// The parts of a module's name that make it test code, example code, or
// a stub of another service.
var (
	testParts    = []string{"tests", "test", "testing", "e2e", "e2e_tests", "integration_tests", "functional_tests"}
	exampleParts = []string{"examples", "example", "project_template"}
	stubParts    = []string{"stubs", "fakes", "mocks"}
)

// NamesTestOrExample reports whether a folder of this name makes the
// modules in it test or example code (IsTest, IsExample): a folder
// their names must keep.
func NamesTestOrExample(folder string) bool {
	return slices.Contains(testParts, folder) || slices.Contains(exampleParts, folder)
}

// namePart reports whether a part of m's dotted name is one of names,
// found without splitting the name into a new slice: the driver asks
// once per call edge it follows.
func (m *Module) namePart(names ...string) bool {
	for part := range strings.SplitSeq(m.Name, ".") {
		if slices.Contains(names, part) {
			return true
		}
	}
	return false
}

// IsTestFile reports whether path names a test file by pytest's and
// Django's conventions: test_*.py, *_test.py, *_tests.py, tests.py,
// conftest.py, and testutils.py.
func IsTestFile(path string) bool {
	base := filepath.Base(path)
	return strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || strings.HasSuffix(base, "_tests.py") ||
		base == "tests.py" || base == "conftest.py" || base == "testutils.py"
}
