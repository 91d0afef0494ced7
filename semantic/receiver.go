package semantic

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// ReceiverKind says what the object an attribute is reached through is,
// in a method.
type ReceiverKind uint8

const (
	OtherReceiver ReceiverKind = iota
	SelfReceiver               // the method's first parameter: self, or cls in a classmethod
	TypeOfSelf                 // type(self) or self.__class__
	NamedReceiver              // another name, looked up in the module scope
	// TypeOfObject is type(obj) or obj.__class__ for another object
	// whose class the method states: a parameter annotated with it, or
	// a local built once by calling it. When the class is not stated,
	// the receiver is an OtherReceiver.
	TypeOfObject
	// NestedClass is self.X or cls.X where X is a class statement of
	// the class body or a base's (DRF's and Django's Meta): one class
	// object for every instance. Class is X's name.
	NestedClass
)

// Receiver is the receiver of recv.attr in a method, as written.
type Receiver struct {
	Kind ReceiverKind
	// Via is the receiver as written: "self", "cls", "type(self)",
	// "self.__class__", "Registry", "type(obj)"; "" for OtherReceiver.
	Via string
	// Class is, for TypeOfObject, the class of obj as written (the
	// annotation, or the callee that built it), looked up in the module
	// scope; "" otherwise.
	Class string
}

// ReceiverOf classifies the receiver expression e in method m.
func ReceiverOf(m *Method, e ast.Expr) Receiver {
	r := receiverOf(m, e)
	r.Via = m.Class.Module.Intern(r.Via)
	r.Class = m.Class.Module.Intern(r.Class)
	return r
}

func receiverOf(m *Method, e ast.Expr) Receiver {
	var obj *ast.Name // of type(obj) or obj.__class__
	switch r := e.(type) {
	case *ast.Name:
		if r.Id == m.Self && m.Self != "" {
			return Receiver{Kind: SelfReceiver, Via: r.Id}
		}
		return Receiver{Kind: NamedReceiver, Via: r.Id}
	case *ast.Call:
		if IsName(r.Func, "type") && len(r.Args) == 1 {
			if IsName(r.Args[0], m.Self) && m.Self != "" {
				return Receiver{Kind: TypeOfSelf, Via: "type(" + m.Self + ")"}
			}
			obj, _ = r.Args[0].(*ast.Name)
		}
	case *ast.Attribute:
		if r.Attr == "__class__" {
			if IsName(r.Value, m.Self) && m.Self != "" {
				return Receiver{Kind: TypeOfSelf, Via: m.Self + ".__class__"}
			}
			obj, _ = r.Value.(*ast.Name)
		} else if IsName(r.Value, m.Self) && m.Self != "" {
			// Whether X is a nested class is for the program to say.
			return Receiver{Kind: NestedClass, Via: m.Self + "." + r.Attr, Class: r.Attr}
		}
	}
	if obj != nil {
		if class := statedClass(m, obj.Id); class != "" {
			via := obj.Id + ".__class__"
			if _, ok := e.(*ast.Call); ok {
				via = "type(" + obj.Id + ")"
			}
			return Receiver{Kind: TypeOfObject, Via: via, Class: class}
		}
	}
	return Receiver{}
}

// statedClass returns the class m states its local name is an instance
// of, as a dotted path, or "": the annotation of a parameter called name
// (`obj: Entity`; a generic, a string or *args are no class), or the
// callee of the one assignment that binds the local (`obj = Entity()`).
// Whether the path names a class is for the program to say
// (ReceiverClass). An annotated parameter may hold an instance of a
// subclass: its class is the annotation's or one of its subclasses.
func statedClass(m *Method, name string) string {
	if m.MethodSyntax == nil {
		return ""
	}
	for _, list := range [...][]*ast.Arg{m.Args.Posonlyargs, m.Args.Args, m.Args.Kwonlyargs} {
		for _, a := range list {
			if a.Arg == name {
				if a.Annotation == nil {
					return ""
				}
				return DottedPath(a.Annotation)
			}
		}
	}
	if HasParam(m.Args, name) {
		return "" // *args or **kwargs
	}
	var built *ast.Call
	EachOwnNode(m.Body, func(n ast.Node) {
		if a, ok := n.(*ast.Assign); ok && len(a.Targets) == 1 && IsName(a.Targets[0], name) {
			built, _ = a.Value.(*ast.Call)
		}
	})
	if built == nil {
		return ""
	}
	counts := map[string]int{name: 0}
	countBindings(m, counts)
	if counts[name] != 1 {
		return ""
	}
	return DottedPath(built.Func)
}

