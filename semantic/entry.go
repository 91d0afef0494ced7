package semantic

import (
	"cmp"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// EntryPoint is a def that a framework runs once per request or task, or
// once per process (Startup), as the libraries' tables and the
// configuration say.
type EntryPoint struct {
	// Name is the def's module and its name within it:
	// "shop.views.checkout", "shop.views.OrderView.get",
	// "app.create_app.index" for a def nested in create_app. The call
	// graph names its nodes the same way.
	Name string
	// Kind says what registered it: "django-view", "flask-route",
	// "celery-task", "app-factory", "main", ... (the libraries' tables).
	Kind      string
	Path      string    // the file of the def
	Pos       token.Pos // of the def
	Line, Col int       // of the def, 1-based; Col counts characters
	// RegisteredBy says what registered it: "shop/urls.py:12",
	// "@app.route", "MIDDLEWARE in settings.py:40", "subclass of
	// django.views.View".
	RegisteredBy string
	Startup      bool // it runs once per process, not per request
	// Program says it is a program of its own (a script's main, a
	// management command): it runs in a process that serves no request.
	Program bool
	// Shared says the def is a method that runs on one object serving
	// every request: a middleware built once, an instance registered
	// itself (its __call__ runs). A Django class-based view is not:
	// as_view() builds one per request.
	Shared bool
	// Admin says only the site's administrators run it: an entry point
	// of the admin site (the libraries' AdminKinds), or a def decorated
	// to let only them (AdminDecorators; a decorator of the tree whose
	// name says so: `@admins_only`, `@superuser_required`).
	Admin bool
	// Probe says health probes run it: an entry point of the libraries'
	// ProbeKinds, or a def whose name or class's says so (`healthz`,
	// `HealthCheckView.get`).
	Probe bool
	// Exclusive says its runs with the same arguments do not overlap, in
	// any process: a task built on one of the libraries'
	// ExclusiveTaskBases (`@app.task(base=QueueOnce)`).
	Exclusive bool
	// Guessed says it is one by its form alone (a protocol's parameters:
	// `def handler(event, context)`), nothing registering it: a def of
	// the tree that calls it says it is that def's helper instead.
	Guessed bool
	// Registrars are the modules, by name, whose code registers it through
	// a def of the tree that returns it (EntryCall.Through: the wrapper a
	// blueprint's add_url_rule makes of each handler class it is given):
	// what that code passes is what the def runs, so the solve runs
	// their bodies, as the serving process does at start-up. Space
	// separated, so that an EntryPoint compares with ==.
	Registrars string
}

// RegistrarModules returns the names of Registrars.
func (e EntryPoint) RegistrarModules() []string { return strings.Fields(e.Registrars) }

// EntryOptions are the entry points a user configures.
type EntryOptions struct {
	// EntryPoints and Startup are patterns of qualified names
	// (path.Match's syntax, where * also matches dots) of defs that run
	// per request, and once per process.
	EntryPoints, Startup []string
	// EntryDecorators are qualified names of decorators that make the
	// def they decorate a per-request entry point.
	EntryDecorators []string
	// ReadSpec returns the bytes of the API specification file at path
	// (libraries.EntryCall.Spec), or false when it cannot; nil reads
	// none.
	ReadSpec func(path string) ([]byte, bool)
}

// FindEntryPoints returns the entry points of p, sorted by file,
// position, kind and name. A def registered twice for one kind is listed
// once, with the first registration found.
//
// Everything is resolved through imports, aliases and re-exports:
// `@web.route` counts when web is a Flask app (built at module level, in
// the function around the def, or a parameter annotated Flask), or an
// instance of a class of the tree derived from one, and never because
// of its spelling. A callable is followed through names, nested defs,
// `C.as_view()`, instances of classes of the tree (their __call__),
// list displays and the module-level displays a loop or a subscript
// reads (`for path, view in ROUTES.items()`), wrappers that run what they
// are given (`partial(render, "x")`, `csrf_exempt(view)`), dotted
// strings naming a def (`path("x/", "shop.views.x")`), and lambdas, by
// the defs they call (kind suffixed "-lambda"). An app is also what a
// factory of the tree returns (`app = create_app()`), and a def that
// passes its parameter on to an entry call registers what it is given
// (a wrapper method such as `api.add_org_resource(C, "/x")`). When the
// settings name a ROOT_URLCONF of the tree, a module's urlpatterns count
// only if include() reaches it from there.
func FindEntryPoints(p *Program, opts EntryOptions) []EntryPoint {
	f := &entryFinder{p: p, libs: p.libs, opts: opts, defs: map[*Module]map[string]*entryDef{},
		seen: map[[2]string]int{}, registered: map[*Class]string{}, forwards: map[funcMethodKey][]libraries.EntryCall{}}
	paths := make([]string, 0, len(p.ByPath))
	for path := range p.ByPath {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	var withFacts []*Module // in the order of paths
	for _, path := range paths {
		if m := p.ByPath[path]; m.entry != nil {
			withFacts = append(withFacts, m)
		}
	}
	f.urlconfs = f.reachedURLConfs(withFacts)
	f.mounted = f.mountedObjects(withFacts)
	for _, m := range withFacts {
		f.module(m)
	}
	// A call of a def that forwards a registration registers too; a
	// forwarder of a forwarder is found a round later.
	for round := 0; round < 3 && f.newForwards; round++ {
		f.newForwards = false
		for _, m := range withFacts {
			for _, c := range m.entry.calls {
				if !c.Applied {
					f.call(m, c, f.forwardsOf)
				}
			}
		}
	}
	// A def decorated with a forwarder, or with what a call of one's
	// factory returns, is passed on to its registration (a project's
	// own task decorator).
	if len(f.forwards) > 0 {
		for _, m := range withFacts {
			for i := range m.entry.defs {
				f.forwardedBy(m, &m.entry.defs[i])
			}
		}
	}
	for _, path := range paths {
		f.classes(p.ByPath[path])
	}
	f.unshareBuiltPerRequest()
	slices.SortFunc(f.out, func(a, b EntryPoint) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name))
	})
	return f.out
}

type entryFinder struct {
	p    *Program
	libs *libraries.Index
	opts EntryOptions
	// defs indexes each module's defs by name, built when first asked.
	defs map[*Module]map[string]*entryDef
	seen map[[2]string]int // name, kind: index in out
	out  []EntryPoint
	// registered says what registered a class passed itself to a
	// registration (`OrderView.as_view()`, router.register): its
	// class-based entries say so.
	registered map[*Class]string
	// listedKinds are the kinds of the settings lists the tree's code
	// outside tests writes (MIDDLEWARE), but for lists of defaults: a
	// class of such a kind is one only where a list names it.
	listedKinds map[string]bool
	// registeredAs: the kind of the registration, for a class whose
	// bases the tables do not know.
	registeredAs map[*Class]registration
	// kindsRegistered: the kinds registeredAs holds outside tests, made
	// by registersKind.
	kindsRegistered map[string]bool
	// namedIn: by kind, the classes a call of one of its registration
	// methods passes, made by namedInRegistration.
	namedIn map[string]map[*Class]bool
	// forwards are the defs of the tree that pass a parameter on to an
	// entry call (a wrapper method, `api.add_org_resource(C, ...)` that
	// calls self.add_resource(C, ...)), keyed as the tables are: a
	// method by its class and name, a function by its name. Each call of
	// one is the entry call it makes, with the parameter's position.
	forwards    map[funcMethodKey][]libraries.EntryCall
	newForwards bool
	// urlconfs are the URL configurations reached from the root ones the
	// settings name; nil when the tree names none of its own.
	urlconfs map[*Module]bool
	// packages holds, by module, the top-level packages its imports name.
	packages map[*Module]map[string]bool
	// imports holds the top-level packages the tree's modules import
	// (treePackages).
	imports map[string]bool
	// mounted holds the objects of the tree an app takes in (Mounts),
	// by qualified name, with the library's class each is of.
	mounted map[string]string
}

// registration is how a registration registered a class.
type registration struct {
	kind    string
	startup bool
}

// funcMethodKey keys forwards as the libraries' tables are keyed.
type funcMethodKey struct{ fn, method string }

// maxRefDepth bounds how far a ref is followed through displays and
// decorators that make objects: a display that holds itself ends there.
const maxRefDepth = 8

