package rules

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ClientFactoryPerCall is CT301.
var ClientFactoryPerCall = &analysis.Analyzer{
	Name:    "client-factory-per-call",
	Code:    "CT301",
	Doc:     doc("CT301"),
	Options: []analysis.Option{clientFactoriesOption},
	Run:     runClientFactoryPerCall,
}

var clientFactoriesOption = analysis.Option{
	Name: "extend-client-factories",
	Doc:  "qualified names of more calls that build a pooling client or a session factory (e.g. an in-house myapp.db.make_engine)",
}

func runClientFactoryPerCall(pass *analysis.Pass) {
	mod := pass.Module
	libs := mod.Libraries()
	extra := map[string]bool{}
	for _, qn := range pass.Options[clientFactoriesOption.Name] {
		extra[qn] = true
	}
	var calls []factoryCall
	var loaders *moduleCalls // made when a call first asks
	// The names the module imports a factory under (`from requests
	// import Session as request_session`), whose calls' last name is
	// not the factory's.
	var aliases map[string]bool
	for name, b := range mod.Bindings {
		if last := b.Target[strings.LastIndexByte(b.Target, '.')+1:]; b.Kind == semantic.BindImport && last != name && libs.IsClientFactoryName(last) {
			if aliases == nil {
				aliases = map[string]bool{}
			}
			aliases[name] = true
		}
	}
	subclasses := factorySubclasses(mod, libs)
	for _, fn := range mod.Functions() {
		// Resolving costs a string per call: only a callee whose last
		// name is a factory's is resolved, and a def with none, most,
		// needs nothing more.
		calls = calls[:0]
		for _, n := range fn.Nodes() {
			call, ok := n.(*ast.Call)
			if !ok {
				continue
			}
			if last := lastName(call.Func); last == "" || !libs.IsClientFactoryName(last) && len(extra) == 0 && !aliases[last] && !subclasses.names[last] {
				continue
			}
			path := semantic.DottedPath(call.Func)
			if path == "" {
				continue
			}
			// Through an import in the def too (`import boto3` inside it).
			qn := mod.ResolveIn(fn, path)
			if base := subclasses.bases[qn]; base != "" {
				qn = base // the factory it is over, for what its library says
			}
			if qn != "" && (libs.IsClientFactory(qn) || extra[qn]) {
				calls = append(calls, factoryCall{call: call, path: path, qn: qn})
			}
		}
		if len(calls) == 0 || cachedBuilder(mod, fn) {
			continue // cached: built once, on the first call
		}
		// The calls a with statement manages: closed, but rebuilt per call.
		managed := map[ast.Node]bool{}
		// The calls whose result is kept under a guard that it is unset
		// (if self._engine is None: self._engine = create_engine(...)).
		kept := map[ast.Node]bool{}
		// A call held in a local first (engine = create_engine(dsn);
		// _engines[dsn] = engine), or in an attribute of one
		// (self.session = requests.Session()), by its dotted path; and
		// the locals kept.
		heldIn := map[string]*ast.Call{}
		var keptLocals []string
		// everHeld: every call a local is bound to, in any arm (`if t:
		// s = Session() else: s = Authed(t)`), all kept when it is.
		everHeld := map[string][]*ast.Call{}
		// The calls the def returns: its callers own what they build.
		returned := map[*ast.Call]bool{}
		// perObject: the calls kept in an attribute of the receiver under
		// a guard, once per object of class (module-qualified; "" for a
		// def that is no method).
		perObject := map[*ast.Call]string{}
		objectLocals := map[string]string{} // the locals kept so, by name
		class := ""
		if c := classOfDef(mod, fn); c != nil && !onClass(fn) && len(fn.Args.Args)+len(fn.Args.Posonlyargs) > 0 {
			class = mod.Name + "." + c.QualName
		}
		// storedIn: the module state a call's result is stored in, by
		// its root name (`_notify.client = Client(key)`: "_notify"), for
		// a lazy initialisation its callers guard.
		storedIn := map[*ast.Call][]string{}
		// stack.enter_context(httpx.Client()): closed with the stack,
		// as in a `with`.
		for _, n := range fn.Nodes() {
			if c, ok := n.(*ast.Call); ok && len(c.Args) == 1 {
				if f, ok := c.Func.(*ast.Attribute); ok && libs.IsContextEnter(f.Attr) {
					managed[c.Args[0]] = true
				}
			}
		}
		var block func([]ast.Stmt, bool)
		block = func(stmts []ast.Stmt, guarded bool) {
			for i, st := range stmts {
				if call := semantic.ClosedInFinally(stmts, i, libs.IsClose); call != nil {
					managed[call] = true
				}
				for _, call := range semantic.ClosedArmsInFinally(stmts, i, libs.IsClose) {
					managed[call] = true
				}
				switch st := st.(type) {
				case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
					continue
				case *ast.ExprStmt:
					// set_engine(engine, port) under the guard: a setter
					// of the module that keeps what it is given.
					if call, ok := st.Value.(*ast.Call); ok && guarded {
						keptLocals = append(keptLocals, keptByCall(mod, fn, call)...)
					}
				case *ast.With:
					for _, it := range st.Items {
						managed[it.ContextExpr] = true
					}
				case *ast.AsyncWith:
					for _, it := range st.Items {
						managed[it.ContextExpr] = true
					}
				case *ast.Return:
					// At once, or through the local it was bound to and
					// set up in (`c = Client(); c.headers = h; return c`).
					switch v := st.Value.(type) {
					case *ast.Call:
						returned[v] = true
					case *ast.Name:
						if call := heldIn[v.Id]; call != nil {
							returned[call] = true
						}
					}
				case *ast.If:
					block(st.Body, guarded || semantic.UnsetTest(st.Test))
					// After `if key in cache: return cache[key]`, the
					// rest of the block runs while it is unset.
					setGuard := semantic.SetGuard(st)
					block(st.Orelse, guarded || setGuard)
					// After `if reader: return`, the rest sets reader once.
					guarded = guarded || setGuard || semantic.OnceGuard(st, stmts[i+1:], fn.Global)
					continue
				case *ast.Assign:
					// Kept under a guard, or in an item of a module-level
					// container (_engines[dsn] = create_engine(dsn): the
					// caller checks the key).
					if call, ok := st.Value.(*ast.Call); ok && len(st.Targets) == 1 {
						switch t := st.Targets[0].(type) {
						case *ast.Name:
							heldIn[t.Id] = call
							everHeld[t.Id] = append(everHeld[t.Id], call)
						case *ast.Attribute:
							// self.session = requests.Session(): set up
							// through its attribute.
							if _, onName := t.Value.(*ast.Name); onName {
								heldIn[semantic.DottedPath(t)] = call
							}
						}
					}
					if call, ok := st.Value.(*ast.Call); ok && semantic.KeepsBeyondCall(st.Targets, fn.Global) {
						for _, t := range st.Targets {
							if r := pathRoot(t); r != nil && (fn.Global(r.Id) || !fn.Local(r.Id)) {
								storedIn[call] = append(storedIn[call], r.Id)
							}
						}
					}
					keeps := guarded && semantic.KeepsBeyondCall(st.Targets, fn.Global) || keptInModuleItem(fn, st.Targets)
					if keeps && class != "" && ownAttribute(fn, st.Targets) {
						// Once per object: per call where the object is.
						attr := semantic.DottedPath(st.Targets[0])
						ast.Inspect(st.Value, func(n ast.Node) bool {
							if c, ok := n.(*ast.Call); ok {
								perObject[c] = attr
							}
							return true
						})
						for _, name := range keptNames(st.Value) {
							objectLocals[name] = attr
						}
						keeps = false
					}
					if keeps {
						ast.Inspect(st.Value, func(n ast.Node) bool {
							if c, ok := n.(*ast.Call); ok {
								kept[c] = true
							}
							return true
						})
						keptLocals = append(keptLocals, keptNames(st.Value)...)
					}
				}
				ast.EachBlock(st, func(b []ast.Stmt) { block(b, guarded) })
			}
		}
		block(fn.Body, false)
		// A local the def's own body closes, at its top level, after
		// the use (`c = AsyncClient(); yield c; await c.aclose()` in a
		// context manager): closed, as in a with, but rebuilt per call.
		closedAfter := map[*ast.Call]bool{}
		for _, name := range closedLocals(libs, fn.Body) {
			for _, call := range everHeld[name] {
				closedAfter[call] = true
			}
		}
		for _, name := range keptLocals {
			for _, call := range everHeld[name] {
				kept[call] = true
			}
		}
		// A client kept in a global the def hands back from a branch
		// that tests it (`if _client is not None and _url == url: ...
		// return _client`): a cache the def fills again only when
		// that test fails.
		for call, names := range storedIn {
			if slices.ContainsFunc(names, func(name string) bool { return fn.Global(name) && returnsWhenTested(fn.Body, name) }) {
				kept[call] = true
			}
		}
		for name, attr := range objectLocals {
			for _, call := range everHeld[name] {
				if !kept[call] {
					perObject[call] = attr
				}
			}
		}
		fromRequest := func(v ast.Expr) string { return requestLocalIn(mod, fn, v) }
		credits := creditedClients(libs, fn, heldIn, func(v ast.Expr) string { return paramIn(fn, v) }, fromRequest)
		credited, requestCredited := credits[0], credits[1]
		// Each asked of every factory call, found in one walk of the def.
		states, fromParams := clientStates(libs, fn, heldIn), localsFromParams(libs, fn)
		var facts *classFacts
		factsOf := func() *classFacts {
			if facts == nil {
				facts = credentialFacts(mod, libs, classOfDef(mod, fn))
			}
			return facts
		}
		holders := map[*ast.Call]string{} // the attribute of self that holds a call
		for h, call := range heldIn {
			if strings.Contains(h, ".") {
				holders[call] = h
			}
		}
		looped, recovering := semantic.LoopedCalls(fn.Body), handlerCalls(mod, fn.Body)
		devOnly := devOnlyCalls(mod.File.Src, fn.Body)
		// The calls whose client is only the receiver of a call made on
		// it at once (`requests.Session().get(url)`), by that method.
		oneCall := map[*ast.Call]string{}
		for _, n := range fn.Nodes() {
			if c, ok := n.(*ast.Call); ok {
				if f, ok := c.Func.(*ast.Attribute); ok {
					if inner, ok := f.Value.(*ast.Call); ok {
						oneCall[inner] = f.Attr
					}
				}
			}
		}
		onceFile := fileGuarded(mod, fn)
		// engines: the packages whose pooling clients (engines, or
		// clients over a pool they are given) the def builds, beside
		// session factories, which hold none: a session factory of
		// one of them is reported at the engine.
		engines := map[string]bool{}
		for _, f := range calls {
			if !libs.IsSessionFactory(f.qn) {
				top, _, _ := strings.Cut(f.qn, ".")
				engines[top] = true
			}
		}
		pooled := poolReplaced(mod, libs, fn, heldIn)
		for _, f := range calls {
			call, path, qn := f.call, f.path, f.qn
			if kept[call] || overPool(call) || pooled[call] || libs.IsPoolOwner(qn) {
				continue
			}
			if top, _, _ := strings.Cut(qn, "."); libs.IsSessionFactory(qn) && (boundTo(call) != nil || engines[top]) {
				// No pool of its own: the engine it is bound to has one,
				// reported where that is built, once.
				continue
			}
			cost := libs.ClientCost(qn)
			why := "each call " + cmp.Or(cost.Cost, "opens its own connections and pool")
			what := cmp.Or(cost.What, "a pooling client or session factory")
			keep := cmp.Or(cost.Keep, "build it once, at module level or at startup, and reuse it")
			loopBound := libs.IsLoopBound(qn)
			if loopBound {
				why += " (an async client is bound to one event loop: \"Event loop is closed\" when reused after it)"
			}
			var d analysis.Diagnostic
			if attr := perObject[call]; attr != "" {
				// In __init__ the object is new: whatever the if tests, the
				// client is built once per object, as it is built.
				when := fmt.Sprintf("while `%s` is unset", attr)
				if strings.HasSuffix(fn.QualName, ".__init__") {
					when = "as it is built"
				}
				d = pass.Diagnosticf(call.Pos(), call.End(),
					"`%s()` builds %s in `%s`, once per `%s` object (%s), and requests build such an object at every call: %s; %s",
					path, what, fn.QualName, class[strings.LastIndexByte(class, '.')+1:], when, strings.Replace(why, "each call ", "each object ", 1), keep)
				d.PerObject = mod.Intern(class)
			} else {
				d = pass.Diagnosticf(call.Pos(), call.End(),
					"`%s()` builds %s in `%s`, at every call: %s; %s",
					path, what, fn.QualName, why, keep)
			}
			if managed[call] {
				d = d.Lowered(fmt.Sprintf("a `with` statement, or the `finally` of the `try` after it, closes it: correct, only rebuilt at every call of `%s`", fn.QualName))
			} else if closedAfter[call] {
				d = d.Lowered(fmt.Sprintf("`%s` closes it once done with it: correct, only rebuilt at every call", fn.QualName))
			} else if method := cmp.Or(oneCall[call], oneUse(fn, heldIn, call, looped, libs.IsClientSetup)); method != "" && libs.IsOneRequestClient(qn) {
				d = d.Lowered(fmt.Sprintf("`%s().%s(...)` builds it for the one call made on it, as the library's own one-call functions do: no pool outlives the call to reuse", path, method))
			} else if why := devOnly[call]; why != "" {
				d = d.Lowered(fmt.Sprintf("it is built only where %s: a development or test set-up", why))
			} else if p := onceFile[call]; p != "" {
				d = d.Lowered(fmt.Sprintf("it is built only while `%s` is missing, which `%s` then makes: once per host, not at every call", p, fn.QualName))
			} else if recovering[call] {
				d = d.Lowered(fmt.Sprintf("it is built in an `except` handler of `%s`: again after a failure, not at every call", fn.QualName))
			} else if by := closedByOwner(mod, fn, holders[call]); by != "" {
				d = d.Lowered(fmt.Sprintf("`%s` closes `%s`: correct, only rebuilt with each object", by, holders[call]))
			} else if state := states[call]; state != "" {
				d = d.Lowered(fmt.Sprintf("`%s` reads `%s` back: the client is kept for what one run gathers, not for its pool", fn.QualName, state))
			} else if local, method := offlineOnly(libs, fn, heldIn, call); local != "" {
				d = d.Lowered(fmt.Sprintf("`%s` only calls `%s.%s`, which works without a connection: it opens none", fn.QualName, local, method))
			} else if method := offlineCallers(mod, libs, fn, returned[call]); method != "" {
				d = d.Lowered(fmt.Sprintf("`%s` is private to its module, whose every call of it only calls `%s` on what it returns, which works without a connection: it opens none", fn.QualName, method))
			}
			param, owner := credited[call], fn
			if param == "" {
				param, owner = credentialParam(libs, fn, call, fromParams)
			}
			local := requestCredited[call]
			if local == "" {
				local = keywordCredential(libs, callKeywords(fn, call), fromRequest)
			}
			if local != "" && param == "" {
				d = d.Lowered(fmt.Sprintf("it carries the request's credentials (`%s`): one client per user's credential, which a shared one would leak to other users", local))
			} else if param != "" {
				d.Credential = mod.Intern(fmt.Sprintf("its caller's credentials (`%s`)", param)) // kept past the tree
				if owner != fn {
					d.CredentialBy = mod.Intern(mod.Name + "." + owner.QualName)
				}
			} else if oc := objectCredentials(fn, libs, call, factsOf()); oc != nil {
				d.Credential = mod.Intern(fmt.Sprintf("the credentials of its object (`%s`, which `%s` sets from its parameters)", oc.attr, oc.setter))
				d.CredentialBy = mod.Intern(mod.Name + "." + oc.setter)
			} else if holders[call] != "" {
				if m := classCredits(fn, holders[call], factsOf()); m != "" {
					d.Credential = mod.Intern(fmt.Sprintf("the credentials `%s` gives it", m))
				}
			}
			d.PerRequest = true
			d.LoopBound = loopBound
			// Built once per run of the def, its cost is one set-up
			// per run; in a loop, one per item.
			d.CostPerCall = !looped[call]
			d.Returned = returned[call] || closedOnExit(mod, fn, holders[call])
			d.OneRequest = libs.IsOneRequestClient(qn)
			// Every call of fn in its module is under a check that what
			// it stores is unset: once, unless another module calls it
			// too.
			lazy := guardedLoader(mod, fn, storedIn[call], &loaders)
			// A client known by its class's name alone is one only where
			// the tree has no package of that name, whose class is read
			// instead.
			pkg := ""
			if libs.ClientByNameAlone(qn) {
				pkg, _, _ = strings.Cut(qn, ".")
			}
			if !lazy && pkg == "" {
				pass.Report(d)
				continue
			}
			d, loader, state := d, mod.Intern(fn.QualName), "" // no tree in the closure
			if lazy {
				state = mod.Intern(storedIn[call][0])
			}
			pass.Defer(func(pp *analysis.ProgramPass) {
				switch {
				case pkg != "" && pp.Program.Module(pkg) != nil:
				case lazy:
					pp.Report(pp.LazyInit(d, loader, fmt.Sprintf("`%s` runs only where its callers find `%s` unset: a lazy initialisation", loader, state)))
				default:
					pp.Report(d)
				}
			})
		}
	}
}

