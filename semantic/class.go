package semantic

import (
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Class is one class statement.
type Class struct {
	Name     string // as written
	QualName string // within the module: "Outer.Inner"
	Module   *Module
	Node     *ast.ClassDef // syntax: nil after Module.DropSyntax
	Pos      token.Pos     // where the class statement starts
	Outer    *Class        // the enclosing class of a nested class, or nil

	// BaseNames are the qualified names of the bases as written, resolved
	// in the module scope ("" for a base that is not a dotted name, such
	// as a call). Program.Bases turns them into Class models.
	BaseNames []string
	// Decorators are the qualified names of the class decorators (the
	// callee for a decorator call).
	Decorators []string

	// Attrs are the names bound in the class body, first binding wins.
	Attrs map[string]*ClassAttr
	// Methods are the functions defined in the class body, by name; for
	// a property with a setter, the first definition.
	Methods map[string]*Method
	// Defs are all the functions of the class body in source order,
	// including redefinitions (a property's setter) that Methods hides.
	Defs []*Method
	// InstanceAttrs are the attributes assigned through self in __init__
	// and in the methods __init__ calls on self, transitively.
	InstanceAttrs map[string]bool
	// LazyAttrs are those of InstanceAttrs that __init__ sets only under
	// a check that an attribute of self is unset (`if not self.session:
	// self._setup_session()`): set once, then kept by the object.
	LazyAttrs map[string]bool
	// LocalAttrs are those of InstanceAttrs bound to a library's object
	// that holds one value per thread or context (`self.local =
	// threading.local()`): a part of the object that is no one else's.
	LocalAttrs map[string]bool
	// LockAttrs are those of InstanceAttrs bound to a new lock
	// (`self.cond = threading.Condition()`): a with statement over one
	// holds a lock.
	LockAttrs map[string]bool
	// LoopClients are the attributes its methods set on self to a
	// client bound to the event loop it opens its connections in, which
	// keeps them (`self.engine = create_async_engine(url)`, not with
	// NullPool; a session factory over such an attribute), by
	// attribute: the factory, qualified. An object kept for the process
	// keeps them too (CT502).
	LoopClients map[string]string
	// CachesInstance: its own __new__ returns an instance it keeps (on
	// the class, in a container of the class, or in a module global),
	// so that every call of the class returns the same object.
	CachesInstance bool
	// CachesCalls: its own __call__ returns an object it keeps, as
	// CachesInstance's: as a metaclass, it gives each of its classes one
	// instance (`class Singleton(type)`).
	CachesCalls bool
	// Metaclass is the qualified name of the class statement's
	// `metaclass=` keyword, resolved in the module scope; "" for none.
	Metaclass string
	// BodyRefs are the methods of the class that its body's own code
	// reads by name, outside the defs (`tokens = {"root": [(r"<",
	// push_state)]}`, a decorator given one): taken as values, to be
	// called by whatever gets them. nil for most classes.
	BodyRefs []string
	// Relations are the relations to other models that its body
	// declares (the libraries' RelationFields), in source order; nil for
	// most classes.
	Relations []Relation
	// InitOnce: its own __init__ checks self before it sets anything
	// (`if self._initialized: return`, `if not hasattr(self, "x"):`), so
	// that it runs its body once per object.
	InitOnce bool
	// Stubbed: a method of its own body does nothing but raise
	// NotImplementedError (after its docstring): an abstract base by
	// convention, whose subclasses implement it.
	Stubbed bool
}

// ClassAttr is what a name bound in a class body is bound to. Names
// bound by a def or class statement share one, with no value.
type ClassAttr struct {
	Value Value // NoValue for a bare annotation, a def or a class
	// Annotated: the attribute is bound by an AnnAssign. Annotation is
	// its annotation as a dotted path ("typing.ClassVar" for
	// `typing.ClassVar[dict]`: a subscript's base), "" when not a
	// dotted name.
	Annotated  bool
	Annotation string
	// Comments are the comments of an annotated binding: the one on its
	// lines and the comment lines right above it, one per line.
	Comments string
}

// MethodKind says how a function in a class body is called.
type MethodKind uint8

const (
	InstanceMethod MethodKind = iota
	ClassMethod
	StaticMethod
	Property // property, cached_property, or a property's setter/deleter
)

func (k MethodKind) String() string {
	return [...]string{"instance method", "classmethod", "staticmethod", "property"}[k]
}

// Method is a function defined in a class body.
type Method struct {
	Name  string
	Class *Class // the class whose body defines it
	Kind  MethodKind
	// Self is the name of the first parameter (self or cls), "" if none
	// or a staticmethod.
	Self string
	// Mutations are the in-place changes of attributes of a receiver in
	// the body, in source order: item assignment and deletion, augmented
	// assignment of an attribute, and calls of mutating methods; also of
	// an element of the attribute (recv.attr[k][j] = v,
	// recv.attr.setdefault(k, []).append(v)): the change is recv.attr's;
	// and through a local alias of either (`kw = self.attr`, see
	// bodyScan.aliasMutations).
	Mutations []Mutation
	// SetsOnSelf are the attributes it assigns on its receiver in its own
	// body, kept only for a method named as a library's initialiser
	// (libraries.Index.IsInitialiserName: a Channels consumer's
	// connect), which sets the instance up as __init__ does.
	SetsOnSelf []string
	// Resets are the attributes an instance method other than __init__
	// assigns on its receiver in a statement of its body's top level
	// (`self.params = {}`): after a call of it, the instance holds its
	// own (Program.ResetBefore).
	Resets []string
	// sites: where its body's call sites are in its module's (calls.go).
	sites siteSpan

	*MethodSyntax // nil after Module.DropSyntax
}

// MethodSyntax is a method's syntax and an index of its body for the
// rules. Writes, Withs and Ifs are its attribute writes, with statements
// (*ast.With or *ast.AsyncWith) and if statements, in source order; like
// Mutations, they cover what runs with the receiver in scope (scanBody).
type MethodSyntax struct {
	Node       ast.Stmt // *ast.FunctionDef or *ast.AsyncFunctionDef
	Args       *ast.Arguments
	Body       []ast.Stmt
	Decorators []ast.Expr

	Writes []AttrWrite
	Withs  []ast.Stmt
	Ifs    []*ast.If
}

// collectClasses models the classes in body. Functions are entered too, so
// that classes defined inside functions have a model; their QualName
// includes "<locals>" as CPython's __qualname__ does. A class statement
// is a statement, so the walk visits statements only.
//
// The QualName prefix is kept in parts, joined only for a class: most
// defs have none in them, and a prefix string per def would be garbage.
// A def appends its parts to its parent's slice, where its siblings, walked
// after it, write theirs over them.
func (m *Module) collectClasses(body []ast.Stmt, prefix []string, outer *Class) {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.ClassDef:
			c := m.newClass(s, prefix, outer)
			m.collectClasses(s.Body, append(make([]string, 0, 8), c.QualName, "."), c)
		case *ast.FunctionDef:
			m.collectClasses(s.Body, append(prefix, s.Name, ".<locals>."), nil)
		case *ast.AsyncFunctionDef:
			m.collectClasses(s.Body, append(prefix, s.Name, ".<locals>."), nil)
		default:
			ast.EachBlock(s, func(block []ast.Stmt) { m.collectClasses(block, prefix, outer) })
		}
	}
}

