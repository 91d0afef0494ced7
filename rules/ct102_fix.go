package rules

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// moveFixes returns, by class of mod, how CT102's fix moves each
// container the module's methods mutate from the class body into
// `__init__` (the class's own, or one created that calls super's). The
// plans are made while the tree is there; the fix of a finding is made
// when the findings are decided, for every container of the class that
// has one, so that one round of --fix moves them all.
//
// Unsafe: code that reads the attribute through the class, a subclass
// whose `__init__` does not call this one, or a value that other
// instances were meant to see stops working as before. A container is
// not moved where that could not work at all: a class with __slots__, a
// value that reads a name of the class body, an attribute used through
// the class or cls anywhere in the module, a class of test code.
func moveFixes(mod *semantic.Module) map[*semantic.Class]*classMove {
	mutated := map[string]bool{}
	for _, c := range mod.Classes {
		for _, m := range c.Defs {
			for _, mu := range m.Mutations {
				mutated[mu.Attr] = true
			}
		}
	}
	// Test code keeps settings at class level for subclasses to override
	// (`form_data = {}` in a base test case), often from classes the
	// tree does not resolve: moved into __init__, the base's value would
	// hide theirs. Its findings are low anyway.
	if len(mutated) == 0 || mod.File == nil || mod.IsTest() {
		return nil
	}
	src := mod.File.Src
	var throughClass map[string]bool // attrs read or written on a class or cls
	out := map[*semantic.Class]*classMove{}
	for _, c := range sortedClasses(mod) {
		if c.Node == nil {
			continue
		}
		body := classBodyNames(c)
		if body["__slots__"] {
			continue
		}
		var cm *classMove
		for _, st := range c.Node.Body {
			name, value, annotation := classLevelValue(st)
			// A ClassVar says the class is where it belongs.
			if name == "" || !mutated[name] || mentionsAny(value, body) ||
				annotation != nil && strings.Contains(string(src[annotation.Pos():annotation.End()]), "ClassVar") {
				continue
			}
			if throughClass == nil {
				throughClass = attrsThroughClasses(mod)
			}
			if throughClass[name] {
				continue
			}
			if cm == nil {
				if cm = newClassMove(src, c); cm == nil {
					break // no place for the new lines
				}
			}
			removal, ok := wholeLines(src, st)
			if !ok || cm.insertAt < removal.End && removal.Pos < cm.insertAt {
				continue // shares its lines; __init__ inside it cannot be
			}
			// `self.attr: T = value` is the same declaration, per instance.
			decl := name + " = " + string(src[value.Pos():value.End()])
			if annotation != nil {
				decl = name + ": " + string(src[annotation.Pos():annotation.End()]) + " = " + string(src[value.Pos():value.End()])
			}
			// Kept past the tree: the tree's strings go with it.
			cm.attrs[mod.Intern(name)] = attrMove{removal: removal, tidied: tidy(src, removal), decl: strings.Clone(decl)}
		}
		if cm != nil && len(cm.attrs) > 0 {
			out[c] = cm
		}
	}
	return out
}

// attachMoves gives each finding with a move the fix that moves every
// container of its class that a finding names: one fix per class, so
// that one round of --fix moves them all.
func attachMoves(found []ct102Finding, moves map[*semantic.Class]*classMove) {
	byClass := map[*semantic.Class][]string{}
	type move struct {
		class *semantic.Class
		attr  string
	}
	seen := map[move]bool{}
	for _, f := range found {
		if k := (move{f.class, f.attr}); f.class != nil && !seen[k] {
			seen[k] = true
			byClass[f.class] = append(byClass[f.class], f.attr)
		}
	}
	fixes := map[move]*analysis.Fix{}
	for c, attrs := range byClass {
		mv := moves[c]
		slices.SortFunc(attrs, func(a, b string) int { return cmp.Compare(mv.attrs[a].removal.Pos, mv.attrs[b].removal.Pos) })
		// A fix goes with each of its findings, into every output: a
		// class of thousands of containers (generated code) must not
		// make each of them carry thousands of edits.
		for chunk := range slices.Chunk(attrs, maxMovesPerFix) {
			fix := mv.fix(chunk)
			for _, a := range chunk {
				fixes[move{c, a}] = fix
			}
		}
	}
	for i := range found {
		if c := found[i].class; c != nil {
			found[i].d.Fix = fixes[move{c, found[i].attr}]
		}
	}
}

// maxMovesPerFix bounds the containers one CT102 fix moves.
const maxMovesPerFix = 8

// classMove is where CT102's fix writes the containers of one class in
// `__init__`, and the statements each one moves from.
type classMove struct {
	attrs    map[string]attrMove
	insertAt token.Pos // the start of the line the new lines go before
	create   bool      // no __init__: one is written
	indent   string    // of the lines written (of the def, when create)
	inner    string    // of the created __init__'s body
	self     string    // the first parameter of __init__
}

// attrMove is one container's class-level statement: its lines (tidied:
// with a blank line after them when one comes before them too), and
// its declaration as written in __init__ after `self.`.
type attrMove struct {
	removal, tidied analysis.Edit
	decl            string
}