// keptNames returns the names whose objects v, a value kept, keeps: v
// itself, or an argument of a call in it (`Redis(connection_pool=pool)`:
// the pool is kept with the client), not a name only read from
// (`session.region_name` keeps a string).
func keptNames(v ast.Expr) []string {
	var out []string
	add := func(e ast.Expr) {
		if x, ok := e.(*ast.Name); ok {
			out = append(out, x.Id)
		}
	}
	add(v)
	ast.Inspect(v, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok {
			for _, a := range c.Args {
				add(a)
			}
			for _, k := range c.Keywords {
				add(k.Value)
			}
		}
		return true
	})
	return out
}

// factoryClasses are the classes of a module over a factory's class,
// directly or through other such classes of it (`class
// TimeoutSession(requests.Session)`): building one builds the factory's
// client. bases maps each, by qualified name, to the factory's; names
// holds their names.
type factoryClasses struct {
	bases map[string]string
	names map[string]bool
}

func factorySubclasses(mod *semantic.Module, libs *libraries.Index) factoryClasses {
	var out factoryClasses
	for changed := true; changed; {
		changed = false
		for _, c := range mod.Classes {
			qn := mod.Name + "." + c.QualName
			if out.bases[qn] != "" {
				continue
			}
			for _, b := range c.BaseNames {
				base := out.bases[b]
				if base == "" && libs.IsClientFactory(b) {
					base = b
				}
				if base != "" {
					if out.bases == nil {
						out.bases, out.names = map[string]string{}, map[string]bool{}
					}
					out.bases[qn], out.names[c.Name] = base, true
					changed = true
					break
				}
			}
		}
	}
	return out
}