// module finds the entry points that m's facts register.
func (f *entryFinder) module(m *Module) {
	facts := m.entry
	for i := range facts.defs {
		d := &facts.defs[i]
		// A def a decorator registers to run per request or task is not
		// startup code by its name (`@cl.on_message async def main`).
		perCall := f.decorated(m, d)
		f.factory(m, d)
		if sd, ok := f.libs.StartupDef(d.Name); ok && d.TopLevel && !perCall {
			f.emit(m, d, sd.Kind, true, "def "+d.Name, false)
		}
		if d.more != nil && d.more.Protocol != "" {
			// A server calls it for each request. A __call__ is not known
			// to be one object's: a response is a WSGI app too, one per
			// request.
			f.emit(m, d, d.more.Protocol, false, "its parameters ("+d.more.Protocol+")", false)
			f.out[f.seen[[2]string{m.Name + "." + d.Name, d.more.Protocol}]].Guessed = true
		}
		if len(f.opts.EntryPoints) == 0 && len(f.opts.Startup) == 0 {
			continue // no name to build for every def of the tree
		}
		name := m.Name + "." + d.Name
		for _, pat := range f.opts.EntryPoints {
			if ok, _ := path.Match(pat, name); ok {
				f.emit(m, d, "configured", false, "entry-points", false)
			}
		}
		for _, pat := range f.opts.Startup {
			if ok, _ := path.Match(pat, name); ok {
				f.emit(m, d, "configured-startup", true, "startup", false)
			}
		}
	}
	for _, c := range facts.calls {
		if c.Applied {
			f.applied(m, c)
			continue
		}
		f.call(m, c, f.libs.EntryCalls)
	}
	for _, s := range facts.settings {
		f.setting(m, s)
	}
	for _, x := range facts.exposed {
		by := x.Name + ".exposed = True"
		if x.Class {
			if c := m.Classes[x.Name]; c != nil {
				f.emitMethods(c, []string{"*"}, x.Kind, false, "exposed = True in "+x.Name)
			}
		} else if d := f.def(m, x.Name); d != nil {
			f.emit(m, d, x.Kind, false, by, f.libs.IsSharedKind(x.Kind))
		}
	}
	if facts.mainLine > 0 {
		by := fmt.Sprintf("if __name__ == \"__main__\" in %s:%d", m.Path, facts.mainLine)
		for _, r := range facts.mainCalls {
			for _, t := range f.targets(m, r, 0) {
				if t.def != nil {
					f.emit(t.mod, t.def, "main", true, by, false)
				}
			}
		}
	}
}

// decorated finds the entry decorators of d.
func (f *entryFinder) decorated(m *Module, d *entryDef) (perCall bool) {
	for _, deco := range d.Decorators {
		if deco.Subject != nil && f.testSignal(m, *deco.Subject) {
			continue
		}
		splits := slices.Concat(f.splits(m, deco.Callee, 0), f.siblingSplits(m, d, deco.Callee))
		found := false
		for _, s := range splits {
			for _, fn := range s.funcs {
				ed, ok := f.libs.EntryDecorator(fn, s.method)
				if !ok {
					ed, ok = f.returnsEntryDecorator(fn, s.method)
				}
				if ok && ed.Hooks != nil {
					// A named hook: its kind is the hook's, and a hook the
					// table does not list registers nothing it knows.
					ed.Kind = ""
					if deco.Subject != nil && deco.Subject.Kind == refStr {
						ed.Kind = ed.Hooks[deco.Subject.Path]
					}
					ok = ed.Kind != ""
				}
				if ok {
					// A method of an object the framework builds once
					// (a Pecan controller) serves every request on it.
					f.emit(m, d, ed.Kind, ed.Startup, "@"+deco.Path, f.libs.IsSharedKind(ed.Kind) && f.isMethod(m, d))
					perCall = perCall || !ed.Startup
					found = true
				}
				if s.method == "" && slices.Contains(f.opts.EntryDecorators, fn) {
					f.emit(m, d, "configured", false, "@"+deco.Path, false)
					perCall = true
					found = true
				}
			}
		}
		if found {
			continue
		}
		// `@dramatiq.actor(...)` on an object built by a class of another
		// project (a team's subclass of flask_dramatiq's Dramatiq): read
		// by the method, when one library's objects have it, and only as
		// a task queue's: method names of web frameworks and signals
		// (route, trace, action, connect, filter) are too common in other
		// libraries' objects to guess from.
		for _, s := range splits {
			for _, owner := range f.unplacedOwners(s.recv, s.method) {
				if ed, ok := f.libs.EntryDecorator(owner, s.method); ok && f.libs.IsTaskKind(ed.Kind) && !ed.Startup && len(ed.ClassMethods) == 0 {
					f.emit(m, d, ed.Kind, false, "@"+deco.Path, false)
					perCall = true
					break
				}
			}
		}
	}
	return perCall
}

// testSignal reports whether r, the first argument of a decorator
// (`@receiver(setting_changed)`), is one of the libraries' TestSignals.
func (f *entryFinder) testSignal(m *Module, r ref) bool {
	if r.Kind != refName && r.Kind != refImported {
		return false
	}
	qn, _ := f.p.qualifiedRef(m, r)
	return f.libs.IsTestSignal(f.p.Canonical(qn))
}

// unplacedOwners returns the classes of the libraries that recv, an
// object the tree cannot place, may be an instance of, by its method
// (MethodOwners): those of the packages the tree imports, or all of
// them when it imports none; nil unless they are of one package. An
// object the tree cannot place is a module-level name bound to what a
// call of code outside the tree returns (`dramatiq = TeamDramatiq()`),
// or one imported from outside the tree and unknown to the libraries
// (`from shared.celery import app`).
func (f *entryFinder) unplacedOwners(recv, method string) []string {
	if recv == "" || method == "" || strings.Contains(method, ".") {
		return nil
	}
	owners := f.libs.MethodOwners(method)
	if len(owners) == 0 || !f.unplaced(recv) {
		return nil
	}
	imported := f.treePackages()
	if !slices.ContainsFunc(owners, func(o string) bool { top, _, _ := strings.Cut(o, "."); return imported[top] }) {
		imported = nil // the tree imports none of their packages: all of them
	}
	in := f.onePackage(owners, imported, method)
	if len(in) == 0 {
		return nil
	}
	top, _, _ := strings.Cut(in[0], ".")
	if t, _, _ := strings.Cut(recv, "."); t == top {
		return nil // the library's own, which its tables place or leave out
	}
	return in
}

// unplaced reports whether recv is an object the tree cannot place
// (unplacedOwners).
func (f *entryFinder) unplaced(recv string) bool {
	mod, rest := f.p.split(recv)
	if mod == nil {
		return f.libs.InstanceClass(recv) == ""
	}
	if rest == "" || strings.Contains(rest, ".") {
		return false
	}
	b := mod.Bindings[rest]
	if b == nil || b.Kind != BindValue || b.Value.Kind != Call {
		return false
	}
	callee := f.p.ResolvePath(mod, b.Value.Callee)
	if cm, _ := f.p.split(callee); cm != nil {
		return false // made by the tree's own code
	}
	return true
}

// treePackages returns the top-level packages the tree's modules import
// at module level, made when first asked.
func (f *entryFinder) treePackages() map[string]bool {
	if f.imports == nil {
		f.imports = map[string]bool{}
		for _, m := range f.p.Modules {
			addImportedPackages(m, f.imports)
		}
	}
	return f.imports
}

// siblingSplits reads the decorator r of the def d as a method of
// another def of d's class, by the library decorators of that def:
// Pecan's `@index.when(method="GET")` under `@expose(generic=True) def
// index`, split as method "when" of "pecan.expose".
func (f *entryFinder) siblingSplits(m *Module, d *entryDef, r ref) []split {
	class := parentName(d.Name)
	if r.Kind != refName || class == "" {
		return nil
	}
	// index.when, or list_expanded.mapping.post: a method (or a chain
	// of attributes) of the sibling def.
	name, method, ok := strings.Cut(r.Path, ".")
	if !ok {
		return nil
	}
	sibling := f.def(m, class+"."+name)
	if sibling == nil || sibling == d {
		return nil
	}
	var out []split
	for _, deco := range sibling.Decorators {
		for _, s := range f.splits(m, deco.Callee, 0) {
			if s.method == "" {
				out = append(out, split{funcs: s.funcs, method: method})
			}
		}
	}
	return out
}

// returnsEntryDecorator returns the entry decorator whose call the def
// fn of the tree returns, a project's own decorator over it (`def
// dedicated_task(*args, **kwargs): return shared_task(*args, queue="q",
// **kwargs)`): used bare or called, it makes what that decorator makes.
// Decorators that register a class's methods (ClassMethods) are left
// out: the def decorated is then a class.
func (f *entryFinder) returnsEntryDecorator(fn, method string) (libraries.EntryDecorator, bool) {
	if method != "" {
		return libraries.EntryDecorator{}, false
	}
	mod, d := f.defOf(fn)
	if d == nil {
		return libraries.EntryDecorator{}, false
	}
	for _, r := range d.returns() {
		for _, s := range f.splits(mod, ref{Kind: refName, Path: r}, 0) {
			for _, callee := range s.funcs {
				if ed, ok := f.libs.EntryDecorator(callee, s.method); ok && len(ed.ClassMethods) == 0 && ed.Hooks == nil {
					return ed, true
				}
			}
		}
	}
	return libraries.EntryDecorator{}, false
}

// applied emits what a decorator applied by hand registers
// (`app.route("/x")(view)`): c's one argument, as decorated.
func (f *entryFinder) applied(m *Module, c entryCall) {
	for _, s := range f.splits(m, c.Callee, 0) {
		for _, fn := range s.funcs {
			ed, ok := f.libs.EntryDecorator(fn, s.method)
			if !ok || ed.Hooks != nil {
				// A named hook's name is in the call that made the
				// decorator, which the facts do not keep.
				continue
			}
			// `def pipeline_task(fn): return app.task(...)(fn)`: a
			// project's decorator that applies it to what it is given.
			if c.Args[0].Kind == refParam {
				f.forward(m, c, c.Args[0].Path, libraries.EntryCall{Kind: ed.Kind, Startup: ed.Startup, ClassMethods: ed.ClassMethods})
				continue
			}
			by := fmt.Sprintf("%s:%d", m.Path, c.Line)
			for _, t := range f.targets(m, c.Args[0], 0) {
				f.emitTarget(t, ed.Kind, ed.Startup, ed.ClassMethods, nil, by)
			}
		}
	}
}