func (m *Module) newClass(n *ast.ClassDef, prefix []string, outer *Class) *Class {
	c := &Class{
		Name: m.Intern(n.Name), QualName: m.internConcat(prefix, n.Name), Module: m, Node: n, Pos: n.Pos(), Outer: outer,
		Attrs:   map[string]*ClassAttr{},
		Methods: map[string]*Method{},
	}
	for _, b := range n.Bases {
		c.BaseNames = append(c.BaseNames, m.Intern(m.Resolve(Callee(Unsubscripted(b)))))
	}
	for _, d := range n.DecoratorList {
		c.Decorators = append(c.Decorators, m.Intern(m.Resolve(Callee(d))))
	}
	for _, kw := range n.Keywords {
		if kw.Arg == "metaclass" {
			c.Metaclass = m.Intern(m.Resolve(kw.Value))
		}
	}
	// The class's methods in one block, and Defs at its size: counted
	// first, they need no list grown for them, nor an allocation each.
	var mem []Method
	if defs := countDefs(n.Body); defs > 0 {
		mem, c.Defs = make([]Method, 0, defs), make([]*Method, 0, defs)
	}
	c.bindBody(n.Body, true, &mem)
	for _, name := range methodsReadInBody(n.Body, c.Methods) {
		// Interned: the tree's names share its buffers, which the
		// next file reuses.
		c.BodyRefs = append(c.BodyRefs, m.Intern(name))
	}
	c.collectInstanceAttrs()
	c.collectInitialiserSets()
	c.CachesInstance = cachesInstance(c.Methods["__new__"])
	c.CachesCalls = cachesInstance(c.Methods["__call__"])
	c.InitOnce = initOnce(c.Methods["__init__"], c.Name)
	if old := m.Classes[c.QualName]; old != nil {
		m.Replaced = append(m.Replaced, old)
	}
	m.Classes[c.QualName] = c
	return c
}

