package semantic

import (
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// The facts of a module that entry points are decided from (entry.go),
// gathered while its tree exists and kept without it: its defs with
// their positions and decorators, the calls that may register a
// callable, the callables that module-level displays hold, the settings
// lists, and the calls under `if __name__ == "__main__":`. Nothing is
// resolved across modules here: names stay dotted paths of the scope
// they were written in (refs), resolved once the program is linked.

// entryFacts is what one module records for the entry points.
type entryFacts struct {
	defs  []entryDef
	calls []entryCall
	// displays are the module-level names bound to a dict, list, tuple
	// or set display, with the callables it holds (at any depth).
	displays map[string][]ref
	settings []entrySetting
	// rootURLConfs are the modules that settings name the root URL
	// configuration (ROOT_URLCONF = "shop.urls").
	rootURLConfs []string
	// handedTo are the module-level names bound to a call's result, with
	// the call's first argument (`v2 = timed(Blueprint("v2", __name__))`):
	// a def of the tree that returns its first parameter (ReturnsArg)
	// hands back that argument's object.
	handedTo []handed
	// mainLine is the line of `if __name__ == "__main__":` (0: none);
	// mainCalls, the functions its block calls; mainSpan, its body.
	mainLine  int32
	mainCalls []ref
	mainSpan  ast.Span
	// classAttrs are the class attributes that may list entry points
	// (the libraries' EntryAttrs), in source order.
	classAttrs []entryClassAttr
	// exposed are the methods and classes a class body exposes by an
	// attribute set True (the libraries' ExposeAttrs).
	exposed []exposedDef
	// adminClasses are the classes, by QualName, whose decorators'
	// arguments (`@method_decorator(staff_member_required, ...)`) or
	// permission attributes (the libraries' PermissionAttrs:
	// `permission_classes = [IsAdminUser]`) let only the site's
	// administrators run their views' methods.
	adminClasses []string
}

// exposedDef is a method (`index.exposed = True`: "C.index") or a class
// (`exposed = True` in its body: "C", Class) that a class body exposes
// as entry points of Kind.
type exposedDef struct {
	Name  string
	Kind  string
	Class bool
}

// entryClassAttr is a class attribute that may list entry points: the
// methods it names by string, and the callables it holds.
type entryClassAttr struct {
	Class   string // the class's QualName
	Attr    string
	Methods []string
	Refs    []ref
	Line    int32
}

// handed is a module-level name bound to a call's result, with the
// call's first argument (entryFacts.handedTo).
type handed struct {
	name string
	arg  ref
}

// entryDef is one def statement of the module, at any depth.
type entryDef struct {
	// Name is its name within the module: "f", "C.m", "f.inner" (the
	// enclosing defs and classes, without CPython's "<locals>").
	Name     string
	Pos, End token.Pos
	Line     int32 // of Pos, 1-based
	// Col is Pos's column, 1-based, counting characters (up to 65535):
	// with the rest, an entryDef fits in 64 bytes, and there is one for
	// every def of the tree.
	Col      uint16
	TopLevel bool // a module-level function
	// Admin: a decorator's arguments, or a parameter's default or
	// annotation, let only the site's administrators run it (adminGuarded,
	// adminParams).
	Admin bool
	// Decorators are its decorators, outermost first.
	Decorators []entryDecorator
	// more holds what a def has fewer times than not; nil when it has
	// none of it. An entryDef is kept for every def of the tree.
	more *entryDefMore
}

// entryDefMore is what an entryDef holds of a def that builds, returns or
// forwards.
type entryDefMore struct {
	// Builds are the callees of the calls whose result it binds to a
	// name or returns, as dotted paths of the module scope, when they may
	// build an object of a factory class (a Flask app): for app
	// factories.
	Builds []string
	// Returns are the callees of the calls whose result it returns,
	// itself or through a local name, as dotted paths of the module
	// scope: a factory's caller gets what they build.
	Returns []string
	// ReturnsDefs are the defs nested in it that it returns, by
	// entryDef.Name: a decorator factory returns its decorator.
	ReturnsDefs []string
	// ReturnsClasses are the classes defined in it that it returns, by
	// QualName (`def router_class(): class R(APIRouter): ...; return
	// R`): a name bound to a call of it is that class.
	ReturnsClasses []string
	// ReturnsArg: it returns its first parameter as it was given (`def
	// timed(bp): bp.before_request(f); return bp`): a call of it is
	// its first argument's object.
	ReturnsArg bool
	// ReturnsOwn: it returns a call of its first parameter (`return
	// cls(flag)`, a classmethod's other constructor): a call of it on a
	// class is an object of that class.
	ReturnsOwn bool
	// Annotated is its return annotation, a dotted path of the module
	// scope (`def start(self) -> FastAPI`): what a call of it gives is
	// of that class, built there or not.
	Annotated string
	// Params are the names of its positional parameters, self included,
	// kept only when a call in its body passes one on to a call that may
	// register it (it may forward a registration: a wrapper method).
	Params []string
	// Vararg is the name of its *args, kept as Params is: a call that
	// passes *args on passes what its callers give past Params.
	Vararg string
	// TaskBase is the class a decorator's `base=` keyword gives it, as
	// written (`@app.task(base=QueueOnce)`); "" for none.
	TaskBase string
	// OwnPermissions: a decorator gives it permissions of its own (a
	// keyword of the libraries' PermissionAttrs), which its class's do
	// not override.
	OwnPermissions bool
	// Protocol is the entry kind its parameters make it (the libraries'
	// ProtocolDefs: `application(environ, start_response)`), for a
	// module-level def or a class's __call__; "" for none.
	Protocol string
}

// extra returns d.more, made if d had none.
func (d *entryDef) extra() *entryDefMore {
	if d.more == nil {
		d.more = &entryDefMore{}
	}
	return d.more
}

func (d *entryDef) builds() []string {
	if d.more == nil {
		return nil
	}
	return d.more.Builds
}

func (d *entryDef) returns() []string {
	if d.more == nil {
		return nil
	}
	return d.more.Returns
}

func (d *entryDef) returnsDefs() []string {
	if d.more == nil {
		return nil
	}
	return d.more.ReturnsDefs
}

func (d *entryDef) params() []string {
	if d.more == nil {
		return nil
	}
	return d.more.Params
}

// entryDecorator is one decorator of a def.
type entryDecorator struct {
	Callee ref    // the decorator, or the function it calls
	Path   string // as written, for messages ("app.route"; "@" is added there)
	Called bool   // `@Callee(...)`: what the call returns decorates
	// Subject is the first argument of the call, when a name
	// (`@receiver(setting_changed)`) or a string (`@hooks.register("x")`);
	// nil for most decorators.
	Subject *ref
}

// entryCall is a call that may register a callable: its function or
// method is named like an entry call of the libraries.
type entryCall struct {
	Callee   ref
	Args     []ref
	Keywords []entryKeyword
	Line     int32
	Def      int32 // 1 + the index in defs of the def it is in; 0 at module level
	// Annotation is the annotation of the parameter whose default the
	// call is, or in whose Annotated[...] it is; nil for most calls.
	Annotation *ref
	// Applied: the call applies a decorator by hand, `deco(...)(f)`:
	// Callee is deco, and Args holds f.
	Applied bool
	// Star is 1 + the index in Args of the first `*x` argument, or 0:
	// the arguments from there on are not where Args puts them.
	Star int32
}

type entryKeyword struct {
	Name  string
	Value ref
}

// entrySetting is `NAME = [...]` (or +=) at module level with NAME a
// settings list of the libraries, and the strings it holds.
type entrySetting struct {
	Name   string
	Key    string // the key of a dict its list is at (EntrySetting.Key)
	Values []string
	Line   int32
}

// refKind says what an expression of a fact is.
type refKind uint8

const (
	refNone       refKind = iota // anything else
	refName                      // Path: a dotted name of the module scope
	refCall                      // the result of calling Path, with Attr the attributes taken on it ("router.add_get")
	refDef                       // Path: a def of the module, by entryDef.Name (a nested def named in its scope)
	refStr                       // Path: a string constant
	refElems                     // an element of the module-level display named Path (a loop over it, a subscript)
	refList                      // Elems: a list or tuple display
	refParam                     // Path: a parameter, not annotated, of the def the call is in
	refLambda                    // Elems: the callees of the calls in a lambda's body
	refParamAttr                 // Path: a parameter, not annotated, of the def the call is in; Attr: the attributes taken on it
	refImported                  // Path: the qualified name an import in a def binds, with the attributes taken on it
	refLocalClass                // Path: a class statement in a def, by its QualName ("make.<locals>.Router")
)

// ref is an expression reduced to what the entry points ask of it: a
// callable, or an object whose method is called. A name local to a
// function is replaced by what it was bound to.
type ref struct {
	Kind  refKind
	Path  string
	Attr  string
	Elems []ref
}

// factScratch is the memory a Builder lends collectEntryFacts from module
// to module: the defs and calls are gathered in lists of its own and
// copied out at their size, instead of each module growing (and
// keeping the spare room of) lists of its own; the scopes' lists of
// names are reused too.
type factScratch struct {
	defs   []entryDef
	calls  []entryCall
	scopes []binds
}

// collectEntryFacts walks m's tree for its entry facts.
func collectEntryFacts(m *Module, scr *factScratch) *entryFacts {
	if scr.scopes == nil {
		scr.scopes = make([]binds, 1, 8)
	}
	w := &factWalker{m: m, libs: m.libs, facts: &entryFacts{defs: scr.defs[:0], calls: scr.calls[:0]}, scopes: scr.scopes[:1]}
	w.scopes[0].reset()
	w.block(m.File.Module.Body, "", nil)
	f := w.facts
	scr.defs, scr.calls, scr.scopes = f.defs, f.calls, w.scopes[:0]
	f.defs, f.calls = clone(f.defs), clone(f.calls)
	// What the lists hold is the module's now, and the names bound are
	// the tree's: the scratch keeps neither.
	clear(scr.defs)
	clear(scr.calls)
	all := scr.scopes[:cap(scr.scopes)]
	for i := range all {
		b := &all[i]
		clear(b.few[:cap(b.few)])
		b.reset()
	}
	if len(f.defs) == 0 && len(f.calls) == 0 && len(f.displays) == 0 && len(f.settings) == 0 && f.mainLine == 0 &&
		len(f.rootURLConfs) == 0 && len(f.handedTo) == 0 {
		return nil
	}
	return f
}

// clone returns a copy of s at its length, nil when s is empty.
func clone[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	out := make([]T, len(s))
	copy(out, s)
	return out
}

// factWalker walks one module's statements in order, keeping the names
// bound in the functions it is in.
type factWalker struct {
	m     *Module
	libs  *libraries.Index
	facts *entryFacts
	// classNames: the module's classes' QualNames by statement, made
	// when a def first defines one (localClass).
	classNames map[*ast.ClassDef]string
	// scopes are the names bound in the module's loops (scopes[0]) and
	// in each enclosing def, innermost last.
	scopes []binds
	def    int // 1 + the index in facts.defs of the def whose body is walked; 0 at module level
	inMain bool
	// lists are what the module's names are bound to, made when a
	// settings list is bound through a name.
	lists *moduleLists
	// annotated are the calls that are a parameter's default or in its
	// Annotated[...], with the parameter's annotation, while the
	// parameters are walked.
	annotated map[*ast.Call]ast.Expr
	// forwarders are the names of the module's defs that pass a
	// parameter on to a call that may register it: calls of them may
	// register too.
	forwarders map[string]bool
	// firstParam is the first parameter of the def walked, self and cls
	// left out ("" when it has none).
	firstParam string
	// initAttrs are what the __init__ of the class walked binds on its
	// receiver (`self.app = Flask(__name__)`, `self.endpoints =
	// [Endpoint()]`), when it depends on nothing of __init__'s own: the
	// class's later methods read them (receiverAttr). classPath is that
	// class's path, as its methods' receivers are bound to.
	initAttrs map[string]ref
	classPath string
	// classBase is the first base of that class, as written (`Blueprint`
	// of `class Site(Blueprint)`): what `super()` in its methods reads
	// the library's methods of.
	classBase string
}

func (w *factWalker) line(p token.Pos) int32 {
	l, _ := w.m.File.Lines.Position(p)
	return int32(l)
}

// block walks body; outer is the entry name of the def or class whose
// body it is ("" at module level), and cls that class, if any.
func (w *factWalker) block(body []ast.Stmt, outer string, cls *ast.ClassDef) {
	for _, s := range body {
		w.stmt(s, outer, cls)
	}
}

func (w *factWalker) stmt(s ast.Stmt, outer string, cls *ast.ClassDef) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		w.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, outer, cls)
	case *ast.AsyncFunctionDef:
		w.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, outer, cls)
	case *ast.ClassDef:
		if w.def != 0 && cls == nil {
			// A class a def defines: its name there is that class.
			if qn := w.localClass(s); qn != "" {
				w.bindLocal(s.Name, ref{Kind: refLocalClass, Path: qn})
			}
		}
		w.exprs(s.DecoratorList...)
		for _, d := range s.DecoratorList {
			if c, ok := d.(*ast.Call); ok && adminGuarded(c) {
				w.facts.adminClasses = append(w.facts.adminClasses, w.m.Intern(join(outer, s.Name)))
				break
			}
		}
		if w.def == 0 && cls == nil && outer == "" {
			// `@admin.register(Model)` on a module-level class: the
			// decorator applied to the class, as by hand.
			for _, d := range s.DecoratorList {
				if c, ok := d.(*ast.Call); ok && w.mayDecorate(c.Func) {
					w.facts.calls = append(w.facts.calls, entryCall{Callee: w.ref(c.Func),
						Args: []ref{{Kind: refName, Path: w.m.Intern(s.Name)}}, Line: w.line(d.Pos()), Applied: true})
				} else if !ok && w.mayDecorate(d) {
					// `@ray.remote` bare: the decorator itself, applied.
					w.facts.calls = append(w.facts.calls, entryCall{Callee: w.ref(d),
						Args: []ref{{Kind: refName, Path: w.m.Intern(s.Name)}}, Line: w.line(d.Pos()), Applied: true})
				}
			}
		}
		w.exprs(s.Bases...)
		for _, k := range s.Keywords {
			w.expr(k.Value)
		}
		initAttrs, classPath, classBase := w.initAttrs, w.classPath, w.classBase
		w.initAttrs, w.classPath, w.classBase = nil, w.m.Intern(join(outer, s.Name)), ""
		if len(s.Bases) > 0 {
			w.classBase = w.m.Intern(DottedPath(s.Bases[0]))
		}
		w.block(s.Body, join(outer, s.Name), s)
		w.initAttrs, w.classPath, w.classBase = initAttrs, classPath, classBase
	case *ast.Assign:
		w.expr(s.Value)
		for _, t := range s.Targets {
			w.assign(t, s.Value, cls, false)
		}
	case *ast.AnnAssign:
		w.expr(s.Annotation)
		if s.Value != nil {
			w.expr(s.Value)
			w.assign(s.Target, s.Value, cls, false)
		}
		w.annotatedAttr(s)
	case *ast.AugAssign:
		w.expr(s.Value)
		w.assign(s.Target, s.Value, cls, true)
	case *ast.ExprStmt:
		w.expr(s.Value)
		if w.def == 0 && cls == nil {
			w.settingCall(s.Value)
			if c, ok := s.Value.(*ast.Call); ok {
				w.cacheChanged(c.Func, nil, w.line(c.Pos()))
			}
		}
	case *ast.Return:
		if s.Value != nil {
			w.expr(s.Value)
			w.build(s.Value)
			w.returns(s.Value)
		}
	case *ast.For:
		w.loop(s.Target, s.Iter, s.Body, s.Orelse, outer, cls)
	case *ast.AsyncFor:
		w.loop(s.Target, s.Iter, s.Body, s.Orelse, outer, cls)
	case *ast.Import, *ast.ImportFrom:
		// An import in a def binds its names there (AppConfig.ready's,
		// made when the app registry is ready): by what they name. The
		// module's own are its bindings.
		if w.def == 0 {
			break
		}
		w.m.importedNames(s, func(local, from, name string) {
			if local != "*" {
				w.bindLocal(local, ref{Kind: refImported, Path: w.m.internJoin(from, name)})
			}
		})
	case *ast.With:
		w.with(s.Items, s.Body, outer, cls)
	case *ast.AsyncWith:
		w.with(s.Items, s.Body, outer, cls)
	case *ast.If:
		w.expr(s.Test)
		if w.def == 0 && cls == nil && !w.inMain && isMainGuard(s.Test) {
			w.facts.mainLine = w.line(s.Pos())
			if len(s.Body) > 0 {
				w.facts.mainSpan = ast.Span{Lo: s.Body[0].Pos(), Hi: s.Body[len(s.Body)-1].End()}
			}
			w.inMain = true
			w.block(s.Body, outer, cls)
			w.inMain = false
		} else {
			w.block(s.Body, outer, cls)
		}
		w.block(s.Orelse, outer, cls)
	default:
		ast.InspectChildren(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case ast.Stmt:
				w.stmt(n, outer, cls)
				return false
			case ast.Expr:
				w.expr(n)
				return false
			}
			return true
		})
	}
}