// ReceiverClass says whose attribute an attribute of r is, in method m of
// class c in module mod: the class it is looked up on (nil when r is not
// a class of the tree or an instance of c), and whether r is the instance
// rather than the class.
func (p *Program) ReceiverClass(mod *Module, c *Class, m *Method, r Receiver) (target *Class, isSelf bool) {
	switch r.Kind {
	case SelfReceiver:
		return c, m.Kind == InstanceMethod || m.Kind == Property
	case TypeOfSelf:
		return c, false
	case NamedReceiver:
		return p.Class(p.ResolvePath(mod, r.Via)), false
	case TypeOfObject:
		return p.Class(p.ResolvePath(mod, r.Class)), false
	case NestedClass:
		if _, owner := p.LookupAttr(c, r.Class); owner != nil {
			return owner.Module.Classes[owner.QualName+"."+r.Class], false
		}
		// A base that leaves the nested class to its subclasses (a
		// serializer's Meta) writes theirs: the first, by file and
		// position, stands for them.
		for _, k := range p.Subclasses(c) {
			if nested := k.Module.Classes[k.QualName+"."+r.Class]; nested != nil {
				return nested, false
			}
		}
	}
	return nil, false
}

// Mutation is one place a method changes recv.attr in place.
type Mutation struct {
	Pos, End token.Pos // the statement or call
	Recv     Receiver
	Attr     string
	// OwnCopy: the method assigns self.Attr in a statement of its body's
	// top level that ends before the change, on its receiver (`self.x =
	// {...}` ... `self.x.update(...)`), or every caller of the private
	// method does before calling it (ownCopiesOfCallers, ByCallers): it
	// changes the instance's own container, not one the class holds.
	// ByCallers holds only where no subclass may call the method too,
	// which the program says.
	OwnCopy, ByCallers bool
	// ByCallersInClass: as ByCallers, of a public method, or through a
	// chain of the class's methods: every call of it in its class is on
	// self after such a rebinding, or in a method every call of which
	// is (`search()` resets the list, then calls `_match()`, which calls
	// `skip()`, which appends), but code outside the class may call it,
	// or the public methods of Via, too, which the program says
	// (Program.CalledOnlyOnSelf).
	ByCallersInClass bool
	Via              []string
	// Resetters are the methods called on the receiver (`self.prepare()`)
	// or through super() (`super().prepare()`, as "super.prepare") in
	// statements of the body's top level before the change, when it is
	// no OwnCopy: one that resets the attribute makes it the instance's
	// own, which the program says (Program.ResetBefore).
	Resetters []string
}

// WriteKind says how an attribute is written.
type WriteKind uint8

const (
	AssignWrite  WriteKind = iota // recv.attr = v, recv.attr: T = v
	AugmentWrite                  // recv.attr += v
	SetattrWrite                  // setattr(recv, "attr", v)
)

// AttrWrite is a write of an attribute in a method's body. It is syntax:
// Method.Writes is nil after Module.DropSyntax.
type AttrWrite struct {
	Kind  WriteKind
	Node  ast.Node // the statement, or the setattr call
	Recv  ast.Expr
	Attr  string // as written; "<name>" for a setattr whose name is not a string constant
	Value ast.Expr
	// Nested: the write is in a def or lambda nested in the method (one
	// that does not rebind the receiver's name).
	Nested bool
}

// scanBody indexes m's body in one walk: its mutations, its attribute
// writes, and its with and if statements. The walk sees what runs with
// m's receiver in scope: nested functions and lambdas are included (a
// closure over self sees the same object) unless they rebind the
// receiver name as a parameter; nested classes are not.
func scanBody(m *Method) {
	s := bodyScan{m: m}
	for _, st := range m.Body {
		ast.Inspect(st, s.visit)
	}
	if len(s.named) > 0 {
		s.aliasMutations()
	}
	for i := range m.Mutations {
		mu := &m.Mutations[i]
		// Of an instance method's receiver only: a classmethod's cls.x =
		// {} rebinds the class's own.
		mu.OwnCopy = mu.Recv.Kind == SelfReceiver && m.Kind == InstanceMethod && m.ReboundBefore(mu.Attr, mu.Pos)
		if !mu.OwnCopy && mu.Recv.Kind == SelfReceiver && m.Kind == InstanceMethod {
			mu.Resetters = m.callsBefore(mu.Pos)
		}
	}
	if m.Self != "" && m.Kind == InstanceMethod && m.Name != "__init__" {
		for _, st := range m.Body {
			if a, ok := st.(*ast.Assign); ok {
				for _, t := range a.Targets {
					if x, ok := t.(*ast.Attribute); ok && IsName(x.Value, m.Self) && !slices.Contains(m.Resets, x.Attr) {
						m.Resets = append(m.Resets, m.Class.Module.Intern(x.Attr))
					}
				}
			}
		}
	}
}