// setAttr binds name to a; replace says whether it replaces an earlier
// binding (a statement of the class body itself), or only binds a name
// still unbound (a statement in an if or try of the body, which may not
// run).
func (c *Class) setAttr(name string, a *ClassAttr, replace bool) {
	if _, ok := c.Attrs[name]; !ok || replace {
		if a.Annotation != "" {
			a.Annotation = c.Module.Intern(a.Annotation)
		}
		c.Attrs[c.Module.Intern(name)] = a
	}
}

// bindBody records the class-level names of body, including those bound
// in if/try blocks of the class body. A later statement of the body
// replaces what an earlier one bound (a def after `fields = {}` makes
// fields a method); top says whether body is the class body itself.
func (c *Class) bindBody(body []ast.Stmt, top bool, mem *[]Method) {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Assign:
			for _, t := range s.Targets {
				EachTargetName(t, func(name string) {
					c.setAttr(name, &ClassAttr{Value: c.Module.ValueOf(s.Value)}, top)
				})
			}
			if x, ok := s.Targets[0].(*ast.Name); ok && len(s.Targets) == 1 {
				c.addRelation(x.Id, s.Value)
			}
		case *ast.AnnAssign:
			// A bare annotation binds nothing.
			if n, ok := s.Target.(*ast.Name); ok && (c.Attrs[n.Id] == nil || top && s.Value != nil) {
				ann := s.Annotation
				if sub, ok := ann.(*ast.Subscript); ok {
					ann = sub.Value
				}
				c.setAttr(n.Id, &ClassAttr{Value: c.Module.ValueOf(s.Value),
					Annotated: true, Annotation: DottedPath(ann), Comments: comments(c.Module.File.Src, s)}, top)
			}
		case *ast.FunctionDef:
			c.addMethod(s, s.Name, s.Args, s.Body, s.DecoratorList, top, mem)
		case *ast.AsyncFunctionDef:
			c.addMethod(s, s.Name, s.Args, s.Body, s.DecoratorList, top, mem)
		case *ast.ClassDef:
			c.setAttr(s.Name, c.Module.statementAttr(), top)
		case *ast.If:
			c.bindBody(s.Body, false, mem)
			c.bindBody(s.Orelse, false, mem)
		case *ast.Try:
			c.bindBody(s.Body, false, mem)
			for _, h := range s.Handlers {
				c.bindBody(h.Body, false, mem)
			}
			c.bindBody(s.Orelse, false, mem)
			c.bindBody(s.Finalbody, false, mem)
		}
	}
}

// methodsReadInBody returns the names of methods that body, a class's,
// reads outside the defs' bodies: in its other statements, and in the
// defs' decorators and defaults.
func methodsReadInBody(body []ast.Stmt, methods map[string]*Method) []string {
	var out []string
	visit := func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && x.Ctx == ast.Load && methods[x.Id] != nil && !slices.Contains(out, x.Id) {
			out = append(out, x.Id)
		}
		return true
	}
	exprs := func(es []ast.Expr) {
		for _, e := range es {
			if e != nil {
				ast.Inspect(e, visit)
			}
		}
	}
	for _, st := range body {
		switch st := st.(type) {
		case *ast.FunctionDef:
			exprs(st.DecoratorList)
			exprs(st.Args.Defaults)
		case *ast.AsyncFunctionDef:
			exprs(st.DecoratorList)
			exprs(st.Args.Defaults)
		case *ast.ClassDef:
			exprs(st.DecoratorList)
		default:
			ast.Inspect(st, visit)
		}
	}
	return out
}

// A Relation is a relation to another model that a model class's body
// declares (`permit = models.ForeignKey(Permit, related_name="requests")`).
type Relation struct {
	Attr string
	// To is the related model as written: a dotted name, resolved in the
	// module scope ("shop.models.Permit"), or a string's text ("Permit",
	// "shop.Permit", "self"), Str then set.
	To  string
	Str bool
	// Reverse is what the related model calls the relation; "" for the
	// default, the declaring model's name lowercased.
	Reverse           string
	Many, ReverseMany bool
}

