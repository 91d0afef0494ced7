package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// MutableDefaultArgument is CT104; its Doc is doc/CT104.md.
var MutableDefaultArgument = &analysis.Analyzer{
	Name: "mutable-default-argument",
	Code: "CT104",
	Doc:  doc("CT104"),
	Run:  runMutableDefaultArgument,
}

func runMutableDefaultArgument(pass *analysis.Pass) {
	var defaults []mutableDefault
	// enclosing is the function whose body the walk is in: a def or
	// lambda there gets its defaults each time that function runs. It
	// becomes a string only for a default found (appendDefault).
	var enclosing qualName
	def := func(q qualName, args *ast.Arguments, body []ast.Stmt) {
		defaults = checkDefaults(defaults, pass.Module, nil, enclosing, q, args, body)
	}
	// The names around a def (prefix) share one array: each level
	// appends its name over a finished sibling's, and a qualName is
	// turned into a string before the walk goes on (appendDefault).
	//
	// visit finds the functions in a subtree node by node: a def's
	// decorators, parameters and body are inside its name.
	var visit func(prefix []string) func(ast.Node) bool
	visit = func(prefix []string) func(ast.Node) bool {
		return func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef:
				def(qualName{prefix, n.Name}, n.Args, n.Body)
				ast.InspectChildren(n, visit(append(prefix, n.Name)))
				return false
			case *ast.AsyncFunctionDef:
				def(qualName{prefix, n.Name}, n.Args, n.Body)
				ast.InspectChildren(n, visit(append(prefix, n.Name)))
				return false
			case *ast.ClassDef:
				ast.InspectChildren(n, visit(append(prefix, n.Name)))
				return false
			case *ast.Lambda:
				def(qualName{prefix, "<lambda>"}, n.Args, nil)
			}
			return true
		}
	}
	lambdas := &lambdaOffsets{pos: pass.File.Lambdas}
	// Since a def is a statement, the statements are enough, except
	// where a lambda is: there, node by node.
	var stmts func(body []ast.Stmt, prefix []string)
	// class is the class statement whose body the walk is in, directly:
	// the class of a method, whose self.m() calls its methods.
	var class *ast.ClassDef
	// header inspects the parts of a def or class statement s
	// other than its body, if they hold a lambda.
	header := func(s ast.Stmt, body []ast.Stmt, decorators []ast.Expr, prefix []string, parts ...ast.Node) {
		if !lambdas.within(headerStart(s, decorators), body[0].Pos()) {
			return
		}
		for _, n := range decorators {
			ast.Inspect(n, visit(prefix))
		}
		for _, n := range parts {
			ast.Inspect(n, visit(prefix))
		}
	}
	function := func(s ast.Stmt, name string, args *ast.Arguments, returns ast.Expr, decorators []ast.Expr,
		typeParams []ast.TypeParam, body []ast.Stmt, prefix []string) {
		defaults = checkDefaults(defaults, pass.Module, class, enclosing, qualName{prefix, name}, args, body)
		outer, outerFn := class, enclosing
		class = nil
		defer func() { class, enclosing = outer, outerFn }()
		inner := append(prefix, name)
		if lambdas.within(headerStart(s, decorators), body[0].Pos()) {
			parts := []ast.Node{args, returns}
			for _, tp := range typeParams {
				parts = append(parts, tp)
			}
			header(s, body, decorators, inner, parts...)
		}
		enclosing = qualName{prefix, name}
		stmts(body, inner)
	}
	stmts = func(body []ast.Stmt, prefix []string) {
		for _, s := range body {
			switch s := s.(type) {
			case *ast.FunctionDef:
				function(s, s.Name, s.Args, s.Returns, s.DecoratorList, s.TypeParams, s.Body, prefix)
			case *ast.AsyncFunctionDef:
				function(s, s.Name, s.Args, s.Returns, s.DecoratorList, s.TypeParams, s.Body, prefix)
			case *ast.ClassDef:
				inner := append(prefix, s.Name)
				if lambdas.within(headerStart(s, s.DecoratorList), s.Body[0].Pos()) {
					var parts []ast.Node
					for _, n := range s.Bases {
						parts = append(parts, n)
					}
					for _, n := range s.Keywords {
						parts = append(parts, n)
					}
					for _, n := range s.TypeParams {
						parts = append(parts, n)
					}
					header(s, s.Body, s.DecoratorList, inner, parts...)
				}
				defaults = fieldDefaults(defaults, pass.Module, s, qualName{prefix, s.Name})
				outer := class
				class = s
				stmts(s.Body, inner)
				class = outer
			default:
				if lambdas.within(s.Pos(), s.End()) {
					ast.Inspect(s, visit(prefix))
				} else {
					ast.EachBlock(s, func(block []ast.Stmt) { stmts(block, prefix) })
				}
			}
		}
	}
	// Room for the names of eight nested levels, so that a def does not
	// allocate its own prefix: a level appends in place (see above).
	stmts(pass.File.Module.Body, make([]string, 0, 8))
	if len(defaults) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, d := range defaults {
			kind := pp.Program.MutableContainer(pp.Module, d.value, nil)
			if kind == "" {
				continue
			}
			var diag analysis.Diagnostic
			if d.field {
				diag = pp.Diagnosticf(d.pos, d.end, "the default of field `%s` of `%s` is one %s, created when `%s` is defined: "+
					"its `__init__` binds that one object, so every instance built without `%s` shares it and sees what others left in it; "+
					"declare it with a factory (`attrs.Factory(%s)`, `field(factory=%s)`)",
					d.param, d.fn, kind, d.fn, d.param, kind, kind)
			} else {
				diag = pp.Diagnosticf(d.pos, d.end, "the default of `%s` in `%s` is one %s, created when `%s` is defined: "+
					"every call of `%s` that leaves out `%s` shares it and sees what earlier calls left in it",
					d.param, d.fn, kind, d.fn, d.fn, d.param)
			}
			diag.Fix = d.fix
			diag.Declared = d.field
			diag.Default, diag.DefaultParam = d.param, d.index+1
			if d.field {
				diag.DefaultParam = 0 // no def of the tree takes it
			}
			if d.enclosing != "" {
				diag = diag.Lowered(fmt.Sprintf("`%s` is defined inside `%s`, so each call of `%s` makes the default anew", d.fn, d.enclosing, d.enclosing))
			}
			switch {
			case d.readOnlyType != "":
				diag = diag.Lowered(fmt.Sprintf("`%s` is annotated `%s`, a read-only type: a type checker keeps `%s` from changing it", d.param, d.readOnlyType, d.fn))
			case d.readOnly:
				// Nothing is left in it: a style question (Ruff's B006).
				diag = diag.Lowered(fmt.Sprintf("`%s` only reads `%s`", d.fn, d.param))
			case d.passedOnly && d.storedOn != "":
				diag = diag.Lowered(fmt.Sprintf("`%s` keeps `%s` in `self.%s`, which no method of its class changes", d.fn, d.param, d.storedOn))
			case d.passedOnly:
				diag = diag.Lowered(fmt.Sprintf("`%s` only reads `%s` and passes it to calls not known to change it", d.fn, d.param))
			case len(d.assignedTo) > 0 && ormCollections(pp.Program, classAt(pp.Module, d.class), d.assignedTo):
				diag = diag.Lowered(fmt.Sprintf("`%s` assigns `%s` to %s: the ORM copies its items into a collection of its own",
					d.fn, d.param, relationshipsNamed(d.assignedTo)))
			}
			pp.Report(diag)
		}
	})
}