// ownAttribute reports whether targets is one attribute of fn's
// receiver (`self.publisher`).
func ownAttribute(fn *semantic.Function, targets []ast.Expr) bool {
	if len(targets) != 1 {
		return false
	}
	a, ok := targets[0].(*ast.Attribute)
	if !ok {
		return false
	}
	recv, ok := a.Value.(*ast.Name)
	return ok && isParam0(fn, recv.Id)
}

// offlineOnly returns a local of fn that holds call and the method of
// it that fn calls, when every use of the local is a call of a method
// that works without a connection (libraries' OfflineMethods: boto3's
// generate_presigned_url); else "". A use is a read after the call: a
// parameter tested before it (`if not client: client = ApiClient()`)
// is no use of what the call builds.
func offlineOnly(libs *libraries.Index, fn *semantic.Function, heldIn map[string]*ast.Call, call *ast.Call) (local, method string) {
	for _, name := range slices.Sorted(maps.Keys(heldIn)) {
		if heldIn[name] != call || strings.Contains(name, ".") {
			continue
		}
		loads, offline := 0, 0
		fn.EachNode(func(n ast.Node) {
			if n.Pos() < call.End() {
				return
			}
			switch n := n.(type) {
			case *ast.Name:
				if n.Id == name && n.Ctx == ast.Load {
					loads++
				}
			case *ast.Attribute:
				if semantic.IsName(n.Value, name) && libs.IsOfflineMethod(n.Attr) {
					offline++
					method = n.Attr
				}
			}
		})
		if loads > 0 && loads == offline {
			return name, method
		}
	}
	return "", ""
}

// closedLocals returns the locals that a statement of body's top level
// closes (`c.close()`, `await c.aclose()`), after a statement before it
// bound them.
func closedLocals(libs *libraries.Index, body []ast.Stmt) []string {
	var out []string
	for i, st := range body {
		if name := semantic.ClosedLocal(st, libs.IsClose); name != "" && i > 0 {
			out = append(out, name)
		}
	}
	return out
}

// oneUse returns the method of the one request fn makes on the client
// call builds, through the local it is bound to (semantic.OneRequest),
// or "".
func oneUse(fn *semantic.Function, heldIn map[string]*ast.Call, call *ast.Call, looped map[*ast.Call]bool, setup func(string) bool) string {
	for _, name := range slices.Sorted(maps.Keys(heldIn)) {
		if heldIn[name] != call || strings.Contains(name, ".") {
			continue
		}
		if method := semantic.OneRequest(fn.Body, looped, name, setup); method != "" {
			return method
		}
	}
	return ""
}

