package rules

import (
	"fmt"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// moveFixes returns CT102's fixes for the classes of mod, by class and
// attribute: the container's class-level statement goes, and `__init__`
// (the class's own, or one created that calls super's) creates it per
// instance. They are made while the tree is there, for the attributes
// the module's methods mutate, and attached when a finding is decided.
//
// Unsafe: code that reads the attribute through the class, a subclass
// whose `__init__` does not call this one, or a value that other
// instances were meant to see stops working as before. A fix is not
// offered where it could not work at all: a class with __slots__, a
// value that reads a name of the class body, an attribute used through
// the class or cls anywhere in the module, a class of test code.
func moveFixes(mod *semantic.Module) map[*semantic.Class]map[string]*analysis.Fix {
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
	var throughClass map[string]bool // attrs read or written on a class or cls
	out := map[*semantic.Class]map[string]*analysis.Fix{}
	for _, c := range sortedClasses(mod) {
		if c.Node == nil {
			continue
		}
		body := classBodyNames(c.Node)
		if body["__slots__"] {
			continue
		}
		init := ownInit(c.Node)
		for _, st := range c.Node.Body {
			name, value, annotation := classLevelValue(st)
			// A ClassVar says the class is where it belongs.
			if name == "" || !mutated[name] || readsAny(value, body) ||
				annotation != nil && strings.Contains(string(mod.File.Src[annotation.Pos():annotation.End()]), "ClassVar") {
				continue
			}
			if throughClass == nil {
				throughClass = attrsThroughClasses(mod)
			}
			if throughClass[name] {
				continue
			}
			if fix := moveToInit(mod.File.Src, c, init, st, value, annotation, name); fix != nil {
				if out[c] == nil {
					out[c] = map[string]*analysis.Fix{}
				}
				out[c][mod.Intern(name)] = fix // the tree's strings go with it
			}
		}
	}
	return out
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

// moveToInit builds the fix that moves `attr = value` (statement st of
// c's body, with its annotation when it has one) into init, c's own
// __init__ (one is created when init is nil), or nil when the statement
// shares its lines with another or __init__'s body starts on its def
// line.
func moveToInit(src []byte, c *semantic.Class, init *ast.FunctionDef, st ast.Stmt, valueExpr, annotation ast.Expr, attr string) *analysis.Fix {
	removal, ok := wholeLines(src, st)
	if !ok {
		return nil
	}
	// `self.attr: T = value` is the same declaration, per instance.
	decl := attr + " = " + string(src[valueExpr.Pos():valueExpr.End()])
	if annotation != nil {
		decl = attr + ": " + string(src[annotation.Pos():annotation.End()]) + " = " + string(src[valueExpr.Pos():valueExpr.End()])
	}
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
	var insert analysis.Edit
	if init != nil {
		self := firstParam(init.Args)
		if self == "" {
			return nil
		}
		at := firstAfterDocstring(init.Body)
		if isDocstring(at) {
			return nil // a docstring alone: what goes before it would unmake it
		}
		line, indent, ok := indentOf(src, at)
		if !ok {
			return nil
		}
		insert = analysis.Edit{Pos: line, End: line, New: fmt.Sprintf("%s%s.%s\n", indent, self, decl)}
	} else {
		inner := bodyIndent + unit
		insert = analysis.Edit{Pos: firstLine, End: firstLine, New: fmt.Sprintf(
			"%sdef __init__(self, *args, **kwargs):\n%sself.%s\n%ssuper().__init__(*args, **kwargs)\n\n",
			bodyIndent, inner, decl, inner)}
	}
	if insert.Pos < removal.End && removal.Pos < insert.Pos {
		return nil // __init__ inside the statement: cannot be
	}
	edits := []analysis.Edit{tidy(src, removal), insert}
	if removal.Pos == insert.Pos {
		// The statement is the first of the body: the new lines replace
		// it, and what followed it still does.
		edits = []analysis.Edit{{Pos: removal.Pos, End: removal.End, New: strings.TrimSuffix(insert.New, "\n")}}
	}
	return &analysis.Fix{
		Message: fmt.Sprintf("Create `%s` per instance in `__init__`", attr),
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

// classBodyNames returns the names c's body binds at its top level:
// assignment targets, defs and classes.
func classBodyNames(c *ast.ClassDef) map[string]bool {
	out := map[string]bool{}
	for _, st := range c.Body {
		switch st := st.(type) {
		case *ast.Assign:
			for _, t := range st.Targets {
				if nm, ok := t.(*ast.Name); ok {
					out[nm.Id] = true
				}
			}
		case *ast.AnnAssign:
			if nm, ok := st.Target.(*ast.Name); ok {
				out[nm.Id] = true
			}
		case *ast.FunctionDef:
			out[st.Name] = true
		case *ast.AsyncFunctionDef:
			out[st.Name] = true
		case *ast.ClassDef:
			out[st.Name] = true
		}
	}
	return out
}

// readsAny reports whether value reads one of names: a name of the class
// body would be a NameError in __init__.
func readsAny(value ast.Expr, names map[string]bool) bool {
	found := false
	ast.Inspect(value, func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok && names[nm.Id] {
			found = true
		}
		return !found
	})
	return found
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