// callsBefore returns the methods that statements of m's body's top
// level ending before pos call on m's receiver, or through super() (as
// "super.name"), as the statement's own value: `self.prepare()`, `x =
// super().prepare()`.
func (m *Method) callsBefore(pos token.Pos) []string {
	var out []string
	for _, st := range m.Body {
		if st.End() > pos {
			break
		}
		var v ast.Expr
		switch st := st.(type) {
		case *ast.ExprStmt:
			v = st.Value
		case *ast.Assign:
			v = st.Value
		}
		if aw, ok := v.(*ast.Await); ok {
			v = aw.Value
		}
		c, ok := v.(*ast.Call)
		if !ok {
			continue
		}
		f, ok := c.Func.(*ast.Attribute)
		if !ok {
			continue
		}
		switch recv := f.Value.(type) {
		case *ast.Name:
			if recv.Id == m.Self {
				out = append(out, m.Class.Module.Intern(f.Attr))
			}
		case *ast.Call:
			if IsName(recv.Func, "super") {
				out = append(out, m.Class.Module.Intern("super."+f.Attr))
			}
		}
	}
	return out
}

// InitBinds reports whether building an instance of c binds attr on it
// by a method the __init__ its instances run calls on self, transitively,
// each the one c's instances run: a base's __init__ that calls
// self.load() runs the subclass's load, which may assign attr at its top
// level (Method.Resets), itself or through a method it calls.
// Class.InstanceAttrs covers what __init__'s own class runs.
func (p *Program) InitBinds(c *Class, attr string) bool {
	order := p.MRO(c)
	k := definer(order, "__init__")
	if k == nil {
		return false
	}
	p.readClasses(order)
	seen := map[*Method]bool{}
	var visit func(m *Method, depth int) bool
	visit = func(m *Method, depth int) bool {
		if m == nil || seen[m] || depth > maxInitDepth || m.Kind != InstanceMethod {
			return false
		}
		seen[m] = true
		if slices.Contains(m.Resets, attr) {
			return true
		}
		mod := m.Class.Module
		if p.ByPath[mod.Path] != mod || m.sites.hi > len(mod.sites) {
			return false // its sites are not indexed
		}
		for j := m.sites.lo; j < m.sites.hi; j++ {
			s := &mod.sites[j]
			if s.method != m || s.recv.kind != recvClass || s.recv.dispatch != Virtual || s.recv.ref {
				continue
			}
			if owner := definer(order, s.name); owner != nil && visit(owner.Methods[s.name], depth+1) {
				return true
			}
		}
		return false
	}
	return visit(k.Methods["__init__"], 0)
}

// maxInitDepth bounds how many calls deep InitBinds follows __init__.
const maxInitDepth = 6

// ResetBefore reports whether a method that m, a method of c, calls on
// its receiver before the change mu (Mutation.Resetters) assigns mu's
// attribute anew at its top level (Method.Resets): through super(), the
// next class's in c's method order; on self, the one c's instances run,
// which no subclass of c overrides.
func (p *Program) ResetBefore(c *Class, mu Mutation) bool {
	if len(mu.Resetters) == 0 {
		return false
	}
	order := p.MRO(c)
	for _, r := range mu.Resetters {
		var callee *Method
		if name, ok := strings.CutPrefix(r, "super."); ok {
			if i := slices.Index(order, c); i >= 0 {
				if k := definer(order[i+1:], name); k != nil {
					callee = k.Methods[name]
				}
			}
		} else if k := definer(order, r); k != nil && !slices.ContainsFunc(p.Subclasses(c), func(sub *Class) bool {
			return definer(p.MRO(sub), r) != k
		}) {
			callee = k.Methods[r]
		}
		if callee != nil && slices.Contains(callee.Resets, mu.Attr) {
			return true
		}
	}
	return false
}