// with walks a with statement. In a def, a name bound by `as` holds what
// its context expression is (`with Configurator() as config:` holds what
// the call makes), as most context managers' __enter__ returns the
// object itself.
func (w *factWalker) with(items []*ast.WithItem, body []ast.Stmt, outer string, cls *ast.ClassDef) {
	for _, it := range items {
		w.expr(it.ContextExpr)
		if it.OptionalVars == nil {
			continue
		}
		n, ok := it.OptionalVars.(*ast.Name)
		switch {
		case w.def == 0:
			w.expr(it.OptionalVars)
		case ok:
			w.bindLocal(n.Id, w.ref(it.ContextExpr))
		default:
			w.expr(it.OptionalVars)
			EachTargetName(it.OptionalVars, func(name string) { w.bindLocal(name, ref{}) })
		}
	}
	w.block(body, outer, cls)
}

// localClass returns the QualName of the class statement s, or "".
func (w *factWalker) localClass(s *ast.ClassDef) string {
	if w.classNames == nil {
		w.classNames = make(map[*ast.ClassDef]string, len(w.m.Classes))
		for qn, c := range w.m.Classes {
			w.classNames[c.Node] = qn
		}
	}
	return w.classNames[s]
}

// function records a def and walks it: its decorators, defaults and
// annotations in the enclosing scope, its body in a scope of its own.
func (w *factWalker) function(n ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, outer string, cls *ast.ClassDef) {
	line, col := w.m.File.Lines.CharPosition(n.Pos())
	w.facts.defs = append(w.facts.defs, entryDef{
		Name: w.m.internJoin(outer, w.m.defName(w.m.File, name, n.Pos())), Pos: n.Pos(), End: n.End(), Line: int32(line), Col: uint16(min(col, 65535)),
		TopLevel: w.def == 0 && cls == nil && outer == "",
	})
	i := len(w.facts.defs) - 1
	if w.def != 0 && cls == nil {
		// A wrapper of a parameter (`@functools.wraps(fn)`) stands for
		// it: registering the wrapper registers what it is given.
		r := ref{Kind: refDef, Path: w.facts.defs[i].Name}
		if p, ok := w.wrapped(decorators); ok {
			r = p
		}
		w.scopes[len(w.scopes)-1].set(name, r)
	}
	if kind := w.protocol(name, args, outer, cls); kind != "" {
		w.facts.defs[i].extra().Protocol = kind
	}
	var decos []entryDecorator
	for _, d := range decorators {
		w.expr(d)
		fn := Callee(d)
		call, called := d.(*ast.Call)
		deco := entryDecorator{Callee: w.ref(fn), Path: w.m.Intern(DottedPath(fn)), Called: called}
		if w.facts.defs[i].TopLevel {
			deco.Callee = w.ownNameRef(name, deco.Callee)
		}
		if called && !w.facts.defs[i].Admin && adminGuarded(call) {
			w.facts.defs[i].Admin = true
		}
		if called {
			for _, k := range call.Keywords {
				if base := DottedPath(k.Value); k.Arg == "base" && base != "" {
					// `@app.task(base=QueueOnce)`: the task's class.
					w.facts.defs[i].extra().TaskBase = w.m.Intern(base)
				}
			}
		}
		if called && slices.ContainsFunc(call.Keywords, func(k *ast.Keyword) bool { return k.Arg != "" && w.libs.IsPermissionAttr(k.Arg) }) {
			// `@action(detail=True, permission_classes=[AllowAny])`: its
			// own, not its class's.
			w.facts.defs[i].extra().OwnPermissions = true
		}
		if called && len(call.Args) > 0 && (DottedPath(call.Args[0]) != "" || IsString(call.Args[0]) && w.libs.IsHookDecoratorName(lastName(deco.Path))) {
			r := w.ref(call.Args[0])
			deco.Subject = &r
		}
		decos = append(decos, deco)
	}
	w.facts.defs[i].Decorators = decos
	if !w.facts.defs[i].Admin && adminParams(args) {
		w.facts.defs[i].Admin = true
	}
	w.annotated = paramCalls(args, w.m)
	w.exprs(args.Defaults...)
	w.exprs(args.KwDefaults...)
	self := w.selfParam(args, decorators, outer, cls)
	eachParam(args, func(a *ast.Arg) bool {
		w.expr(a.Annotation)
		return true
	})
	w.annotated = nil
	w.expr(returns)
	// Only a class's name, by convention capitalised: `-> str` or
	// `-> int`, on most defs of typed code, would give each its
	// entryDefMore for nothing.
	if p := DottedPath(returns); p != "" && p != "None" && Capitalised(p) {
		w.facts.defs[i].extra().Annotated = w.m.Intern(p)
	}
	params := w.push()
	// A def a library runs by its name may be given an object of a known
	// class (Pyramid's includeme(config): a Configurator).
	typed := ""
	if sd, ok := w.m.libs.StartupDef(name); ok && w.def == 0 && cls == nil && outer == "" {
		typed = sd.Param
	}
	eachParam(args, func(a *ast.Arg) bool {
		if typed != "" {
			params.set(a.Arg, ref{Kind: refImported, Path: typed})
			typed = ""
			return true
		}
		// A parameter hides the module's name; an annotated one is an
		// instance of its annotation (`def register(app: Flask)`).
		r := ref{Kind: refParam, Path: w.m.Intern(a.Arg)}
		if p := DottedPath(a.Annotation); p != "" {
			r = ref{Kind: refCall, Path: w.m.Intern(p)}
		}
		params.set(a.Arg, r)
		return true
	})
	if self != "" {
		params.set(self, ref{Kind: refCall, Path: w.m.Intern(outer)})
	}
	outerDef, outerFirst := w.def, w.firstParam
	w.def, w.firstParam = i+1, ""
	for _, list := range [...][]*ast.Arg{args.Posonlyargs, args.Args} {
		for _, a := range list {
			if w.firstParam == "" && a.Arg != self {
				w.firstParam = a.Arg
			}
		}
	}
	calls := len(w.facts.calls)
	w.block(body, w.facts.defs[i].Name, nil)
	w.def, w.firstParam = outerDef, outerFirst
	if name == "__init__" && self != "" && cls != nil && w.scopes[len(w.scopes)-1].attrs {
		w.keepInitAttrs(&w.scopes[len(w.scopes)-1], self)
	}
	w.scopes = w.scopes[:len(w.scopes)-1]
	if forwards(w.facts.calls[calls:], int32(i+1), args) {
		more := w.facts.defs[i].extra()
		for _, list := range [...][]*ast.Arg{args.Posonlyargs, args.Args} {
			for _, a := range list {
				more.Params = append(more.Params, w.m.Intern(a.Arg))
			}
		}
		if args.Vararg != nil {
			more.Vararg = w.m.Intern(args.Vararg.Arg)
		}
		if w.forwarders == nil {
			w.forwarders = map[string]bool{}
		}
		w.forwarders[name] = true
	}
}