// headerStart is where a def or class statement's source starts: at its
// first decorator, which comes before the keyword.
func headerStart(s ast.Stmt, decorators []ast.Expr) token.Pos {
	if len(decorators) > 0 {
		return min(decorators[0].Pos(), s.Pos())
	}
	return s.Pos()
}

// lambdaOffsets are where a file's lambdas start, in order, and a
// cursor: the walk asks about every statement, in source order, so the
// answer is mostly a step forward from the last one, not a search.
type lambdaOffsets struct {
	pos  []token.Pos
	next int // pos[:next] are before the last lo asked about
}

// within reports whether the source [lo, hi) holds a lambda.
func (l *lambdaOffsets) within(lo, hi token.Pos) bool {
	if len(l.pos) == 0 {
		return false
	}
	if l.next > 0 && l.pos[l.next-1] >= lo { // lo went back: search
		l.next, _ = slices.BinarySearch(l.pos, lo)
	}
	for l.next < len(l.pos) && l.pos[l.next] < lo {
		l.next++
	}
	return l.next < len(l.pos) && l.pos[l.next] < hi
}

// qualName is a function's qualified name, built only when a finding
// needs it: the names of the defs and classes around it, and its own.
type qualName struct {
	outer []string
	name  string
}

func (q qualName) String() string {
	if len(q.outer) == 0 {
		return q.name
	}
	return strings.Join(q.outer, ".") + "." + q.name
}

// mutableDefault is a default that may build a mutable container: a
// display, or a call whose function the whole program resolves.
type mutableDefault struct {
	fn, param string
	// index is the parameter's among the def's: positional ones,
	// *args, keyword-only ones, **kwargs (Diagnostic.DefaultParam).
	index    int
	pos, end token.Pos
	value    semantic.Value
	fix      *analysis.Fix
	// readOnly: the body only reads the parameter (usesOn), so no call
	// leaves anything in the shared default. passedOnly: besides reading
	// it, the body only hands it to calls none of which is known to
	// change it (mayChange).
	readOnly, passedOnly bool
	// storedOn is the private attribute of self it is kept in, when no
	// method of the class changes it there (changedOnSelf).
	storedOn string
	// assignedTo are the attributes of self it is assigned to where
	// other code may change it, when it escapes no other way and no
	// call it is passed to is known to change it; class is where the
	// class of the method starts. If each is an ORM collection of the
	// class (ormCollections), which copies what it is assigned, nothing
	// keeps the default.
	assignedTo []string
	class      token.Pos
	// readOnlyType is the parameter's annotation when it is a read-only
	// container type (typing.Mapping), resolved.
	readOnlyType string
	// enclosing is the function the def is nested in, "" at module or
	// class level: then each call of it makes the default anew.
	enclosing string
	// field: the default is a field's, of the class fn, whose decorator
	// writes an __init__ that binds it (fieldDefaults).
	field bool
}

// fieldDefaults adds the defaults of the fields of class that may be
// mutable, when a decorator of it writes an __init__ that binds each
// field's default object itself, not a copy (libraries' DefaultSharers:
// attrs): every instance built without the field shares that object.
// A private field that no method of the class changes is kept as a
// parameter stored on a private attribute is (storedOn): a style
// question.
func fieldDefaults(out []mutableDefault, mod *semantic.Module, class *ast.ClassDef, name qualName) []mutableDefault {
	libs := mod.Libraries()
	var sharer libraries.DefaultSharer
	found := false
	// auto: the decorator's AutoAttribs keyword; nil when not given as
	// a constant.
	var auto *bool
	for _, d := range class.DecoratorList {
		s, ok := libs.DefaultSharer(mod.Resolve(semantic.Callee(d)))
		if !ok {
			continue
		}
		sharer, found = s, true
		if call, ok := d.(*ast.Call); ok {
			for _, kw := range call.Keywords {
				if k, ok := kw.Value.(*ast.Constant); ok && kw.Arg == s.AutoAttribs {
					b, _ := k.Value.(bool)
					auto = &b
				}
			}
		}
	}
	if !found {
		return out
	}
	specifier := func(e ast.Expr) *ast.Call {
		call, ok := e.(*ast.Call)
		if ok && libs.IsFieldSpecifier(mod.Resolve(call.Func)) {
			return call
		}
		return nil
	}
	annotated := auto != nil && *auto
	if auto == nil && sharer.Guess {
		// attrs guesses: annotated attributes are fields unless a field
		// is declared without an annotation.
		annotated = !slices.ContainsFunc(class.Body, func(st ast.Stmt) bool {
			a, ok := st.(*ast.Assign)
			return ok && specifier(a.Value) != nil
		})
	}
	fn := mod.Intern(name.String())
	add := func(field string, annotation, def ast.Expr) {
		if call := specifier(def); call != nil {
			def = nil
			for _, kw := range call.Keywords {
				if kw.Arg == "default" {
					def = kw.Value
				}
			}
		}
		if def == nil {
			return
		}
		v := mod.ValueOf(def)
		if v.Kind != semantic.Display && v.Kind != semantic.Call {
			return
		}
		d := mutableDefault{fn: fn, param: mod.Intern(field), pos: def.Pos(), end: def.End(), value: v, field: true}
		if annotation != nil {
			d.readOnlyType = readOnlyType(mod, annotation)
		}
		if strings.HasPrefix(field, "_") && !changedOnSelf(mod, class, field) {
			d.storedOn, d.passedOnly = d.param, true
		}
		out = append(out, d)
	}
	for _, st := range class.Body {
		switch st := st.(type) {
		case *ast.AnnAssign:
			t, ok := st.Target.(*ast.Name)
			if !ok || st.Value == nil || libs.IsClassVar(mod.Resolve(semantic.Unsubscripted(st.Annotation))) {
				continue
			}
			if annotated || specifier(st.Value) != nil {
				add(t.Id, st.Annotation, st.Value)
			}
		case *ast.Assign:
			if t, ok := st.Targets[0].(*ast.Name); ok && len(st.Targets) == 1 && specifier(st.Value) != nil {
				add(t.Id, nil, st.Value)
			}
		}
	}
	return out
}

