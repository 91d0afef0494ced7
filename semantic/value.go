package semantic

import (
	"strconv"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// ValueKind says what an assigned expression is, as far as the model and
// the rules ask.
type ValueKind uint8

const (
	NoValue ValueKind = iota // a bare annotation, a def or a class
	Literal                  // a constant, an f-string or a tuple: never an object of the tree
	Display                  // a dict, list or set display or comprehension
	Call                     // a call
	Other                    // any other expression
)

// Value is an assigned expression reduced to what outlives the file's
// tree: the model keeps it for class attributes and module-level names,
// which other modules ask about after the tree is gone.
type Value struct {
	Kind ValueKind
	// Display names a Display: "dict", "list", "set", "dict
	// comprehension", "list comprehension" or "set comprehension". For
	// a Call, the display it is given as `default=`, or that the
	// module's import sets on the name it binds (`cv.set({})`): the one
	// object a ContextVar's every context starts from. For a Literal,
	// "str" for a string.
	Display string
	// Callee is the function of a Call as a dotted path as written
	// ("collections.OrderedDict", "Lock"), "" when it is not a dotted
	// name. Module.ResolvePath resolves it.
	Callee string
	// Made and Method are, for a Call of a method of what a call makes
	// (`BaseService(...).start()`, with Callee ""), that call's callee as
	// a dotted path as written, and the method's name.
	Made, Method string
	// Given are the arguments of a Call that are dotted names, as
	// written: "0=engine" for the first positional one, "poolclass=NullPool"
	// for a keyword; nil when there is none. A rule reads what a
	// module-level object is built over (the engine a session factory
	// binds, the pool class an engine keeps).
	Given []string
}

// ValueOf reduces e, an expression of m (nil for no value).
func (m *Module) ValueOf(e ast.Expr) Value {
	switch e := e.(type) {
	case nil:
		return Value{}
	case *ast.Constant, *ast.JoinedStr, *ast.Tuple:
		if IsString(e) {
			return Value{Kind: Literal, Display: "str"}
		}
		return Value{Kind: Literal}
	case *ast.Dict, *ast.List, *ast.Set, *ast.DictComp, *ast.ListComp, *ast.SetComp:
		return Value{Kind: Display, Display: displayOf(e)}
	case *ast.Call:
		if v := m.Uncast(e); v != ast.Expr(e) {
			return m.ValueOf(v) // typing.cast(T, v) is v
		}
		v := Value{Kind: Call, Callee: m.Intern(DottedPath(e.Func))}
		if a, ok := e.Func.(*ast.Attribute); ok && v.Callee == "" {
			if made, ok := a.Value.(*ast.Call); ok {
				if p := DottedPath(made.Func); p != "" {
					v.Made, v.Method = m.Intern(p), m.Intern(a.Attr)
				}
			}
		}
		for i, a := range e.Args {
			if p := DottedPath(a); p != "" {
				v.Given = append(v.Given, m.Intern(strconv.Itoa(i)+"="+p))
			}
		}
		for _, k := range e.Keywords {
			if k.Arg == "default" {
				v.Display = displayOf(k.Value)
			}
			if p := DottedPath(k.Value); p != "" && k.Arg != "" {
				v.Given = append(v.Given, m.Intern(k.Arg+"="+p))
			}
		}
		return v
	}
	return Value{Kind: Other}
}

// displayOf returns the kind of display e is (Value.Display), or "".
func displayOf(e ast.Expr) string {
	switch e.(type) {
	case *ast.Dict:
		return "dict"
	case *ast.List:
		return "list"
	case *ast.Set:
		return "set"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	}
	return ""
}

// Uncast returns what e is, past the casts that return their last
// argument as it is (libraries' Casts: typing.cast(T, v) is v); e
// itself when it is none.
func (m *Module) Uncast(e ast.Expr) ast.Expr {
	for {
		c, ok := e.(*ast.Call)
		if !ok || len(c.Args) == 0 || m.libs == nil {
			return e
		}
		callee := DottedPath(c.Func)
		if !m.libs.IsCastName(callee[strings.LastIndexByte(callee, '.')+1:]) || !m.libs.IsCast(m.ResolvePath(callee)) {
			return e
		}
		e = c.Args[len(c.Args)-1]
	}
}

// IsPath reports whether e is the dotted path path, a name or a chain
// of attributes of one (DottedPath(e) == path), without building the
// path.
func IsPath(e ast.Expr, path string) bool {
	for a, ok := e.(*ast.Attribute); ok; a, ok = e.(*ast.Attribute) {
		rest, found := strings.CutSuffix(path, a.Attr)
		if !found || !strings.HasSuffix(rest, ".") {
			return false
		}
		path, e = rest[:len(rest)-1], a.Value
	}
	root, ok := e.(*ast.Name)
	return ok && root.Id == path
}

// DottedPath returns a Name or a chain of attributes on a Name as
// written ("a.b.c"), or "" for any other expression, and for a chain of
// more than maxPathParts names.
func DottedPath(e ast.Expr) string {
	var attrs [maxPathParts]string // from the end
	n, size := 0, 0
	for a, ok := e.(*ast.Attribute); ok; a, ok = e.(*ast.Attribute) {
		if n == len(attrs)-1 {
			return ""
		}
		attrs[n] = a.Attr
		n++
		size += 1 + len(a.Attr)
		e = a.Value
	}
	root, ok := e.(*ast.Name)
	switch {
	case !ok:
		return ""
	case n == 0:
		return root.Id
	}
	// In one allocation: joining prefix by prefix copies the path so far
	// for each name.
	var b strings.Builder
	b.Grow(len(root.Id) + size)
	b.WriteString(root.Id)
	for i := n - 1; i >= 0; i-- {
		b.WriteByte('.')
		b.WriteString(attrs[i])
	}
	return b.String()
}

// maxPathParts bounds the names of a dotted path the model reads. Real
// code writes a handful (the standard library's longest chain has seven
// names), and every prefix of a chain is read as a path of its own (a
// call site's receiver), so that a generated chain thousands of names
// long would cost the square of its length.
const maxPathParts = 32

// ResolvePath is Resolve for a dotted path as DottedPath writes it: ""
// stays "".
func (m *Module) ResolvePath(path string) string {
	if path == "" {
		return ""
	}
	first, rest, _ := strings.Cut(path, ".")
	return join(m.ResolveName(first), rest)
}

// ResolvePath resolves a dotted path written in m and follows it through
// the tree (Canonical); "" stays "".
func (p *Program) ResolvePath(m *Module, path string) string {
	if path == "" {
		return ""
	}
	return p.Canonical(m.ResolvePath(path))
}

// ResolveLibraryPath is ResolvePath, and further resolves an attribute
// of a library's object that the tables name (libraries.InstanceAttr):
// `db.relationship`, where db is bound at module level to
// `SQLAlchemy()` (Flask-SQLAlchemy's, or a class of the tree derived from
// it), is sqlalchemy.orm.relationship. Any other path resolves as
// ResolvePath resolves it.
func (p *Program) ResolveLibraryPath(m *Module, path string) string {
	return p.libraryAttr(p.ResolvePath(m, path))
}

// libraryAttr returns the name the tables give qn, a canonical name,
// when it is an attribute of a library's object (libraries.InstanceAttr),
// else qn.
func (p *Program) libraryAttr(qn string) string {
	i := strings.LastIndexByte(qn, '.')
	if i < 0 {
		return qn
	}
	for _, class := range p.instanceClasses(qn[:i]) {
		if name := p.libs.InstanceAttr(class, qn[i+1:]); name != "" {
			return name
		}
	}
	return qn
}

// instanceClasses returns the classes, with their bases, of the object
// qn: a library's object (libraries.Instance), or a module-level name of
// the tree bound to a call of a class. nil when qn is neither.
func (p *Program) instanceClasses(qn string) []string {
	if c := p.libs.InstanceClass(qn); c != "" {
		return []string{c}
	}
	m, _, b := p.Global(qn)
	if b == nil || b.Kind != BindValue || b.Value.Kind != Call {
		return nil
	}
	return p.classNames(p.ResolvePath(m, b.Value.Callee))
}

// MutableContainer reports whether v, written in module m, builds a new
// mutable container, as RULES.md defines it: a dict, list or set display
// or comprehension, or a call of a container type (builtins, collections,
// weakref) resolved through m's imports. extra holds more canonical
// qualified names of calls that build one (a rule's
// extend-container-factories option; nil for none): the caller owns it,
// so rules with different settings share the Program. It returns what v
// builds, for messages ("dict", "list comprehension",
// "collections.defaultdict"), or "".
func (p *Program) MutableContainer(m *Module, v Value, extra map[string]bool) string {
	switch v.Kind {
	case Display:
		return v.Display
	case Call:
		qn := p.ResolvePath(m, v.Callee)
		if p.libs.IsContainerFactory(qn) || extra[qn] {
			if short, ok := builtinName(qn); ok {
				return short
			}
			return qn
		}
	}
	return ""
}

// isDotted reports whether s is a dotted name (`jobs.scheduling`): ASCII
// identifiers joined by dots.
func isDotted(s string) bool {
	for part := range strings.SplitSeq(s, ".") {
		if !IsIdentifier(part) {
			return false
		}
	}
	return true
}

// IsIdentifier reports whether s is an ASCII Python identifier.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r != '_' && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// KeywordNames returns the keyword arguments of call whose values are
// dotted names, as "keyword=qualified.name" with each name resolved by
// resolve: what libraries.Index.IsPoolFree reads of a call.
func KeywordNames(call *ast.Call, resolve func(string) string) []string {
	var out []string
	for _, k := range call.Keywords {
		if p := DottedPath(k.Value); p != "" && k.Arg != "" {
			out = append(out, k.Arg+"="+resolve(p))
		}
	}
	return out
}