// protocol returns the entry kind the parameters of a module-level def,
// or of a __call__ of a module-level class, make it (ProtocolKind), or "".
func (w *factWalker) protocol(name string, args *ast.Arguments, outer string, cls *ast.ClassDef) string {
	if w.def != 0 || args.Vararg != nil || len(args.Kwonlyargs) > 0 || args.Kwarg != nil ||
		cls == nil && outer != "" || cls != nil && (name != "__call__" || strings.Contains(outer, ".")) {
		return ""
	}
	n := len(args.Posonlyargs) + len(args.Args)
	if cls != nil {
		n-- // self
	}
	if n < 1 || n > w.libs.MaxProtocolParams() {
		return "" // most defs: no protocol's, and no list built
	}
	params := make([]string, 0, n+1)
	for _, list := range [...][]*ast.Arg{args.Posonlyargs, args.Args} {
		for _, a := range list {
			params = append(params, a.Arg)
		}
	}
	if cls != nil {
		params = params[1:]
	}
	return w.libs.ProtocolKind(name, params)
}

// ownNameRef is r, the ref of a decorator of the module-level def
// name, where name is still what an import bound before the def
// replaced it (`from . import status`, then `@status.route("/_status")`
// on `def status():`), as the decorator runs before the def binds it.
func (w *factWalker) ownNameRef(name string, r ref) ref {
	target := w.m.shadowed[name]
	if target == "" || r.Kind != refName || r.Path != name && !strings.HasPrefix(r.Path, name+".") {
		return r
	}
	return ref{Kind: refImported, Path: w.m.Intern(target + r.Path[len(name):])}
}