// readOnlyType returns the type annotation ann names, resolved, under
// its subscript (`Mapping[str, Any]`), when it is a read-only container
// type (typing.Mapping); "" otherwise.
func readOnlyType(mod *semantic.Module, ann ast.Expr) string {
	if qn := mod.Resolve(semantic.Unsubscripted(ann)); mod.Libraries().IsReadOnlyType(qn) {
		return mod.Intern(qn)
	}
	return ""
}

// checkDefaults adds the defaults of one function that may be mutable.
func checkDefaults(out []mutableDefault, mod *semantic.Module, class *ast.ClassDef, enclosing, fn qualName, args *ast.Arguments, body []ast.Stmt) []mutableDefault {
	// A method's receiver: self.m(x) calls a method of class.
	self := ""
	if class != nil && len(args.Posonlyargs)+len(args.Args) > 0 {
		self = slices.Concat(args.Posonlyargs, args.Args)[0].Arg
	}
	// The defaults belong to the last positional parameters.
	offset := len(args.Posonlyargs) + len(args.Args) - len(args.Defaults)
	for i, d := range args.Defaults {
		param := offset + i
		if param < len(args.Posonlyargs) {
			out = appendDefault(out, mod, class, self, enclosing, fn, args, args.Posonlyargs[param], d, body)
		} else {
			out = appendDefault(out, mod, class, self, enclosing, fn, args, args.Args[param-len(args.Posonlyargs)], d, body)
		}
	}
	for i, d := range args.KwDefaults {
		if d != nil {
			out = appendDefault(out, mod, class, self, enclosing, fn, args, args.Kwonlyargs[i], d, body)
		}
	}
	return out
}

func appendDefault(out []mutableDefault, mod *semantic.Module, class *ast.ClassDef, self string, enclosing, fn qualName, args *ast.Arguments, param *ast.Arg, def ast.Expr, body []ast.Stmt) []mutableDefault {
	v := mod.ValueOf(def)
	if v.Kind != semantic.Display && v.Kind != semantic.Call {
		return out
	}
	d := mutableDefault{fn: mod.Intern(fn.String()), param: mod.Intern(param.Arg), index: paramIndex(args, param), pos: def.Pos(), end: def.End(), value: v}
	if enclosing.name != "" {
		d.enclosing = mod.Intern(enclosing.String())
	}
	if param.Annotation != nil {
		d.readOnlyType = readOnlyType(mod, param.Annotation)
	}
	if body != nil && emptyDisplay(def) && replacedWhenEmpty(param.Arg, body) {
		// `if not x: x = {}` first: an empty default is only tested.
		d.readOnly = true
	} else if body != nil {
		var k *semantic.Class
		if class != nil {
			k = classAt(mod, class.Pos())
		}
		u := usesOn(param.Arg, body, useOpts{self: self, class: k, empty: emptyDisplay(def), depth: 2, kind: defaultKind(v)})
		// Only a private attribute: a public one is changed from
		// elsewhere as often (a signal handler's ctx.data.setdefault).
		kept := slices.DeleteFunc(slices.Clone(u.stored), func(attr string) bool {
			return strings.HasPrefix(attr, "_") && !changedOnSelf(mod, class, attr)
		})
		switch {
		case len(kept) > 0 && !u.escapes:
			// Kept where other code may change it, unless each is an
			// ORM collection of the class, which copies what it is
			// assigned: the program says (runMutableDefaultArgument).
			if c := methodClass(mod, class, args); c != nil {
				d.class = c.Pos
				for _, attr := range kept {
					d.assignedTo = append(d.assignedTo, mod.Intern(attr))
				}
			}
			u.escapes = true
		case len(kept) > 0:
			u.escapes = true
		case len(u.stored) > 0:
			d.storedOn = mod.Intern(u.stored[0])
		}
		held := held{kind: defaultKind(v), empty: emptyDisplay(def)}
		changes := func(p passedArg) bool { return mayChange(mod, class, self, p, held, 4, map[*ast.Arguments]bool{}) }
		d.readOnly = !u.escapes && len(u.passed) == 0 && d.storedOn == ""
		d.passedOnly = !u.escapes && !slices.ContainsFunc(u.passed, changes) && (len(u.passed) > 0 || d.storedOn != "")
		if len(d.assignedTo) > 0 && slices.ContainsFunc(u.passed, changes) {
			d.assignedTo = nil // a call may change it before or after
		}
	}
	if param.Annotation == nil && body != nil {
		d.fix = noneSentinelFix(mod.File.Src, param.Arg, def, body, d.readOnly)
	}
	return append(out, d)
}

// noneSentinelFix replaces the default with None and inserts
// `if name is None: name = <default>` before the first statement of the
// body that is not the docstring; safe when the body only reads name.
func noneSentinelFix(src []byte, name string, def ast.Expr, body []ast.Stmt, safe bool) *analysis.Fix {
	first := firstAfterDocstring(body)
	start, indent, ok := indentOf(src, first)
	if !ok {
		return nil // the body shares a line with the def or another statement
	}
	value := string(src[def.Pos():def.End()])
	guard := fmt.Sprintf("if %s is None:\n%s    %s = %s\n%s", name, indent, name, value, indent)
	at := start + token.Pos(len(indent)) // before a decorator of the first statement, if any
	if first == body[0] && isDocstring(first) {
		// Only a docstring: the guard goes after it.
		guard = fmt.Sprintf("\n%sif %s is None:\n%s    %s = %s", indent, name, indent, name, value)
		at = first.End()
	}
	return &analysis.Fix{
		Message: fmt.Sprintf("Use None as the default and create the %s in the body", value),
		Edits: []analysis.Edit{
			{Pos: def.Pos(), End: def.End(), New: "None"},
			{Pos: at, End: at, New: guard},
		},
		Safe: safe,
	}
}

// uses is how a body uses a name: the calls it is handed to, and whether
// some other use may change it or let it escape (a mutation, a return, a
// store, an alias). A body only reads the name when neither: x[k],
// x.get(...) and other non-mutating methods, `in x`, iteration, truth
// tests and builtins that only read.
type uses struct {
	passed  []passedArg
	escapes bool
	// stored are the attributes of the receiver self the name is
	// assigned to (self.tags = tags), when self is given.
	stored []string
}

// passedArg is a call a name is handed to: as its positional argument
// arg, as its keyword argument kw, or (arg -1, kw "") inside a display
// that is an argument.
type passedArg struct {
	call *ast.Call
	arg  int
	kw   string
	// items: what is passed is a display the default is an item of
	// (useOpts.container): the callee changes the default by changing
	// an item of its parameter (itemChanged).
	items bool
}