// forwardedBy finds the registrations d's decorators forward d to: a
// decorator def that passes its first parameter on to an entry call
// (`@task`), or the nested def a factory returns that does (`@actor(
// queue="q")`).
func (f *entryFinder) forwardedBy(m *Module, d *entryDef) {
	for _, deco := range d.Decorators {
		for _, s := range f.splits(m, deco.Callee, 0) {
			funcs := s.funcs
			if s.method != "" {
				// A method of an object of the tree's class
				// (`@scheduler.periodic_task(...)`): the def of the
				// method, found through the class's bases.
				funcs = f.methodDefs(s.funcs, s.method)
			}
			for _, fn := range funcs {
				for _, name := range f.decoratorsFrom(fn, deco.Called) {
					for _, ec := range f.forwardsOf(name, "") {
						if ec.Arg == 0 {
							f.emit(m, d, ec.Kind, ec.Startup, "@"+deco.Path, false)
						}
					}
				}
			}
		}
	}
}

// methodDefs returns the defs, by qualified name, of the method named
// method of those of classes that are classes of the tree: the first
// class of each one's MRO that defines it.
func (f *entryFinder) methodDefs(classes []string, method string) []string {
	if strings.Contains(method, ".") {
		return nil
	}
	var out []string
	for _, qn := range classes {
		c := f.p.Class(qn)
		if c == nil {
			continue
		}
		for _, k := range f.p.MRO(c) {
			if k.Methods[method] != nil {
				out = append(out, k.QualifiedName()+"."+method)
				break
			}
		}
	}
	return out
}

// decoratorsFrom returns what decorates, by qualified name: fn itself,
// or, when it is called, the nested defs the def fn returns.
func (f *entryFinder) decoratorsFrom(fn string, called bool) []string {
	if !called {
		return []string{fn}
	}
	mod, d := f.defOf(fn)
	if d == nil {
		return nil
	}
	var out []string
	for _, nested := range d.returnsDefs() {
		out = append(out, mod.Name+"."+nested)
	}
	return out
}

// factory finds whether d builds an object of a factory class.
func (f *entryFinder) factory(m *Module, d *entryDef) {
	for _, b := range d.builds() {
		qn := f.p.ResolvePath(m, b)
		for _, cn := range f.p.classNames(qn) {
			if kind := f.libs.Factory(cn); kind != "" {
				f.emit(m, d, kind, true, "builds "+qn, false)
				return
			}
		}
	}
}

// call finds what the call c registers as one of the entry calls that
// calls returns, keyed as the tables are: the libraries' (EntryCalls),
// or the forwarders found (forwardsOf).
func (f *entryFinder) call(m *Module, c entryCall, calls func(fn, method string) []libraries.EntryCall) {
	found := false
	for _, s := range f.splits(m, c.Callee, 0) {
		if f.libs.IsTestSignal(s.recv) {
			continue
		}
		for _, fn := range s.funcs {
			for _, ec := range calls(fn, s.method) {
				f.register(m, c, ec)
				found = true
			}
		}
	}
	if found {
		return
	}
	// A method of a library's object the tree keeps behind classes of
	// its own, by its name alone (EntryCall.AnyReceiver).
	name := c.Callee.Attr // of an object: a call's result, a parameter
	if name == "" {
		if !strings.Contains(c.Callee.Path, ".") {
			return // a function's name: no method
		}
		name = c.Callee.Path
	}
	for _, ec := range f.libs.AnyReceiverEntryCalls(name[strings.LastIndexByte(name, '.')+1:]) {
		if top, _, _ := strings.Cut(ec.Func, "."); f.treePackages()[top] {
			f.register(m, c, ec)
		}
	}
}

// forwardsOf returns the entry calls that the forwarder fn (method "")
// or method of fn makes.
func (f *entryFinder) forwardsOf(fn, method string) []libraries.EntryCall {
	return f.forwards[funcMethodKey{fn, method}]
}

// register emits what c registers as the entry call ec; a parameter
// passed on makes the def c is in a forwarder of ec.
func (f *entryFinder) register(m *Module, c entryCall, ec libraries.EntryCall) {
	if ec.Hooks != nil {
		// A named hook: its kind is the hook's; one the table does not
		// list registers nothing it knows.
		name, ok := c.arg(0, "")
		if !ok || name.Kind != refStr || ec.Hooks[name.Path] == "" {
			return
		}
		ec.Kind = ec.Hooks[name.Path]
	}
	arg, ok := c.arg(ec.Arg, ec.Keyword)
	if c.Star > 0 && ec.Arg >= int(c.Star)-1 && (ec.Keyword == "" || !c.hasKeyword(ec.Keyword)) {
		// Past a *x, the argument is not where Args says: the def's own
		// *args passed on hands what its callers give there.
		f.forwardStar(m, c, ec)
		return
	}
	if !ok && ec.OrAnnotation && len(c.Args) == 0 {
		if c.Annotation != nil {
			arg, ok = *c.Annotation, c.Annotation.Kind != refNone
		}
	}
	// Only a module's own urlpatterns are judged by reachability: a
	// def that builds patterns (a get_urls method, a plugin's hook) hands
	// them to code that is not followed.
	if !ok || ec.URLConf && c.Def == 0 && f.urlconfs != nil && !f.urlconfs[m] {
		return
	}
	if arg.Kind == refParam {
		f.forward(m, c, arg.Path, ec)
		return
	}
	// A parameter passed through a def of the tree first: one that
	// returns it, wrapped (`f = locked_task(f)`, whose wrapper is
	// `@functools.wraps(f)`), or a def of its own that runs what it is
	// given (`view_func = make_view_func(view_func)`, whose `wrapper`
	// builds the class given and runs its process()). That def is then
	// registered at each call of the forwarder (Through), where what it
	// is given is known.
	if arg.Kind == refCall && arg.Attr == "" && len(arg.Elems) == 1 && arg.Elems[0].Kind == refParam {
		through := f.p.ResolvePath(m, arg.Path)
		_, d := f.defOf(through)
		if d != nil && len(d.returnsDefs()) > 0 {
			fwd := ec
			fwd.Through = through
			f.forward(m, c, arg.Elems[0].Path, fwd)
			return
		}
		if f.returnsArg(through) {
			f.forward(m, c, arg.Elems[0].Path, ec)
		}
	}
	// [endpoint]: a list of what the def is given is passed on too.
	if arg.Kind == refList {
		for _, e := range arg.Elems {
			if e.Kind == refParam {
				f.forward(m, c, e.Path, ec)
			}
		}
	}
	if ec.Spec {
		f.specified(m, arg, ec)
		return
	}
	by := fmt.Sprintf("%s:%d", m.Path, c.Line)
	if mod, d := f.defOf(ec.Through); d != nil {
		for _, name := range d.returnsDefs() {
			if nd := f.def(mod, name); nd != nil {
				f.emitTarget(target{mod: mod, def: nd}, ec.Kind, ec.Startup, nil, nil, by)
				if i, ok := f.seen[[2]string{mod.Name + "." + nd.Name, ec.Kind}]; ok && !slices.Contains(f.out[i].RegistrarModules(), m.Name) {
					f.out[i].Registrars = strings.TrimSpace(f.out[i].Registrars + " " + m.Name)
				}
			}
		}
	}
	for _, t := range f.targets(m, arg, 0) {
		if ec.Factory && t.def != nil {
			f.emitFactory(t, ec.Kind, by)
			continue
		}
		f.emitTarget(t, ec.Kind, ec.Startup, ec.ClassMethods, ec.InstanceMethods, by)
		if len(ec.StartupMethods) > 0 && t.instance != nil && t.method == "" {
			f.emitTarget(t, ec.StartupKind, true, nil, ec.StartupMethods, by)
		}
	}
}

// specified emits the operations of the API specification file that arg
// names (or a call given its name: a specification read and bundled in
// code), next to m's file or in a folder above it, up to the folder
// m's package is imported from: each operationId (`pkg.module.func`, or
// a function of the module an `x-openapi-router-controller` above it
// names) registered by its line of the file.
func (f *entryFinder) specified(m *Module, arg ref, ec libraries.EntryCall) {
	if arg.Kind == refCall && len(arg.Elems) == 1 {
		arg = arg.Elems[0]
	}
	if arg.Kind != refStr || f.opts.ReadSpec == nil || strings.ContainsAny(arg.Path, "{}\x00") {
		return
	}
	up := strings.Count(m.Name, ".")
	if m.IsPackage {
		up++
	}
	var path string
	var data []byte
	ok := false
	for dir := filepath.Dir(m.Path); !ok && up >= 0; dir, up = filepath.Dir(dir), up-1 {
		path = filepath.Join(dir, filepath.FromSlash(arg.Path))
		data, ok = f.opts.ReadSpec(path)
	}
	if !ok {
		return
	}
	for _, op := range specOperations(data) {
		for _, t := range f.targetsOf(f.p.Canonical(op.name), 0) {
			f.emitTarget(t, ec.Kind, ec.Startup, nil, nil, fmt.Sprintf("%s:%d", path, op.line))
		}
	}
}

// specOperation is an operation an API specification file names.
type specOperation struct {
	name string
	line int
}

// specOperations returns the operations a YAML or JSON OpenAPI file
// names, read line by line (a key per line, as both are written): the
// operationId values, qualified by the last x-openapi-router-controller
// above them when they are not.
func specOperations(data []byte) []specOperation {
	var out []specOperation
	controller := ""
	for i, line := range strings.Split(string(data), "\n") {
		key, value, ok := specKey(line)
		switch {
		case !ok:
		case key == "x-openapi-router-controller":
			controller = value
		case key == "operationId":
			if !strings.Contains(value, ".") && controller != "" {
				value = controller + "." + value
			}
			if strings.Contains(value, ".") {
				out = append(out, specOperation{name: value, line: i + 1})
			}
		}
	}
	return out
}