// firstArg returns the first positional argument of c, or nil.
func firstArg(c *ast.Call) ast.Expr {
	if len(c.Args) == 0 {
		return nil
	}
	return c.Args[0]
}

// wrapped returns the parameter of the def walked that decorators say
// the def they decorate wraps (`@functools.wraps(fn)`).
func (w *factWalker) wrapped(decorators []ast.Expr) (ref, bool) {
	for _, d := range decorators {
		c, ok := d.(*ast.Call)
		if !ok || len(c.Args) == 0 || !w.libs.IsWrapsDecorator(w.m.Resolve(c.Func)) {
			continue
		}
		if r := w.ref(c.Args[0]); r.Kind == refParam {
			return r, true
		}
	}
	return ref{}, false
}

// paramCalls returns the calls that are the default of an annotated
// parameter of args, or the metadata of its Annotated[T, ...], with the
// annotation (T), or nil.
func paramCalls(args *ast.Arguments, m *Module) map[*ast.Call]ast.Expr {
	var out map[*ast.Call]ast.Expr
	add := func(e, annotation ast.Expr) {
		if c, ok := e.(*ast.Call); ok && annotation != nil {
			if out == nil {
				out = map[*ast.Call]ast.Expr{}
			}
			out[c] = annotation
		}
	}
	// The defaults are of the last positional parameters, over both
	// lists: indexed, not concatenated, for every def of the file.
	only := len(args.Posonlyargs)
	for i, d := range args.Defaults {
		switch k := only + len(args.Args) - len(args.Defaults) + i; {
		case k >= only:
			add(d, args.Args[k-only].Annotation)
		case k >= 0:
			add(d, args.Posonlyargs[k].Annotation)
		}
	}
	for i, d := range args.KwDefaults {
		if d != nil && i < len(args.Kwonlyargs) {
			add(d, args.Kwonlyargs[i].Annotation)
		}
	}
	eachParam(args, func(a *ast.Arg) bool {
		s, ok := a.Annotation.(*ast.Subscript)
		if !ok {
			return true
		}
		t, ok := s.Slice.(*ast.Tuple)
		if !ok || len(t.Elts) < 2 {
			return true
		}
		if qn := m.Resolve(s.Value); qn != "typing.Annotated" && qn != "typing_extensions.Annotated" {
			return true
		}
		for _, meta := range t.Elts[1:] {
			add(meta, t.Elts[0])
		}
		return true
	})
	return out
}

// selfParam returns the name of the first parameter of a method of a
// module-level class, an instance of the class (self), or "".
func (w *factWalker) selfParam(args *ast.Arguments, decorators []ast.Expr, outer string, cls *ast.ClassDef) string {
	if cls == nil || w.def != 0 || strings.Contains(outer, ".") {
		return ""
	}
	for _, d := range decorators {
		if p := w.m.Resolve(d); p == "builtins.staticmethod" || p == "builtins.classmethod" {
			return ""
		}
	}
	for _, list := range [...][]*ast.Arg{args.Posonlyargs, args.Args} {
		if len(list) > 0 {
			return list[0].Arg
		}
	}
	return ""
}

// forwards reports whether one of calls, made in the def def, passes a
// parameter of it on.
func forwards(calls []entryCall, def int32, args *ast.Arguments) bool {
	for _, c := range calls {
		// A call in a def nested in it passes on its parameter too
		// (`def rq_task(func): def delay(*a): queue.enqueue_call(func)`).
		passes := func(r ref) bool { return r.Kind == refParam && (c.Def == def || HasParam(args, r.Path)) }
		if slices.ContainsFunc(c.Args, func(r ref) bool { return r.Kind == refList && slices.ContainsFunc(r.Elems, passes) }) {
			return true // [endpoint]
		}
		if slices.ContainsFunc(c.Args, passes) || slices.ContainsFunc(c.Keywords, func(k entryKeyword) bool { return passes(k.Value) }) {
			return true
		}
	}
	return false
}

// assign records what name = value binds: a local of the def walked, a
// module-level display or settings list.
func (w *factWalker) assign(target, value ast.Expr, cls *ast.ClassDef, augmented bool) {
	if cls != nil && w.def == 0 && !augmented && IsTrue(value) {
		w.expose(target)
	}
	if n, ok := target.(*ast.Name); ok && cls != nil && w.def == 0 && w.libs.IsPermissionAttr(n.Id) && namesAdmin(value) {
		w.facts.adminClasses = append(w.facts.adminClasses, w.classPath)
	}
	n, ok := target.(*ast.Name)
	if a, isAttr := target.(*ast.Attribute); isAttr && w.def != 0 && !augmented {
		// self.router = APIRouter(): what the method's receiver holds,
		// for the calls on it later in the method; self.endpoints =
		// [Endpoints()], for the calls it is passed to.
		recv, onName := a.Value.(*ast.Name)
		switch value.(type) {
		case *ast.Call, *ast.List, *ast.Tuple:
		case *ast.Name:
			// self.app = app, a parameter annotated with its class (an
			// extension's init_app(self, app: Flask)).
		default:
			onName = false
		}
		if onName {
			if r := w.ref(recv); r.Kind == refCall && r.Attr == "" {
				if v := w.ref(value); v.Kind == refCall || v.Kind == refList {
					scope := &w.scopes[len(w.scopes)-1]
					scope.set(recv.Id+"."+a.Attr, v)
					scope.attrs = true
				}
			}
		}
		return
	}
	if !ok {
		if w.def == 0 && cls == nil {
			var v ast.Expr
			if !augmented {
				v = value
			}
			w.cacheChanged(target, v, w.line(target.Pos()))
		}
		EachTargetName(target, func(name string) { w.bindLocal(name, ref{}) })
		return
	}
	switch {
	case cls != nil:
		if !augmented && w.libs.IsEntryAttrName(n.Id) {
			w.entryAttr(n.Id, value)
		}
		return
	case w.def != 0:
		if !augmented {
			w.bindLocal(n.Id, w.ref(value))
			w.build(value)
		}
		return
	}
	if c, ok := value.(*ast.Call); ok && len(c.Args) > 0 && !dunder(c.Args[0]) {
		// `logger = logging.getLogger(__name__)`, in nearly every module,
		// hands on nothing that makes an object.
		if r := w.ref(c.Args[0]); (r.Kind == refCall || r.Kind == refName) && r.Path != "" {
			w.facts.handedTo = append(w.facts.handedTo, handed{name: w.m.Intern(n.Id), arg: r})
		}
	}
	if s, ok := StringConstant(value); ok && w.libs.IsRootURLConf(n.Id) {
		w.facts.rootURLConfs = append(w.facts.rootURLConfs, w.m.Intern(s))
	}
	switch {
	case augmented:
		w.cacheChanged(n, nil, w.line(n.Pos()))
	case w.libs.IsDebugSetting(n.Id):
		w.m.DebugSettings = w.m.DebugSettings || IsTrue(value)
	default:
		w.cacheSetting(n.Id, value, w.line(n.Pos()))
	}
	for _, es := range w.libs.EntrySettings(n.Id) {
		value := value
		if es.Key != "" {
			value = keyed(value, es.Key)
		}
		values, ok := w.settingStrings(value)
		if p := DottedPath(value); !ok && es.Functions && p != "" {
			// `handler500 = views.server_error`: the function itself.
			values, ok = []string{w.m.Intern(w.m.ResolvePath(p))}, true
		}
		if ok && (len(values) <= maxBoundSetting || !boundOrJoined(value)) {
			w.setting(n.Id, es.Key, values, n.Pos())
		}
	}
	switch value.(type) {
	case *ast.Dict, *ast.List, *ast.Tuple, *ast.Set:
		if held := w.callables(value, nil); len(held) > 0 {
			if w.facts.displays == nil {
				w.facts.displays = map[string][]ref{}
			}
			name := w.m.Intern(n.Id)
			w.facts.displays[name] = append(w.facts.displays[name], held...)
		}
	}
}