// addRelation records name = value when value declares a relation (the
// libraries' RelationFields).
func (c *Class) addRelation(name string, value ast.Expr) {
	call, ok := value.(*ast.Call)
	if !ok {
		return
	}
	rf, ok := c.Module.libs.RelationField(c.Module.ResolvePath(DottedPath(call.Func)))
	if !ok {
		return
	}
	var to ast.Expr
	if len(call.Args) > 0 {
		to = call.Args[0]
	}
	r := Relation{Attr: c.Module.Intern(name), Many: rf.Many, ReverseMany: rf.ReverseMany}
	for _, k := range call.Keywords {
		switch k.Arg {
		case rf.To:
			to = k.Value
		case rf.RelatedName:
			if s, ok := StringConstant(k.Value); ok {
				r.Reverse = c.Module.Intern(s)
			}
		}
	}
	if s, ok := StringConstant(to); ok {
		r.To, r.Str = c.Module.Intern(s), true
	} else if path := DottedPath(to); path != "" {
		r.To = c.Module.Intern(c.Module.ResolvePath(path))
	} else {
		return
	}
	c.Relations = append(c.Relations, r)
}

// countDefs counts the defs of a class body that bindBody makes methods
// of: those of the body and of its if and try statements.
func countDefs(body []ast.Stmt) int {
	n := 0
	for _, s := range body {
		switch s := s.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef:
			n++
		case *ast.If:
			n += countDefs(s.Body) + countDefs(s.Orelse)
		case *ast.Try:
			n += countDefs(s.Body) + countDefs(s.Orelse) + countDefs(s.Finalbody)
			for _, h := range s.Handlers {
				n += countDefs(h.Body)
			}
		}
	}
	return n
}

// EachTargetName calls f on the names an assignment target binds, in
// order: x, and the names in x, y = ... unpacking. A callback, not a
// list: most targets are one name, and a list each would be garbage.
func EachTargetName(t ast.Expr, f func(string)) {
	switch t := t.(type) {
	case *ast.Name:
		f(t.Id)
	case *ast.Tuple, *ast.List:
		elts, _ := ast.Elts(t)
		for _, e := range elts {
			EachTargetName(e, f)
		}
	case *ast.Starred:
		EachTargetName(t.Value, f)
	}
}

// raisesNotImplemented reports whether body, past a docstring, is only
// `raise NotImplementedError` (called or not).
func raisesNotImplemented(body []ast.Stmt) bool {
	if len(body) > 1 {
		if e, ok := body[0].(*ast.ExprStmt); ok && IsString(e.Value) {
			body = body[1:]
		}
	}
	if len(body) != 1 {
		return false
	}
	r, ok := body[0].(*ast.Raise)
	return ok && r.Exc != nil && IsName(Callee(r.Exc), "NotImplementedError")
}

// selfParam returns the name of the receiver of a method of kind kind
// with parameters args: its first positional parameter, or "" (a
// staticmethod's, or one with none).
func selfParam(kind MethodKind, args *ast.Arguments) string {
	switch {
	case kind == StaticMethod:
	case len(args.Posonlyargs) > 0:
		return args.Posonlyargs[0].Arg
	case len(args.Args) > 0:
		return args.Args[0].Arg
	}
	return ""
}

// addMethod adds a def of the class body, its Method taken from mem.
func (c *Class) addMethod(node ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, top bool, mem *[]Method) {
	name = c.Module.Intern(name)
	*mem = append(*mem, Method{Name: name, Class: c, Kind: c.methodKind(name, decorators),
		MethodSyntax: c.Module.syntax.New(MethodSyntax{Node: node, Args: args, Body: body, Decorators: decorators})})
	meth := &(*mem)[len(*mem)-1]
	if self := selfParam(meth.Kind, args); self != "" {
		meth.Self = c.Module.Intern(self)
	}
	c.Defs = append(c.Defs, meth)
	c.Stubbed = c.Stubbed || raisesNotImplemented(body)
	if _, ok := c.Methods[name]; !ok {
		c.Methods[name] = meth
	}
	c.setAttr(name, c.Module.statementAttr(), top)
}