// useOpts are what usesOn knows of the name besides the body. self: the
// receiver, `self.attr = name` a store in uses.stored rather than an
// escape. empty: the name holds an empty default, so that the arm of an
// if that runs only when it is true (`if tools: tools.append(x)`) never
// runs with it, and is skipped. depth: how many displays deep a display
// bound to a local (`record = {"refs": refs}`) is followed through that
// local; there a change of the local itself (`record["k"] = v`,
// `record.update(...)`) is no use of the default, what takes an item out
// is (itemTaken). container: name is such a local.
type useOpts struct {
	self string
	// class is the class of the def, when it is a method: a local bound
	// to what a method of it returns (`args = self.request_args()`) may
	// be a new display too (displayBinding).
	class            *semantic.Class
	empty, container bool
	depth            int
	// kind is the builtin type of the default ("list", "dict", "set"),
	// so that an arm that runs only for another type is skipped
	// (armOfKind); "" when not known.
	kind string
}

// usesOn returns how body uses name (uses), with what useOpts says of
// the name.
func usesOn(name string, body []ast.Stmt, o useOpts) uses {
	self, empty, depth, container, kind := o.self, o.empty, o.depth, o.container, o.kind
	// After `name = ...` in the body itself (not in a branch), the name
	// is another object: the statements from there on do not use the
	// default (the assignment's value still may: `x = x` is an alias).
	// An assignment through which the default may flow back to the name
	// (`payload = form.payload() if form else payload`) leaves the name
	// the default: the uses after it are the default's.
	reads := map[*ast.Name]bool{}
	for i, st := range body {
		if a, ok := st.(*ast.Assign); ok && len(a.Targets) == 1 && semantic.IsName(a.Targets[0], name) {
			kept := false
			for _, nm := range flowsBack(a.Value, name, empty) {
				reads[nm], kept = true, true
			}
			if !kept {
				body = body[:i+1]
				break
			}
		}
	}
	// reads holds the Name nodes in a read-only position, passed those
	// handed to a call that may keep or change them.
	passed := map[*ast.Name]passedArg{}
	var u uses
	stores := map[*ast.Name]bool{}
	// inLocal: the Name nodes that are items of a display bound to a
	// local, by the local.
	inLocal := map[*ast.Name]*ast.Assign{}
	// aliases: the Name nodes bound to a local as they are (`kw =
	// options`), by the assignment.
	aliases := map[*ast.Name]*ast.Assign{}
	var declaredNames map[string]bool
	isDeclared := func(id string) bool {
		if declaredNames == nil {
			declaredNames = declared(body)
		}
		return declaredNames[id]
	}
	// inspect walks s but the arms an empty default never runs.
	var inspect func(s ast.Stmt, f func(ast.Node) bool)
	inspect = func(s ast.Stmt, f func(ast.Node) bool) {
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			// `x if isinstance(x, Service) else None`: the default takes
			// the other arm.
			if e, ok := n.(*ast.IfExp); ok {
				if holds, ok := mayHoldFor(e.Test, name, kind); ok && !holds {
					if f(e) {
						ast.Inspect(e.Test, visit)
						ast.Inspect(e.Orelse, visit)
					}
					return false
				}
			}
			if i, ok := n.(*ast.If); ok && (empty || kind != "") {
				runs, ok := armIfEmpty(i, name)
				if !ok || !empty {
					runs, ok = armOfKind(i, name, kind)
				}
				if ok {
					if f(i) {
						ast.Inspect(i.Test, f)
						for _, st := range runs {
							inspect(st, f)
						}
					}
					return false
				}
			}
			return f(n)
		}
		ast.Inspect(s, visit)
	}
	// inItems marks the names among the items of display e, and of the
	// displays among them, to nestedItems deep, as handed to p's call
	// inside a display (`Findings=[{"Types": types}]`, the request
	// bodies SDKs take).
	var inItems func(e ast.Expr, p passedArg, depth int)
	inItems = func(e ast.Expr, p passedArg, depth int) {
		for _, x := range displayItems(e) {
			for _, x := range flows(x) {
				if nm, isName := x.(*ast.Name); isName {
					passed[nm] = passedArg{call: p.call, arg: -1}
				} else if depth < nestedItems {
					inItems(x, p, depth+1)
				}
			}
		}
	}
	pass := func(e ast.Expr, p passedArg) {
		for _, e := range flows(e) {
			if nm, isName := e.(*ast.Name); isName {
				passed[nm] = p
				continue
			}
			inItems(e, p, 1)
		}
	}
	for _, s := range body {
		inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Subscript:
				// del x[k] takes out of it: an empty default keeps nothing.
				if nm, isName := n.Value.(*ast.Name); isName && (n.Ctx == ast.Load || container || empty && n.Ctx == ast.Del) {
					reads[nm] = true
				}
			case *ast.Attribute:
				if nm, isName := n.Value.(*ast.Name); isName && n.Ctx == ast.Load &&
					(!semantic.IsMutatingMethod(n.Attr) || container || empty && semantic.TakesOut(n.Attr)) {
					reads[nm] = true
				}
			case *ast.Compare:
				for _, c := range n.Comparators {
					if nm, isName := c.(*ast.Name); isName {
						reads[nm] = true
					}
				}
				if nm, isName := n.Left.(*ast.Name); isName {
					reads[nm] = true
				}
			case *ast.BoolOp:
				// x or fallback: while the default is empty, x is false
				// and fallback is what flows on.
				if n.Op == ast.Or {
					for _, e := range n.Values[:len(n.Values)-1] {
						if nm, isName := e.(*ast.Name); isName {
							reads[nm] = true
						}
					}
				}
			case *ast.BinOp:
				// x + [...] builds a new container.
				for _, e := range []ast.Expr{n.Left, n.Right} {
					if nm, isName := e.(*ast.Name); isName {
						reads[nm] = true
					}
				}
			case *ast.For:
				if nm, isName := n.Iter.(*ast.Name); isName {
					reads[nm] = true
				}
			case *ast.If, *ast.While, *ast.IfExp, *ast.Assert, *ast.UnaryOp:
				// Its truth is read: `if x`, `x if y else z`, `not x`,
				// `if x and len(x) > 1`.
				for _, nm := range truthNames(truthTest(n)) {
					reads[nm] = true
				}
				// x if x else y, x if len(x) else y: while the default is
				// empty, y is what flows on.
				if e, ok := n.(*ast.IfExp); ok {
					if nm, isName := e.Body.(*ast.Name); isName && nm.Id == name && testsItsEmptiness(e.Test, name) {
						reads[nm] = true
					}
				}
			case *ast.Comprehension:
				if nm, isName := n.Iter.(*ast.Name); isName {
					reads[nm] = true
				}
			case *ast.Call:
				for _, k := range n.Keywords {
					if nm, isName := k.Value.(*ast.Name); isName && k.Arg == "" {
						reads[nm] = true // f(**x) copies its items out
					}
				}
				if readOnlyCall(n.Func) {
					for _, a := range n.Args {
						for _, a := range flows(a) {
							if nm, isName := a.(*ast.Name); isName {
								reads[nm] = true
							}
						}
					}
					break
				}
				if f, isAttr := n.Func.(*ast.Attribute); isAttr && semantic.IsMutatingMethod(f.Attr) {
					// reg.append(x) stores x where it outlives the call, and
					// so does reg.update({k: x}) or reg.extend([x]); a bare
					// argument of the others is only read (x.extend(items)
					// copies the items out, cursor.sort(order) keeps nothing).
					if !semantic.StoresArgument(f.Attr) {
						for i, a := range n.Args {
							if _, bare := a.(*ast.Name); bare {
								pass(a, passedArg{call: n, arg: i})
							}
						}
					}
					break
				}
				for i, a := range n.Args {
					pass(a, passedArg{call: n, arg: i})
				}
				for _, k := range n.Keywords {
					if k.Arg != "" {
						pass(k.Value, passedArg{call: n, arg: -1, kw: k.Arg})
					}
				}
			case *ast.Assign:
				if local, ok := n.Targets[0].(*ast.Name); ok && len(n.Targets) == 1 && local.Id != name && depth > 0 {
					// The names first: most assignments hold no default,
					// and what the body declares is asked once.
					if held := displayNames(n.Value, name); len(held) > 0 && !isDeclared(local.Id) {
						for _, nm := range held {
							inLocal[nm] = n
						}
					} else if nm, ok := n.Value.(*ast.Name); ok && nm.Id == name && !isDeclared(local.Id) {
						aliases[nm] = n
					}
				}
				nm, isName := n.Value.(*ast.Name)
				if isName && nm.Id == name && slices.ContainsFunc(n.Targets, isSliceTarget) {
					reads[nm] = true // t[:] = x copies x's items in
					break
				}
				// args["json"] = x, args a local display of the def: x
				// is used as an item of that local is, as in the display.
				if isName && nm.Id == name && len(n.Targets) == 1 && depth > 0 {
					if t, ok := n.Targets[0].(*ast.Subscript); ok {
						if local, ok := t.Value.(*ast.Name); ok && local.Id != name && !isDeclared(local.Id) {
							if a := displayBinding(body, local.Id, self, o.class); a != nil && a.Pos() < n.Pos() {
								inLocal[nm] = a
								break
							}
						}
					}
				}
				if !isName || nm.Id != name || self == "" {
					break
				}
				var attrs []string
				for _, t := range n.Targets {
					if a, ok := t.(*ast.Attribute); ok && semantic.IsName(a.Value, self) {
						attrs = append(attrs, a.Attr)
					}
				}
				if len(attrs) == len(n.Targets) {
					stores[nm] = true
					u.stored = append(u.stored, attrs...)
				}
			case *ast.Dict:
				// {**x} copies its items out.
				for i, k := range n.Keys {
					if nm, isName := n.Values[i].(*ast.Name); isName && k == nil {
						reads[nm] = true
					}
				}
			case *ast.Starred:
				// [*x] and f(*x) copy its items out.
				if nm, isName := n.Value.(*ast.Name); isName && n.Ctx == ast.Load {
					reads[nm] = true
				}
			case *ast.FormattedValue:
				if nm, isName := n.Value.(*ast.Name); isName {
					reads[nm] = true
				}
			}
			return true
		})
	}
	followed := map[string]bool{}
	for _, s := range body {
		inspect(s, func(n ast.Node) bool {
			nm, isName := n.(*ast.Name)
			// Rebinding the name (x = x or []) leaves the default alone.
			if !isName || nm.Id != name || reads[nm] || stores[nm] || nm.Ctx != ast.Load {
				return true
			}
			if p, ok := passed[nm]; ok {
				u.passed = append(u.passed, p)
				return true
			}
			if a, ok := aliases[nm]; ok {
				// kw = options: the default, by another name from there on.
				lu := usesOn(a.Targets[0].(*ast.Name).Id, after(body, a), useOpts{self: self, class: o.class, empty: empty, depth: depth - 1, kind: kind})
				u.escapes = u.escapes || lu.escapes
				u.passed = append(u.passed, lu.passed...)
				u.stored = append(u.stored, lu.stored...)
				return true
			}
			a, ok := inLocal[nm]
			if !ok {
				u.escapes = true
				return true
			}
			local := a.Targets[0].(*ast.Name).Id
			if followed[local] {
				return true
			}
			// In a local's display: the default is used as the local
			// is from there on, and an item of the local taken out may
			// be changed.
			followed[local] = true
			rest := after(body, a)
			lu := usesOn(local, rest, useOpts{container: true, depth: depth - 1})
			u.escapes = u.escapes || lu.escapes || itemTaken(local, rest)
			for _, p := range lu.passed {
				p.items = true
				u.passed = append(u.passed, p)
			}
			return true
		})
	}
	return u
}