// annotatedAttr binds, for the calls on it later (receiverAttr), what
// `self.app: Optional[App] = None` declares the receiver's attribute
// holds, when its value does not say: an instance of the annotation's
// class (the app a setter gives it, which the facts do not follow). In
// the body of a class, `app: Optional[Flask] = None` declares it for
// every method, as what __init__ binds does.
func (w *factWalker) annotatedAttr(s *ast.AnnAssign) {
	if n, ok := s.Target.(*ast.Name); ok && w.def == 0 && w.classPath != "" {
		if class := annotatedClass(s.Annotation); Capitalised(class) {
			if _, bound := w.initAttrs[n.Id]; !bound {
				if w.initAttrs == nil {
					w.initAttrs = map[string]ref{}
				}
				w.initAttrs[n.Id] = ref{Kind: refCall, Path: w.m.Intern(class)}
			}
		}
		return
	}
	a, ok := s.Target.(*ast.Attribute)
	if !ok || w.def == 0 {
		return
	}
	if _, call := s.Value.(*ast.Call); call {
		return // assign bound what the call makes
	}
	recv, onName := a.Value.(*ast.Name)
	class := annotatedClass(s.Annotation)
	if !onName || !Capitalised(class) { // list[Item], dict: no object of a library
		return
	}
	if r := w.ref(recv); r.Kind == refCall && r.Attr == "" {
		scope := &w.scopes[len(w.scopes)-1]
		scope.set(recv.Id+"."+a.Attr, ref{Kind: refCall, Path: w.m.Intern(class)})
		scope.attrs = true
	}
}

// annotatedClass returns the dotted name of the class an annotation
// admits, None aside: X of `Optional[X]`, `X | None`, `X[A, B]`; "" when
// it admits none, or more than one.
func annotatedClass(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute:
		if p := DottedPath(x); p != "None" {
			return p
		}
	case *ast.BinOp:
		if x.Op == ast.BitOr {
			l, r := annotatedClass(x.Left), annotatedClass(x.Right)
			if l == "" || r == "" {
				return l + r
			}
		}
	case *ast.Subscript:
		switch head := DottedPath(x.Value); lastName(head) {
		case "Optional", "Annotated":
			if t, ok := x.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
				return annotatedClass(t.Elts[0])
			}
			return annotatedClass(x.Slice)
		case "Union":
			return ""
		default:
			return head
		}
	}
	return ""
}

// expose records what target, set True in the body of the class walked,
// exposes (ExposeKind): `index.exposed = True`, or `exposed = True`.
func (w *factWalker) expose(target ast.Expr) {
	switch t := target.(type) {
	case *ast.Attribute:
		if a, ok := w.libs.ExposeAttr(t.Attr); ok && w.m.imports(a.Import) {
			if x, ok := t.Value.(*ast.Name); ok {
				w.facts.exposed = append(w.facts.exposed, exposedDef{Name: w.m.internJoin(w.classPath, x.Id), Kind: w.m.Intern(a.Kind)})
			}
		}
	case *ast.Name:
		if a, ok := w.libs.ExposeAttr(t.Id); ok && w.m.imports(a.Import) {
			w.facts.exposed = append(w.facts.exposed, exposedDef{Name: w.classPath, Kind: w.m.Intern(a.Kind), Class: true})
		}
	}
}

// entryAttr records the class attribute name, bound to value in the body
// of the class walked: the strings (method names) and callables of the
// lists and tuples value holds, or puts together with +, or the one
// callable it is.
func (w *factWalker) entryAttr(name string, value ast.Expr) {
	a := entryClassAttr{Class: w.classPath, Attr: w.m.Intern(name), Line: w.line(value.Pos())}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		switch e := e.(type) {
		case *ast.BinOp:
			if e.Op == ast.Add {
				walk(e.Left)
				walk(e.Right)
			}
		case *ast.List, *ast.Tuple:
			elts, _ := ast.Elts(e)
			for _, v := range elts {
				if s, ok := StringConstant(v); ok {
					a.Methods = append(a.Methods, w.m.Intern(s))
				} else {
					a.Refs = w.callables(v, a.Refs)
				}
			}
		}
	}
	switch value.(type) {
	case *ast.Name, *ast.Attribute:
		// A class or a callable held alone (`form = OrderForm`).
		a.Refs = w.callables(value, a.Refs)
	default:
		walk(value)
	}
	if len(a.Methods) > 0 || len(a.Refs) > 0 {
		w.facts.classAttrs = append(w.facts.classAttrs, a)
	}
}

// settingCall records the strings a module-level call adds to a
// settings list (`MIDDLEWARE.append("x")`, `insert(i, "x")`,
// `extend([...])`), often under an if of the settings.
func (w *factWalker) settingCall(e ast.Expr) {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Keywords) > 0 {
		return
	}
	f, ok := call.Func.(*ast.Attribute)
	if !ok {
		return
	}
	n, ok := f.Value.(*ast.Name)
	if !ok {
		return
	}
	if _, ok := w.libs.EntrySetting(n.Id, ""); !ok {
		return
	}
	var values []string
	switch {
	case f.Attr == "append" && len(call.Args) == 1, f.Attr == "insert" && len(call.Args) == 2:
		s, ok := StringConstant(call.Args[len(call.Args)-1])
		if !ok {
			return
		}
		values = []string{s}
	case f.Attr == "extend" && len(call.Args) == 1:
		if values, ok = w.settingStrings(call.Args[0]); !ok || len(values) > maxBoundSetting && boundOrJoined(call.Args[0]) {
			return
		}
	default:
		return
	}
	w.setting(n.Id, "", values, call.Pos())
}

// setting records that the settings list name holds values, written at
// pos.
func (w *factWalker) setting(name, key string, values []string, pos token.Pos) {
	w.facts.settings = append(w.facts.settings, entrySetting{Name: w.m.Intern(name), Key: key, Values: w.internAll(values), Line: w.line(pos)})
}

// bindLocal binds name in the innermost def, or among the module's loop
// names at module level.
func (w *factWalker) bindLocal(name string, r ref) {
	if w.def == 0 {
		return // module-level names are the module's bindings
	}
	w.scopes[len(w.scopes)-1].set(name, r)
}

// build records a call in a def's body whose result it keeps, when it
// may build an object of a factory class: a library's, or any class
// (its name capitalised) that may derive from one.
func (w *factWalker) build(value ast.Expr) {
	c, ok := value.(*ast.Call)
	if !ok || w.def == 0 {
		return
	}
	p := DottedPath(c.Func)
	if p == "" {
		return
	}
	if qn := w.m.ResolvePath(p); w.libs.Factory(qn) != "" || Capitalised(qn) {
		// By index: the defs of the body grow the slice.
		more := w.facts.defs[w.def-1].extra()
		more.Builds = append(more.Builds, w.m.Intern(p))
	}
}

// returns records the callee of a call the def walked returns, itself
// or through a local name. Only a name or a call can reduce to a call
// with no attribute taken: anything else is not reduced, which for a
// tuple or an attribute chain would build strings for nothing.
func (w *factWalker) returns(value ast.Expr) {
	switch v := value.(type) {
	case *ast.Name, *ast.Call:
	case *ast.IfExp:
		// `return a if required else b`: either.
		w.returns(v.Body)
		w.returns(v.Orelse)
		return
	case *ast.Tuple:
		// `return Controller(x), remainder`: Pecan's lookup hands on
		// what it builds, with the rest of the path.
		if len(v.Elts) > 0 {
			w.returns(v.Elts[0])
		}
		return
	default:
		return
	}
	if w.def == 0 {
		return
	}
	d := &w.facts.defs[w.def-1]
	if c, ok := value.(*ast.Call); ok && w.firstParam != "" && IsName(c.Func, w.firstParam) {
		d.extra().ReturnsOwn = true
		return
	}
	r := w.ref(value)
	switch {
	case r.Kind == refParam && r.Path == w.firstParam && w.firstParam != "":
		d.extra().ReturnsArg = true
	case r.Kind == refCall && r.Attr == "" && len(r.Elems) == 1 && r.Elems[0].Kind == refDef && w.libs.IsEntryWrapperName(lastName(r.Path)):
		// A def of its own, wrapped by a library's view wrapper
		// (`cross_origin(**cors)(wrapper)`): that def runs.
		if more := d.extra(); !slices.Contains(more.ReturnsDefs, r.Elems[0].Path) {
			more.ReturnsDefs = append(more.ReturnsDefs, r.Elems[0].Path)
		}
	case r.Kind == refCall && r.Attr == "" && !slices.Contains(d.returns(), r.Path):
		more := d.extra()
		more.Returns = append(more.Returns, r.Path)
	case r.Kind == refDef && !slices.Contains(d.returnsDefs(), r.Path):
		more := d.extra()
		more.ReturnsDefs = append(more.ReturnsDefs, r.Path)
	case r.Kind == refLocalClass && (d.more == nil || !slices.Contains(d.more.ReturnsClasses, r.Path)):
		more := d.extra()
		more.ReturnsClasses = append(more.ReturnsClasses, r.Path)
	}
}