// specKey returns the key and the value of a `key: value` line of YAML
// or a `"key": "value",` line of JSON, unquoted; ok is false for any
// other line, or a value that is not a dotted name.
func specKey(line string) (key, value string, ok bool) {
	line = strings.TrimSpace(line)
	key, value, ok = strings.Cut(line, ":")
	if !ok {
		return "", "", false
	}
	key = strings.Trim(strings.TrimSpace(key), `"'`)
	value = strings.Trim(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), ",")), `"'`)
	for _, r := range value {
		if r != '.' && r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", "", false
		}
	}
	return key, value, value != ""
}

// reachedURLConfs returns the modules of URL configurations reached from
// the roots that the settings of the tree name, through the includes:
// a string naming a module, a module, a name a module binds (a list of
// patterns), in a tuple or not. An include in a def of any module is a
// root too: the patterns it builds go where the facts do not follow (a
// plugin's hook, wagtail's register_admin_urls). Nil when no root a
// setting names is a module of the tree.
func (f *entryFinder) reachedURLConfs(withFacts []*Module) map[*Module]bool {
	var queue []*Module
	reached := map[*Module]bool{}
	reach := func(r *Module) {
		if r != nil && !reached[r] {
			reached[r] = true
			queue = append(queue, r)
		}
	}
	for _, m := range withFacts {
		for _, root := range m.entry.rootURLConfs {
			reach(f.p.Module(f.p.Canonical(m.absolute(root))))
		}
	}
	if len(queue) == 0 {
		return nil
	}
	for _, m := range withFacts {
		for _, c := range m.entry.calls {
			if c.Def != 0 {
				f.includes(m, c, reach)
			}
		}
	}
	computed := false
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if m.entry != nil {
			for _, c := range m.entry.calls {
				computed = f.includes(m, c, reach) || computed
			}
		}
		f.importedPatterns(m, reach)
	}
	if computed {
		// A configuration reached includes one whose module is decided
		// at run time (each installed app's, imported by a computed
		// name): any of the tree's may be.
		return nil
	}
	return reached
}

// importedPatterns calls reach with the modules of the tree that m, a
// URL configuration, imports a list from (`from shop.billing.urls import
// urlpatterns as billing_urls`): their patterns join m's, put together
// by hand rather than by include().
func (f *entryFinder) importedPatterns(m *Module, reach func(*Module)) {
	for _, b := range m.Bindings {
		if b.Kind != BindImport {
			continue
		}
		from, name := f.p.split(f.p.Canonical(b.Target))
		if from == nil || from == m || name == "" || strings.IndexByte(name, '.') >= 0 {
			continue
		}
		if v := from.Bindings[name]; v != nil && v.Kind == BindValue {
			reach(from)
		}
	}
}

// includes calls reach with the modules c includes, if it is an
// include; computed when what it includes is a value computed at run
// time, not a module or a list the tree names.
func (f *entryFinder) includes(m *Module, c entryCall, reach func(*Module)) (computed bool) {
	qn, ok := f.p.qualifiedRef(m, c.Callee)
	if !ok {
		return false
	}
	i, ok := f.libs.URLIncludeArg(qn)
	if !ok || i >= len(c.Args) {
		return false
	}
	if f.computedModule(m, c.Args[i]) {
		return true
	}
	for _, inc := range f.includedModules(m, c.Args[i]) {
		reach(inc)
	}
	return false
}

// computedModule reports whether r, the argument of an include written
// in m, is a module imported by a name computed at run time
// (import_module(name): the libraries' ModuleImporters), also by a name
// of m bound to one, or bound in a loop.
func (f *entryFinder) computedModule(m *Module, r ref) bool {
	switch r.Kind {
	case refCall:
		return r.Attr == "" && f.libs.IsModuleImporter(f.p.ResolvePath(m, r.Path))
	case refName:
		if strings.IndexByte(r.Path, '.') >= 0 {
			return false
		}
		b := m.Bindings[r.Path]
		return b == nil && len(m.StarImports) == 0 ||
			b != nil && b.Kind == BindValue && b.Value.Kind == Call && f.libs.IsModuleImporter(f.p.ResolvePath(m, b.Value.Callee))
	}
	return false
}

// includedModules returns the modules of the tree that r, the argument
// of an include written in m, names or takes a list of patterns from.
func (f *entryFinder) includedModules(m *Module, r ref) []*Module {
	var qn string
	switch r.Kind {
	case refStr:
		qn = f.p.Canonical(r.Path)
	case refName, refImported:
		qn, _ = f.p.qualifiedRef(m, r)
	case refElems:
		qn = f.p.ResolvePath(m, r.Path)
	case refList:
		if len(r.Elems) > 0 {
			return f.includedModules(m, r.Elems[0])
		}
		return nil
	default:
		return nil
	}
	if mod := f.p.Module(qn); mod != nil {
		return []*Module{mod}
	}
	if mod, _ := f.p.split(qn); mod != nil {
		return []*Module{mod}
	}
	return nil
}

// forward records that the def c is in passes its parameter param on to
// the entry call ec.
func (f *entryFinder) forward(m *Module, c entryCall, param string, ec libraries.EntryCall) {
	if c.Def == 0 {
		return
	}
	d := &m.entry.defs[c.Def-1]
	// A parameter of a def around d, which d closes over.
	for !slices.Contains(d.params(), param) {
		dot := strings.LastIndexByte(d.Name, '.')
		if dot < 0 {
			break
		}
		outer := f.def(m, d.Name[:dot])
		if outer == nil {
			break
		}
		d = outer
	}
	pos := slices.Index(d.params(), param)
	key, method := f.forwarderKey(m, d)
	if method && pos >= 0 {
		pos-- // self
	}
	f.addForward(key, libraries.EntryCall{Func: key.fn, Method: key.method, Arg: pos, Keyword: param, Kind: ec.Kind,
		Startup: ec.Startup, ClassMethods: ec.ClassMethods, InstanceMethods: ec.InstanceMethods, Through: ec.Through})
}

// isMethod reports whether d is a method of a class of m.
func (f *entryFinder) isMethod(m *Module, d *entryDef) bool {
	dot := strings.LastIndexByte(d.Name, '.')
	return dot >= 0 && f.p.Class(m.Name+"."+d.Name[:dot]) != nil
}

// forwarderKey returns how the entry calls d forwards are keyed: by its
// qualified name, or by its class and name for a method (true).
func (f *entryFinder) forwarderKey(m *Module, d *entryDef) (funcMethodKey, bool) {
	if f.isMethod(m, d) {
		dot := strings.LastIndexByte(d.Name, '.')
		return funcMethodKey{m.Name + "." + d.Name[:dot], d.Name[dot+1:]}, true
	}
	return funcMethodKey{m.Name + "." + d.Name, ""}, false
}

// addForward records fwd, the entry call a forwarder makes, once.
func (f *entryFinder) addForward(key funcMethodKey, fwd libraries.EntryCall) {
	if !slices.ContainsFunc(f.forwards[key], func(x libraries.EntryCall) bool {
		return x.Arg == fwd.Arg && x.Keyword == fwd.Keyword && x.Kind == fwd.Kind
	}) {
		f.forwards[key] = append(f.forwards[key], fwd)
		f.newForwards = true
	}
}

// forwardStar records that the def c is in passes its *args on to the
// entry call ec at c.Star, when it does (`return re_path(*args,
// **kwargs)`, also through `list(args)`): its callers give ec's argument
// past its positional parameters.
func (f *entryFinder) forwardStar(m *Module, c entryCall, ec libraries.EntryCall) {
	star := c.Args[c.Star-1]
	if c.Def == 0 || star.Kind != refParam {
		return
	}
	d := &m.entry.defs[c.Def-1]
	if d.more == nil || d.more.Vararg != star.Path {
		return
	}
	pos := len(d.params()) + ec.Arg - int(c.Star-1)
	key, method := f.forwarderKey(m, d)
	if method {
		pos-- // self
	}
	f.addForward(key, libraries.EntryCall{Func: key.fn, Method: key.method, Arg: pos, Keyword: ec.Keyword, Kind: ec.Kind,
		Startup: ec.Startup, ClassMethods: ec.ClassMethods, InstanceMethods: ec.InstanceMethods})
}

// hasKeyword reports whether c passes an argument named keyword.
func (c *entryCall) hasKeyword(keyword string) bool {
	return slices.ContainsFunc(c.Keywords, func(k entryKeyword) bool { return k.Name == keyword })
}

// arg returns the argument at position i, or passed by keyword.
func (c *entryCall) arg(i int, keyword string) (ref, bool) {
	if keyword != "" {
		for _, k := range c.Keywords {
			if k.Name == keyword {
				return k.Value, true
			}
		}
	}
	if i >= 0 && i < len(c.Args) {
		return c.Args[i], true
	}
	return ref{}, false
}