// displayBinding returns the one assignment of body's top level that
// binds local, when it binds it to a display (`args = {"timeout": 3}`),
// or to what a method of class, called on self with nothing, returns
// when every return of it is a display (`args = self.request_args()`);
// nil when another statement binds it too, or none does.
func displayBinding(body []ast.Stmt, local, self string, class *semantic.Class) *ast.Assign {
	var found *ast.Assign
	binds := 0
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Name:
				if n.Id == local && n.Ctx != ast.Load {
					binds++
				}
			}
			return true
		})
		if a, ok := st.(*ast.Assign); ok && len(a.Targets) == 1 && semantic.IsName(a.Targets[0], local) {
			switch v := a.Value.(type) {
			case *ast.Dict, *ast.List, *ast.Set:
				found = a
			case *ast.Call:
				if returnsNewDisplay(v, self, class) {
					found = a
				}
			}
		}
	}
	if binds != 1 {
		return nil
	}
	return found
}

// returnsNewDisplay reports whether call is `self.m()`, m a method of
// class whose every return statement returns a display: a new container
// at every call.
func returnsNewDisplay(call *ast.Call, self string, class *semantic.Class) bool {
	f, ok := call.Func.(*ast.Attribute)
	if !ok || class == nil || self == "" || len(call.Args) != 0 || len(call.Keywords) != 0 || !semantic.IsName(f.Value, self) {
		return false
	}
	m := class.Methods[f.Attr]
	if m == nil || m.Kind != semantic.InstanceMethod {
		return false
	}
	returns, displays := 0, 0
	semantic.EachOwnNode(m.Body, func(n ast.Node) {
		if r, ok := n.(*ast.Return); ok {
			returns++
			switch r.Value.(type) {
			case *ast.Dict, *ast.List, *ast.Set:
				displays++
			}
		}
	})
	return returns > 0 && returns == displays
}