// offlineCallers returns the offline method (OfflineMethods) that every
// caller of fn calls on what fn returns (the call is returned), when fn
// is a private function of the module (`_signing_client`) and every use
// of its name in the module binds a local to a call of it (`s3 =
// _signing_client()`) that its def uses only so (offlineOnly); ""
// otherwise.
func offlineCallers(mod *semantic.Module, libs *libraries.Index, fn *semantic.Function, returned bool) string {
	if !returned || strings.Contains(fn.QualName, ".") || !strings.HasPrefix(fn.QualName, "_") || mod.File == nil {
		return ""
	}
	uses := 0
	ast.Inspect(mod.File.Module, func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok && nm.Id == fn.QualName && nm.Ctx == ast.Load {
			uses++
		}
		return true
	})
	method := ""
	for _, g := range mod.Functions() {
		if g == fn || uses == 0 {
			continue
		}
		for _, n := range g.Nodes() {
			a, ok := n.(*ast.Assign)
			if !ok || len(a.Targets) != 1 {
				continue
			}
			t, ok := a.Targets[0].(*ast.Name)
			c, isCall := a.Value.(*ast.Call)
			if !ok || !isCall || !semantic.IsName(c.Func, fn.QualName) || g.Local(fn.QualName) {
				continue
			}
			local, m := offlineOnly(libs, g, map[string]*ast.Call{t.Id: c}, c)
			if local == "" {
				return ""
			}
			uses--
			method = m
		}
	}
	if uses != 0 {
		return ""
	}
	return method
}

// factoryCall is a call of a client factory, as spelt and resolved.
type factoryCall struct {
	call     *ast.Call
	path, qn string
}

// credentialParam returns the parameter that a credential keyword of
// the factory call is given (`boto3.client("s3", aws_access_key_id=key)`,
// `httpx.Client(headers={"Authorization": token})`), or "", and the def
// whose parameter it is: fn, or a def fn is nested in whose local the
// closure reads (`def create(): return AsyncOpenAI(api_key=api_key)`).
// A local built from a parameter counts as that parameter (fromParams:
// localsFromParams), also read through its attributes or items
// (`config["auth"].api_key`).
func credentialParam(libs *libraries.Index, fn *semantic.Function, call *ast.Call, fromParams paramLocals) (string, *semantic.Function) {
	var owner *semantic.Function
	found := keywordCredential(libs, callKeywords(fn, call), func(v ast.Expr) string {
		root := valueRoot(v)
		for f, locals := fn, fromParams; ; {
			if p := paramIn(f, v); p != "" {
				owner = f
				return p
			}
			if root != nil && !semantic.HasParam(f.Args, root.Id) {
				if p := locals.at(root.Id, call.Pos()); p != "" {
					owner = f
					return p
				}
			}
			// A closure's free name is its enclosing def's.
			if f.Parent == nil || root == nil || f.Binds(root.Id) {
				return ""
			}
			f = f.Parent
			locals = localsFromParams(libs, f)
		}
	})
	return found, owner
}

// callKeywords returns the keywords call passes: its own, and those of a
// dict it unpacks (`boto3.client("s3", **client_kwargs)`) that fn binds
// once to a display with string keys, and the string keys fn sets in it
// after (`client_kwargs["endpoint_url"] = url`).
func callKeywords(fn *semantic.Function, call *ast.Call) []*ast.Keyword {
	out := call.Keywords
	for _, kw := range call.Keywords {
		x, ok := kw.Value.(*ast.Name)
		if kw.Arg != "" || !ok || semantic.HasParam(fn.Args, x.Id) {
			continue
		}
		var display *ast.Dict
		if !assignedOnly(fn.Body, x.Id, func(v ast.Expr) bool { display, ok = v.(*ast.Dict); return ok }) {
			continue
		}
		out = slices.Clip(out)
		for i, k := range display.Keys {
			if name, ok := semantic.StringConstant(k); ok {
				out = append(out, &ast.Keyword{Arg: name, Value: display.Values[i]})
			}
		}
		for _, n := range fn.Nodes() {
			if a, ok := n.(*ast.Assign); ok && len(a.Targets) == 1 {
				if sub, ok := a.Targets[0].(*ast.Subscript); ok && semantic.IsName(sub.Value, x.Id) {
					if name, ok := semantic.StringConstant(sub.Slice); ok {
						out = append(out, &ast.Keyword{Arg: name, Value: a.Value})
					}
				}
			}
		}
	}
	return out
}

// valueRoot returns the name a value is read from through attributes
// and items (`config["auth"].api_key`: config), or nil.
func valueRoot(e ast.Expr) *ast.Name {
	for {
		switch x := e.(type) {
		case *ast.Attribute:
			e = x.Value
		case *ast.Subscript:
			e = x.Value
		case *ast.Name:
			return x
		default:
			return nil
		}
	}
}

// keywordCredential returns the first of what source finds in the values
// of the factory call's credential keywords, or "".
func keywordCredential(libs *libraries.Index, keywords []*ast.Keyword, source func(ast.Expr) string) string {
	for _, kw := range keywords {
		for _, v := range credentials(libs, kw.Arg, nil, kw.Value) {
			if found := source(v); found != "" {
				return found
			}
		}
	}
	return ""
}

// clientStates returns, by the factory call that built the client, the
// attribute path, as spelt, by which fn first reads back what the client
// has gathered (`session.cookies`: the libraries' ClientState), through
// the local or attribute holding it (heldIn).
func clientStates(libs *libraries.Index, fn *semantic.Function, heldIn map[string]*ast.Call) map[*ast.Call]string {
	var out map[*ast.Call]string
	for _, n := range fn.Nodes() {
		a, ok := n.(*ast.Attribute)
		if !ok || a.Ctx != ast.Load || !libs.IsClientState(a.Attr) {
			continue
		}
		holder := semantic.DottedPath(a.Value)
		if call := heldIn[holder]; holder != "" && call != nil && out[call] == "" {
			if out == nil {
				out = map[*ast.Call]string{}
			}
			out[call] = holder + "." + a.Attr
		}
	}
	return out
}

// objectCredential is a credential a client takes from its object: the
// attribute (`self._access_key`), and the method of the class that sets
// it from a parameter of its own (`RDS.__init__`).
type objectCredential struct{ attr, setter string }

// objectCredentials returns the credential that the factory call in the
// method fn is given from an attribute of fn's receiver that a method of
// its class sets from its parameters (`boto3.Session(aws_access_key_id=
// self._access_key)`, with `self._access_key = access_key` in
// `__init__`), or nil.
func objectCredentials(fn *semantic.Function, libs *libraries.Index, call *ast.Call, facts *classFacts) *objectCredential {
	if facts == nil {
		return nil
	}
	for _, kw := range call.Keywords {
		for _, v := range credentials(libs, kw.Arg, nil, kw.Value) {
			a, ok := v.(*ast.Attribute)
			if !ok {
				continue
			}
			if recv, ok := a.Value.(*ast.Name); !ok || !isParam0(fn, recv.Id) {
				continue
			}
			if m := facts.setters[a.Attr]; m != "" {
				return &objectCredential{attr: semantic.DottedPath(a), setter: facts.class + "." + m}
			}
		}
	}
	return nil
}

// classFacts is what the methods of a class say of the attributes of
// its objects, for the clients they hold (found once per def that
// builds clients): setters, by attribute, the first method that sets it
// from its own parameters; creditors, by attribute, the first method that
// gives the client held there credentials other than constants.
type classFacts struct {
	class              string
	setters, creditors map[string]string
}