// ownCopiesOfCallers marks OwnCopy, ByCallers, the mutations of a
// private method of c that only its class's instance methods call, on
// self, each after a statement of its top level that assigns the
// attribute anew (`def get(self): self.cycles = []; self._count()`,
// where _count appends to self.cycles): the container is the
// instance's own by then. A method taken as a value (a callback), or
// called from no method of c, may run from anywhere, and is left as it
// is. Of a public method, which code outside the class may call, it
// marks ByCallersInClass instead. The class's methods are walked once,
// whatever the number of methods.
func ownCopiesOfCallers(c *Class) {
	var calls map[string][]selfCall
	var escapes map[string]bool
	for _, d := range c.Defs {
		if d.Kind != InstanceMethod || strings.HasSuffix(d.Name, "__") ||
			!slices.ContainsFunc(d.Mutations, func(mu Mutation) bool { return !mu.OwnCopy && mu.Recv.Kind == SelfReceiver }) {
			continue
		}
		if calls == nil {
			calls, escapes = selfCalls(c)
		}
		if escapes[d.Name] || len(calls[d.Name]) == 0 {
			continue
		}
		for i := range d.Mutations {
			mu := &d.Mutations[i]
			if mu.OwnCopy || mu.Recv.Kind != SelfReceiver {
				continue
			}
			own := !slices.ContainsFunc(calls[d.Name], func(call selfCall) bool {
				return call.in == d || !call.in.renewedBefore(mu.Attr, call.pos)
			})
			if own && strings.HasPrefix(d.Name, "_") {
				mu.OwnCopy, mu.ByCallers = true, true
				continue
			}
			if !own {
				// Through the methods that call it, up to those that
				// rebind first.
				var via []string
				if own = rebindsFirst(calls, escapes, d, mu.Attr, map[*Method]bool{}, &via); own {
					mu.Via = via
				}
			}
			mu.ByCallersInClass = own
		}
	}
}

// rebindsFirst reports whether every call of method d in its class is on
// self, after a statement of the caller that rebinds attr, or in a
// method of which the same holds (a cycle does not), and at least one
// is; via gathers the public methods in between, which code outside the
// class may call too.
func rebindsFirst(calls map[string][]selfCall, escapes map[string]bool, d *Method, attr string, seen map[*Method]bool, via *[]string) bool {
	if seen[d] || escapes[d.Name] || len(calls[d.Name]) == 0 || strings.HasSuffix(d.Name, "__") {
		return false
	}
	seen[d] = true // on the path: a cycle is no rebinding
	defer delete(seen, d)
	for _, call := range calls[d.Name] {
		if call.in.renewedBefore(attr, call.pos) {
			continue
		}
		if !rebindsFirst(calls, escapes, call.in, attr, seen, via) {
			return false
		}
		if !strings.HasPrefix(call.in.Name, "_") && !slices.Contains(*via, call.in.Name) {
			*via = append(*via, call.in.Name)
		}
	}
	return true
}

// selfCall is a call of a method on the receiver of the method in.
type selfCall struct {
	in  *Method
	pos token.Pos
}

// selfCalls returns the calls self.name(...) in the methods of c, by
// name, and the names that escape: self.name read other than to call
// it, or called from a method that is not an instance method, or any
// name at all when a method's syntax is gone. It reads the syntax.
func selfCalls(c *Class) (calls map[string][]selfCall, escapes map[string]bool) {
	calls, escapes = map[string][]selfCall{}, map[string]bool{}
	for _, m := range c.Defs {
		if m.MethodSyntax == nil {
			for _, d := range c.Defs {
				escapes[d.Name] = true
			}
			return calls, escapes
		}
		if m.Self == "" {
			continue
		}
		called := map[ast.Node]bool{}
		for _, st := range m.Body {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Call:
					if a, ok := n.Func.(*ast.Attribute); ok && IsName(a.Value, m.Self) {
						called[a] = true
						if m.Kind != InstanceMethod {
							escapes[a.Attr] = true
						}
						calls[a.Attr] = append(calls[a.Attr], selfCall{m, n.Pos()})
					}
				case *ast.Attribute:
					if IsName(n.Value, m.Self) && !called[n] {
						escapes[n.Attr] = true
					}
				}
				return true
			})
		}
	}
	return calls, escapes
}

// ReboundBefore reports whether a statement of m's body that every run
// to pos passes (at the top level, or earlier in a block that holds pos)
// assigns attr of m's receiver (self.attr) before pos. It reads the
// syntax.
func (m *Method) ReboundBefore(attr string, pos token.Pos) bool {
	if m.Self == "" || m.MethodSyntax == nil {
		return false
	}
	return reboundIn(m.Body, m.Self, attr, pos, nil)
}