// loop walks a for statement: its target names an element of what it
// iterates (`for path, view in ROUTES.items()`).
func (w *factWalker) loop(target, iter ast.Expr, body, orelse []ast.Stmt, outer string, cls *ast.ClassDef) {
	w.expr(iter)
	if c, ok := iter.(*ast.Call); ok && len(c.Args) == 0 {
		if a, ok := c.Func.(*ast.Attribute); ok && (a.Attr == "items" || a.Attr == "values" || a.Attr == "keys") {
			iter = a.Value
		}
	}
	elem := element(w.ref(iter))
	EachTargetName(target, func(name string) {
		if w.def == 0 {
			w.scopes[0].set(name, elem)
		} else {
			w.bindLocal(name, elem)
		}
	})
	w.block(body, outer, cls)
	w.block(orelse, outer, cls)
}

// element is an element of the collection r.
func element(r ref) ref {
	switch r.Kind {
	case refName:
		return ref{Kind: refElems, Path: r.Path}
	case refElems, refList:
		return r
	}
	return ref{}
}

func (w *factWalker) exprs(es ...ast.Expr) {
	for _, e := range es {
		w.expr(e)
	}
}

// expr records the calls in e that may register a callable, and the
// calls of the main block.
func (w *factWalker) expr(e ast.Expr) {
	if e == nil {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		c, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		if w.inMain && DottedPath(c.Func) != "" {
			if r := w.ref(c.Func); r.Kind == refName || r.Kind == refDef {
				w.facts.mainCalls = append(w.facts.mainCalls, r)
			}
		}
		if inner, ok := c.Func.(*ast.Call); ok && w.mayDecorate(inner.Func) {
			// `deco(...)(f)`; or the callables given by keyword, alone or
			// in a list (Slack Bolt's lazy listeners:
			// `app.event("x")(ack=ack, lazy=[run])`), each applied.
			var applied []ast.Expr
			if len(c.Args) > 0 {
				applied = c.Args[:1]
			} else {
				for _, k := range c.Keywords {
					if elts, ok := ast.Elts(k.Value); ok {
						applied = append(applied, elts...)
					} else {
						applied = append(applied, k.Value)
					}
				}
			}
			for _, a := range applied {
				w.facts.calls = append(w.facts.calls, entryCall{Callee: w.ref(inner.Func), Args: []ref{w.ref(a)},
					Line: w.line(c.Pos()), Def: int32(w.def), Applied: true})
			}
		}
		if w.mayRegister(c.Func) || w.mayForward(c) || w.mayForwardAcross(c) {
			call := entryCall{Callee: w.ref(c.Func), Line: w.line(c.Pos()), Def: int32(w.def)}
			if a, ok := w.annotated[c]; ok {
				r := w.ref(a)
				call.Annotation = &r
			}
			for i, a := range c.Args {
				if _, ok := a.(*ast.Starred); ok && call.Star == 0 {
					call.Star = int32(i + 1)
				}
				call.Args = append(call.Args, w.ref(a))
			}
			for _, k := range c.Keywords {
				if k.Arg != "" {
					call.Keywords = append(call.Keywords, entryKeyword{Name: w.m.Intern(k.Arg), Value: w.ref(k.Value)})
				}
			}
			w.facts.calls = append(w.facts.calls, call)
		}
		return true
	})
}

// mayRegister reports whether a call of fn may be an entry call: its
// method, or the function it names (through the module's imports, so
// that an alias counts), is named like one, or like a def of the module
// that forwards a registration (walked before the call).
func (w *factWalker) mayRegister(fn ast.Expr) bool {
	switch fn := fn.(type) {
	case *ast.Attribute:
		return w.libs.IsEntryCallName(fn.Attr) || w.forwarders[fn.Attr]
	case *ast.Name:
		last := lastName(w.m.ResolveName(fn.Id))
		return w.libs.IsEntryCallName(last) || w.forwarders[last]
	}
	return false
}

// mayDecorate reports whether fn, called, may make an entry decorator:
// it is named like one.
func (w *factWalker) mayDecorate(fn ast.Expr) bool {
	switch fn := fn.(type) {
	case *ast.Attribute:
		return w.libs.IsEntryDecoratorName(fn.Attr)
	case *ast.Name:
		return w.libs.IsEntryDecoratorName(lastName(w.m.ResolveName(fn.Id)))
	}
	return false
}

// mayForward reports whether c may call a method that forwards a
// registration, defined in another module: a method of a module-level
// object, built here or imported, given a class first (`api =
// ApiExt()` or `from .api import api`, then `api.add_org_resource(C,
// ...)`). Which method forwards is known only once the program is
// linked.
func (w *factWalker) mayForward(c *ast.Call) bool {
	a, ok := c.Func.(*ast.Attribute)
	if !ok || len(c.Args) == 0 {
		return false
	}
	recv, ok := a.Value.(*ast.Name)
	if !ok {
		return false
	}
	// The receiver first, a map lookup: the argument's path costs an
	// allocation, and self.f(a.B) in any method would pay it.
	b := w.m.Bindings[recv.Id]
	if b == nil || b.Kind != BindImport && !(b.Kind == BindValue && b.Value.Kind == Call && Capitalised(b.Value.Callee)) {
		return false
	}
	return Capitalised(DottedPath(c.Args[0])) || b.Kind == BindImport && w.passesObjects(c)
}

// passesObjects reports whether c passes objects of the tree's classes
// that a registration may call the methods of: the receiver of the
// method walked (`rpc.get_rpc_server(target, self)`), or instances built
// there, alone or in a list (`rpc.get_server(target, [Endpoint()])`,
// also through a local bound to one).
func (w *factWalker) passesObjects(c *ast.Call) bool {
	object := func(e ast.Expr) bool {
		switch e := e.(type) {
		case *ast.Call:
			return Capitalised(DottedPath(e.Func))
		case *ast.Name, *ast.Attribute:
			r := w.ref(e)
			return r.Kind == refCall && r.Attr == "" || r.Kind == refList
		}
		return false
	}
	for _, a := range c.Args {
		if object(a) {
			return true
		}
		if elts, ok := ast.Elts(a); ok && slices.ContainsFunc(elts, object) {
			return true
		}
	}
	return false
}

// mayForwardAcross reports whether c, a call at module level of a name
// an import binds, passes a name on (`service_url(r"^x$", views.vote)`):
// the def imported may forward a registration, which only the linked
// program tells (a project's own re_path in another module).
func (w *factWalker) mayForwardAcross(c *ast.Call) bool {
	fn, ok := c.Func.(*ast.Name)
	if !ok || w.def != 0 {
		return false
	}
	if b := w.m.Bindings[fn.Id]; b == nil || b.Kind != BindImport {
		return false
	}
	named := func(e ast.Expr) bool {
		switch e.(type) {
		case *ast.Name, *ast.Attribute:
			return true
		}
		return false
	}
	return slices.ContainsFunc(c.Args, named) || slices.ContainsFunc(c.Keywords, func(k *ast.Keyword) bool { return named(k.Value) })
}

// receiverAttr returns what the def walked bound recv.attr to, recv
// being its receiver (or another object of the tree's class it built):
// `self.router = APIRouter()`.
func (w *factWalker) receiverAttr(recv, attr string) (ref, bool) {
	scope := &w.scopes[len(w.scopes)-1]
	if scope.attrs {
		if r, ok := scope.get(recv + "." + attr); ok {
			return r, true
		}
	}
	// What __init__ bound, on the receiver of a method of its class.
	if r, ok := w.initAttrs[attr]; ok {
		if self, _ := scope.get(recv); self.Kind == refCall && self.Attr == "" && self.Path == w.classPath {
			return r, true
		}
	}
	return ref{}, false
}

// keepInitAttrs keeps, from scope, the scope of the class's __init__
// whose receiver is self, what it bound on self that depends on nothing
// of its own: a module-level callee, a list of such.
func (w *factWalker) keepInitAttrs(scope *binds, self string) {
	var free func(r ref) bool
	free = func(r ref) bool {
		switch r.Kind {
		case refCall:
			head, _, _ := strings.Cut(r.Path, ".")
			if _, local := scope.get(head); local {
				return false // built from a local or a parameter of __init__
			}
			return r.Attr == "" && !slices.ContainsFunc(r.Elems, func(e ref) bool { return !free(e) })
		case refList:
			return len(r.Elems) > 0 && !slices.ContainsFunc(r.Elems, func(e ref) bool { return !free(e) })
		}
		return false
	}
	scope.each(func(name string, r ref) {
		attr, ok := strings.CutPrefix(name, self+".")
		if !ok || strings.Contains(attr, ".") || !free(r) {
			return
		}
		if w.initAttrs == nil {
			w.initAttrs = map[string]ref{}
		}
		w.initAttrs[attr] = r
	})
}