// credentialFacts returns the classFacts of c, or nil for no class.
func credentialFacts(mod *semantic.Module, libs *libraries.Index, c *semantic.Class) *classFacts {
	if c == nil {
		return nil
	}
	f := &classFacts{class: c.QualName, setters: map[string]string{}, creditors: map[string]string{}}
	for _, m := range c.Defs {
		for _, aw := range m.Writes {
			if _, ok := f.setters[aw.Attr]; !ok && aw.Value != nil && ownSelfWrite(m, aw) && paramOf(m.Args, aw.Value) != "" {
				f.setters[aw.Attr] = m.Name
			}
		}
		if m.Self == "" || m.Kind == semantic.StaticMethod || m.Kind == semantic.ClassMethod {
			continue
		}
		credentialWrites(libs, ownNodes(mod, m), func(h string, values []ast.Expr) {
			attr, ok := strings.CutPrefix(h, m.Self+".")
			if !ok || strings.Contains(attr, ".") || f.creditors[attr] != "" {
				return
			}
			if slices.ContainsFunc(values, func(v ast.Expr) bool {
				_, constant := semantic.StringConstant(v)
				return !constant
			}) {
				f.creditors[attr] = m.Name
			}
		})
	}
	return f
}

// paramLocals are the bindings of a def's locals, in source order, each
// with the parameter its value was built from, "" for none.
type paramLocals struct {
	body     []ast.Stmt
	bindings map[string][]paramBinding
}

// A paramBinding binds a local (an assignment), or gives its object a
// credential (configures: `core.register_component(..., token)`).
type paramBinding struct {
	pos        token.Pos
	param      string
	configures bool
}

// at returns the parameter that a binding of name which may reach pos
// was built from, or "": the last assignment before pos that runs
// whenever pos does, and those after it not in an arm exclusive with
// pos (`if not key: key = "placeholder"` may leave the caller's key).
// Of `tp = provider(secret)` in one arm and `tp = provider(Default())`
// in the next, a use in the second reads the second.
func (l paramLocals) at(name string, pos token.Pos) string {
	var reaching []paramBinding
	for _, b := range l.bindings[name] {
		switch {
		case b.pos >= pos || exclusive(l.body, b.pos, pos):
		case !b.configures && dominates(l.body, b.pos, pos):
			reaching = append(reaching[:0], b)
		default:
			reaching = append(reaching, b)
		}
	}
	for _, b := range reaching {
		if b.param != "" {
			return b.param
		}
	}
	return ""
}

// localsFromParams returns the bindings of fn's locals, with the
// parameter that each value built from one reads (`auth =
// httpx.DigestAuth(username, password)`: username), also through a
// local so built before, or, for a local an object of credentials, the
// credential-named parameter (token, secret) a call of its methods
// gives it (`core.register_component("token_provider",
// Chain([Static(token)]))`: token); a region or a timeout given so is
// no credential.
func localsFromParams(libs *libraries.Index, fn *semantic.Function) paramLocals {
	out := paramLocals{body: fn.Body}
	note := func(local string, pos token.Pos, param string, configures bool) {
		if out.bindings == nil {
			out.bindings = map[string][]paramBinding{}
		}
		out.bindings[local] = append(out.bindings[local], paramBinding{pos, param, configures})
	}
	for _, n := range fn.Nodes() {
		switch n := n.(type) {
		case *ast.Assign:
			if len(n.Targets) != 1 {
				continue
			}
			if t, ok := n.Targets[0].(*ast.Name); ok {
				p := paramIn(fn, n.Value)
				if p == "" {
					p = fromLocal(fn, n.Value, out)
				}
				note(t.Id, n.Pos(), p, false)
			}
		case *ast.Call:
			f, ok := n.Func.(*ast.Attribute)
			if !ok {
				continue
			}
			local, ok := f.Value.(*ast.Name)
			if !ok || semantic.HasParam(fn.Args, local.Id) {
				continue
			}
			for _, a := range n.Args {
				if p := credentialParamIn(libs, fn, a); p != "" {
					note(local.Id, n.Pos(), p, true)
				}
			}
			for _, kw := range n.Keywords {
				if p := credentialParamIn(libs, fn, kw.Value); p != "" {
					note(local.Id, n.Pos(), p, true)
				}
			}
		}
	}
	return out
}

// fromLocal returns the parameter that a local e reads was built from
// (locals, at e), or "".
func fromLocal(fn *semantic.Function, e ast.Expr, locals paramLocals) string {
	found := ""
	if len(locals.bindings) == 0 {
		return ""
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && found == "" && !semantic.HasParam(fn.Args, x.Id) {
			found = locals.at(x.Id, x.Pos())
		}
		return found == ""
	})
	return found
}

// credentialParamIn returns a parameter of fn that e reads and whose name
// says it is a credential (token, api_key, secret), or "".
func credentialParamIn(libs *libraries.Index, fn *semantic.Function, e ast.Expr) string {
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && found == "" && semantic.HasParam(fn.Args, x.Id) && libs.IsCredentialName(x.Id) {
			found = x.Id
		}
		return found == ""
	})
	return found
}

// credentials returns what of value, given to a client's keyword or
// attribute name (under key, for an item of it), carries credentials:
// all of it for a credential (auth, aws_access_key_id); for its headers,
// the values of credential headers (Authorization, Cookie).
func credentials(libs *libraries.Index, name string, key, value ast.Expr) []ast.Expr {
	switch {
	case libs.IsCredential(name):
		return []ast.Expr{value}
	case !libs.IsHeaders(name):
		return nil
	}
	return headerCredentials(libs, key, value)
}

// headerCredentials returns the values of credential headers (Authorization,
// Cookie) in value, given to a client's headers (under key, for an item
// of them).
func headerCredentials(libs *libraries.Index, key, value ast.Expr) []ast.Expr {
	switch {
	case key != nil:
		if k, ok := semantic.StringConstant(key); ok && libs.IsCredentialHeader(k) {
			return []ast.Expr{value}
		}
		return nil
	}
	d, ok := value.(*ast.Dict)
	if !ok {
		return nil
	}
	var out []ast.Expr
	for i, k := range d.Keys {
		if s, ok := semantic.StringConstant(k); ok && libs.IsCredentialHeader(s) {
			out = append(out, d.Values[i])
		}
	}
	return out
}

// creditedClients returns, for each of sources, by the factory call
// that built it, the first of what the source finds in the credentials
// fn gives a client held in a local or an attribute (heldIn) after
// building it (credentialWrites): the parameter of fn they read
// (paramIn), or the request's own object (requestLocalIn). One walk of
// fn serves them all.
func creditedClients(libs *libraries.Index, fn *semantic.Function, heldIn map[string]*ast.Call, sources ...func(ast.Expr) string) []map[*ast.Call]string {
	out := make([]map[*ast.Call]string, len(sources))
	if len(heldIn) == 0 {
		return out
	}
	var assigned map[string][]ast.Expr // a local's values, found when a credential is one
	credentialWrites(libs, fn.Nodes(), func(holder string, values []ast.Expr) {
		call := heldIn[holder]
		if call == nil {
			return
		}
		// Through a local: `bearer = request.headers["Authorization"]`,
		// then `s.headers.update({"Authorization": bearer})`.
		for _, v := range values {
			if x, ok := v.(*ast.Name); ok && fn.Local(x.Id) && !semantic.HasParam(fn.Args, x.Id) {
				if assigned == nil {
					assigned = localValues(fn)
				}
				values = append(values[:len(values):len(values)], assigned[x.Id]...)
			}
		}
		for i, source := range sources {
			if out[i][call] != "" {
				continue
			}
			for _, v := range values {
				if found := source(v); found != "" {
					if out[i] == nil {
						out[i] = map[*ast.Call]string{}
					}
					out[i][call] = found
					break
				}
			}
		}
	})
	return out
}