// setting finds the callables a settings list names by dotted path. A
// class runs its ClassMethods; a function is a factory, called once,
// whose nested functions run per request.
func (f *entryFinder) setting(m *Module, s entrySetting) {
	es, ok := f.libs.EntrySetting(s.Name, s.Key)
	if !ok {
		return
	}
	by := fmt.Sprintf("%s in %s:%d", s.Name, m.Path, s.Line)
	if !m.IsTest() && !es.Defaults {
		if f.listedKinds == nil {
			f.listedKinds = map[string]bool{}
		}
		f.listedKinds[es.Kind] = true
	}
	for _, v := range s.Values {
		// By the module's import root, as its imports are: a service of
		// several whose packages share a name with another's.
		for _, t := range f.targetsOf(f.p.Canonical(m.absolute(v)), 0) {
			if t.def == nil || es.Functions {
				f.emitTarget(t, es.Kind, false, es.ClassMethods, nil, by)
				continue
			}
			f.emitFactory(t, es.Kind, by)
		}
	}
}

// emitFactory emits t's def as a factory of kind, which runs once at
// startup, and the defs nested in it as entry points of kind, which run
// per request.
func (f *entryFinder) emitFactory(t target, kind, by string) {
	f.emit(t.mod, t.def, kind+"-factory", true, by, false)
	for i := range t.mod.entry.defs {
		inner := &t.mod.entry.defs[i]
		if rest, ok := strings.CutPrefix(inner.Name, t.def.Name+"."); ok && !strings.Contains(rest, ".") {
			f.emit(t.mod, inner, kind, false, by, false)
		}
	}
}

// classes finds the class-based entry points of m: the methods that a
// library calls on subclasses of its classes, defined in the class or a
// base of it in the tree.
func (f *entryFinder) classes(m *Module) {
	names := make([]string, 0, len(m.Classes))
	for qn := range m.Classes {
		names = append(names, qn)
	}
	slices.Sort(names)
	for _, qn := range names {
		f.classEntries(m.Classes[qn])
	}
	for _, c := range m.Replaced {
		f.classEntries(c)
	}
}

// classEntries emits the class-based entry points of c.
func (f *entryFinder) classEntries(c *Class) {
	known := false
	for _, base := range f.p.AncestorNames(c) {
		for _, ec := range f.libs.EntryClasses(base) {
			known = true
			by := f.registered[c]
			if by == "" && (f.listedKinds[ec.Kind] || f.libs.IsRegisteredKind(ec.Kind) && f.registersKind(ec.Kind) && !f.namedInRegistration(c, ec.Kind)) {
				// The tree's settings list the classes of this kind
				// it installs (MIDDLEWARE), or its code registers
				// them (admin.site.register), and not this one.
				continue
			}
			if by == "" {
				by = "subclass of " + base
			}
			f.emitMethods(c, ec.Methods, ec.Kind, ec.Startup, by)
		}
	}
	// A class a registration of a kind passed itself to, whose bases
	// say nothing the tables know (a library's view the tables do
	// not list: `path("login/", CustomLogin.as_view())`), is called
	// as the classes of that kind are.
	if reg := f.registeredAs[c]; !known && reg.kind != "" {
		f.emitMethods(c, f.libs.KindMethods(reg.kind), reg.kind, reg.startup, f.registered[c])
	}
}

// returnsOwn reports whether c's method name, its own or a base's of
// the tree, is a classmethod that returns a call of its first parameter,
// the class it is called on (entryDefMore.ReturnsOwn).
func (f *entryFinder) returnsOwn(c *Class, name string) bool {
	k := definer(f.p.MRO(c), name)
	if k == nil || k.Methods[name].Kind != ClassMethod {
		return false
	}
	d := f.method(k, name)
	return d != nil && d.more != nil && d.more.ReturnsOwn
}

// registersKind reports whether a registration of the tree's code
// outside tests names a class as one of kind. Asked by classes, once the
// registrations by calls and decorators are all found: the set is made
// on the first question (what classes itself registers through class
// attributes, a form or an inline, is of other kinds).
func (f *entryFinder) registersKind(kind string) bool {
	if f.kindsRegistered == nil {
		f.kindsRegistered = map[string]bool{}
		for c, reg := range f.registeredAs {
			if !c.Module.IsTest() {
				f.kindsRegistered[reg.kind] = true
			}
		}
	}
	return f.kindsRegistered[kind]
}

// namedInRegistration reports whether a call of a registration method
// of kind, on any object (an AdminSite subclass of a library the tables
// do not know: `admin_site.register(Model, OrderAdmin)`), passes c: a
// registration, though not one the tables place.
func (f *entryFinder) namedInRegistration(c *Class, kind string) bool {
	if f.namedIn == nil {
		f.namedIn = map[string]map[*Class]bool{}
	}
	named, ok := f.namedIn[kind]
	if !ok {
		named = map[*Class]bool{}
		f.namedIn[kind] = named
		methods := f.libs.RegistrationMethods(kind)
		for _, m := range f.p.ByPath {
			if m.entry == nil || m.IsTest() {
				continue
			}
			for _, call := range m.entry.calls {
				name := cmp.Or(call.Callee.Attr, call.Callee.Path)
				if !slices.Contains(methods, name[strings.LastIndexByte(name, '.')+1:]) {
					continue
				}
				args := slices.Clone(call.Args)
				for _, k := range call.Keywords {
					args = append(args, k.Value)
				}
				for _, a := range args {
					for _, t := range f.targets(m, a, 0) {
						if t.class != nil {
							named[t.class] = true
						}
					}
				}
			}
		}
	}
	return named[c]
}

// emitMethods emits the methods of c, its own or inherited from a class
// of the tree, that methods names (methodMatches), as entry points of
// kind.
func (f *entryFinder) emitMethods(c *Class, methods []string, kind string, startup bool, by string) {
	for _, k := range f.p.MRO(c) {
		for _, d := range k.Defs {
			if k.Methods[d.Name] == d && methodMatches(methods, d.Name) {
				if def := f.method(k, d.Name); def != nil {
					f.emit(k.Module, def, kind, startup, by, f.libs.IsSharedKind(kind))
				}
			}
		}
	}
	f.attrEntries(c, kind)
}

// attrEntries emits what the class attributes of c, a class registered
// as kind, list as entry points (the libraries' EntryAttrs): a method of
// c a string names, shared as c's methods of kind are; a callable held.
// An attribute a base of the tree binds holds for c, as Python reads it.
func (f *entryFinder) attrEntries(c *Class, kind string) {
	attrs := f.libs.EntryAttrs(kind)
	if len(attrs) == 0 {
		return
	}
	order := f.p.MRO(c)
	for _, ea := range attrs {
		k, a := boundAttr(order, ea.Attr)
		if a == nil {
			continue
		}
		by := fmt.Sprintf("%s:%d", k.Module.Path, a.Line)
		for _, name := range a.Methods {
			if owner := definer(order, name); owner != nil {
				if d := f.method(owner, name); d != nil {
					f.emit(owner.Module, d, ea.Kind, false, by, f.libs.IsSharedKind(kind))
				}
			}
		}
		for _, r := range a.Refs {
			for _, t := range f.targets(k.Module, r, 0) {
				f.emitTarget(t, ea.Kind, false, ea.Methods, nil, by)
			}
		}
	}
}

// boundAttr returns the first class of order whose body binds attr, and
// that binding (its last in the body) when the facts kept it: nil for
// `actions = None`, which hides a base's list.
func boundAttr(order []*Class, attr string) (*Class, *entryClassAttr) {
	for _, k := range order {
		if _, ok := k.Attrs[attr]; !ok {
			continue
		}
		if k.Module.entry == nil {
			return k, nil
		}
		attrs := k.Module.entry.classAttrs
		for i := len(attrs) - 1; i >= 0; i-- {
			if attrs[i].Class == k.QualName && attrs[i].Attr == attr {
				return k, &attrs[i]
			}
		}
		return k, nil
	}
	return nil, nil
}

// methodMatches reports whether name is one of names, or starts with
// one of them that ends in "*"; "*" alone matches a public name (no
// leading underscore), and "!name" keeps name out.
func methodMatches(names []string, name string) bool {
	if slices.ContainsFunc(names, func(n string) bool { return n[0] == '!' && n[1:] == name }) {
		return false
	}
	for _, n := range names {
		if n == "*" {
			if !strings.HasPrefix(name, "_") {
				return true
			}
			continue
		}
		if prefix, ok := strings.CutSuffix(n, "*"); ok && strings.HasPrefix(name, prefix) || n == name {
			return true
		}
	}
	return false
}

// target is a callable a registration passes: a def, a class passed
// itself, or an instance of a class of the tree (its __call__ runs).
type target struct {
	mod      *Module
	def      *entryDef
	class    *Class
	instance *Class
	// method: the method of instance the target is bound to
	// (`Handler().stream`); "" for the instance itself, called.
	method string
	// methods: the methods of class a registration names besides the
	// kind's (an action map: `as_view({"get": "summary"})`).
	methods []string
	// lambda: a def a lambda handler calls. The call graph numbers
	// lambdas as it compiles them, which the facts do not follow, so
	// what a lambda calls stands for it, with its kind suffixed.
	lambda bool
}