// Capitalised reports whether the last name of the dotted path p starts
// with a capital, as a class's does by convention.
func Capitalised(p string) bool {
	last := lastName(p)
	return last != "" && unicode.IsUpper(rune(last[0]))
}

// lastName returns the last name of the dotted path p.
func lastName(p string) string { return p[strings.LastIndexByte(p, '.')+1:] }

// ref reduces e in the current scope.
func (w *factWalker) ref(e ast.Expr) ref {
	switch e := e.(type) {
	case *ast.Name:
		for i := len(w.scopes) - 1; i >= 0; i-- {
			if r, ok := w.scopes[i].get(e.Id); ok {
				return r
			}
		}
		return ref{Kind: refName, Path: w.m.Intern(e.Id)}
	case *ast.Attribute:
		// The whole chain at once: a chain of n attributes must not cost
		// n paths.
		// The path is written once, after the base is reduced: in one
		// buffer, and not at all when the base is neither a name nor a
		// call.
		var attrs [maxPathParts]string // from the end
		n, size := 0, 0
		base := ast.Expr(e)
		for a, ok := base.(*ast.Attribute); ok; a, ok = base.(*ast.Attribute) {
			if n == maxPathParts {
				return ref{}
			}
			attrs[n] = a.Attr
			n++
			size += 1 + len(a.Attr)
			base = a.Value
		}
		r := w.ref(base)
		// self.router.add_api_route, where the method bound self.router
		// (receiverAttr): the chain goes on from what it was bound to.
		if nm, ok := base.(*ast.Name); ok && r.Kind == refCall && r.Attr == "" {
			if bound, ok := w.receiverAttr(nm.Id, attrs[n-1]); ok {
				if n == 1 {
					return bound // self.endpoints itself
				}
				r, n = bound, n-1
				size -= 1 + len(attrs[n])
			}
		}
		head := r.Path // a name: the path goes on from it
		switch r.Kind {
		case refName, refImported:
		case refCall:
			head = r.Attr // a call: its attributes go on
		case refParam:
			if n != 1 {
				return ref{}
			}
			return ref{Kind: refParamAttr, Path: r.Path, Attr: w.m.Intern(attrs[0])}
		default:
			return ref{}
		}
		var b strings.Builder
		b.Grow(len(head) + size)
		b.WriteString(head)
		for i := n - 1; i >= 0; i-- {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(attrs[i])
		}
		if r.Kind == refName || r.Kind == refImported {
			return ref{Kind: r.Kind, Path: w.m.Intern(b.String())}
		}
		return ref{Kind: refCall, Path: r.Path, Attr: w.m.Intern(b.String())}
	case *ast.Call:
		// A decorator factory's decorator applied in place
		// (`cache_page(600)(view)`): what it wraps, when it is one.
		if inner, ok := e.Func.(*ast.Call); ok && len(e.Args) == 1 && len(e.Keywords) == 0 {
			if p := DottedPath(inner.Func); p != "" && w.libs.IsEntryWrapperName(lastName(w.m.ResolvePath(p))) {
				return ref{Kind: refCall, Path: w.m.Intern(p), Elems: []ref{w.ref(e.Args[0])}}
			}
		}
		// Only a call of a dotted name: following a chain of calls
		// (`a().b().c()`) from each of its calls would cost its square.
		if DottedPath(e.Func) == "" {
			return ref{}
		}
		// super() in a method: an object of the class's first base, whose
		// methods `super().add_url_rule(...)` calls.
		if IsName(e.Func, "super") && len(e.Args) == 0 && w.def != 0 && w.classBase != "" {
			return ref{Kind: refCall, Path: w.classBase}
		}
		r := w.ref(e.Func)
		if r.Kind == refCall && r.Attr != "" && len(e.Args) == 1 && w.libs.IsEntryWrapperName(lastName(r.Attr)) {
			// A method of an object the tree made that wraps a view
			// (`self.admin_site.admin_view(self.export)`): what it wraps.
			return w.ref(e.Args[0])
		}
		if r.Kind == refName {
			// list(args), tuple(args): a copy of the parameter's items,
			// which a call may pass on (`f(*list(args))`).
			if (r.Path == "list" || r.Path == "tuple") && len(e.Args) == 1 && len(e.Keywords) == 0 {
				if a := w.ref(e.Args[0]); a.Kind == refParam {
					return a
				}
			}
			out := ref{Kind: refCall, Path: r.Path}
			// A call that may wrap a callable keeps it (partial(f, ...)).
			if qn := w.m.ResolvePath(r.Path); len(e.Args) > 0 && w.libs.IsEntryWrapperName(lastName(qn)) {
				out.Elems = []ref{w.ref(e.Args[0])}
			} else if am, ok := w.libs.ActionMap(lastName(r.Path)); ok {
				out.Elems = w.actions(e, am)
			} else if spec := specFileArg(e); spec != "" {
				// A specification read in code from the file it names
				// (`add_api(bundled("/openapi/api.yml"))`).
				out.Elems = []ref{{Kind: refStr, Path: w.m.Intern(spec)}}
			} else if _, name := firstArg(e).(*ast.Name); name {
				// A parameter handed to a def (`f = locked_task(f)`),
				// which may return it, wrapped: the def is then a
				// forwarder of what registers the call's result.
				if a := w.ref(e.Args[0]); a.Kind == refParam {
					out.Elems = []ref{a}
				}
			}
			return out
		}
		return ref{}
	case *ast.Lambda:
		return w.lambda(e)
	case *ast.Constant:
		if s, ok := e.Value.(string); ok {
			return ref{Kind: refStr, Path: w.m.Intern(s)}
		}
	case *ast.List:
		return ref{Kind: refList, Elems: w.callables(e, nil)}
	case *ast.Tuple:
		// A string first is kept: include(("app.urls", "app")).
		var head []ref
		if len(e.Elts) > 0 {
			if s, ok := StringConstant(e.Elts[0]); ok {
				head = []ref{{Kind: refStr, Path: w.m.Intern(s)}}
			}
		}
		return ref{Kind: refList, Elems: w.callables(e, head)}
	case *ast.Subscript:
		return element(w.ref(e.Value))
	case *ast.Starred:
		return w.ref(e.Value)
	}
	return ref{}
}

// specFileArg returns the first argument of c that is a string naming a
// YAML or JSON file, or "".
func specFileArg(c *ast.Call) string {
	for _, a := range c.Args {
		if s, ok := StringConstant(a); ok {
			ext := strings.ToLower(path.Ext(s))
			if ext == ".yml" || ext == ".yaml" || ext == ".json" {
				return s
			}
		}
	}
	return ""
}

// actions returns the method names that the action map of the call c of
// a classmethod (am) gives as values, as strings.
func (w *factWalker) actions(c *ast.Call, am libraries.ActionMap) []ref {
	var m ast.Expr
	if am.Arg < len(c.Args) {
		m = c.Args[am.Arg]
	}
	for _, kw := range c.Keywords {
		if kw.Arg == am.Keyword {
			m = kw.Value
		}
	}
	d, ok := m.(*ast.Dict)
	if !ok {
		return nil
	}
	var out []ref
	for _, v := range d.Values {
		if s, ok := StringConstant(v); ok {
			out = append(out, ref{Kind: refStr, Path: w.m.Intern(s)})
		}
	}
	return out
}

// lambda reduces a lambda to the callees of the calls in its body, its
// parameters hiding the names of the scopes around it.
func (w *factWalker) lambda(e *ast.Lambda) ref {
	params := w.push()
	eachParam(e.Args, func(a *ast.Arg) bool {
		params.set(a.Arg, ref{})
		return true
	})
	defer func() { w.scopes = w.scopes[:len(w.scopes)-1] }()
	out := ref{Kind: refLambda}
	ast.Inspect(e.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok && DottedPath(c.Func) != "" {
			if r := w.ref(c.Func); r.Kind == refName || r.Kind == refDef {
				out.Elems = append(out.Elems, r)
			}
		}
		return true
	})
	return out
}