// requestLocalIn returns the first attribute or item, as spelt, in e
// that starts from a module-level name bound to a library's
// context-local proxy (flask.g, flask.request, flask.session,
// flask_login.current_user: `g.user.token`, `session["token"]`), or "".
func requestLocalIn(mod *semantic.Module, fn *semantic.Function, e ast.Expr) string {
	libs := mod.Libraries()
	found := ""
	src := mod.File.Src
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		var root *ast.Name
		switch n := n.(type) {
		case *ast.Attribute:
			root = pathRoot(n)
		case *ast.Subscript: // session["token"]
			root = pathRoot(semantic.ContainerOf(n))
		default:
			return true
		}
		if root == nil || fn.Local(root.Id) {
			return true
		}
		if libs.IsContextLocal(libs.InstanceClass(mod.ResolveName(root.Id))) {
			found = string(src[n.Pos():n.End()])
			return false
		}
		return true
	})
	return found
}

// credentialWrites calls each with the dotted path of the client (`c`,
// `self.session`) and the values of the credentials, one write of nodes
// at a time, that nodes give a client: by an attribute (`c.auth = (user,
// password)`), an item of its headers (`c.headers["Authorization"] =
// token`), their update or setdefault, or a credential keyword of a
// request it sends (`c.send(prepared, cert=cert)`).
func credentialWrites(libs *libraries.Index, nodes []ast.Node, each func(holder string, values []ast.Expr)) {
	locals := localHeaderCredentials(libs, nodes)
	note := func(target, value ast.Expr) {
		var key ast.Expr
		if s, ok := target.(*ast.Subscript); ok {
			target, key = s.Value, s.Slice
		}
		a, ok := target.(*ast.Attribute)
		if !ok {
			return
		}
		holder := semantic.DottedPath(a.Value) // c, or self.session
		if holder == "" {
			return
		}
		if x, ok := value.(*ast.Name); ok && key == nil && libs.IsHeaders(a.Attr) {
			if values := locals[x.Id]; len(values) > 0 {
				each(holder, values)
			}
			return
		}
		if values := credentials(libs, a.Attr, key, value); len(values) > 0 {
			each(holder, values)
		}
	}
	for _, n := range nodes {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				note(t, n.Value)
			}
		case *ast.Call:
			f, ok := n.Func.(*ast.Attribute)
			if !ok {
				continue
			}
			switch {
			case f.Attr == "update" && len(n.Args) == 1:
				note(f.Value, n.Args[0])
			case f.Attr == "setdefault" && len(n.Args) == 2:
				note(&ast.Subscript{Value: f.Value, Slice: n.Args[0]}, n.Args[1])
			}
			// A request the client sends with credentials of its own
			// (`session.send(prepared, cert=cert)`).
			if holder := semantic.DottedPath(f.Value); holder != "" {
				for _, kw := range n.Keywords {
					if kw.Arg != "" && libs.IsCredential(kw.Arg) {
						each(holder, []ast.Expr{kw.Value})
					}
				}
			}
		}
	}
}

// localHeaderCredentials returns, by the name of a local dict of nodes,
// the values of credential headers written into it, in its literal, by
// an item or by its update (`h = {"Accept": "json"}; h["Authorization"]
// = token`): headers put together before a client is given them.
func localHeaderCredentials(libs *libraries.Index, nodes []ast.Node) map[string][]ast.Expr {
	var out map[string][]ast.Expr
	add := func(name string, values []ast.Expr) {
		if len(values) > 0 {
			if out == nil {
				out = map[string][]ast.Expr{}
			}
			out[name] = append(out[name], values...)
		}
	}
	for _, n := range nodes {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				switch t := t.(type) {
				case *ast.Name:
					if _, ok := n.Value.(*ast.Dict); ok {
						add(t.Id, headerCredentials(libs, nil, n.Value))
					}
				case *ast.Subscript:
					if x, ok := t.Value.(*ast.Name); ok {
						add(x.Id, headerCredentials(libs, t.Slice, n.Value))
					}
				}
			}
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && f.Attr == "update" && len(n.Args) == 1 {
				if x, ok := f.Value.(*ast.Name); ok {
					add(x.Id, headerCredentials(libs, nil, n.Args[0]))
				}
			}
		}
	}
	return out
}

// classCredits returns the method of fn's class that gives credentials,
// other than constants, to the client fn keeps in its receiver's
// attribute holder (`self._session`; `self._session.headers["Authorization"]
// = f"Bearer {token}"` in `_authorize`): the object holds a client per
// credential. "" when none does.
func classCredits(fn *semantic.Function, holder string, facts *classFacts) string {
	recv, attr, ok := strings.Cut(holder, ".")
	if !ok || strings.Contains(attr, ".") || !isParam0(fn, recv) || facts == nil {
		return ""
	}
	if m := facts.creditors[attr]; m != "" {
		return facts.class + "." + m
	}
	return ""
}

// paramIn returns a parameter of fn, other than self or cls, that e
// reads, or "".
func paramIn(fn *semantic.Function, e ast.Expr) string { return paramOf(fn.Args, e) }

// paramOf returns a parameter of args, other than self or cls, that e
// reads, or "".
func paramOf(args *ast.Arguments, e ast.Expr) string {
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && found == "" && x.Id != "self" && x.Id != "cls" && semantic.HasParam(args, x.Id) {
			found = x.Id
		}
		return found == ""
	})
	return found
}

// cachedBuilder reports whether fn is decorated with a cache decorator
// (functools.cache, lru_cache: it builds once per argument) or an
// instance cache (cached_property: once per object).
func cachedBuilder(mod *semantic.Module, fn *semantic.Function) bool {
	for _, d := range decoratorsIn(mod, fn.Node) {
		if qn := mod.ResolvePath(semantic.DottedPath(semantic.Callee(d))); mod.Libraries().IsCacheDecorator(qn) || mod.Libraries().IsInstanceCache(qn) {
			return true
		}
	}
	return false
}

// handlerCalls returns the calls of body in an except handler that
// recovers from a failure (semantic.RecoversFromFailure): they run when
// something before them failed. Nested defs and lambdas run when called,
// and are their own.
func handlerCalls(mod *semantic.Module, body []ast.Stmt) map[*ast.Call]bool {
	out := map[*ast.Call]bool{}
	semantic.EachOwnNode(body, func(n ast.Node) {
		var handlers []*ast.ExceptHandler
		switch n := n.(type) {
		case *ast.Try:
			handlers = n.Handlers
		case *ast.TryStar:
			handlers = n.Handlers
		}
		for _, h := range handlers {
			if mod.RecoversFromFailure(h) {
				semantic.EachOwnNode(h.Body, func(n ast.Node) {
					if c, ok := n.(*ast.Call); ok {
						out[c] = true
					}
				})
			}
		}
	})
	return out
}