// targets returns the callables r, written in m, may be.
func (f *entryFinder) targets(m *Module, r ref, depth int) []target {
	if depth > maxRefDepth {
		return nil
	}
	switch r.Kind {
	case refName, refImported:
		qn, _ := f.p.qualifiedRef(m, r)
		return f.targetsOf(qn, depth)
	case refDef:
		if d := f.def(m, r.Path); d != nil {
			return []target{{mod: m, def: d}}
		}
	case refStr:
		// A view by its dotted path (path("x/", "shop.views.x")), or
		// an object by its reference, "module:name" (an APScheduler
		// job's, a setuptools entry point's).
		path := r.Path
		if mod, name, ok := strings.Cut(path, ":"); ok && isDotted(mod) && isDotted(name) {
			path = mod + "." + name
		}
		if strings.Contains(path, ".") && !strings.ContainsAny(path, " /:") {
			return f.targetsOf(f.p.Canonical(m.absolute(path)), depth)
		}
	case refCall:
		qn := f.p.ResolvePath(m, r.Path)
		if r.Attr != "" {
			// A method of an instance built there (`Handler().stream`):
			// the one instance serves every call.
			if c := f.p.Class(qn); c != nil && !strings.Contains(r.Attr, ".") {
				return []target{{mod: c.Module, instance: c, method: r.Attr}}
			}
			return nil
		}
		if len(r.Elems) == 1 && f.libs.IsEntryWrapper(qn) {
			return f.targets(m, r.Elems[0], depth+1)
		}
		if c := f.p.Class(qn); c != nil {
			return []target{{mod: c.Module, instance: c}}
		}
		// C.raises(False), a classmethod that returns `cls(...)`: an
		// object of C.
		if c := f.p.Class(parentName(qn)); c != nil && f.returnsOwn(c, qn[len(parentName(qn))+1:]) {
			return []target{{mod: c.Module, instance: c}}
		}
		// C.as_view(), C.as_asgi(): the class, by a classmethod of it,
		// whatever the classmethod returns; with the methods its action
		// map names.
		if c := f.p.Class(parentName(qn)); c != nil {
			t := target{mod: c.Module, class: c}
			for _, e := range r.Elems {
				if e.Kind == refStr {
					t.methods = append(t.methods, e.Path)
				}
			}
			return []target{t}
		}
		// A factory of the tree that returns a def it defines
		// (`Depends(repository(Orders))`): that def.
		if mod, d := f.defOf(qn); d != nil && len(d.returnsDefs()) > 0 {
			var out []target
			for _, name := range d.returnsDefs() {
				if nd := f.def(mod, name); nd != nil {
					out = append(out, target{mod: mod, def: nd})
				}
			}
			return out
		}
	case refElems:
		return f.elements(f.p.ResolvePath(m, r.Path), depth)
	case refList:
		var out []target
		for _, e := range r.Elems {
			out = append(out, f.targets(m, e, depth+1)...)
		}
		return out
	case refLambda:
		var out []target
		for _, e := range r.Elems {
			for _, t := range f.targets(m, e, depth+1) {
				if t.def != nil {
					t.lambda = true
					out = append(out, t)
				}
			}
		}
		return out
	}
	return nil
}

// targetsOf returns the callables the canonical name qn may be.
func (f *entryFinder) targetsOf(qn string, depth int) []target {
	mod, rest := f.p.split(qn)
	if mod == nil || rest == "" {
		return nil
	}
	if d := f.def(mod, rest); d != nil {
		return []target{{mod: mod, def: d}}
	}
	if c := mod.Classes[rest]; c != nil {
		return []target{{mod: mod, class: c}}
	}
	if b := mod.Bindings[rest]; b != nil && b.Kind == BindValue {
		switch b.Value.Kind {
		case Call:
			if c := f.p.Class(f.p.ResolvePath(mod, b.Value.Callee)); c != nil {
				return []target{{mod: c.Module, instance: c}}
			}
		case Display:
			return f.elements(qn, depth)
		}
	}
	// A method bound to a module-level instance (`control.drain`): that
	// one object serves every call.
	if name, method, ok := strings.Cut(rest, "."); ok && !strings.Contains(method, ".") {
		if b := mod.Bindings[name]; b != nil && b.Kind == BindValue && b.Value.Kind == Call {
			if c := f.p.Class(f.p.ResolvePath(mod, b.Value.Callee)); c != nil {
				return []target{{mod: c.Module, instance: c, method: method}}
			}
		}
	}
	return nil
}

// elements returns the callables the module-level display qn holds.
func (f *entryFinder) elements(qn string, depth int) []target {
	mod, rest := f.p.split(qn)
	if mod == nil || mod.entry == nil {
		return nil
	}
	var out []target
	for _, e := range mod.entry.displays[rest] {
		out = append(out, f.targets(mod, e, depth+1)...)
	}
	return out
}

// emitTarget emits the defs that run when t is called: a def itself;
// classMethods of a class; the __call__ of an instance, or
// instanceMethods of it, or the method it is bound to. A class passed
// itself is remembered for its class-based entries.
func (f *entryFinder) emitTarget(t target, kind string, startup bool, classMethods, instanceMethods []string, by string) {
	if t.lambda {
		kind += "-lambda"
		by = "a lambda at " + by
	}
	switch {
	case t.def != nil:
		f.emit(t.mod, t.def, kind, startup, by, false)
	case t.class != nil:
		if _, ok := f.registered[t.class]; !ok {
			f.registered[t.class] = by
			if f.registeredAs == nil {
				f.registeredAs = map[*Class]registration{}
			}
			f.registeredAs[t.class] = registration{kind, startup}
		}
		names := slices.Concat(classMethods, t.methods)
		if slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, "*") || strings.HasPrefix(n, "!") }) {
			// Patterns (methodMatches: "*", every public method of a
			// Ray actor) are matched against the class's methods.
			f.emitMethods(t.class, names, kind, startup, by)
			return
		}
		for _, name := range names {
			if k := definer(f.p.MRO(t.class), name); k != nil {
				if d := f.method(k, name); d != nil {
					f.emit(k.Module, d, kind, startup, by, f.libs.IsSharedKind(kind))
				}
			}
		}
		f.attrEntries(t.class, kind)
	case t.instance != nil && t.method == "" && len(instanceMethods) > 0:
		order := f.p.MRO(t.instance)
		seen := map[string]bool{}
		for _, k := range order {
			for _, d := range k.Defs {
				if methodMatches(instanceMethods, d.Name) && !seen[d.Name] {
					seen[d.Name] = true
					k := definer(order, d.Name)
					if def := f.method(k, d.Name); def != nil {
						f.emit(k.Module, def, kind, startup, by, true)
					}
				}
			}
		}
	case t.instance != nil:
		name := t.method
		if name == "" {
			name = "__call__"
		}
		if k := definer(f.p.MRO(t.instance), name); k != nil {
			if d := f.method(k, name); d != nil {
				f.emit(k.Module, d, kind, startup, by, true)
			}
		}
	}
}

// split is one way to read a callee: a function, or a method of an
// object. funcs are the names the tables may know it by: the function's;
// or the object's and those of its classes.
type split struct {
	funcs  []string
	method string
	// recv is the object whose method is read, qualified, when the
	// callee is a dotted name (unplacedOwners).
	recv string
}

// splits returns the readings of the callee r written in m: `a.b.c` is
// the function a.b.c, method c of a.b, or method b.c of a.
func (f *entryFinder) splits(m *Module, r ref, depth int) []split {
	switch r.Kind {
	case refName, refImported:
		resolve := func(path string) string {
			qn, _ := f.p.qualifiedRef(m, ref{Kind: r.Kind, Path: path})
			return qn
		}
		out := []split{{funcs: []string{resolve(r.Path)}}}
		parts := strings.Split(r.Path, ".")
		for k := len(parts) - 1; k >= 1; k-- {
			recv := resolve(strings.Join(parts[:k], "."))
			out = append(out, split{funcs: f.objectNames(recv, depth), method: strings.Join(parts[k:], "."), recv: recv})
		}
		return out
	case refCall:
		if r.Attr != "" {
			return []split{{funcs: f.madeBy(f.p.ResolvePath(m, r.Path), depth), method: r.Attr}}
		}
	case refDef:
		return []split{{funcs: []string{m.Name + "." + r.Path}}}
	case refParamAttr:
		if owners := f.paramOwners(m, r.Attr); owners != nil {
			return []split{{funcs: owners, method: r.Attr}}
		}
	}
	return nil
}

// paramOwners returns the classes of the libraries that a parameter,
// with no annotation, may be an instance of, by the method of it that a
// def calls or decorates with: `def init_app(application):
// application.before_request(load_user)` in a module that imports
// flask. Only one library's: the classes with such a method whose
// package the module imports, when they are all of one package or the
// method registers the same kinds on each (onePackage); else nil.
func (f *entryFinder) paramOwners(m *Module, method string) []string {
	imported := f.packages[m]
	if imported == nil {
		imported = map[string]bool{}
		addImportedPackages(m, imported)
		if f.packages == nil {
			f.packages = map[*Module]map[string]bool{}
		}
		f.packages[m] = imported
	}
	return f.onePackage(f.libs.MethodOwners(method), imported, method)
}

// addImportedPackages adds to into the top-level packages m's imports
// name.
func addImportedPackages(m *Module, into map[string]bool) {
	for _, b := range m.Bindings {
		if b.Kind == BindImport {
			top, _, _ := strings.Cut(b.Target, ".")
			into[top] = true
		}
	}
}

// onePackage returns the owners (qualified class names) of method whose
// top-level package is among packages, all of them when packages is nil;
// nil when they are of more than one package, unless method registers
// the same kinds on each (a library's subclass of Flask, whose route is
// Flask's): which one the object is then changes nothing.
func (f *entryFinder) onePackage(owners []string, packages map[string]bool, method string) []string {
	var out []string
	pkg, kinds := "", ""
	onePkg, oneKinds := true, true
	for _, owner := range owners {
		top, _, _ := strings.Cut(owner, ".")
		if packages != nil && !packages[top] {
			continue
		}
		k := f.methodKinds(owner, method)
		onePkg = onePkg && (pkg == "" || top == pkg)
		oneKinds = oneKinds && (len(out) == 0 || k == kinds)
		pkg, kinds = top, k
		out = append(out, owner)
	}
	if !onePkg && !oneKinds {
		return nil
	}
	return out
}