// after returns the statements of body from the one that holds a on,
// without a itself when it is one of them.
func after(body []ast.Stmt, a *ast.Assign) []ast.Stmt {
	i := slices.IndexFunc(body, func(st ast.Stmt) bool { return st.Pos() <= a.Pos() && a.Pos() < st.End() })
	switch {
	case i < 0:
		return body
	case body[i] == ast.Stmt(a):
		return body[i+1:]
	}
	return body[i:]
}

// flowsBack returns the Names of name in e through which the default
// may be e's value: an arm of `a if t else x` whose test does not ask
// about name, an operand of `a or x`; but for an empty default (false)
// not an operand of an `or` before the last (`x or []` is the new list).
func flowsBack(e ast.Expr, name string, empty bool) []*ast.Name {
	switch e := e.(type) {
	case *ast.Name:
		if e.Id == name {
			return []*ast.Name{e}
		}
	case *ast.IfExp:
		if !semantic.Mentions(e.Test, name) {
			return append(flowsBack(e.Body, name, empty), flowsBack(e.Orelse, name, empty)...)
		}
	case *ast.BoolOp:
		values := e.Values
		if e.Op == ast.Or && empty {
			values = values[len(values)-1:]
		}
		var out []*ast.Name
		for _, v := range values {
			out = append(out, flowsBack(v, name, empty)...)
		}
		return out
	}
	return nil
}

// flows returns what e's value may be, among its parts: each operand of
// `a or b` and `a and b`, each arm of `a if t else b`; e otherwise.
func flows(e ast.Expr) []ast.Expr {
	switch e := e.(type) {
	case *ast.BoolOp:
		var out []ast.Expr
		for _, v := range e.Values {
			out = append(out, flows(v)...)
		}
		return out
	case *ast.IfExp:
		return append(flows(e.Body), flows(e.Orelse)...)
	}
	return []ast.Expr{e}
}

// builtinTypes are the types an isinstance test names that a default of
// a builtin type is, or is not, an instance of, by its kind.
var builtinTypes = map[string]bool{"list": true, "dict": true, "set": true, "tuple": true, "str": true, "bytes": true,
	"int": true, "float": true, "bool": true, "frozenset": true}

// baseTypes are the types, by their last name, that a list, a dict or a
// set may be an instance of without being of their kind: object, and the
// abstract types the builtins are registered with (collections.abc's,
// typing's). Any other class, of the project or a library, has no
// builtin container among its instances.
var baseTypes = map[string]bool{"object": true, "Sequence": true, "MutableSequence": true, "Iterable": true,
	"Collection": true, "Container": true, "Sized": true, "Reversible": true, "Mapping": true,
	"MutableMapping": true, "Set": true, "AbstractSet": true, "MutableSet": true, "Hashable": true,
	"List": true, "Dict": true, "FrozenSet": true, "Generic": true, "Protocol": true, "Any": true}

// mayHoldFor reports, for a test of name's type (`isinstance(name, T)`,
// or its `not`), whether it may hold while name holds a default of
// builtin type kind; ok is false when test is no such test, or names a
// type the default may be an instance of without being of its kind.
func mayHoldFor(test ast.Expr, name, kind string) (holds, ok bool) {
	if kind == "" {
		return false, false
	}
	neg := false
	if u, isNot := test.(*ast.UnaryOp); isNot && u.Op == ast.Not {
		test, neg = u.Operand, true
	}
	c, isCall := test.(*ast.Call)
	if !isCall || !semantic.IsName(c.Func, "isinstance") || len(c.Args) != 2 || !semantic.IsName(c.Args[0], name) {
		return false, false
	}
	types := []ast.Expr{c.Args[1]}
	if elts, isTuple := c.Args[1].(*ast.Tuple); isTuple {
		types = elts.Elts
	}
	has := false
	for _, t := range types {
		var n string
		switch t := t.(type) {
		case *ast.Name:
			n = t.Id
		case *ast.Attribute: // abc.Sequence, models.FeatureService
			n = t.Attr
		default:
			return false, false
		}
		switch {
		case builtinTypes[n]:
			has = has || n == kind
		case baseTypes[n]:
			return false, false
		}
	}
	return has != neg, true
}

// armOfKind returns the code of if statement i that may run while name
// holds a default of builtin type kind, when i tests name's type: not
// the body of `if not isinstance(name, list):` for a list, nor of `if
// isinstance(name, str):` or `if isinstance(name, Service):`, which run
// only for another type.
func armOfKind(i *ast.If, name, kind string) (runs []ast.Stmt, ok bool) {
	if holds, ok := mayHoldFor(i.Test, name, kind); !ok || holds {
		return nil, false // the body may run with it
	}
	return i.Orelse, true
}

// defaultKind returns the builtin type of the default whose value is v:
// a display's, or a call's of list, dict or set; "" for anything else.
func defaultKind(v semantic.Value) string {
	kind := v.Display
	if v.Kind == semantic.Call {
		kind = v.Callee
	}
	switch kind {
	case "list", "dict", "set":
		return kind
	}
	return ""
}

// armIfEmpty returns the arm of if statement i that runs only when name
// is true (`if name:`, `if name and ...:`; the else of `if not name:`),
// which an empty default never enters, and the code of i that does run.
func armIfEmpty(i *ast.If, name string) (runs []ast.Stmt, ok bool) {
	whenTrue := func(test ast.Expr) bool {
		if semantic.IsName(test, name) {
			return true
		}
		b, isBool := test.(*ast.BoolOp)
		return isBool && b.Op == ast.And && slices.ContainsFunc(b.Values, func(v ast.Expr) bool { return semantic.IsName(v, name) })
	}
	if whenTrue(i.Test) {
		return i.Orelse, true
	}
	if u, isNot := i.Test.(*ast.UnaryOp); isNot && u.Op == ast.Not && semantic.IsName(u.Operand, name) {
		return i.Body, true
	}
	return nil, false
}

// paramIndex returns the index of param among the parameters of args, in
// the order the call graph counts them: positional ones, *args,
// keyword-only ones, **kwargs.
func paramIndex(args *ast.Arguments, param *ast.Arg) int {
	all := slices.Concat(args.Posonlyargs, args.Args)
	if args.Vararg != nil {
		all = append(all, args.Vararg)
	}
	all = append(all, args.Kwonlyargs...)
	return slices.Index(all, param)
}