// renewedBefore is ReboundBefore, where a call on the receiver of a
// method of m's class that assigns attr anew at its top level
// (Method.Resets: `self._reset_row()`) binds it too. Asked once the
// class's methods are all scanned.
func (m *Method) renewedBefore(attr string, pos token.Pos) bool {
	if m.Self == "" || m.MethodSyntax == nil {
		return false
	}
	resets := func(name string) bool {
		r := m.Class.Methods[name]
		return r != nil && slices.Contains(r.Resets, attr)
	}
	return reboundIn(m.Body, m.Self, attr, pos, resets)
}

// reboundIn reports whether a statement of body, or of the blocks of
// the statement that holds pos, binds self.attr before pos: a binding
// that every run to pos passes (`else: self.context = {...}` then
// `self.context["goods"] = ...` in the same arm).
// resets, when not nil, says whether the method of that name, called on
// self in a statement of its own, binds self.attr anew.
func reboundIn(body []ast.Stmt, self, attr string, pos token.Pos, resets func(name string) bool) bool {
	for _, st := range body {
		if st.Pos() > pos {
			return false
		}
		if st.End() > pos { // st holds pos: look in the block that does
			found := false
			ast.EachBlock(st, func(b []ast.Stmt) {
				if !found && len(b) > 0 && b[0].Pos() <= pos && pos < b[len(b)-1].End() {
					found = reboundIn(b, self, attr, pos, resets)
				}
			})
			return found
		}
		if a, ok := st.(*ast.Assign); ok && slices.ContainsFunc(a.Targets, func(t ast.Expr) bool {
			x, ok := t.(*ast.Attribute)
			return ok && x.Attr == attr && IsName(x.Value, self)
		}) {
			return true
		}
		if e, ok := st.(*ast.ExprStmt); ok && resets != nil {
			if c, ok := e.Value.(*ast.Call); ok {
				if f, ok := c.Func.(*ast.Attribute); ok && IsName(f.Value, self) && resets(f.Attr) {
					return true
				}
			}
		}
	}
	return false
}

type bodyScan struct {
	m      *Method
	nested bool
	root   ast.Node // of a nested scan: the def or lambda it starts at
	// candidates are the assignments of the method's own scope that may
	// bind an alias of recv.attr, and named the in-place changes of a
	// local name that such an assignment binds before them: the
	// mutations through an alias are decided when the walk is done
	// (aliasMutations). Both are nil in most methods.
	candidates []aliasCandidate
	named      []namedMutation
	// unused are the calls of a container's mutating method that returns
	// nothing whose result the body uses: awaited, or handed to another
	// call. They are a service's methods (`await self.backups.remove(b)`),
	// not a container's. Kept only for those calls, which are few: most
	// calls handed to calls are of nothing of the kind.
	unused []*ast.Call
}

// aliasCandidate is `name = value` in a method's own scope, with value
// (ContainerOf the assigned value) an attribute or a name.
type aliasCandidate struct {
	name  string
	stmt  *ast.Assign
	value ast.Expr
	// getter is, for a value that calls a getter of the receiver, the
	// attribute it hands back (getterAttr).
	getter string
}

// namedMutation is an in-place change of the local name at node.
type namedMutation struct {
	name string
	node ast.Node
}

func (s *bodyScan) visit(n ast.Node) bool {
	var args *ast.Arguments
	switch n := n.(type) {
	case *ast.FunctionDef:
		args = n.Args
	case *ast.AsyncFunctionDef:
		args = n.Args
	case *ast.Lambda:
		args = n.Args
	case *ast.ClassDef:
		return false
	}
	if args != nil && n != s.root {
		if HasParam(args, s.m.Self) {
			return false
		}
		if !s.nested {
			inner := bodyScan{m: s.m, nested: true, root: n}
			ast.Inspect(n, inner.visit)
			return false
		}
	}
	s.record(n)
	return true
}