// boundTo returns what a session factory's call binds it to: its bind
// or session_factory keyword, else its first argument; nil for none.
func boundTo(call *ast.Call) ast.Expr {
	for _, k := range call.Keywords {
		if k.Arg == "bind" || k.Arg == "session_factory" {
			return k.Value
		}
	}
	if len(call.Args) > 0 {
		return call.Args[0]
	}
	return nil
}

// overPool reports whether call builds a client over a pool it is given
// (Redis(connection_pool=pool)), or with none that pools
// (create_engine(url, poolclass=NullPool), StaticPool's one connection):
// no new pool. The settings of its own pool (pool_size=, pool_pre_ping=)
// and a pool class that pools (QueuePool) are not.
func overPool(call *ast.Call) bool {
	for _, k := range call.Keywords {
		switch {
		case k.Arg == "poolclass":
			if name := lastName(k.Value); name == "NullPool" || name == "StaticPool" {
				return true
			}
		case k.Arg == "pool" || strings.HasSuffix(k.Arg, "_pool"):
			return true
		}
	}
	return false
}

// poolReplaced returns the factory calls whose client the def gives a
// pool it did not build (`client = redis.Redis(); client.connection_pool
// = pools.get(name)`): the client opens no connection of its own, as
// one built over a pool (overPool). A pool built there is a new one.
func poolReplaced(mod *semantic.Module, libs *libraries.Index, fn *semantic.Function, heldIn map[string]*ast.Call) map[*ast.Call]bool {
	var out map[*ast.Call]bool
	for _, n := range fn.Nodes() {
		a, ok := n.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		t, ok := a.Targets[0].(*ast.Attribute)
		if !ok || t.Attr != "pool" && !strings.HasSuffix(t.Attr, "_pool") {
			continue
		}
		call := heldIn[semantic.DottedPath(t.Value)]
		if call == nil {
			continue
		}
		if v, ok := a.Value.(*ast.Call); ok && libs.IsClientFactory(mod.ResolvePath(semantic.DottedPath(v.Func))) {
			continue
		}
		if out == nil {
			out = map[*ast.Call]bool{}
		}
		out[call] = true
	}
	return out
}

// keptInModuleItem reports whether an assignment stores its value in an
// item of a module-level container (a global name, not one fn binds).
func keptInModuleItem(fn *semantic.Function, targets []ast.Expr) bool {
	for _, t := range targets {
		if s, ok := t.(*ast.Subscript); ok {
			if x, ok := semantic.ContainerOf(s).(*ast.Name); ok && !fn.Local(x.Id) {
				return true
			}
		}
	}
	return false
}

// closedOnExit reports whether fn is the __init__ of a context manager
// whose __exit__ (or __aexit__) closes the client held in holder
// (`self._client`), itself or through a method of the class it calls
// (`self.close()`): the object's callers own the client as a returned
// one's do, closed where they build the object in a `with`.
func closedOnExit(mod *semantic.Module, fn *semantic.Function, holder string) bool {
	attr, ok := strings.CutPrefix(holder, "self.")
	c := classOfDef(mod, fn)
	if !ok || strings.Contains(attr, ".") || c == nil || c.Methods["__init__"] == nil || fn.QualName != c.QualName+".__init__" {
		return false
	}
	libs := mod.Libraries()
	var closes func(m *semantic.Method, depth int) bool
	closes = func(m *semantic.Method, depth int) bool {
		if m == nil || m.MethodSyntax == nil || m.Self == "" || depth > 2 {
			return false
		}
		found := false
		semantic.EachOwnNode(m.Body, func(n ast.Node) {
			call, ok := n.(*ast.Call)
			if !ok || found {
				return
			}
			f, ok := call.Func.(*ast.Attribute)
			if !ok {
				return
			}
			if closesAttr(libs, call, m.Self, attr) {
				found = true // self._client.close()
			} else if semantic.IsName(f.Value, m.Self) {
				found = closes(c.Methods[f.Attr], depth+1) // self.close()
			}
		})
		return found
	}
	return closes(c.Methods["__exit__"], 0) || closes(c.Methods["__aexit__"], 0)
}

// closesAttr reports whether call closes self.attr (`self.redis.close()`,
// a method of the libraries' Closes).
func closesAttr(libs *libraries.Index, call *ast.Call, self, attr string) bool {
	f, ok := call.Func.(*ast.Attribute)
	if !ok || !libs.IsClose(f.Attr) {
		return false
	}
	a, ok := f.Value.(*ast.Attribute)
	return ok && a.Attr == attr && semantic.IsName(a.Value, self)
}

// closedByOwner returns the method of fn's class that closes the client
// held in holder (`self.redis`) in a finally (`try: ... finally: await
// self.redis.aclose()`): whoever uses it closes it; "" when none does.
// The object's own close (`close`, `__exit__`) does not count: its
// callers may never call it.
func closedByOwner(mod *semantic.Module, fn *semantic.Function, holder string) string {
	attr, ok := strings.CutPrefix(holder, "self.")
	if !ok || strings.Contains(attr, ".") {
		return ""
	}
	c := classOfDef(mod, fn)
	if c == nil {
		return ""
	}
	libs := mod.Libraries()
	closes := func(body []ast.Stmt, self string) bool {
		found := false
		semantic.EachOwnNode(body, func(n ast.Node) {
			if call, ok := n.(*ast.Call); ok && closesAttr(libs, call, self, attr) {
				found = true
			}
		})
		return found
	}
	for _, m := range c.Defs {
		if m.MethodSyntax == nil || m.Self == "" {
			continue
		}
		found := false
		semantic.EachOwnNode(m.Body, func(n ast.Node) {
			if t, ok := n.(*ast.Try); ok && !found && closes(t.Finalbody, m.Self) {
				found = true
			}
		})
		if found {
			return c.Name + "." + m.Name
		}
	}
	return ""
}

// guardedLoader reports whether fn, a module-level function, stores a
// client in module state (stored, its root names) and every call of fn
// in a def of mod runs under a check that mentions that state (`if
// _notify.client is None: init_client()`), as CT204's markLoaders reads
// them; loaders holds the module's calls, gathered on the first ask.
func guardedLoader(mod *semantic.Module, fn *semantic.Function, stored []string, loaders **moduleCalls) bool {
	if len(stored) == 0 || strings.Contains(fn.QualName, ".") || mod.File == nil {
		return false
	}
	if *loaders == nil {
		lc := loaderCalls(mod.File.Module)
		*loaders = &lc
	}
	names := map[string]bool{}
	for _, n := range stored {
		names[n] = true
	}
	return (*loaders).guarded(fn.QualName, names)
}

