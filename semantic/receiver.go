package semantic

import (
	"bytes"
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
)

// Receiver is the receiver of recv.attr in a method, as written.
type Receiver struct {
	Kind ReceiverKind
	// Via is the receiver as written: "self", "cls", "type(self)",
	// "self.__class__", "Registry"; "" for OtherReceiver.
	Via string
}

// ReceiverOf classifies the receiver expression e in method m.
func ReceiverOf(m *Method, e ast.Expr) Receiver {
	r := receiverOf(m, e)
	r.Via = m.Class.Module.Intern(r.Via)
	return r
}

func receiverOf(m *Method, e ast.Expr) Receiver {
	switch r := e.(type) {
	case *ast.Name:
		if r.Id == m.Self && m.Self != "" {
			return Receiver{SelfReceiver, r.Id}
		}
		return Receiver{NamedReceiver, r.Id}
	case *ast.Call:
		if IsName(r.Func, "type") && len(r.Args) == 1 && IsName(r.Args[0], m.Self) && m.Self != "" {
			return Receiver{TypeOfSelf, "type(" + m.Self + ")"}
		}
	case *ast.Attribute:
		if r.Attr == "__class__" && IsName(r.Value, m.Self) && m.Self != "" {
			return Receiver{TypeOfSelf, m.Self + ".__class__"}
		}
	}
	return Receiver{}
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
	}
	return nil, false
}

// Mutation is one place a method changes recv.attr in place.
type Mutation struct {
	Pos, End token.Pos // the statement or call
	Recv     Receiver
	Attr     string
}

// mutations lists the mutations of attributes of a receiver in m's body,
// in source order: item assignment and deletion, augmented assignment
// (+= on a list or |= on a dict mutates it in place), and calls of
// mutating methods. Nested functions and lambdas are included (a closure
// over self mutates the same object) unless they rebind the receiver
// name as a parameter.
func mutations(m *Method) []Mutation {
	var out []Mutation
	add := func(node ast.Node, e ast.Expr) {
		if a, ok := e.(*ast.Attribute); ok {
			out = append(out, Mutation{Pos: node.Pos(), End: node.End(), Recv: ReceiverOf(m, a.Value), Attr: m.Class.Module.Intern(a.Attr)})
		}
	}
	InspectMethodBody(m, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				if s, ok := t.(*ast.Subscript); ok {
					add(n, s.Value)
				}
			}
		case *ast.Delete:
			for _, t := range n.Targets {
				if s, ok := t.(*ast.Subscript); ok {
					add(n, s.Value)
				}
			}
		case *ast.AugAssign:
			switch t := n.Target.(type) {
			case *ast.Subscript:
				add(n, t.Value)
			case *ast.Attribute:
				add(n, t)
			}
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && IsMutatingMethod(f.Attr) {
				add(n, f.Value)
			}
		}
	})
	return out
}

// InspectMethodBody calls f on every node of m's body that runs with m's
// receiver in scope: nested functions and lambdas are included (a closure
// over self sees the same object) unless they rebind the receiver name as
// a parameter; nested classes are not.
func InspectMethodBody(m *Method, f func(ast.Node)) {
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			if HasParam(n.Args, m.Self) {
				return false
			}
		case *ast.AsyncFunctionDef:
			if HasParam(n.Args, m.Self) {
				return false
			}
		case *ast.Lambda:
			if HasParam(n.Args, m.Self) {
				return false
			}
		case *ast.ClassDef:
			return false
		}
		f(n)
		return true
	}
	for _, s := range m.Body {
		ast.Inspect(s, visit)
	}
}

// comments returns the comment on stmt's lines (from the first '#' of
// those lines) and the comment lines right above it, one per line.
func comments(src []byte, stmt ast.Stmt) string {
	var out []string
	start := lineStart(src, stmt.Pos())
	end := bytes.IndexAny(src[stmt.End():], "\r\n")
	if end < 0 {
		end = len(src) - int(stmt.End())
	}
	if _, comment, ok := strings.Cut(string(src[start:int(stmt.End())+end]), "#"); ok {
		out = append(out, comment)
	}
	for i := int(start); i > 0; {
		prev := lineStart(src, token.Pos(i-1))
		line := strings.TrimSpace(string(src[prev:i]))
		if !strings.HasPrefix(line, "#") {
			break
		}
		out = append(out, line)
		i = int(prev)
	}
	return strings.Join(out, "\n")
}

func lineStart(src []byte, pos token.Pos) token.Pos {
	i := int(pos)
	for i > 0 && src[i-1] != '\n' && src[i-1] != '\r' {
		i--
	}
	return token.Pos(i)
}