func (c *Class) methodKind(name string, decorators []ast.Expr) MethodKind {
	for _, d := range decorators {
		if a, ok := d.(*ast.Attribute); ok && (a.Attr == "setter" || a.Attr == "deleter" || a.Attr == "getter") {
			return Property
		}
		qn, libs := c.Module.Resolve(Callee(d)), c.Module.libs
		switch {
		case libs.IsStaticMethodDecorator(qn):
			return StaticMethod
		case libs.IsClassMethodDecorator(qn):
			return ClassMethod
		case libs.IsPropertyDecorator(qn):
			return Property
		}
	}
	switch name {
	case "__new__", "__init_subclass__", "__class_getitem__":
		// Implicitly class-bound. __new__ is really a staticmethod, but
		// its first parameter is the class: for the rules, a classmethod.
		return ClassMethod
	}
	return InstanceMethod
}

// collectLoopClients records LoopClients from the attribute writes of
// every method (Method.Writes): set in __init__, or later under a
// lazy-init guard (`if self.redis is None: self.redis = Redis(...)`),
// the object keeps what it sets. Twice over, for a session factory
// bound to an engine a later method sets; a class whose first pass finds
// none (most) has no engine for a session factory to be bound to.
func (c *Class) collectLoopClients() {
	if c.Module.libs == nil {
		return
	}
	for pass := range 2 {
		if pass == 1 && len(c.LoopClients) == 0 {
			return
		}
		for _, m := range c.Defs {
			if m.MethodSyntax == nil || m.Self == "" || m.Kind != InstanceMethod {
				continue
			}
			for _, w := range m.Writes {
				call, ok := w.Value.(*ast.Call)
				if w.Kind != AssignWrite || w.Nested || !ok || !IsName(w.Recv, m.Self) {
					continue
				}
				if qn := c.Module.ResolvePath(DottedPath(call.Func)); c.loopClient(qn, call, m.Self) {
					if c.LoopClients == nil {
						c.LoopClients = map[string]string{}
					}
					c.LoopClients[c.Module.Intern(w.Attr)] = c.Module.Intern(qn)
				}
			}
		}
	}
}

// loopClient reports whether call, of the factory qn in a method whose
// receiver is self, builds a client bound to an event loop that keeps
// its connections: not with arguments that keep none (PoolFree), and,
// for a session factory, over an attribute of self that holds one
// already (LoopClients).
func (c *Class) loopClient(qn string, call *ast.Call, self string) bool {
	libs := c.Module.libs
	if libs.IsSessionFactory(qn) && libs.IsLoopBound(qn) {
		for _, a := range call.Args[:min(1, len(call.Args))] {
			if x, ok := a.(*ast.Attribute); ok && IsName(x.Value, self) && c.LoopClients[x.Attr] != "" {
				return true
			}
		}
		for _, k := range call.Keywords {
			if x, ok := k.Value.(*ast.Attribute); ok && k.Arg == "bind" && IsName(x.Value, self) && c.LoopClients[x.Attr] != "" {
				return true
			}
		}
		return false
	}
	return libs.KeepsLoopConnections(qn, KeywordNames(call, c.Module.ResolvePath))
}