// declared returns the names body declares global or nonlocal: an
// assignment to one outlives the call.
func declared(body []ast.Stmt) map[string]bool {
	out := map[string]bool{}
	semantic.EachOwnNode(body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Global:
			for _, id := range n.Names {
				out[id] = true
			}
		case *ast.Nonlocal:
			for _, id := range n.Names {
				out[id] = true
			}
		}
	})
	return out
}

// replacedWhenEmpty reports whether body, before anything else uses
// name, binds it anew while it is false (`if not x: x = {}`): an empty
// default is then only tested.
func replacedWhenEmpty(name string, body []ast.Stmt) bool {
	for _, st := range body {
		if i, ok := st.(*ast.If); ok && len(i.Orelse) == 0 && len(i.Body) == 1 {
			u, isNot := i.Test.(*ast.UnaryOp)
			a, isAssign := i.Body[0].(*ast.Assign)
			if isNot && u.Op == ast.Not && semantic.IsName(u.Operand, name) && isAssign && len(a.Targets) == 1 &&
				semantic.IsName(a.Targets[0], name) && !semantic.Mentions(a.Value, name) {
				return true
			}
		}
		if semantic.Mentions(st, name) {
			return false
		}
	}
	return false
}

// emptyDisplay reports whether a default is an empty container: `[]`,
// `{}`, `set()`, `dict()`, `list()`.
func emptyDisplay(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.List, *ast.Dict, *ast.Set:
		return len(displayItems(e)) == 0
	case *ast.Call:
		if len(e.Args) > 0 || len(e.Keywords) > 0 {
			return false
		}
		return semantic.IsName(e.Func, "list") || semantic.IsName(e.Func, "dict") || semantic.IsName(e.Func, "set")
	}
	return false
}

// truthNames returns the names whose truth test e is: a name, or one of
// the operands of an and, an or or a not in it.
func truthNames(e ast.Expr) []*ast.Name {
	switch e := e.(type) {
	case *ast.Name:
		return []*ast.Name{e}
	case *ast.BoolOp:
		var out []*ast.Name
		for _, v := range e.Values {
			out = append(out, truthNames(v)...)
		}
		return out
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			return truthNames(e.Operand)
		}
	}
	return nil
}

// displayNames returns the Name nodes of name that are items of display
// e, or of displays within it.
func displayNames(e ast.Expr, name string) []*ast.Name {
	var out []*ast.Name
	for _, x := range displayItems(e) {
		if semantic.IsName(x, name) {
			out = append(out, x.(*ast.Name))
		} else {
			out = append(out, displayNames(x, name)...)
		}
	}
	return out
}

// itemTaken reports whether body may take an item out of local
// (`record["refs"]`, `record.get("refs")`, `for x in record`): what was
// put in it may then be changed through it. Only setting items, update
// and clear do not.
func itemTaken(local string, body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Subscript:
				found = n.Ctx == ast.Load && semantic.IsName(n.Value, local)
			case *ast.Attribute:
				found = semantic.IsName(n.Value, local) && n.Attr != "update" && n.Attr != "clear"
			case *ast.For:
				found = semantic.IsName(n.Iter, local)
			case *ast.Comprehension:
				found = semantic.IsName(n.Iter, local)
			case *ast.Starred:
				found = semantic.IsName(n.Value, local)
			}
			return !found
		})
	}
	return found
}

// displayItems returns the elements of a list, tuple or set display, or
// the keys and values of a dict display, or the keyword values of a
// dict(k=v) call; nil for anything else.
// nestedItems is how many displays deep a name handed to a call inside
// displays is followed.
const nestedItems = 4

func displayItems(e ast.Expr) []ast.Expr {
	if c, ok := e.(*ast.Call); ok && semantic.IsName(c.Func, "dict") {
		// dict(k=v): a display by keywords.
		var out []ast.Expr
		for _, k := range c.Keywords {
			if k.Arg != "" {
				out = append(out, k.Value)
			}
		}
		return out
	}
	if d, ok := e.(*ast.Dict); ok {
		var out []ast.Expr
		for _, k := range d.Keys {
			if k != nil {
				out = append(out, k)
			}
		}
		return append(out, d.Values...)
	}
	elts, _ := ast.Elts(e)
	return elts
}

// mayChange reports whether the call p hands a default to is known to
// change it: a function the libraries' tables say changes its first
// argument (heapq.heappush), or a def of this module (a function, or a
// method of class called through its receiver, self) whose parameter it
// changes, lets escape, or hands to a call that may change it, four calls
// deep at most. A call crosstalk cannot follow is not known to change it.
// What is passed is the default, as h says: an arm of the callee's that
// runs only for another kind, or only when it holds something, is not
// its use.
func mayChange(mod *semantic.Module, class *ast.ClassDef, self string, p passedArg, h held, depth int, seen map[*ast.Arguments]bool) bool {
	if p.arg == 0 && p.kw == "" && mod.Libraries().IsArgMutator(mod.Resolve(p.call.Func)) {
		return true
	}
	if p.arg < 0 && p.kw == "" {
		return false // inside a display: the callee gets the display
	}
	var args *ast.Arguments
	var body []ast.Stmt
	skip := 0 // the receiver's parameter of a method called through self
	calleeClass, calleeSelf := (*ast.ClassDef)(nil), ""
	switch f := p.call.Func.(type) {
	case *ast.Name:
		if b := mod.Bindings[f.Id]; b != nil && b.Kind == semantic.BindFunction {
			args, body = semantic.DefNamed(mod.File.Module.Body, f.Id)
		}
	case *ast.Attribute:
		if semantic.IsName(f.Value, self) && self != "" {
			args, body = semantic.DefNamed(class.Body, f.Attr)
			skip = 1
			calleeClass = class
		}
	}
	if args == nil || seen[args] {
		return false // not followed, or followed already: a recursive call
	}
	seen[args] = true
	params := slices.Concat(args.Posonlyargs, args.Args)
	var param *ast.Arg
	switch {
	case p.kw != "":
		for _, a := range slices.Concat(params, args.Kwonlyargs) {
			if a.Arg == p.kw {
				param = a
			}
		}
	case p.arg+skip < len(params):
		param = params[p.arg+skip]
	}
	if param == nil {
		return false
	}
	if depth == 0 {
		return true // too deep to follow: it may
	}
	if calleeClass != nil && len(params) > 0 {
		calleeSelf = params[0].Arg
	}
	if p.items && itemChanged(param.Arg, body) {
		return true
	}
	var o useOpts
	if !p.items { // else the parameter is the display the default is in
		o.kind, o.empty = h.kind, h.empty
	}
	u := usesOn(param.Arg, body, o)
	return u.escapes || slices.ContainsFunc(u.passed, func(q passedArg) bool {
		q.items = q.items || p.items
		return mayChange(mod, calleeClass, calleeSelf, q, h, depth-1, seen)
	})
}