// fileGuarded returns, by the path as written, the calls of fn's body
// that run only while a file is missing (after `if os.path.exists(P):
// return ...`, or in `if not os.path.exists(P):`) when fn also passes
// that path to a call, which makes the file: the code runs once per
// host, until the file is there, not at every call.
func fileGuarded(mod *semantic.Module, fn *semantic.Function) map[*ast.Call]string {
	var out map[*ast.Call]string
	var block func(stmts []ast.Stmt, path string)
	block = func(stmts []ast.Stmt, path string) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.If:
				if p, missing := fileTest(mod, fn, st.Test); p != "" {
					switch {
					case missing:
						block(st.Body, p)
						block(st.Orelse, path)
						continue
					case leavesWhileThere(mod, st.Body, p):
						block(st.Body, path)
						block(st.Orelse, p)
						path = p
						continue
					}
				}
			}
			if path == "" {
				ast.EachBlock(st, func(b []ast.Stmt) { block(b, path) })
				continue
			}
			semantic.EachOwnNode([]ast.Stmt{st}, func(n ast.Node) {
				if c, ok := n.(*ast.Call); ok {
					if out == nil {
						out = map[*ast.Call]string{}
					}
					out[c] = path
				}
			})
		}
	}
	block(fn.Body, "")
	if len(out) == 0 {
		return nil
	}
	// Only where fn makes the file: a call given the path, not a test of it.
	made := map[string]bool{}
	for _, n := range fn.Nodes() {
		c, ok := n.(*ast.Call)
		if !ok {
			continue
		}
		if p, _ := fileTest(mod, fn, c); p != "" {
			continue
		}
		for _, a := range c.Args {
			made[string(mod.File.Src[a.Pos():a.End()])] = true
		}
	}
	for c, p := range out {
		if !made[p] {
			delete(out, c)
		}
	}
	return out
}

// fileTest returns the path, as written, that test checks the file of
// (`os.path.exists(P)`, `P.exists()`), and whether the test is true
// when the file is missing (`not os.path.exists(P)`).
func fileTest(mod *semantic.Module, fn *semantic.Function, test ast.Expr) (path string, missing bool) {
	if u, ok := test.(*ast.UnaryOp); ok && u.Op == ast.Not {
		p, _ := fileTest(mod, fn, u.Operand)
		return p, p != ""
	}
	c, ok := test.(*ast.Call)
	if !ok {
		return "", false
	}
	libs := mod.Libraries()
	if f, ok := c.Func.(*ast.Attribute); ok && len(c.Args) == 0 && libs.IsFileTestMethod(f.Attr) {
		if _, onName := f.Value.(*ast.Name); onName {
			return string(mod.File.Src[f.Value.Pos():f.Value.End()]), false
		}
	}
	if len(c.Args) == 1 {
		if p := semantic.DottedPath(c.Func); p != "" && libs.IsFileTest(mod.ResolveIn(fn, p)) {
			return string(mod.File.Src[c.Args[0].Pos():c.Args[0].End()]), false
		}
	}
	return "", false
}

// leavesWhileThere reports whether body, run when the file at path is
// there, leaves the def or leaves the file gone: it ends in a jump, or
// in a try whose body jumps and whose handlers each jump or hand the
// path to a call (`except OSError: os.remove(path)`, a corrupt copy
// deleted to be made again).
func leavesWhileThere(mod *semantic.Module, body []ast.Stmt, path string) bool {
	if semantic.Jumps(body) {
		return true
	}
	if len(body) == 0 {
		return false
	}
	t, ok := body[len(body)-1].(*ast.Try)
	if !ok || !semantic.Jumps(t.Body) || len(t.Handlers) == 0 {
		return false
	}
	for _, h := range t.Handlers {
		if semantic.Jumps(h.Body) {
			continue
		}
		given := false
		semantic.EachOwnNode(h.Body, func(n ast.Node) {
			if c, ok := n.(*ast.Call); ok {
				for _, a := range c.Args {
					given = given || string(mod.File.Src[a.Pos():a.End()]) == path
				}
			}
		})
		if !given {
			return false
		}
	}
	return true
}

// devOnlyCalls returns, by call, what makes the arm of an if that holds
// it run only in development or tests: a test of an environment's name
// against development and test names alone (`if settings.ENVIRONMENT.upper()
// in ["LOCAL", "TEST"]:`, the else of `if env != "dev":`), or of a debug
// or development flag (`if settings.DEBUG:`, `if self.dev:`). A client
// built there is a local set-up's.
func devOnlyCalls(src []byte, body []ast.Stmt) map[*ast.Call]string {
	var out map[*ast.Call]string
	mark := func(stmts []ast.Stmt, why string) {
		for _, st := range stmts {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
					return false
				case *ast.Call:
					if out == nil {
						out = map[*ast.Call]string{}
					}
					if out[n] == "" {
						out[n] = why
					}
				}
				return true
			})
		}
	}
	var walk func([]ast.Stmt)
	walk = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.If:
				if why, inBody := devOnlyTest(src, st.Test); why != "" {
					if inBody {
						mark(st.Body, why)
					} else {
						mark(st.Orelse, why)
					}
				}
			}
			ast.EachBlock(st, walk)
		}
	}
	walk(body)
	return out
}

// devOnlyTest returns, for a test of an if, why one of its arms runs only
// in development or tests (semantic.DevOnlyTest), and whether that arm
// is its body (else its else); "" when neither does.
func devOnlyTest(src []byte, test ast.Expr) (string, bool) {
	t, ok := semantic.DevOnlyTest(test)
	switch {
	case !ok:
		return "", false
	case t.Names == nil:
		return fmt.Sprintf("`%s` holds", string(src[t.Subject.Pos():t.Subject.End()])), t.InBody
	}
	return fmt.Sprintf("`%s` is `%s`", string(src[t.Subject.Pos():t.Subject.End()]), strings.Join(t.Names, "` or `")), t.InBody
}

// returnsWhenTested reports whether body holds an if statement whose test
// reads the name and whose body returns it, at any depth: the def hands
// back what it keeps there while the test holds.
func returnsWhenTested(body []ast.Stmt, name string) bool {
	found := false
	var visit func(stmts []ast.Stmt, tested bool)
	visit = func(stmts []ast.Stmt, tested bool) {
		for _, st := range stmts {
			if found {
				return
			}
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.Return:
				found = tested && semantic.IsName(st.Value, name)
				continue
			case *ast.If:
				visit(st.Body, tested || mentionsPath(st.Test, name, nil))
				visit(st.Orelse, tested)
				continue
			}
			ast.EachBlock(st, func(b []ast.Stmt) { visit(b, tested) })
		}
	}
	visit(body, false)
	return found
}

// keptByCall returns the locals call passes to a module-level def of mod
// whose body's top level stores the parameter they fill in module state
// (`def set_engine(engine, port): _info["engine"] = engine`): a setter,
// which keeps them as an assignment in fn would.
func keptByCall(mod *semantic.Module, fn *semantic.Function, call *ast.Call) []string {
	name, ok := call.Func.(*ast.Name)
	if !ok || fn.Local(name.Id) {
		return nil
	}
	callee := mod.FunctionNamed(name.Id)
	if callee == nil || callee.Parent != nil {
		return nil
	}
	stored := map[string]bool{}
	for _, st := range callee.Body {
		a, ok := st.(*ast.Assign)
		if !ok {
			continue
		}
		v, ok := a.Value.(*ast.Name)
		if !ok || !callee.Local(v.Id) {
			continue
		}
		for _, t := range a.Targets {
			if r := valueRoot(t); r != nil && (callee.Global(r.Id) || !callee.Local(r.Id)) {
				stored[v.Id] = true
			}
		}
	}
	if len(stored) == 0 {
		return nil
	}
	params := slices.Concat(callee.Args.Posonlyargs, callee.Args.Args)
	var out []string
	for i, arg := range call.Args {
		if x, ok := arg.(*ast.Name); ok && i < len(params) && stored[params[i].Arg] {
			out = append(out, x.Id)
		}
	}
	for _, kw := range call.Keywords {
		if x, ok := kw.Value.(*ast.Name); ok && stored[kw.Arg] {
			out = append(out, x.Id)
		}
	}
	return out
}