// record files one node of the body.
func (s *bodyScan) record(n ast.Node) {
	m := s.m
	mutation := func(node ast.Node, e ast.Expr) {
		switch e := ContainerOf(e).(type) {
		case *ast.Attribute:
			// self._fields[k].choices.extend(x): what an element holds
			// is reached through the container, and changes with it.
			if inner, ok := ContainerOf(e.Value).(*ast.Attribute); ok && inner != e.Value {
				e = inner
			}
			m.Mutations = append(m.Mutations, Mutation{Pos: node.Pos(), End: node.End(), Recv: ReceiverOf(m, e.Value), Attr: m.Class.Module.Intern(e.Attr)})
		case *ast.Name:
			// A closure's name may be its own local: only the
			// method's own scope is followed.
			if !s.nested && s.bindsCandidate(e.Id) {
				s.named = append(s.named, namedMutation{e.Id, node})
			}
		}
	}
	write := func(kind WriteKind, node ast.Node, target, value ast.Expr) {
		if a, ok := target.(*ast.Attribute); ok {
			m.Writes = append(m.Writes, AttrWrite{Kind: kind, Node: node, Recv: a.Value, Attr: a.Attr, Value: value, Nested: s.nested})
		}
	}
	switch n := n.(type) {
	case *ast.Assign:
		for _, t := range n.Targets {
			if sub, ok := t.(*ast.Subscript); ok {
				mutation(n, sub.Value)
			}
			write(AssignWrite, n, t, n.Value)
		}
		if !s.nested {
			s.candidate(n)
		}
	case *ast.AnnAssign:
		if n.Value != nil {
			write(AssignWrite, n, n.Target, n.Value)
		}
	case *ast.Delete:
		for _, t := range n.Targets {
			if sub, ok := t.(*ast.Subscript); ok {
				mutation(n, sub.Value)
			}
		}
	case *ast.AugAssign:
		switch t := n.Target.(type) {
		case *ast.Subscript:
			mutation(n, t.Value)
		case *ast.Attribute:
			mutation(n, t) // += on a list or |= on a dict mutates it in place
		case *ast.Name:
			if InPlace(n) {
				mutation(n, t) // `fields += ["x"]` on an alias extends the list itself
			}
		}
		write(AugmentWrite, n, n.Target, n.Value)
	case *ast.Await:
		s.markValued(n.Value)
	case *ast.Call:
		for _, a := range n.Args {
			s.markValued(a)
		}
		if f, ok := n.Func.(*ast.Attribute); ok && MutatingCall(n) && !slices.Contains(s.unused, n) {
			mutation(n, f.Value)
		}
		if IsName(n.Func, "setattr") && len(n.Args) == 3 {
			name, ok := StringConstant(n.Args[1])
			if !ok {
				name = "<name>"
			}
			m.Writes = append(m.Writes, AttrWrite{Kind: SetattrWrite, Node: n, Recv: n.Args[0], Attr: name, Value: n.Args[2], Nested: s.nested})
		}
	case *ast.With, *ast.AsyncWith:
		m.Withs = append(m.Withs, n.(ast.Stmt))
	case *ast.If:
		m.Ifs = append(m.Ifs, n)
	}
}

// markValued notes the call e, whose result the body uses, when it is a
// call of a container's mutating method that returns nothing.
func (s *bodyScan) markValued(e ast.Expr) {
	if c, ok := e.(*ast.Call); ok {
		if f, ok := c.Func.(*ast.Attribute); ok && ReturnsNothing(f.Attr) {
			s.unused = append(s.unused, c)
		}
	}
}

// ContainerOf returns the container an in-place change of e changes:
// e itself, or for an element of a container (x[k], x[a][b],
// x.get(k), x.setdefault(k, d), and chains of them) the container x it
// is reached through, since the element is shared wherever x is. A
// slice is a new list, not an element: ContainerOf returns nil for it.
func ContainerOf(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.Subscript:
			if _, ok := x.Slice.(*ast.Slice); ok {
				return nil
			}
			e = x.Value
		case *ast.Call:
			f, ok := x.Func.(*ast.Attribute)
			if !ok || f.Attr != "get" && f.Attr != "setdefault" {
				return e
			}
			e = f.Value
		default:
			return e
		}
	}
}

// alias is a local name bound to recv.attr (or to an element of it): a
// mutation through the name from the position from on is a mutation of
// recv.attr.
type alias struct {
	from token.Pos // the end of the binding statement
	recv Receiver
	attr string
}

// candidate notes the names a of `a = recv.attr` (or an element of it,
// ContainerOf, or another name) in the method's own scope; also with a
// fallback for a missing one (`a = self.params.get(k) or {}`): the
// element, when there is one, is the attribute's own.
func (s *bodyScan) candidate(n *ast.Assign) {
	value := n.Value
	if b, ok := value.(*ast.BoolOp); ok && b.Op == ast.Or && len(b.Values) == 2 {
		if _, display := ast.Elts(b.Values[1]); display || isDictDisplay(b.Values[1]) {
			value = b.Values[0]
		}
	}
	v, getter := ContainerOf(value), ""
	switch c := v.(type) {
	case *ast.Attribute, *ast.Name:
	case *ast.Call:
		if getter = s.getterAttr(c); getter == "" {
			return
		}
	default:
		return
	}
	for _, t := range n.Targets {
		if nm, ok := t.(*ast.Name); ok {
			s.candidates = append(s.candidates, aliasCandidate{nm.Id, n, v, getter})
		}
	}
}