// methodKinds is the kinds of entry points method of owner's objects
// registers, as a decorator and as a call, in one string.
func (f *entryFinder) methodKinds(owner, method string) string {
	kinds := ""
	if ed, ok := f.libs.EntryDecorator(owner, method); ok {
		kinds = ed.Kind + fmt.Sprint(ed.Startup)
	}
	for _, ec := range f.libs.EntryCalls(owner, method) {
		kinds += "," + ec.Kind + fmt.Sprint(ec.Startup)
	}
	return kinds
}

// objectNames returns the names the tables may know the object qn by:
// its own, and those of its classes.
func (f *entryFinder) objectNames(qn string, depth int) []string {
	return append([]string{qn}, f.instanceClasses(qn, depth)...)
}

// mountedObjects returns the objects of the tree that calls in withFacts
// hand to a mount (`app.include_router(router)`), by qualified name, with
// the class the mount takes: a router of a team's own class, from a
// package outside the tree, is a router.
func (f *entryFinder) mountedObjects(withFacts []*Module) map[string]string {
	var out map[string]string
	for _, m := range withFacts {
		for _, c := range m.entry.calls {
			for _, s := range f.splits(m, c.Callee, 0) {
				for _, fn := range s.funcs {
					mt, ok := f.libs.Mount(fn, s.method)
					if !ok {
						continue
					}
					arg, ok := c.arg(mt.Arg, mt.Keyword)
					if !ok {
						continue
					}
					if qn, ok := f.p.qualifiedRef(m, arg); ok {
						if out == nil {
							out = map[string]string{}
						}
						out[f.p.Canonical(qn)] = mt.Class
					}
				}
			}
		}
	}
	return out
}

// instanceClasses returns the classes the object qn is an instance of,
// with their bases: a library's object, a module-level `app =
// Flask(...)` of the tree (or `app: Celery = Proxy(make_app)`, the
// annotation's too), or a def of the tree that a decorator made
// into an object (`@click.group()`).
func (f *entryFinder) instanceClasses(qn string, depth int) []string {
	if c := f.libs.InstanceClass(qn); c != "" {
		return []string{c}
	}
	classes := f.madeInstanceClasses(qn, depth)
	if c := f.mounted[qn]; c != "" && !slices.Contains(classes, c) {
		// Taken in as one by an app: of the mount's class, or of a
		// subclass of it the tree does not hold.
		classes = append(classes, c)
	}
	return classes
}

// madeInstanceClasses is instanceClasses of an object of the tree.
func (f *entryFinder) madeInstanceClasses(qn string, depth int) []string {
	mod, rest := f.p.split(qn)
	if mod == nil || rest == "" || strings.Contains(rest, ".") || depth > maxRefDepth {
		return nil
	}
	b := mod.Bindings[rest]
	switch {
	case b == nil:
	case b.Kind == BindValue && b.Value.Kind == Call:
		// Through a library object's method the tables name (a blinker
		// Namespace's signal: `merged = _signals.signal("merged")`).
		callee := f.p.libraryAttr(f.p.ResolvePath(mod, b.Value.Callee))
		if arg, ok := mod.handedTo(rest); ok && f.returnsArg(callee) {
			// `v2 = timed(Blueprint(...))`: timed hands its argument back.
			if arg.Kind == refCall {
				return f.madeBy(f.p.ResolvePath(mod, arg.Path), depth+1)
			}
			return f.instanceClasses(f.p.ResolvePath(mod, arg.Path), depth+1)
		}
		if ann, ok := mod.Annotated[rest]; ok {
			return append(f.madeBy(callee, depth), f.p.classNames(f.p.ResolvePath(mod, ann))...)
		}
		if b.Value.Made != "" {
			// `app = BaseService(...).start()`: what the method of the
			// class built returns.
			return f.methodMakes(f.p.ResolvePath(mod, b.Value.Made), b.Value.Method, depth+1)
		}
		return f.madeBy(callee, depth)
	case b.Kind == BindValue && mod.Annotated[rest] != "":
		// A placeholder under its class's annotation.
		return f.p.classNames(f.p.ResolvePath(mod, mod.Annotated[rest]))
	case b.Kind == BindFunction:
		d := f.def(mod, rest)
		if d == nil {
			return nil
		}
		for _, deco := range d.Decorators {
			for _, s := range f.splits(mod, deco.Callee, depth+1) {
				for _, fn := range s.funcs {
					if ed, ok := f.libs.EntryDecorator(fn, s.method); ok && ed.Makes != "" {
						return []string{ed.Makes}
					}
				}
			}
		}
	}
	return nil
}

// handedTo returns the first argument of the call whose result the
// module-level name is bound to (entryFacts.handedTo).
func (m *Module) handedTo(name string) (ref, bool) {
	if m.entry == nil {
		return ref{}, false
	}
	// The last binding of the name, as the model's Bindings keep.
	for i := len(m.entry.handedTo) - 1; i >= 0; i-- {
		if h := m.entry.handedTo[i]; h.name == name {
			return h.arg, true
		}
	}
	return ref{}, false
}

// returnsArg reports whether qn is a def of the tree that returns its
// first parameter as it was given (entryDefMore.ReturnsArg).
func (f *entryFinder) returnsArg(qn string) bool {
	_, d := f.defOf(qn)
	return d != nil && d.more != nil && d.more.ReturnsArg
}

// methodMakes returns the classes, with their bases, of what a call of
// the method of the tree's class qn (or of a class it inherits from)
// makes: madeBy of it.
func (f *entryFinder) methodMakes(qn, method string, depth int) []string {
	c := f.p.Class(qn)
	if c == nil || depth > maxRefDepth {
		return nil
	}
	for _, k := range f.p.MRO(c) {
		if d := f.method(k, method); d != nil {
			return f.madeBy(k.Module.Name+"."+k.QualName+"."+method, depth)
		}
	}
	return nil
}

// madeBy returns the classes, with their bases, of what a call of qn
// makes: qn itself, a class; or what the def qn of the tree returns, a
// factory (`app = create_app()` elsewhere is the Flask app it builds).
func (f *entryFinder) madeBy(qn string, depth int) []string {
	mod, d := f.defOf(qn)
	if d == nil && depth <= maxRefDepth {
		if classes := f.classBoundTo(qn); len(classes) > 0 {
			return classes
		}
	}
	if d == nil || depth > maxRefDepth {
		return f.p.classNames(qn)
	}
	var out []string
	for _, r := range d.returns() {
		out = append(out, f.madeBy(f.p.ResolvePath(mod, r), depth+1)...)
	}
	if len(out) == 0 && d.more != nil && d.more.Annotated != "" {
		// `def start(self) -> FastAPI: ...; return self.app`: of the
		// class its annotation names.
		out = f.p.classNames(f.p.ResolvePath(mod, d.more.Annotated))
	}
	return out
}

// classBoundTo returns the classes, with their bases, that the
// module-level name qn is bound to by a call of a def of the tree that
// returns a class it defines (`APIRouter = router_class(APIRoute)`).
func (f *entryFinder) classBoundTo(qn string) []string {
	mod, rest := f.p.split(qn)
	if mod == nil || rest == "" || strings.Contains(rest, ".") {
		return nil
	}
	b := mod.Bindings[rest]
	if b == nil || b.Kind != BindValue || b.Value.Kind != Call {
		return nil
	}
	defMod, d := f.defOf(f.p.ResolvePath(mod, b.Value.Callee))
	if d == nil || d.more == nil {
		return nil
	}
	var out []string
	for _, c := range d.more.ReturnsClasses {
		out = append(out, f.p.classNames(defMod.Name+"."+c)...)
	}
	return out
}

// defOf returns the def of the tree that the qualified name qn names,
// and its module; a nil def when qn names none.
func (f *entryFinder) defOf(qn string) (*Module, *entryDef) {
	mod, rest := f.p.split(qn)
	if mod == nil || rest == "" {
		return nil, nil
	}
	return mod, f.def(mod, rest)
}

// def returns the def of mod named name (entryDef.Name), or nil.
func (f *entryFinder) def(mod *Module, name string) *entryDef {
	if mod.entry == nil {
		return nil
	}
	byName, ok := f.defs[mod]
	if !ok {
		byName = map[string]*entryDef{}
		for i := range mod.entry.defs {
			d := &mod.entry.defs[i]
			if _, dup := byName[d.Name]; !dup {
				byName[d.Name] = d
			}
		}
		f.defs[mod] = byName
	}
	return byName[name]
}

// method returns the def of method name of class k.
func (f *entryFinder) method(k *Class, name string) *entryDef {
	return f.def(k.Module, strings.ReplaceAll(k.QualName, "<locals>.", "")+"."+name)
}

// qualifiedRef returns the qualified name of a name written in m, or
// imported in the def it is in; false for any other ref.
func (p *Program) qualifiedRef(m *Module, r ref) (string, bool) {
	switch r.Kind {
	case refName:
		return p.ResolvePath(m, r.Path), true
	case refImported:
		return p.Canonical(r.Path), true
	}
	return "", false
}