// callables appends to out the refs of the names and calls a display
// holds, at any depth (a list of (path, view) tuples, a dict of them).
func (w *factWalker) callables(e ast.Expr, out []ref) []ref {
	elts, _ := ast.Elts(e)
	switch e := e.(type) {
	case *ast.Dict:
		elts = e.Values
	case *ast.Name, *ast.Attribute, *ast.Call, *ast.Lambda:
		if r := w.ref(e); r.Kind != refNone {
			out = append(out, r)
		}
	}
	for _, v := range elts {
		out = w.callables(v, out)
	}
	return out
}

func (w *factWalker) internAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = w.m.Intern(s)
	}
	return ss
}

// keyed returns the value of key in the first dict display in e, at any
// depth, that has it, or nil.
func keyed(e ast.Expr, key string) ast.Expr {
	var out ast.Expr
	ast.Inspect(e, func(n ast.Node) bool {
		d, ok := n.(*ast.Dict)
		if !ok || out != nil {
			return out == nil
		}
		for i, k := range d.Keys {
			if s, ok := StringConstant(k); ok && s == key {
				out = d.Values[i]
				return false
			}
		}
		return true
	})
	return out
}

// settingStrings returns the strings a settings list holds: a list or
// tuple of strings, lists put together with +, or a module-level name
// bound to such a list (`MIDDLEWARE = BASE_MIDDLEWARE` hands Django that
// list), with what `+=` adds to it.
func (w *factWalker) settingStrings(e ast.Expr) ([]string, bool) {
	switch e := e.(type) {
	case *ast.BinOp:
		if e.Op != ast.Add {
			return nil, false
		}
		l, ok := w.settingStrings(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := w.settingStrings(e.Right)
		return append(slices.Clip(l), r...), ok
	case *ast.IfExp:
		// `([...] if DEBUG else [])`: either may be the setting.
		b, ok := w.settingStrings(e.Body)
		if !ok {
			return nil, false
		}
		o, ok := w.settingStrings(e.Orelse)
		return append(slices.Clip(b), o...), ok
	case *ast.Name:
		if w.lists == nil {
			w.lists = newModuleLists(w.m.File.Module.Body)
		}
		return w.lists.stringsOf(e.Id, w.settingStrings)
	case *ast.Constant:
		// A setting of one dotted path (`handler500 = "app.views.oops"`).
		if s, ok := e.Value.(string); ok {
			return []string{w.m.Intern(s)}, true
		}
	}
	return w.settingElements(e)
}

// settingElements returns the strings of a list or tuple display of a
// settings list: its string constants, the module-level names bound to
// one (`CSRF_MIDDLEWARE`), and the lists it unpacks (`*MIDDLEWARE`); an
// element that is none of them (a call, a setting read from the
// environment) is left out, and the rest kept.
func (w *factWalker) settingElements(e ast.Expr) ([]string, bool) {
	elts, ok := ast.Elts(e)
	if _, set := e.(*ast.Set); !ok || set {
		return nil, false
	}
	out := make([]string, 0, len(elts))
	for _, x := range elts {
		switch x := x.(type) {
		case *ast.Name:
			if w.lists == nil {
				w.lists = newModuleLists(w.m.File.Module.Body)
			}
			if s, ok := w.lists.stringConst(x.Id); ok {
				out = append(out, s)
			}
		case *ast.Starred:
			if strs, ok := w.settingStrings(x.Value); ok {
				out = append(out, strs...)
			}
		default:
			if s, ok := StringConstant(x); ok {
				out = append(out, s)
			}
		}
	}
	return out, true
}

// maxBoundSetting bounds the strings of a settings list bound through
// a name or put together with +: a module that hands one long list on
// again and again would otherwise cost the product of the two (Django's
// own MIDDLEWARE is a few dozen).
const maxBoundSetting = 256

// boundOrJoined reports whether a settings list is written through a
// name or with +: what maxBoundSetting bounds.
func boundOrJoined(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Name, *ast.BinOp:
		return true
	}
	return false
}

// moduleLists are the values a module's top-level statements bind its
// names to (`name = v`, and `name += v`, which extends the same list),
// for the settings lists bound through a name. Each name's strings are
// worked out once: a name that holds itself adds nothing more.
type moduleLists struct {
	values map[string][]ast.Expr
	known  map[string][]string
	busy   map[string]bool
}

func newModuleLists(body []ast.Stmt) *moduleLists {
	l := &moduleLists{values: map[string][]ast.Expr{}, known: map[string][]string{}, busy: map[string]bool{}}
	for _, st := range body {
		switch st := st.(type) {
		case *ast.Assign:
			if n, ok := st.Targets[0].(*ast.Name); ok && len(st.Targets) == 1 {
				l.values[n.Id] = append(l.values[n.Id], st.Value)
			}
		case *ast.AugAssign:
			if n, ok := st.Target.(*ast.Name); ok && st.Op == ast.Add {
				l.values[n.Id] = append(l.values[n.Id], st.Value)
			}
		}
	}
	return l
}

// stringConst returns the string constant name is bound to, when it is
// bound once, to one.
func (l *moduleLists) stringConst(name string) (string, bool) {
	if vs := l.values[name]; len(vs) == 1 {
		return StringConstant(vs[0])
	}
	return "", false
}

// stringsOf returns the strings of every value name is bound to, each
// value's from of; false when one is not a list of strings, or name is
// bound to none.
func (l *moduleLists) stringsOf(name string, of func(ast.Expr) ([]string, bool)) ([]string, bool) {
	if out, ok := l.known[name]; ok {
		return out, out != nil
	}
	if l.busy[name] {
		return nil, true
	}
	l.busy[name] = true
	var out []string
	ok := len(l.values[name]) > 0
	for _, v := range l.values[name] {
		strs, vok := of(v)
		if !vok {
			out, ok = nil, false
			break
		}
		out = append(out, strs...)
	}
	if ok && out == nil {
		out = []string{}
	}
	l.known[name] = out
	return out, ok
}

// isMainGuard reports whether test is `__name__ == "__main__"`, either
// way round.
func isMainGuard(test ast.Expr) bool {
	c, ok := test.(*ast.Compare)
	if !ok || len(c.Ops) != 1 || c.Ops[0] != ast.Eq {
		return false
	}
	l, r := c.Left, c.Comparators[0]
	if IsName(r, "__name__") {
		l, r = r, l
	}
	s, ok := StringConstant(r)
	return ok && s == "__main__" && IsName(l, "__name__")
}

// push opens the scope of a def or lambda, reusing the memory of an
// earlier one at that depth: there is one per def of the tree.
func (w *factWalker) push() *binds {
	if len(w.scopes) < cap(w.scopes) {
		w.scopes = w.scopes[:len(w.scopes)+1]
		b := &w.scopes[len(w.scopes)-1]
		b.reset()
		return b
	}
	w.scopes = append(w.scopes, binds{})
	return &w.scopes[len(w.scopes)-1]
}

// binds are the names one scope binds and what each refers to: a short
// list, which most functions' names fit, or a map once it grows.
type binds struct {
	few  []bound
	many map[string]ref
	// attrs: some name bound is an attribute of a receiver
	// (receiverAttr), which most scopes have none of.
	attrs bool
}

type bound struct {
	name string
	r    ref
}

// maxFewBinds bounds the list: past it, a lookup costs more than a hash.
const maxFewBinds = 16

// reset empties b, keeping its list's memory.
func (b *binds) reset() { b.few, b.many, b.attrs = b.few[:0], nil, false }

func (b *binds) set(name string, r ref) {
	if b.many != nil {
		b.many[name] = r
		return
	}
	for i := range b.few {
		if b.few[i].name == name {
			b.few[i].r = r
			return
		}
	}
	if len(b.few) < maxFewBinds {
		b.few = append(b.few, bound{name, r})
		return
	}
	b.many = make(map[string]ref, 2*maxFewBinds)
	for _, x := range b.few {
		b.many[x.name] = x.r
	}
	b.many[name] = r
}

func (b *binds) get(name string) (ref, bool) {
	if b.many != nil {
		r, ok := b.many[name]
		return r, ok
	}
	for i := len(b.few) - 1; i >= 0; i-- {
		if b.few[i].name == name {
			return b.few[i].r, true
		}
	}
	return ref{}, false
}

// each calls f with each name b binds and what it refers to.
func (b *binds) each(f func(name string, r ref)) {
	if b.many != nil {
		for name, r := range b.many {
			f(name, r)
		}
		return
	}
	for _, x := range b.few {
		f(x.name, x.r)
	}
}

// dunder reports whether e is a name like __name__ or __file__.
func dunder(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && len(n.Id) > 4 && strings.HasPrefix(n.Id, "__") && strings.HasSuffix(n.Id, "__")
}