// collectInstanceAttrs records self.x = ... in __init__ and in the methods
// __init__ calls through self, transitively; and which of them it sets
// only under a check that an attribute of self is unset (LazyAttrs).
func (c *Class) collectInstanceAttrs() {
	init := c.Methods["__init__"]
	if init == nil || init.Self == "" {
		return
	}
	everyCall := map[string]bool{}
	visited := map[string]bool{} // by name, and "?" for a guarded visit
	var visit func(m *Method, guarded bool)
	visit = func(m *Method, guarded bool) {
		key := m.Name
		if guarded {
			key += "?"
		}
		if visited[key] || m.Self == "" {
			return
		}
		visited[key] = true
		var walk func(n ast.Node, guarded bool)
		walk = func(n ast.Node, guarded bool) {
			ast.Inspect(n, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
					return false // another scope: self there is not this self
				case *ast.If:
					// if not self.session: self._setup_session(): set once,
					// kept by the object after.
					if UnsetTest(n.Test) && readsAttrOf(n.Test, m.Self) {
						walk(n.Test, guarded)
						for _, st := range n.Body {
							walk(st, true)
						}
						for _, st := range n.Orelse {
							walk(st, guarded)
						}
						return false
					}
				case *ast.Assign:
					// self.x = threading.local(): resolved only for a
					// call stored on self.
					call, ok := n.Value.(*ast.Call)
					if !ok || c.Module.libs == nil {
						break
					}
					for _, t := range n.Targets {
						a, ok := t.(*ast.Attribute)
						if !ok || !IsName(a.Value, m.Self) {
							continue
						}
						switch qn := c.Module.ResolvePath(DottedPath(call.Func)); {
						case c.Module.libs.IsContextLocal(qn):
							if c.LocalAttrs == nil {
								c.LocalAttrs = map[string]bool{}
							}
							c.LocalAttrs[c.Module.Intern(a.Attr)] = true
						case c.Module.libs.IsLockFactory(qn):
							if c.LockAttrs == nil {
								c.LockAttrs = map[string]bool{}
							}
							c.LockAttrs[c.Module.Intern(a.Attr)] = true
						}
					}
				case *ast.Attribute:
					if IsName(n.Value, m.Self) && n.Ctx == ast.Store {
						if c.InstanceAttrs == nil {
							c.InstanceAttrs = map[string]bool{}
						}
						c.InstanceAttrs[c.Module.Intern(n.Attr)] = true
						if !guarded {
							everyCall[n.Attr] = true
						}
					}
				case *ast.Call:
					if a, ok := n.Func.(*ast.Attribute); ok && IsName(a.Value, m.Self) {
						if callee := c.Methods[a.Attr]; callee != nil && callee.Kind == InstanceMethod {
							visit(callee, guarded)
						}
					}
				}
				return true
			})
		}
		for _, s := range m.Body {
			walk(s, guarded)
		}
	}
	visit(init, false)
	for a := range c.InstanceAttrs {
		if !everyCall[a] {
			if c.LazyAttrs == nil {
				c.LazyAttrs = map[string]bool{}
			}
			c.LazyAttrs[a] = true
		}
	}
}

// readsAttrOf reports whether e reads an attribute of the name self.
func readsAttrOf(e ast.Expr, self string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if a, ok := n.(*ast.Attribute); ok && IsName(a.Value, self) {
			found = true
		}
		return !found
	})
	return found
}

// collectInitialiserSets fills SetsOnSelf of the methods named as a
// library's initialiser.
func (c *Class) collectInitialiserSets() {
	libs := c.Module.Libraries()
	if libs == nil {
		return
	}
	for _, m := range c.Defs {
		if m.Self == "" || !libs.IsInitialiserName(m.Name) {
			continue
		}
		EachOwnNode(m.Body, func(n ast.Node) {
			if a, ok := n.(*ast.Attribute); ok && IsName(a.Value, m.Self) && a.Ctx == ast.Store && !slices.Contains(m.SetsOnSelf, a.Attr) {
				m.SetsOnSelf = append(m.SetsOnSelf, c.Module.Intern(a.Attr))
			}
		})
	}
}

// cachesInstance reports whether __new__ returns an object it stores
// where the next call finds it: it returns X, an element of X (X[cls]),
// or a local it was just given from X, where X is an attribute of a name
// (cls._instance, Config._instances) or a global the method declares, and
// it assigns X or an element of X.
func cachesInstance(m *Method) bool {
	if m == nil || m.MethodSyntax == nil {
		return false
	}
	stored := map[string]bool{}
	var returned []string
	globals, locals := map[string]bool{}, map[string]bool{}
	eachParam(m.Args, func(a *ast.Arg) bool {
		if a.Arg != m.Self {
			locals[a.Arg] = true
		}
		return true
	})
	EachOwnNode(m.Body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Global:
			for _, name := range n.Names {
				globals[name] = true
			}
		case *ast.Name:
			if n.Ctx == ast.Store {
				locals[n.Id] = true
			}
		case *ast.Assign:
			for _, t := range n.Targets {
				if p := DottedPath(ContainerOf(t)); p != "" {
					stored[p] = true
				}
			}
		case *ast.Return:
			if n.Value != nil {
				returned = append(returned, DottedPath(ContainerOf(n.Value)))
			}
		}
	})
	// Kept where it outlives the call: on the class (cls._instance), or
	// in module state (a global, a module-level container); not in a
	// local, nor on an object the caller passed (interned per unit of
	// work: uow.steps[key]).
	for _, p := range returned {
		if p == "" || !stored[p] {
			continue
		}
		root, _, _ := strings.Cut(p, ".")
		if globals[root] || root == m.Self || !locals[root] {
			return true
		}
	}
	return false
}