// getterAttr returns the attribute of the receiver that call, a call of
// a getter of the method's own receiver (`self.get_search_fields()`,
// `super().get_search_fields()`), hands back: X for `get_X`, where the
// class binds X in its body to a display (a list, a dict, a set) and the
// getter returns `self.X` itself, not a copy: where this module defines
// it for the class or a base, by its body; elsewhere, by the libraries'
// AttrGetters (`ModelAdmin.get_readonly_fields` returns
// `self.readonly_fields`; `get_actions` builds a dict). "" for any other
// call.
func (s *bodyScan) getterAttr(call *ast.Call) string {
	m := s.m
	f, ok := call.Func.(*ast.Attribute)
	if !ok || m.Self == "" || m.Kind != InstanceMethod {
		return ""
	}
	attr, ok := strings.CutPrefix(f.Attr, "get_")
	if !ok || attr == "" {
		return ""
	}
	own := IsName(f.Value, m.Self)
	if c, isCall := f.Value.(*ast.Call); !own && !(isCall && IsName(c.Func, "super")) {
		return ""
	}
	if a := m.Class.Attrs[attr]; a == nil || a.Value.Kind != Display {
		return ""
	}
	// The getter this module defines, on the class (for self) or on a
	// base of it: it must return the attribute itself.
	classes := []*Class{}
	if own {
		classes = append(classes, m.Class)
	}
	for _, b := range m.Class.BaseNames {
		if local, ok := strings.CutPrefix(b, m.Class.Module.Name+"."); ok {
			if k := m.Class.Module.Classes[local]; k != nil && k != m.Class {
				classes = append(classes, k)
			}
		}
	}
	for _, k := range classes {
		if g := k.Methods[f.Attr]; g != nil {
			if !returnsSelfAttr(g, attr) {
				return ""
			}
			return attr
		}
	}
	// Defined elsewhere: a library's, or a base's in another module,
	// which is one where it overrides a library's getter of that name.
	if libs := m.Class.Module.Libraries(); libs == nil || !libs.IsAttrGetter(f.Attr) {
		return ""
	}
	return attr
}

// returnsSelfAttr reports whether every return statement of g, a method,
// returns its receiver's attribute attr itself (`return self.X`).
func returnsSelfAttr(g *Method, attr string) bool {
	if g.Node == nil || g.Self == "" {
		return false
	}
	found, other := false, false
	EachOwnNode(g.Body, func(n ast.Node) {
		if r, ok := n.(*ast.Return); ok {
			if a, ok := r.Value.(*ast.Attribute); ok && a.Attr == attr && IsName(a.Value, g.Self) {
				found = true
			} else {
				other = true
			}
		}
	})
	return found && !other
}

// isDictDisplay reports whether e is a dict display.
func isDictDisplay(e ast.Expr) bool {
	_, ok := e.(*ast.Dict)
	return ok
}

// bindsCandidate reports whether an alias candidate seen so far binds
// name: a change of a name before the alias is bound is not the alias's.
func (s *bodyScan) bindsCandidate(name string) bool {
	for _, c := range s.candidates {
		if c.name == name {
			return true
		}
	}
	return false
}