// newClassMove finds where the containers of c go: the first statement
// of its own __init__ (after a docstring), or, with none, before the
// first statement of its body, where one is created. nil when neither
// can be written to: a body on its def's line, an __init__ of a
// docstring alone.
func newClassMove(src []byte, c *semantic.Class) *classMove {
	first := firstAfterDocstring(c.Node.Body)
	firstLine, bodyIndent, ok := indentOf(src, first)
	if !ok {
		return nil
	}
	classIndent := string(src[token.StartOfLine(src, c.Node.Pos()):c.Node.Pos()])
	unit := strings.TrimPrefix(bodyIndent, classIndent)
	if unit == "" || strings.TrimLeft(classIndent, " \t") != "" {
		return nil
	}
	init := ownInit(c.Node)
	if init == nil {
		return &classMove{attrs: map[string]attrMove{}, insertAt: firstLine, create: true,
			indent: bodyIndent, inner: bodyIndent + unit, self: "self"}
	}
	self := firstParam(init.Args)
	at := firstAfterDocstring(init.Body)
	if self == "" || isDocstring(at) {
		return nil // a docstring alone: what goes before it would unmake it
	}
	line, indent, ok := indentOf(src, at)
	if !ok {
		return nil
	}
	// Kept past the tree, whose strings share the source's buffer.
	return &classMove{attrs: map[string]attrMove{}, insertAt: line, indent: indent, self: strings.Clone(self)}
}

// fix returns the fix that moves the containers attrs (some of cm's, in
// the order of the class body) into __init__.
func (cm *classMove) fix(attrs []string) *analysis.Fix {
	var text strings.Builder
	if cm.create {
		fmt.Fprintf(&text, "%sdef __init__(self, *args, **kwargs):\n", cm.indent)
		for _, a := range attrs {
			fmt.Fprintf(&text, "%sself.%s\n", cm.inner, cm.attrs[a].decl)
		}
		fmt.Fprintf(&text, "%ssuper().__init__(*args, **kwargs)\n\n", cm.inner)
	} else {
		for _, a := range attrs {
			fmt.Fprintf(&text, "%s%s.%s\n", cm.indent, cm.self, cm.attrs[a].decl)
		}
	}
	var edits []analysis.Edit
	inserted := false
	for _, a := range attrs {
		mv := cm.attrs[a]
		if mv.removal.Pos == cm.insertAt {
			// The first statement of the body: the new lines replace it,
			// and what followed it still does.
			edits = append(edits, analysis.Edit{Pos: mv.removal.Pos, End: mv.removal.End, New: strings.TrimSuffix(text.String(), "\n")})
			inserted = true
			continue
		}
		edits = append(edits, mv.tidied)
	}
	if !inserted {
		edits = append(edits, analysis.Edit{Pos: cm.insertAt, End: cm.insertAt, New: text.String()})
	}
	names := make([]string, len(attrs))
	for i, a := range attrs {
		names[i] = "`" + a + "`"
	}
	return &analysis.Fix{
		Message: fmt.Sprintf("Create %s per instance in `__init__`", strings.Join(names, ", ")),
		Edits:   edits,
	}
}

// ownInit returns the __init__ defined in the class body, or nil.
func ownInit(c *ast.ClassDef) *ast.FunctionDef {
	var init *ast.FunctionDef
	for _, st := range c.Body {
		if d, ok := st.(*ast.FunctionDef); ok && d.Name == "__init__" {
			init = d // the last definition is the one that runs
		}
	}
	return init
}

func firstParam(args *ast.Arguments) string {
	if len(args.Posonlyargs) > 0 {
		return args.Posonlyargs[0].Arg
	}
	if len(args.Args) > 0 {
		return args.Args[0].Arg
	}
	return ""
}

// classBodyNames returns the names c's body binds, as the model has
// them: read from __init__, one of them would be a NameError.
func classBodyNames(c *semantic.Class) map[string]bool {
	out := make(map[string]bool, len(c.Attrs)+len(c.Methods))
	for name := range c.Attrs {
		out[name] = true
	}
	for name := range c.Methods {
		out[name] = true
	}
	return out
}

// attrsThroughClasses returns the attributes the module reads or writes
// on `cls` or on a name of one of its classes: moved into __init__, they
// would be gone from there.
func attrsThroughClasses(mod *semantic.Module) map[string]bool {
	classNames := map[string]bool{"cls": true}
	for _, c := range mod.Classes {
		classNames[c.Name] = true
	}
	out := map[string]bool{}
	ast.Inspect(mod.File.Module, func(n ast.Node) bool {
		if a, ok := n.(*ast.Attribute); ok && isClassRef(a.Value, classNames) {
			out[a.Attr] = true
		}
		return true
	})
	return out
}

// isClassRef reports whether e names a class: one of names, `type(x)` or
// `x.__class__`.
func isClassRef(e ast.Expr, names map[string]bool) bool {
	switch e := e.(type) {
	case *ast.Name:
		return names[e.Id]
	case *ast.Call:
		return semantic.IsName(e.Func, "type") && len(e.Args) == 1
	case *ast.Attribute:
		return e.Attr == "__class__"
	}
	return false
}

// overridden reports whether a subclass of c binds attr in its own body:
// set in c's __init__, the attribute would hide the subclass's value.
func overridden(p *semantic.Program, c *semantic.Class, attr string) bool {
	for _, s := range p.Subclasses(c) {
		if _, ok := s.Attrs[attr]; ok {
			return true
		}
	}
	return false
}

// classLevelValue returns the name, value and annotation (nil when
// none) of a class-body statement `name = value` or `name: T = value`,
// or "" for any other statement.
func classLevelValue(st ast.Stmt) (string, ast.Expr, ast.Expr) {
	switch st := st.(type) {
	case *ast.Assign:
		if nm, ok := st.Targets[0].(*ast.Name); ok && len(st.Targets) == 1 {
			return nm.Id, st.Value, nil
		}
	case *ast.AnnAssign:
		if nm, ok := st.Target.(*ast.Name); ok && st.Value != nil {
			return nm.Id, st.Value, st.Annotation
		}
	}
	return "", nil, nil
}