// initOnce reports whether __init__'s first statement that is not a
// docstring, a super().__init__ call or a log line is an if statement
// that tests self (or the class, by its name) and either leaves (`if self._ready: return`) or holds
// the rest of the body (`if not hasattr(self, "_ready"): ...`): a guard
// that runs the body once per object.
func initOnce(m *Method, class string) bool {
	if m == nil || m.MethodSyntax == nil || m.Self == "" {
		return false
	}
	for i, st := range m.Body {
		switch st := st.(type) {
		case *ast.ExprStmt:
			continue // a docstring, a call such as super().__init__()
		case *ast.If:
			// On self, or on the class by its name (`if
			// Infrastructure._initialized: return`).
			testsSelf := false
			ast.Inspect(st.Test, func(n ast.Node) bool {
				if nm, ok := n.(*ast.Name); ok && (nm.Id == m.Self || nm.Id == class) {
					testsSelf = true
				}
				return !testsSelf
			})
			return testsSelf && (leaves(st.Body) || i == len(m.Body)-1)
		}
		return false
	}
	return false
}

// leaves reports whether a block ends with a return or a raise.
func leaves(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch body[len(body)-1].(type) {
	case *ast.Return, *ast.Raise:
		return true
	}
	return false
}

// Unsubscripted returns the class a base written with type arguments
// is (`GenericAPIView[Model]`, `Generic[T]`, `dict[str, int]`): the
// class statement inherits from it, whatever the arguments.
func Unsubscripted(e ast.Expr) ast.Expr {
	if s, ok := e.(*ast.Subscript); ok {
		return s.Value
	}
	return e
}

// Callee returns the function of a call, or e itself: the decorator
// `@lru_cache(maxsize=1)` names lru_cache.
func Callee(e ast.Expr) ast.Expr {
	if c, ok := e.(*ast.Call); ok {
		return c.Func
	}
	return e
}

// IsString reports whether e is a string constant or an f-string.
func IsString(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		_, ok := e.Value.(string)
		return ok
	case *ast.JoinedStr:
		return true
	}
	return false
}

// StringConstant returns the value of a str constant.
func StringConstant(e ast.Expr) (string, bool) {
	if c, ok := e.(*ast.Constant); ok {
		s, ok := c.Value.(string)
		return s, ok
	}
	return "", false
}

// AcquiredLock returns X of a statement after which its block holds the
// lock X: `X.acquire(...)`, or `if not X.acquire(blocking=False):
// return`, whose block goes on only when it got it; nil for any other.
func AcquiredLock(st ast.Stmt) ast.Expr {
	var call ast.Expr
	switch s := st.(type) {
	case *ast.ExprStmt:
		call = s.Value
	case *ast.If:
		if u, ok := s.Test.(*ast.UnaryOp); ok && u.Op == ast.Not && Jumps(s.Body) {
			call = u.Operand
		}
	}
	if c, ok := call.(*ast.Call); ok {
		if f, ok := c.Func.(*ast.Attribute); ok && f.Attr == "acquire" {
			return f.Value
		}
	}
	return nil
}

// Jumps reports whether a block ends by jumping out of it: return,
// raise, continue or break.
func Jumps(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch body[len(body)-1].(type) {
	case *ast.Return, *ast.Raise, *ast.Continue, *ast.Break:
		return true
	}
	return false
}

// IsName reports whether e is the name id.
func IsName(e ast.Expr, id string) bool {
	n, ok := e.(*ast.Name)
	return ok && n.Id == id
}

// ParamAnnotation returns the annotation of the parameter name of args,
// or nil.
func ParamAnnotation(args *ast.Arguments, name string) ast.Expr {
	var out ast.Expr
	eachParam(args, func(a *ast.Arg) bool {
		if a.Arg == name {
			out = a.Annotation
			return false
		}
		return true
	})
	return out
}

// HasParam reports whether a def or lambda with these arguments has a
// parameter called name, of any kind.
func HasParam(args *ast.Arguments, name string) bool {
	return !eachParam(args, func(a *ast.Arg) bool { return a.Arg != name })
}

// eachParam calls f on every parameter of a def or lambda, of any kind,
// while f returns true; it reports whether it saw them all.
func eachParam(args *ast.Arguments, f func(*ast.Arg) bool) bool {
	for _, list := range [...][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs} {
		for _, a := range list {
			if !f(a) {
				return false
			}
		}
	}
	return (args.Vararg == nil || f(args.Vararg)) && (args.Kwarg == nil || f(args.Kwarg))
}