// held is what a default handed on is: its builtin type ("list"; ""
// when not known), and whether it is an empty display.
type held struct {
	kind  string
	empty bool
}

// itemChanged reports whether body changes an item of name in place:
// `name[k].append(x)`, `name[k][j] = v`, `name[k] += [x]`,
// `name.get(k).add(x)`.
func itemChanged(name string, body []ast.Stmt) bool {
	item := func(e ast.Expr) bool {
		switch e := e.(type) {
		case *ast.Subscript:
			return semantic.IsName(e.Value, name)
		case *ast.Call:
			f, ok := e.Func.(*ast.Attribute)
			return ok && semantic.IsName(f.Value, name) && (f.Attr == "get" || f.Attr == "setdefault" || f.Attr == "pop")
		}
		return false
	}
	found := false
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Call:
				if f, ok := n.Func.(*ast.Attribute); ok && semantic.IsMutatingMethod(f.Attr) && item(f.Value) {
					found = true
				}
			case *ast.Subscript:
				found = found || n.Ctx != ast.Load && item(n.Value)
			case *ast.Attribute:
				found = found || n.Ctx != ast.Load && item(n.Value)
			case *ast.AugAssign:
				found = found || item(n.Target)
			}
			return !found
		})
	}
	return found
}

// changedOnSelf reports whether a method of class (the class statement
// of this module) changes its instances' attr in place, by the class
// model's mutations through self; true when class is not known.
func changedOnSelf(mod *semantic.Module, class *ast.ClassDef, attr string) bool {
	if class == nil {
		return true
	}
	c := classAt(mod, class.Pos())
	if c == nil {
		return true
	}
	for _, m := range c.Defs {
		if slices.ContainsFunc(m.Mutations, func(mu semantic.Mutation) bool {
			return mu.Attr == attr && mu.Recv.Kind == semantic.SelfReceiver
		}) {
			return true
		}
	}
	return false
}

// classAt returns the model of the class statement of mod that starts at
// pos, or nil.
func classAt(mod *semantic.Module, pos token.Pos) *semantic.Class {
	for _, c := range mod.Classes {
		if c.Pos == pos {
			return c
		}
	}
	return nil
}

// methodClass returns the class model of class when args are those of
// one of its instance methods, whose first parameter is the instance;
// nil otherwise.
func methodClass(mod *semantic.Module, class *ast.ClassDef, args *ast.Arguments) *semantic.Class {
	if class == nil {
		return nil
	}
	c := classAt(mod, class.Pos())
	if c == nil {
		return nil
	}
	for _, m := range c.Defs {
		if m.MethodSyntax != nil && m.Args == args {
			if m.Kind != semantic.InstanceMethod {
				return nil
			}
			return c
		}
	}
	return nil
}

// ormCollections reports whether each of attrs is, on instances of c, a
// collection attribute of an ORM (libraries' Relationships), declared on
// c or a base: assigning a list to one copies its items into the ORM's
// own collection, and the list itself is kept nowhere.
func ormCollections(p *semantic.Program, c *semantic.Class, attrs []string) bool {
	if c == nil {
		return false
	}
	return !slices.ContainsFunc(attrs, func(attr string) bool {
		return !p.Libraries().IsRelationship(declaredBy(p, c, attr))
	})
}

// declaredBy returns what attr of c, declared on c or a base as the
// result of a call (`items = relationship(...)`, `db.relationship`),
// is made by: the callee, resolved through the libraries' objects; ""
// when it is no such call.
func declaredBy(p *semantic.Program, c *semantic.Class, attr string) string {
	a, owner := p.LookupAttr(c, attr)
	if a == nil || a.Value.Kind != semantic.Call {
		return ""
	}
	return p.ResolveLibraryPath(owner.Module, a.Value.Callee)
}

// relationshipsNamed says which attributes of self attrs are, each
// once: "`self.owers`, an ORM relationship", "`self.a` and `self.b`,
// ORM relationships".
func relationshipsNamed(attrs []string) string {
	attrs = slices.Compact(slices.Sorted(slices.Values(attrs)))
	if len(attrs) == 1 {
		return fmt.Sprintf("`self.%s`, an ORM relationship", attrs[0])
	}
	names := make([]string, len(attrs))
	for i, a := range attrs {
		names[i] = "`self." + a + "`"
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + ", ORM relationships"
}

// testsItsEmptiness reports whether test is true only when name is not
// empty: name, len(name), len(name) != 0, len(name) > 0.
func testsItsEmptiness(test ast.Expr, name string) bool {
	isLen := func(e ast.Expr) bool {
		c, ok := e.(*ast.Call)
		return ok && semantic.IsName(c.Func, "len") && len(c.Args) == 1 && semantic.IsName(c.Args[0], name)
	}
	switch t := test.(type) {
	case *ast.Name:
		return t.Id == name
	case *ast.Call:
		return isLen(t)
	case *ast.Compare:
		if len(t.Ops) != 1 || !isLen(t.Left) {
			return false
		}
		return isZero(t.Comparators[0]) && (t.Ops[0] == ast.NotEq || t.Ops[0] == ast.Gt)
	}
	return false
}

// truthTest returns the expression whose truth n tests, or nil.
func truthTest(n ast.Node) ast.Expr {
	switch n := n.(type) {
	case *ast.If:
		return n.Test
	case *ast.While:
		return n.Test
	case *ast.IfExp:
		return n.Test
	case *ast.Assert:
		return n.Test
	case *ast.UnaryOp:
		if n.Op == ast.Not {
			return n.Operand
		}
	}
	return nil
}

// readOnlyCall reports whether a call of fn only reads its arguments: a
// builtin that reads or copies (len, sorted, dict, print...), or a str
// method of a literal (", ".join(x)).
func readOnlyCall(fn ast.Expr) bool {
	switch fn := fn.(type) {
	case *ast.Name:
		switch fn.Id {
		case "len", "bool", "str", "repr", "sorted", "list", "tuple", "set", "frozenset", "dict",
			"any", "all", "sum", "min", "max", "enumerate", "zip", "iter", "reversed", "isinstance",
			"print", "hash", "id", "type", "format", "getattr", "hasattr", "callable":
			return true
		}
	case *ast.Attribute:
		_, literal := fn.Value.(*ast.Constant)
		return literal
	}
	return false
}

// isSliceTarget reports whether t is a slice of something, `t[:]` or
// `t[1:]`: assigning to it copies the items of the value in.
func isSliceTarget(t ast.Expr) bool {
	s, ok := t.(*ast.Subscript)
	if !ok {
		return false
	}
	_, slice := s.Slice.(*ast.Slice)
	return slice
}
