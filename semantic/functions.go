package semantic

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Function is one def of a module (at module level, in a class body, or
// nested in another def) with what its scope binds: the rules that look
// at module state from code ask which names of a body are the module's.
// It is syntax: Module.Functions builds them while the tree is there.
type Function struct {
	QualName string // "f", "C.m", "f.<locals>.g", as __qualname__
	Node     ast.Stmt
	Args     *ast.Arguments
	Body     []ast.Stmt
	Parent   *Function // the def it is nested in, or nil

	// own is what the body binds in its own scope, nil until Local
	// needs it; globals is what it declares global, found with the defs.
	own, globals map[string]bool
	// imports are the names the body binds by its own imports, with what
	// they import, "" for one it also binds otherwise; nil until
	// Module.ResolveIn needs them.
	imports map[string]string
	// nodes are the body's own nodes (Nodes), filled with the defs.
	nodes []ast.Node
}

// Nodes returns the nodes of f's body that run in its own scope, in the
// order EachOwnNode visits them. The lists are built with the defs: a
// dozen rules read every def of a file, and walking a flat list is a
// fraction of walking the tree again for each of them.
func (f *Function) Nodes() []ast.Node { return f.nodes }

// EachNode calls visit on each of Nodes.
func (f *Function) EachNode(visit func(ast.Node)) {
	for _, n := range f.Nodes() {
		visit(n)
	}
}

// FunctionOf returns the Function of the def statement def of m, or nil
// when def is not one of m's defs. Functions lists the defs outer before
// inner in source order, so by where they start: a search, not a map.
func (m *Module) FunctionOf(def ast.Stmt) *Function {
	fns := m.Functions()
	i, found := slices.BinarySearchFunc(fns, def.Pos(), func(fn *Function, pos token.Pos) int { return cmp.Compare(fn.Node.Pos(), pos) })
	if !found || fns[i].Node != def {
		return nil
	}
	return fns[i]
}

// Functions returns the defs of m, outer before inner, in source order.
// They are built on the first call and kept until DropSyntax: the rules
// of one file, which run one after the other, share them.
func (m *Module) Functions() []*Function {
	if m.functions == nil && m.File != nil {
		m.functions = []*Function{}
		m.collectFunctions(m.File.Module.Body, "", nil)
		m.collectNodes()
	}
	return m.functions
}

// FunctionNamed returns the first def of m whose __qualname__ is
// qualName ("f", "f.<locals>.g", "C.m"), or nil: an index built on the
// first call, so that a rule asking it of every call it reads costs a
// lookup, not a walk of the module's defs.
func (m *Module) FunctionNamed(qualName string) *Function {
	if m.functionNamed == nil {
		fns := m.Functions()
		m.functionNamed = make(map[string]*Function, len(fns))
		for _, fn := range fns {
			if _, dup := m.functionNamed[fn.QualName]; !dup {
				m.functionNamed[fn.QualName] = fn
			}
		}
	}
	return m.functionNamed[qualName]
}

// collectNodes fills each def's Nodes, all in one buffer: its Builder's,
// reused from module to module, so that listing the nodes of a tree
// allocates nothing once the buffer has grown to the largest file.
func (m *Module) collectNodes() {
	var buf []ast.Node
	if m.nodeBuf != nil {
		buf = *m.nodeBuf
	}
	starts := make([]int, len(m.functions)+1)
	for i, fn := range m.functions {
		starts[i] = len(buf)
		EachOwnNode(fn.Body, func(n ast.Node) { buf = append(buf, n) })
	}
	starts[len(m.functions)] = len(buf)
	for i, fn := range m.functions {
		fn.nodes = buf[starts[i]:starts[i+1]:starts[i+1]]
	}
	if m.nodeBuf != nil {
		*m.nodeBuf = buf
	}
	if len(buf) > 0 {
		// Not an empty slice of the Builder's array: it would keep the
		// array, and the trees later modules put in it, alive with m.
		m.nodesUsed = buf
	}
}

// dropNodes lets go of the nodes m's defs listed in its Builder's buffer,
// unless a later module of the Builder uses the buffer now.
func (m *Module) dropNodes() {
	used := m.nodesUsed
	m.nodesUsed = nil
	if m.nodeBuf == nil || len(used) == 0 {
		return
	}
	if buf := *m.nodeBuf; len(buf) == len(used) && &buf[0] == &used[0] {
		clear(buf)
		*m.nodeBuf = buf[:0]
	}
}

// collectFunctions walks statements only: defs and global declarations
// are statements, so the expressions between them need no visit.
func (m *Module) collectFunctions(stmts []ast.Stmt, prefix string, parent *Function) {
	for _, st := range stmts {
		var fn *Function
		switch n := st.(type) {
		case *ast.FunctionDef:
			fn = &Function{QualName: prefix + n.Name, Node: n, Args: n.Args, Body: n.Body, Parent: parent}
		case *ast.AsyncFunctionDef:
			fn = &Function{QualName: prefix + n.Name, Node: n, Args: n.Args, Body: n.Body, Parent: parent}
		case *ast.ClassDef:
			// A class body's names are not its methods' scope.
			m.collectFunctions(n.Body, prefix+n.Name+".", parent)
			continue
		case *ast.Global:
			// Read here, in the walk that finds the defs: Global is asked
			// of every assignment, Local of far fewer names.
			if parent != nil {
				if parent.globals == nil {
					parent.globals = map[string]bool{}
				}
				for _, name := range n.Names {
					parent.globals[name] = true
				}
			}
			continue
		default:
			ast.EachBlock(st, func(b []ast.Stmt) { m.collectFunctions(b, prefix, parent) })
			continue
		}
		m.functions = append(m.functions, fn)
		m.collectFunctions(fn.Body, fn.QualName+".<locals>.", fn)
	}
}

// Local reports whether name, read in f's body, is f's own or an
// enclosing def's: a parameter, an assignment or deletion target, an
// import, a nested def or class, an except or match name, and not
// declared global in f.
func (f *Function) Local(name string) bool {
	f.scan()
	if f.globals[name] {
		return false
	}
	if f.own[name] || HasParam(f.Args, name) {
		return true
	}
	return f.Parent != nil && f.Parent.Local(name)
}

// ResolveIn resolves path as read in f's body: through an import in f,
// or in a def around it, that binds its first name (`def upload(): import
// boto3; boto3.client("s3")` reads boto3.client), "" when anything else
// binds the name there (a parameter, a local), and as the module reads
// it otherwise.
func (m *Module) ResolveIn(f *Function, path string) string {
	first, rest, _ := strings.Cut(path, ".")
	for g := f; g != nil; g = g.Parent {
		if g.Global(first) {
			break
		}
		if t, ok := g.importsOf(m)[first]; ok {
			if t == "" {
				return ""
			}
			return join(t, rest)
		}
		g.scan()
		if g.own[first] || HasParam(g.Args, first) {
			return ""
		}
	}
	return m.ResolvePath(path)
}

// importsOf finds, once, the names f's own imports bind (imports).
func (f *Function) importsOf(m *Module) map[string]string {
	if f.imports != nil {
		return f.imports
	}
	f.imports = map[string]string{}
	other := map[string]bool{}
	bind := func(name, target string) {
		if t, seen := f.imports[name]; seen && t != target {
			target = ""
		}
		f.imports[name] = target
	}
	for _, n := range f.Nodes() {
		switch n := n.(type) {
		case *ast.Import, *ast.ImportFrom:
			m.importedNames(n.(ast.Stmt), func(local, from, name string) {
				if local != "*" {
					bind(local, m.reexported(join(from, name)))
				}
			})
		case *ast.Alias:
		default:
			if name := boundName(n); name != "" {
				other[name] = true
			}
		}
	}
	for name := range other {
		if _, ok := f.imports[name]; ok {
			f.imports[name] = ""
		}
	}
	return f.imports
}

// Global reports whether f declares name global.
func (f *Function) Global(name string) bool { return f.globals[name] }

// Binds reports whether name is f's own: a parameter, or bound in its
// own scope, not in a def it is nested in.
func (f *Function) Binds(name string) bool {
	f.scan()
	return !f.globals[name] && (f.own[name] || HasParam(f.Args, name))
}

// scan reads what f's own scope binds, once.
func (f *Function) scan() {
	if f.own != nil {
		return
	}
	f.own = map[string]bool{}
	for _, n := range f.Nodes() {
		if name := boundName(n); name != "" {
			f.own[name] = true
		}
	}
}

// boundName returns the name n binds in the scope it runs in: an
// assignment or deletion target, a def or class statement, an import, an
// except or match name; "" for anything else.
func boundName(n ast.Node) string {
	switch n := n.(type) {
	case *ast.Name:
		if n.Ctx == ast.Store || n.Ctx == ast.Del {
			return n.Id
		}
	case *ast.FunctionDef:
		return n.Name
	case *ast.AsyncFunctionDef:
		return n.Name
	case *ast.ClassDef:
		return n.Name
	case *ast.Alias:
		if n.Asname != "" {
			return n.Asname
		}
		name, _, _ := strings.Cut(n.Name, ".")
		return name
	case *ast.ExceptHandler:
		return n.Name
	case *ast.MatchAs:
		return n.Name
	case *ast.MatchStar:
		return n.Name
	case *ast.MatchMapping:
		return n.Rest
	}
	return ""
}