// emit adds d as an entry point of kind, once per name and kind.
func (f *entryFinder) emit(m *Module, d *entryDef, kind string, startup bool, by string, shared bool) {
	name := m.Name + "." + d.Name
	key := [2]string{name, kind}
	if i, ok := f.seen[key]; ok {
		// Shared if any registration shares it: an action a decorator
		// marks on a ModelAdmin that the admin's actions also name.
		f.out[i].Shared = f.out[i].Shared || shared
		return
	}
	f.seen[key] = len(f.out)
	f.out = append(f.out, EntryPoint{Name: name, Kind: kind, Path: m.Path, Pos: d.Pos, Line: int(d.Line), Col: int(d.Col),
		RegisteredBy: by, Startup: startup, Program: f.libs.IsProgramKind(kind), Shared: shared,
		Admin: f.libs.IsAdminKind(kind) || f.adminOnly(m, d), Probe: f.libs.IsProbeKind(kind) || probeDef(d.Name),
		Exclusive: d.more != nil && d.more.TaskBase != "" && f.libs.IsExclusiveTaskBase(f.p.ResolvePath(m, d.more.TaskBase))})
}

// adminOnly reports whether a decorator of d, or a parameter's
// dependency (entryDef.Admin), lets only a site's administrators run it.
func (f *entryFinder) adminOnly(m *Module, d *entryDef) bool {
	if d.Admin || f.adminClass(m, d) {
		return true
	}
	for _, deco := range d.Decorators {
		if f.libs.IsAdminDecorator(f.p.ResolvePath(m, deco.Path)) {
			return true
		}
		name := strings.ToLower(lastName(deco.Path))
		if slices.ContainsFunc(adminWords, func(w string) bool { return strings.Contains(name, w) }) {
			return true
		}
		// A route of a router or blueprint kept for them
		// (`@admin_router.post(...)`).
		if recv := deco.Path[:max(strings.LastIndexByte(deco.Path, '.'), 0)]; recv != "" && slices.ContainsFunc(strings.Split(recv, "."), adminName) {
			return true
		}
	}
	return false
}

// adminClass reports whether d is a method of a class that lets only a
// site's administrators run its views' methods: by its decorators' or
// permission attributes' names (entryFacts.adminClasses), its own or a
// base's of the tree, or by a base's name (adminMixin).
func (f *entryFinder) adminClass(m *Module, d *entryDef) bool {
	i := strings.LastIndexByte(d.Name, '.')
	if i < 0 {
		return false
	}
	c := f.p.Class(m.Name + "." + d.Name[:i])
	if c == nil || d.more != nil && d.more.OwnPermissions {
		return false
	}
	mro := f.p.MRO(c)
	admin := slices.ContainsFunc(mro, func(k *Class) bool {
		return k.Module.entry != nil && slices.Contains(k.Module.entry.adminClasses, strings.ReplaceAll(k.QualName, "<locals>.", "")) ||
			slices.ContainsFunc(k.BaseNames, func(b string) bool { return adminMixin(lastName(b)) })
	})
	if !admin {
		return false
	}
	// A method that decides per action (the libraries' PermissionMethods)
	// may let others in.
	return !slices.ContainsFunc(mro, func(k *Class) bool {
		for name := range k.Methods {
			if f.libs.IsPermissionMethod(name) {
				return true
			}
		}
		return false
	})
}

// unshareBuiltPerRequest marks not Shared the entry points of a class
// that a per-request entry point builds and returns: Pecan's `_lookup`
// returns `SecretController(secret), remainder`, a controller for that
// request only, though its exposed methods are of a shared kind.
func (f *entryFinder) unshareBuiltPerRequest() {
	var built map[string]bool // class prefixes, "module.Class."
	for _, e := range f.out {
		if e.Startup {
			continue
		}
		m := f.p.ByPath[e.Path]
		if m == nil {
			continue
		}
		d := f.def(m, strings.TrimPrefix(e.Name, m.Name+"."))
		if d == nil {
			continue
		}
		// What a method returns of its own class is itself (`return
		// self`, as the facts read a receiver), not a new object.
		own := parentName(e.Name)
		for _, callee := range d.returns() {
			if c := f.p.Class(f.p.ResolvePath(m, callee)); c != nil && c.Module.Name+"."+c.QualName != own {
				if built == nil {
					built = map[string]bool{}
				}
				built[c.Module.Name+"."+c.QualName+"."] = true
			}
		}
	}
	if built == nil {
		return
	}
	// A class also built once, at import (a controller mounted as a
	// class attribute, `v1 = V1Controller()`, or a module-level
	// instance), serves every request through that object too.
	for _, m := range f.p.ByPath {
		onceBuilt := func(v Value) {
			if v.Kind == Call {
				if c := f.p.Class(f.p.ResolvePath(m, v.Callee)); c != nil {
					delete(built, c.Module.Name+"."+c.QualName+".")
				}
			}
		}
		for _, b := range m.Bindings {
			if b.Kind == BindValue {
				onceBuilt(b.Value)
			}
		}
		for _, k := range m.Classes {
			for _, a := range k.Attrs {
				onceBuilt(a.Value)
			}
		}
	}
	for i := range f.out {
		e := &f.out[i]
		if cut := parentName(e.Name); e.Shared && cut != "" && built[cut+"."] {
			e.Shared = false
		}
	}
}

// BuiltBy returns the class of the tree whose instance a call of qn
// gives: qn itself, a class, or the one class whose instance the def qn
// returns (`def load_config(): config = Config(); ...; return config`);
// nil for anything else.
func (p *Program) BuiltBy(qn string) *Class {
	if c := p.Class(qn); c != nil {
		return c
	}
	m, rest := p.split(p.Canonical(qn))
	if m == nil || m.entry == nil || rest == "" {
		return nil
	}
	var built *Class
	for i := range m.entry.defs {
		d := &m.entry.defs[i]
		if d.Name != rest {
			continue
		}
		for _, callee := range d.returns() {
			c := p.Class(p.ResolvePath(m, callee))
			if c == nil || built != nil && built != c {
				return nil
			}
			built = c
		}
	}
	return built
}

// ProgramRuns returns, by the qualified name of the def that makes them
// (the module's for module-level code), the names of the programs that
// its calls of the libraries' program runners pass (`call_command("sync",
// ...)`): "" for a name computed at run time.
//
// A def that passes its own parameter on as the name (`def
// call_command(*args, **kwargs): core(*args, **kwargs)`, `def
// run(name): call_command(name)`) runs what its callers give it there:
// its names are those, by the callers' calls that the facts keep.
func ProgramRuns(p *Program) map[string][]string {
	runners := p.libs.ProgramRunners()
	out := map[string][]string{}
	wrappers := map[string]int{} // a def that passes the name on, by its qualified name: the parameter's position
	for _, m := range p.ByPath {
		if m.entry == nil {
			continue
		}
		for _, c := range m.entry.calls {
			if qn, ok := p.qualifiedRef(m, c.Callee); !ok || !slices.Contains(runners, p.Canonical(qn)) {
				continue
			}
			caller := m.Name
			if c.Def != 0 {
				caller += "." + m.entry.defs[c.Def-1].Name
				if pos, ok := passedOn(&m.entry.defs[c.Def-1], c); ok {
					wrappers[caller] = pos
					continue
				}
			}
			name := ""
			if a, ok := c.arg(0, "command_name"); ok && a.Kind == refStr {
				name = a.Path
			}
			out[caller] = append(out[caller], name)
		}
	}
	if len(wrappers) == 0 {
		return out
	}
	for _, m := range p.ByPath {
		if m.entry == nil {
			continue
		}
		for _, c := range m.entry.calls {
			qn, ok := p.qualifiedRef(m, c.Callee)
			if !ok {
				continue
			}
			qn = p.Canonical(qn)
			pos, ok := wrappers[qn]
			if !ok {
				continue
			}
			name := ""
			if a, ok := c.arg(pos, ""); ok && a.Kind == refStr && (c.Star == 0 || int(c.Star) > pos+1) {
				name = a.Path
			}
			out[qn] = append(out[qn], name)
		}
	}
	// A wrapper no kept call reaches may still be called: its name is
	// computed, as far as the facts tell.
	for qn := range wrappers {
		if _, ok := out[qn]; !ok {
			out[qn] = []string{""}
		}
	}
	return out
}

// passedOn returns the position among d's parameters (d a function, not
// a method) of the parameter that
// the program runner's call c passes as the program's name: a parameter
// itself, or d's *args passed on first (`core(*args)`).
func passedOn(d *entryDef, c entryCall) (int, bool) {
	if ps := d.params(); len(ps) > 0 && (ps[0] == "self" || ps[0] == "cls") {
		return 0, false // a method: its callers' arguments start after the receiver
	}
	if c.Star == 1 && d.more != nil && d.more.Vararg != "" && len(c.Args) > 0 && c.Args[0].Kind == refParam && c.Args[0].Path == d.more.Vararg {
		return len(d.params()), true
	}
	if a, ok := c.arg(0, "command_name"); ok && a.Kind == refParam {
		if i := slices.Index(d.params(), a.Path); i >= 0 {
			return i, true
		}
	}
	return 0, false
}

// ProgramName returns the name a program runner knows the program of
// module m by (its last name, in one of the libraries' ProgramPackages),
// or "".
func ProgramName(p *Program, m *Module) string {
	i := strings.LastIndexByte(m.Name, '.')
	if i < 0 {
		return ""
	}
	pkg, name := m.Name[:i], m.Name[i+1:]
	for _, s := range p.libs.ProgramPackages() {
		if pkg == s || strings.HasSuffix(pkg, "."+s) {
			return name
		}
	}
	return ""
}