// aliasMutations adds to the method's Mutations its in-place changes of
// a local alias of an attribute of a receiver, `kw = self.field_kwargs`
// or an element of one (ContainerOf): a name bound once in the method's
// own scope, by that plain assignment, and not a parameter, changed
// after the assignment. A name bound anywhere else in the method
// (another assignment, a loop, a with, an import, del, a global or
// nonlocal declaration) may name something else when it is changed, and
// is left out; so are copies (`dict(self.x)`, `self.x.copy()`,
// `{**self.x}`), which are not the attribute's object. An alias of an
// alias bound before it is one too.
func (s *bodyScan) aliasMutations() {
	m := s.m
	counts := make(map[string]int, len(s.candidates))
	for _, c := range s.candidates {
		counts[c.name] = 0
	}
	countBindings(m, counts)
	var aliases map[string]alias
	for _, c := range s.candidates { // in source order: an alias of an alias follows it
		if counts[c.name] != 1 || HasParam(m.Args, c.name) {
			continue
		}
		var a alias
		switch v := c.value.(type) {
		case *ast.Attribute:
			r := ReceiverOf(m, v.Value)
			if r.Kind == OtherReceiver {
				continue
			}
			a = alias{recv: r, attr: m.Class.Module.Intern(v.Attr)}
		case *ast.Name:
			of, ok := aliases[v.Id]
			if !ok || of.from > c.stmt.Pos() {
				continue
			}
			a = of
		case *ast.Call:
			a = alias{recv: Receiver{Kind: SelfReceiver, Via: m.Self}, attr: m.Class.Module.Intern(c.getter)}
		}
		a.from = c.stmt.End()
		if aliases == nil {
			aliases = map[string]alias{}
		}
		aliases[c.name] = a
	}
	added := false
	for _, nm := range s.named {
		if a, ok := aliases[nm.name]; ok && nm.node.Pos() >= a.from {
			m.Mutations = append(m.Mutations, Mutation{Pos: nm.node.Pos(), End: nm.node.End(), Recv: a.recv, Attr: a.attr})
			added = true
		}
	}
	if added { // Mutations are in source order
		slices.SortStableFunc(m.Mutations, func(a, b Mutation) int { return cmp.Compare(a.Pos, b.Pos) })
	}
}

// EachOwnNode calls f on the nodes of body that run in its own scope: not
// inside a nested def, lambda or class (whose names are their own).
func EachOwnNode(body []ast.Stmt, f func(ast.Node)) {
	visit := func(n ast.Node) bool {
		f(n)
		switch n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
		return true
	}
	for _, st := range body {
		ast.Inspect(st, visit)
	}
}

// countBindings adds to counts[name], for each name already in counts,
// the number of places m's own scope binds it: assignment and deletion
// targets of any kind, def and class statements, imports, except and
// match names. A global or nonlocal declaration of the name, also in a
// nested def, makes it uncountable (a count above one). Comprehension
// variables are counted too though they are the comprehension's own:
// erring on the side of more bindings only leaves out an alias.
func countBindings(m *Method, counts map[string]int) {
	var inPlace []ast.Node // the names an in-place += changes, not binds
	bind := func(n ast.Node) {
		if a, ok := n.(*ast.AugAssign); ok && InPlace(a) {
			inPlace = append(inPlace, a.Target)
		}
		if name := boundName(n); name != "" && !slices.Contains(inPlace, n) {
			if _, ok := counts[name]; ok {
				counts[name]++
			}
		}
	}
	declare := func(n ast.Node) bool {
		var names []string
		switch n := n.(type) {
		case *ast.Global:
			names = n.Names
		case *ast.Nonlocal:
			names = n.Names
		}
		for _, name := range names {
			if _, ok := counts[name]; ok {
				counts[name] += 2
			}
		}
		return true
	}
	EachOwnNode(m.Body, func(n ast.Node) {
		bind(n)
		switch n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
			ast.Inspect(n, declare) // a global or nonlocal inside
		default:
			declare(n)
		}
	})
}

// InPlace reports whether a, an augmented assignment, changes its
// target's object in place by what its value says the target is: `+=` of
// a list display or comprehension (a list's extend), `|=` of a set or
// dict display or comprehension (a set's or dict's update). Of anything
// else (`n += 1`, `t += other`) the target may be a number or a tuple,
// which the statement rebinds.
func InPlace(a *ast.AugAssign) bool {
	switch a.Value.(type) {
	case *ast.List, *ast.ListComp:
		return a.Op == ast.Add
	case *ast.Set, *ast.SetComp, *ast.Dict, *ast.DictComp:
		return a.Op == ast.BitOr
	}
	return false
}

// comments returns the comment on stmt's lines (from the first '#' of
// those lines) and the comment lines right above it, one per line.
func comments(src []byte, stmt ast.Stmt) string {
	var out []string
	start := token.StartOfLine(src, stmt.Pos())
	end := bytes.IndexAny(src[stmt.End():], "\r\n")
	if end < 0 {
		end = len(src) - int(stmt.End())
	}
	if _, comment, ok := strings.Cut(string(src[start:int(stmt.End())+end]), "#"); ok {
		out = append(out, comment)
	}
	for i := int(start); i > 0; {
		prev := token.StartOfLine(src, token.Pos(i-1))
		line := strings.TrimSpace(string(src[prev:i]))
		if !strings.HasPrefix(line, "#") {
			break
		}
		out = append(out, line)
		i = int(prev)
	}
	return strings.Join(out, "\n")
}
