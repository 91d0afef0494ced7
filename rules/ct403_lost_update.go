package rules

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// LostUpdate is CT403.
var LostUpdate = &analysis.Analyzer{
	Name: "lost-update",
	Code: "CT403",
	Doc:  doc("CT403"),
	Run:  runLostUpdate,
}

func runLostUpdate(pass *analysis.Pass) {
	mod := pass.Module
	// A data migration runs once, alone: no concurrent request.
	migration := strings.Contains("."+mod.Name+".", ".migrations.")
	var ofModels []lostUpdate
	for _, fn := range mod.Functions() {
		for _, u := range lostUpdates(pass, mod, fn) {
			u.d.PerRequest, u.d.Race = true, true
			if migration {
				u.d = u.d.Lowered("it is in a data migration, which runs once, alone")
			}
			if u.model == "" && u.selfClass == "" && u.fromCaller == "" && u.committer == "" && u.prefix == "" && len(u.loadedBy) == 0 {
				pass.Report(u.d)
			} else {
				ofModels = append(ofModels, u)
			}
		}
	}
	if len(ofModels) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, u := range ofModels {
			if u.model != "" && (relationship(pp.Program, u.model, u.attr) || notAField(pp.Program, u.model, u.attr)) ||
				u.selfClass != "" && frameworkHandler(pp, pp.Module.Classes[u.selfClass]) ||
				u.callerClass != "" && plainData(pp.Program, pp.Program.Class(u.callerClass)) ||
				u.committer != "" && !pp.Program.CommitsOnExit(u.committer) ||
				u.prefix != "" && stringConstant(pp.Program, u.prefix) ||
				len(u.loadedBy) > 0 && !slices.ContainsFunc(u.loadedBy, func(qn string) bool { return !pp.Program.LocksRows(qn) }) {
				continue
			}
			pp.Report(u.d)
		}
	})
}

// lostUpdate is a finding, with the model class of its object when the
// def loaded the object through one (qualified), and the field; for a
// change of self that a session's commit follows, the method's class
// (QualName); for an object the def is given, the parameter
// (fromCaller).
type lostUpdate struct {
	d                                  analysis.Diagnostic
	model, attr, selfClass, fromCaller string
	// committer: the def of the tree (qualified) whose with statement
	// writes the change back when it exits, if it commits (asked of the
	// program: it may be another module's).
	committer string
	// prefix: the module-level name, qualified, of what the change puts
	// before the old value; a string constant marks it (rmw.prefix).
	prefix string
	// callerClass: the class fromCaller is annotated with, qualified,
	// when a commit writes the change back.
	callerClass string
	// loadedBy: the defs, qualified, whose calls bind the object, when
	// only such calls do: one that locks or claims its row (asked of the
	// program: it may be another module's) holds it for this def.
	loadedBy []string
}

// frameworkHandler reports whether c is a class a framework builds and
// calls, per request or on one object for all of them (a view, a request
// handler, a ModelAdmin): by its base (one of the libraries' entry
// classes), or because a method of it is an entry point (registered by
// a decorator or a call, whatever its bases). Its attributes are no row
// a commit writes.
func frameworkHandler(pp *analysis.ProgramPass, c *semantic.Class) bool {
	if c == nil {
		return false
	}
	if slices.ContainsFunc(pp.Program.AncestorNames(c), func(qn string) bool {
		return len(pp.Program.Libraries().EntryClasses(qn)) > 0
	}) {
		return true
	}
	prefix := c.Module.Name + "." + c.QualName + "."
	return slices.ContainsFunc(pp.EntryPointsIn(c.Module.Path), func(e semantic.EntryPoint) bool {
		return !e.Startup && strings.HasPrefix(e.Name, prefix)
	})
}

// plainData reports whether c is a class of values kept in memory, no
// ORM's row: a pydantic model or an Enum (by a base the libraries say
// declares fields), or a class only field decorators decorate
// (@dataclass, @attrs.define). A commit writes none of its attributes.
func plainData(p *semantic.Program, c *semantic.Class) bool {
	if c == nil {
		return false
	}
	if fieldBased(p, c) {
		return true
	}
	return len(c.Decorators) > 0 && !slices.ContainsFunc(c.Decorators, func(d string) bool {
		return !p.Libraries().IsFieldDecorator(p.Canonical(d))
	})
}

// notAField reports whether attr is an attribute that the model class qn
// (or a base) sets in __init__ and declares no field of: an object of
// its own (a log, a cache), which a save does not write.
func notAField(p *semantic.Program, qn, attr string) bool {
	c := p.Class(qn)
	if c == nil || !rebindsInInit(p, c, attr) {
		return false
	}
	// A bare annotation declares a field (SQLAlchemy's `hits:
	// Mapped[int]`).
	a, _ := p.LookupAttr(c, attr)
	return a == nil || a.Value.Kind == semantic.NoValue && !a.Annotated
}

// relationship reports whether attr of the model class qn is a
// collection the ORM writes by difference (Relationships): a list
// reassigned keeps what another request added meanwhile.
func relationship(p *semantic.Program, qn, attr string) bool {
	c := p.Class(qn)
	if c == nil {
		return false
	}
	callee := declaredBy(p, c, attr)
	if callee == "" {
		return false
	}
	// By its last name too: a spelling of one the libraries do not
	// resolve (a project's own wrapper of relationship).
	return p.Libraries().IsRelationship(callee) || p.Libraries().IsRelationshipName(callee[strings.LastIndexByte(callee, '.')+1:])
}

// rmw is a read-modify-write of obj.attr in a def's body.
type rmw struct {
	obj, attr string
	node      ast.Node
	// inPlace: the field's value is changed in place (`obj.tags.append(t)`),
	// a list or dict field (a JSONField, an ArrayField) read with the row.
	inPlace bool
	// by is the query update that writes the change, computed in its
	// own arguments (`filter(pk=pk).update(n=obj.n + 1)`); nil for a
	// change written back by a later statement.
	by *ast.Call
	// prefix is what the change puts before the old value (`obj.n =
	// PREFIX + obj.n`), nil for any other change.
	prefix ast.Expr
}

// lostUpdates returns the read-modify-writes of fn that a later
// statement writes back (obj.save(), session.commit()) or that go
// through a cache's get and set, when fn uses no atomic form.
func lostUpdates(pass *analysis.Pass, mod *semantic.Module, fn *semantic.Function) []lostUpdate {
	libs := mod.Libraries()
	// models are the locals loaded through a model's query manager
	// (`users = User.query.filter(...).all()`, `for user in users`), by
	// the model's dotted path as written.
	models := map[string]string{}
	var changes []rmw
	// A cache read into a local: v = cache.get(k), by local.
	reads := map[string]cacheRead{}
	// bumps: where a local is changed in place (v += 1); rebinds: where
	// it is bound to a value that does not read it (v = compute()),
	// which a change after it, in the same run, changes instead of what
	// the cache held.
	bumps, rebinds := map[string][]token.Pos{}, map[string][]token.Pos{}
	readAt := map[string]token.Pos{} // where the local is read from the cache
	// copies: the locals bound to a copy of an object's field (`counts =
	// dict(self.counts)`), by local: the field's path and where.
	type fieldCopy struct {
		path string
		at   token.Pos
	}
	copies := map[string]fieldCopy{}
	// set: where the def sets obj.attr outright (`obj.n = form.n`), by
	// "obj.attr": a change after that, in the same run, changes the
	// def's own value, not the row's.
	set := map[string][]token.Pos{}
	// reloads: where the def binds a local again or reads its row again
	// (`obj.refresh_from_db()`, `session.refresh(obj)`), by local: a
	// change after one reads the row, whatever the def set before.
	reloads := map[string][]token.Pos{}
	// created are the locals bound to an object the def makes
	// (Step.objects.create(...), Step(...), or a copy: obj.pk = None), by
	// where it first does: no other request has it from there on.
	created := map[string]token.Pos{}
	create := func(name string, at token.Pos) {
		if p, ok := created[name]; !ok || at < p {
			created[name] = at
		}
	}
	// loaders are the defs whose calls bind a local (`topic =
	// locked_topic(pk)`, `with topic_for_update(pk) as topic`), by local,
	// as written: one of another module may lock the row it loads.
	loaders := map[string][]string{}
	loaded := func(name string, value ast.Expr) {
		if a, ok := value.(*ast.Await); ok {
			value = a.Value
		}
		if call, ok := value.(*ast.Call); ok {
			loaders[name] = append(loaders[name], semantic.DottedPath(call.Func))
		} else {
			loaders[name] = append(loaders[name], "")
		}
	}
	// bind notes what a local bound to value at holds: an object the def
	// makes, or rows of a model.
	bind := func(name string, value ast.Expr, at token.Pos) {
		loaded(name, value)
		if makesObject(value) || madeByHelper(mod, fn, value) {
			create(name, at)
		}
		if m := queryModel(libs, value); m != nil {
			models[name] = semantic.DottedPath(m)
		} else if m := helperModel(mod, fn, value); m != "" {
			models[name] = m
		}
	}
	src := mod.File.Src
	text := func(n ast.Node) string {
		s := string(src[n.Pos():n.End()])
		if len(s) > 60 || strings.Contains(s, "\n") {
			s = s[:min(len(s), 57)]
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				s = s[:i]
			}
			s += "..."
		}
		return s
	}
	// cacheGet returns the read that e is, when it is cache.get(k), or
	// what an or falls back from (`cache.get(k) or []`).
	cacheGet := func(e ast.Expr) (cacheRead, bool) {
		if b, ok := e.(*ast.BoolOp); ok && b.Op == ast.Or && len(b.Values) > 0 {
			e = b.Values[0]
		}
		if call, ok := e.(*ast.Call); ok && len(call.Args) > 0 {
			if f, ok := call.Func.(*ast.Attribute); ok && f.Attr == "get" && cacheLike(f.Value) {
				return cacheRead{recv: semantic.DottedPath(f.Value), key: text(call.Args[0])}, true
			}
		}
		return cacheRead{}, false
	}
	// guarded answers for the checks around the changes, made when
	// first asked: most defs change no field.
	var guarded *checkAndSet
	guard := func() *checkAndSet {
		if guarded == nil {
			guarded = &checkAndSet{fn: fn, class: classOfDef(mod, fn)}
		}
		return guarded
	}
	valuesOf := func(name string) []ast.Expr { return guard().valuesOf(name) }
	// cache.set(k, cache.get(k, 0) + 1): read, changed and set back in
	// one call.
	var inline []*ast.Call
	// fills: the bodies of the ifs that run while a local is empty (`if
	// not v:`), by local: a change of it there fills what the cache did
	// not hold.
	fills := map[string][]ast.Span{}
	// changedInline reports whether e changes what cache.get(k) reads,
	// r: an operand of arithmetic, alone or as what an or tries first
	// (`(cache.get(k) or 0) + 1`, as cacheGet reads it).
	changedInline := func(e ast.Expr, r cacheRead) bool {
		isRead := func(x ast.Expr) bool {
			got, ok := cacheGet(x)
			return ok && got == r
		}
		found := false
		ast.Inspect(e, func(x ast.Node) bool {
			if b, ok := x.(*ast.BinOp); ok && (isRead(b.Left) || isRead(b.Right)) {
				found = true
			}
			return !found
		})
		return found
	}
	var out []lostUpdate
	helpers := ownHelpers{mod: mod, fn: fn}
	fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FunctionDef:
			helpers.nested = append(helpers.nested, n.Name)
		case *ast.AsyncFunctionDef:
			helpers.nested = append(helpers.nested, n.Name)
		case *ast.If:
			// if v != obj.f: obj.f = v sets obj.f to v either way.
			if obj, attr, ok := setIfDifferent(valuesOf, src, n); ok {
				set[obj+"."+attr] = append(set[obj+"."+attr], n.Pos())
			}
			if x := emptyTested(n.Test); x != "" && len(n.Body) > 0 {
				fills[x] = append(fills[x], ast.Span{Lo: n.Body[0].Pos(), Hi: n.Body[len(n.Body)-1].End()})
			}
		case *ast.Call:
			// v.append(x), v.update(d): the value read, changed in place.
			if f, ok := n.Func.(*ast.Attribute); ok && semantic.IsMutatingMethod(f.Attr) {
				if x, ok := f.Value.(*ast.Name); ok {
					bumps[x.Id] = append(bumps[x.Id], n.Pos())
				}
			}
			if f, ok := n.Func.(*ast.Attribute); ok && f.Attr == "set" && len(n.Args) >= 2 && cacheLike(f.Value) &&
				changedInline(n.Args[1], cacheRead{recv: semantic.DottedPath(f.Value), key: text(n.Args[0])}) {
				inline = append(inline, n)
			}
			// obj.tags.append(t): the list the row held, changed in place
			// (not emptied: `clear()` sets it outright).
			if f, ok := n.Func.(*ast.Attribute); ok && semantic.IsMutatingMethod(f.Attr) && f.Attr != "clear" {
				if a, ok := f.Value.(*ast.Attribute); ok {
					if obj, ok := a.Value.(*ast.Name); ok {
						changes = append(changes, rmw{obj: obj.Id, attr: a.Attr, node: n, inPlace: true})
					}
				}
			}
			// filter(pk=pk).update(n=obj.n + 1): the field read with the
			// row, changed and written in one call.
			if f, ok := n.Func.(*ast.Attribute); ok && libs.IsUpdate(f.Attr) && aQuery(libs, f.Value) {
				for _, u := range computedUpdates(fn, n) {
					u.by = n
					changes = append(changes, u)
				}
			}
			// start(), self.zero(): a def of fn's own, or a method of
			// its class on its receiver, that sets fields outright.
			for _, k := range helpers.setByCall(n) {
				set[k] = append(set[k], n.Pos())
			}
			// obj.set_password(p) sets obj.password outright, as a
			// setter named for its field does.
			if f, ok := n.Func.(*ast.Attribute); ok && strings.HasPrefix(f.Attr, "set_") && len(f.Attr) > len("set_") {
				if x, ok := f.Value.(*ast.Name); ok {
					k := x.Id + "." + f.Attr[len("set_"):]
					set[k] = append(set[k], n.Pos())
				}
			}
			if f, ok := n.Func.(*ast.Attribute); ok && libs.IsReload(f.Attr) {
				if x, ok := f.Value.(*ast.Name); ok {
					reloads[x.Id] = append(reloads[x.Id], n.Pos())
				}
				for _, a := range n.Args {
					if x, ok := a.(*ast.Name); ok {
						reloads[x.Id] = append(reloads[x.Id], n.Pos())
					}
				}
			}
		case *ast.AugAssign:
			if a, ok := n.Target.(*ast.Attribute); ok {
				if obj := objectPath(a.Value); obj != "" {
					changes = append(changes, rmw{obj: obj, attr: a.Attr, node: n})
				}
			}
			if nm, ok := n.Target.(*ast.Name); ok {
				bumps[nm.Id] = append(bumps[nm.Id], n.Pos())
			}
			if t, ok := n.Target.(*ast.Subscript); ok {
				if x, ok := t.Value.(*ast.Name); ok {
					bumps[x.Id] = append(bumps[x.Id], n.Pos()) // v[k] += 1
				}
			}
		case *ast.Assign:
			if len(n.Targets) != 1 {
				return
			}
			switch t := n.Targets[0].(type) {
			case *ast.Subscript:
				// v[k] = x: the value read, changed in place.
				if x, ok := t.Value.(*ast.Name); ok {
					bumps[x.Id] = append(bumps[x.Id], n.Pos())
				}
				// obj.keys[k] = x: the dict the row held, changed in
				// place, as obj.keys.update(...) is.
				if a, ok := t.Value.(*ast.Attribute); ok {
					if obj, ok := a.Value.(*ast.Name); ok {
						changes = append(changes, rmw{obj: obj.Id, attr: a.Attr, node: n, inPlace: true})
					}
				}
			case *ast.Attribute:
				obj := objectPath(t.Value)
				ok := obj != ""
				switch {
				case ok && computesFrom(n.Value, obj, t.Attr):
					changes = append(changes, rmw{obj: obj, attr: t.Attr, node: n, prefix: prefixOf(n.Value, obj, t.Attr)})
				case ok && changedCopy(n.Value, obj+"."+t.Attr, func(v string) (string, token.Pos, bool) {
					c, found := copies[v]
					return c.path, c.at, found
				}, bumps, rebinds):
					// counts = dict(self.counts); counts[k] += 1;
					// self.counts = counts
					changes = append(changes, rmw{obj: obj, attr: t.Attr, node: n})
				case ok:
					set[obj+"."+t.Attr] = append(set[obj+"."+t.Attr], n.Pos())
				}
			case *ast.Name:
				if path := copiedField(n.Value); path != "" {
					copies[t.Id] = fieldCopy{path, n.Pos()}
				} else {
					delete(copies, t.Id)
				}
				reloads[t.Id] = append(reloads[t.Id], n.Pos())
				// v = cache.get(k)
				if r, ok := cacheGet(n.Value); ok {
					reads[t.Id] = r
					readAt[t.Id] = n.Pos()
				} else if !semantic.Mentions(n.Value, t.Id) {
					rebinds[t.Id] = append(rebinds[t.Id], n.Pos())
				}
			case *ast.Tuple, *ast.List:
				// count, since = cache.get(k), or = v after v =
				// cache.get(k): each name is a part of the value read.
				r, ok := cacheGet(n.Value)
				if v, isName := n.Value.(*ast.Name); isName && !ok {
					r, ok = reads[v.Id]
				}
				if ok {
					elts, _ := ast.Elts(t)
					for _, e := range elts {
						if nm, isName := e.(*ast.Name); isName {
							reads[nm.Id] = r
						}
					}
				}
			}
		}
	})
	if len(changes) == 0 && len(reads) == 0 && len(inline) == 0 {
		return nil // most defs: nothing a write-back could lose
	}
	// What the changes are decided by, gathered in one more walk, in the
	// same order, for the few defs with one: the locals' models and the
	// objects the def makes, and the write-backs: saves by the object
	// they save, commits of a session-like receiver. Looking them up per
	// change, instead of walking the body again for each, keeps a
	// generated def of many changes linear.
	saves := map[string][]*ast.Call{}
	// updates are the query updates by the object field they write
	// (`filter(...).update(n=obj.n)`: "obj.n").
	updates := map[string][]*ast.Call{}
	var commits []*ast.Call
	atomic := false
	for _, n := range fn.Nodes() {
		switch n := n.(type) {
		case *ast.For:
			if nm, ok := n.Target.(*ast.Name); ok {
				if it, ok := n.Iter.(*ast.Name); ok && models[it.Id] != "" {
					models[nm.Id] = models[it.Id]
				} else if m := queryModel(libs, n.Iter); m != nil {
					models[nm.Id] = semantic.DottedPath(m)
				}
			}
			continue
		case *ast.WithItem:
			// with ProgressReport(...) as pb: an object the def makes.
			if nm, ok := n.OptionalVars.(*ast.Name); ok && makesObject(n.ContextExpr) {
				create(nm.Id, n.Pos())
			}
			if nm, ok := n.OptionalVars.(*ast.Name); ok {
				loaded(nm.Id, n.ContextExpr)
			}
			continue
		case *ast.NamedExpr:
			// `if fi := get_institution(session, lei):` binds as an
			// assignment does.
			if t, ok := n.Target.(*ast.Name); ok {
				bind(t.Id, n.Value, n.Pos())
			}
		case *ast.Assign:
			if len(n.Targets) != 1 {
				continue
			}
			// obj.pk = None: its save inserts a copy, a new row.
			if t, ok := n.Targets[0].(*ast.Attribute); ok && libs.IsRowKey(t.Attr) && semantic.IsNone(n.Value) {
				if x, ok := t.Value.(*ast.Name); ok {
					create(x.Id, n.Pos())
				}
			}
			if t, ok := n.Targets[0].(*ast.Name); ok {
				bind(t.Id, n.Value, n.Pos())
			}
			continue
		}
		call, ok := n.(*ast.Call)
		if !ok {
			continue
		}
		if f, ok := call.Func.(*ast.Attribute); ok {
			if libs.IsSave(f.Attr) {
				if x := objectPath(f.Value); x != "" {
					saves[x] = append(saves[x], call)
				}
			}
			if libs.IsCommit(f.Attr) && queryReceiver(libs, f.Value) {
				commits = append(commits, call)
			}
			if libs.IsUpdate(f.Attr) && aQuery(libs, f.Value) {
				for _, field := range updatedFields(call) {
					updates[field] = append(updates[field], call)
				}
			}
		}
		if f, ok := call.Func.(*ast.Attribute); ok && libs.IsAtomicMethod(f.Attr) {
			atomic = true
		}
		// item = _locked(item), task = self._lock_task(task): a def of
		// the module that takes the lock or claims the row (a method by
		// its name: it may be a base class's).
		if name := calledDef(mod, fn, call); name != "" && mod.LocksRows(name) {
			atomic = true
		} else if f, ok := call.Func.(*ast.Attribute); ok && semantic.IsName(f.Value, "self") && mod.HasRowLockingMethod(f.Attr) {
			atomic = true
		}
		if libs.IsAtomicUpdateName(lastName(call.Func)) {
			if path := semantic.DottedPath(call.Func); path != "" && libs.IsAtomicUpdate(mod.ResolvePath(path)) {
				atomic = true
			}
		}
	}
	if atomic {
		return nil
	}
	byPos := func(a, b *ast.Call) int { return cmp.Compare(a.Pos(), b.Pos()) }
	for _, ss := range saves {
		slices.SortFunc(ss, byPos)
	}
	for _, us := range updates {
		slices.SortFunc(us, byPos)
	}
	slices.SortFunc(commits, byPos)
	// What writes the changes back, after them and not in another arm of
	// an if the change is in: obj.save() on the object (of the field, when
	// it names its fields), obj's model's update of the field, or
	// session.commit() on a session-like receiver.
	reported := map[string]bool{} // one finding per object and field
	var exits *[]exitCommit       // found when a change has no write-back of its own
	for _, c := range changes {
		made, isMade := created[c.obj]
		if strings.Contains(strings.ToLower(c.attr), "version") || isMade && made < c.node.Pos() || reported[c.obj+"."+c.attr] {
			continue // optimistic versioning; an object no one else has yet
		}
		sets := set[c.obj+"."+c.attr]
		// A flag the def sets true only after one of the sets (`init =
		// True` after `init_totals()`): an `if not init:` that sets it
		// again leaves it set either way.
		flagSetAfter := func(flag string) bool {
			found := false
			for _, n := range fn.Nodes() {
				if st, ok := n.(ast.Stmt); ok && setsTrue(st, flag) {
					found = true
					if !slices.ContainsFunc(sets, func(at token.Pos) bool { return dominates(fn.Body, at, st.Pos()) }) {
						return false
					}
				}
			}
			return found
		}
		if slices.ContainsFunc(sets, func(at token.Pos) bool {
			return dominatesUnless(fn.Body, at, c.node.Pos(), flagSetAfter) &&
				!slices.ContainsFunc(reloads[c.obj], func(r token.Pos) bool { return at < r && r < c.node.Pos() })
		}) {
			continue // it changes what the def set, which no other request read
		}
		after := func(call *ast.Call) bool { return !exclusive(fn.Body, c.node.Pos(), call.Pos()) }
		if c.by != nil {
			after = func(call *ast.Call) bool { return false }
		}
		save := firstAfter(saves[c.obj], c.node.End(), func(call *ast.Call) bool {
			// A change in place counts only where the save names the
			// field: otherwise the attribute may be no field at all (a
			// related manager's add, a list the object keeps).
			return after(call) && (c.inPlace && namesField(libs, call, c.attr) || !c.inPlace && savesField(libs, call, c.attr))
		})
		for _, other := range []*ast.Call{firstAfter(updates[c.obj+"."+c.attr], c.node.End(), after), firstAfter(commits, c.node.End(), after)} {
			if !c.inPlace && other != nil && (save == nil || other.Pos() < save.Pos()) {
				save = other
			}
		}
		if c.by != nil {
			save = c.by
		}
		var exit *exitCommit           // the with statement whose exit commits it
		if save == nil && !c.inPlace { // a change in place needs a save that names it
			if exits == nil {
				exits = exitCommits(mod, libs, fn, text)
			}
			for i := range *exits {
				if e := &(*exits)[i]; e.span.Lo <= c.node.Pos() && c.node.End() <= e.span.Hi {
					exit = e // the innermost: found last
				}
			}
		}
		if save == nil && exit == nil {
			continue
		}
		var then string
		if exit != nil {
			then = "the end of `with " + exit.text + "`"
		} else {
			then = "`" + text(save) + "`"
		}
		prefix := ""
		if c.prefix != nil {
			// A string put before the old value marks it (a draft number
			// made "P123" while its payment is pending): every run writes
			// the same, and none wants it twice. A constant of another
			// module is asked of the program.
			if semantic.IsString(c.prefix) {
				continue
			}
			prefix = semantic.DottedPath(c.prefix)
		}
		reported[c.obj+"."+c.attr] = true
		d := pass.Diagnosticf(c.node.Pos(), c.node.End(),
			"`%s.%s` is read, changed and written back in `%s` (`%s`, then %s) with no atomic form: two concurrent requests or tasks read the same value and one change is lost; let the database compute it (Django's `F()` in `update()`, SQLAlchemy's `update()` with a column expression), lock the row (`select_for_update()`, `with_for_update()`), or version it",
			c.obj, c.attr, fn.QualName, text(c.node), then)
		if f := guard().field(c.node.Pos(), c.obj, c.attr); f != "" {
			d = d.Lowered(fmt.Sprintf("it runs only while `%s.%s` is as tested, and the def sets `%s.%s` too: a request that lost the race would have skipped it", c.obj, f, c.obj, f))
		}
		d.OnReceiver = c.obj == "self" && fn.Parent == nil && strings.Contains(fn.QualName, ".")
		u := lostUpdate{d: d}
		if prefix != "" {
			u.prefix = mod.Intern(mod.ResolvePath(prefix))
		}
		if exit != nil {
			u.committer = exit.def
		}
		if c.obj != "self" && semantic.HasParam(fn.Args, c.obj) {
			u.fromCaller = mod.Intern(c.obj)
			// Only a commit: an object saved by its own method may be an
			// ODM's document, also on a pydantic model.
			if path := semantic.DottedPath(semantic.ParamAnnotation(fn.Args, c.obj)); path != "" && (exit != nil || slices.Contains(commits, save)) {
				u.callerClass = mod.Intern(mod.ResolvePath(path))
			}
		}
		if c.obj == "self" && !slices.Contains(saves[c.obj], save) && fn.Parent == nil {
			if i := strings.LastIndexByte(fn.QualName, '.'); i > 0 {
				u.selfClass = mod.Intern(fn.QualName[:i])
			}
		}
		if paths := loaders[c.obj]; len(paths) > 0 && !slices.ContainsFunc(paths, func(p string) bool { return p == "" || strings.HasPrefix(p, "self.") }) {
			for _, p := range paths {
				u.loadedBy = append(u.loadedBy, mod.Intern(mod.ResolvePath(p)))
			}
		}
		if m := models[c.obj]; m != "" {
			// Kept past the tree: interned.
			u.model, u.attr = mod.Intern(mod.ResolvePath(m)), mod.Intern(c.attr)
		} else if i := strings.LastIndexByte(fn.QualName, '.'); c.obj == "self" && fn.Parent == nil && i > 0 {
			// A method of the model itself: an attribute its __init__
			// sets, of no field, is as much no row's as on an object
			// loaded here (`self.console = Console()`).
			u.model, u.attr = mod.Intern(mod.Name+"."+fn.QualName[:i]), mod.Intern(c.attr)
		}
		out = append(out, u)
	}
	for _, call := range inline {
		recv, key := semantic.DottedPath(call.Func.(*ast.Attribute).Value), text(call.Args[0])
		out = append(out, lostUpdate{d: pass.Diagnosticf(call.Pos(), call.End(),
			"`%s.get(%s)` is read, changed and set back in `%s` with no atomic form: two concurrent requests or tasks read the same value and one change is lost; use the store's atomic increment (`incr`) or a lock in the store",
			recv, key, fn.QualName)})
	}
	// cache.set(k, v + 1) after v = cache.get(k): the reads by receiver
	// and key, so that a set looks up only its own.
	if len(reads) == 0 {
		return out
	}
	byKey := map[cacheRead][]string{}
	for local, r := range reads {
		byKey[r] = append(byKey[r], local)
	}
	// bumped: a change of the value read (v += 1, v[k] = x, v.append(x)),
	// after the read and before the set at before, and not of one bound
	// after the read on every way there (`if v is None: v = compute(); v
	// += suffix`: a fill, whatever the cache held).
	bumped := func(local string, before token.Pos) bool {
		return slices.ContainsFunc(bumps[local], func(at token.Pos) bool {
			inFill := slices.ContainsFunc(fills[local], func(sp ast.Span) bool { return sp.Lo <= at && at < sp.Hi })
			return readAt[local] < at && at < before && !inFill && !slices.ContainsFunc(rebinds[local], func(r token.Pos) bool {
				return readAt[local] < r && r < at && dominates(fn.Body, r, at)
			})
		})
	}
	fn.EachNode(func(n ast.Node) {
		call, ok := n.(*ast.Call)
		if !ok || len(call.Args) < 2 {
			return
		}
		f, ok := call.Func.(*ast.Attribute)
		if !ok || f.Attr != "set" || !cacheLike(f.Value) {
			return
		}
		r := cacheRead{recv: semantic.DottedPath(f.Value), key: text(call.Args[0])}
		for _, local := range byKey[r] {
			// A change of the value read: v + 1, or v += 1 before; a bare
			// v set back is a cache fill, not an update.
			if semantic.IsName(call.Args[1], local) && bumped(local, call.Pos()) || !semantic.IsName(call.Args[1], local) && computesFrom(call.Args[1], local, "") {
				out = append(out, lostUpdate{d: pass.Diagnosticf(call.Pos(), call.End(),
					"`%s` is read with `%s.get(%s)`, changed and set back in `%s` with no atomic form: two concurrent requests or tasks read the same value and one change is lost; use the store's atomic increment (`incr`) or a lock in the store",
					local, r.recv, r.key, fn.QualName)})
				return
			}
		}
	})
	return out
}

// emptyTested returns v when test holds only while the local v is empty
// or None (`not v`, `v is None`, `len(v) == 0`); else "".
func emptyTested(test ast.Expr) string {
	switch t := test.(type) {
	case *ast.UnaryOp:
		if x, ok := t.Operand.(*ast.Name); ok && t.Op == ast.Not {
			return x.Id
		}
	case *ast.Compare:
		if len(t.Ops) != 1 || t.Ops[0] != ast.Is && t.Ops[0] != ast.Eq {
			break
		}
		if x, ok := t.Left.(*ast.Name); ok && semantic.IsNone(t.Comparators[0]) {
			return x.Id
		}
		if c, ok := t.Left.(*ast.Call); ok && semantic.IsName(c.Func, "len") && len(c.Args) == 1 && isZero(t.Comparators[0]) {
			if x, ok := c.Args[0].(*ast.Name); ok {
				return x.Id
			}
		}
	}
	return ""
}

// setIfDifferent returns obj and f of `if v != obj.f: obj.f = v` (either
// way round, no else), v not read from obj (`v = obj.f or 0`): after it,
// obj.f holds v whichever way the test went, as if set outright where
// the if is.
func setIfDifferent(valuesOf func(string) []ast.Expr, src []byte, n *ast.If) (obj, attr string, ok bool) {
	c, isCmp := n.Test.(*ast.Compare)
	if !isCmp || len(c.Ops) != 1 || c.Ops[0] != ast.NotEq || len(n.Orelse) > 0 {
		return "", "", false
	}
	text := func(e ast.Node) string { return string(src[e.Pos():e.End()]) }
	for _, pair := range [2][2]ast.Expr{{c.Left, c.Comparators[0]}, {c.Comparators[0], c.Left}} {
		a, isAttr := pair[0].(*ast.Attribute)
		if !isAttr {
			continue
		}
		x, isName := a.Value.(*ast.Name)
		if !isName {
			continue
		}
		for _, st := range n.Body {
			as, isAssign := st.(*ast.Assign)
			if !isAssign || len(as.Targets) != 1 {
				continue
			}
			if t, isAttr := as.Targets[0].(*ast.Attribute); isAttr && semantic.IsName(t.Value, x.Id) && t.Attr == a.Attr &&
				text(as.Value) == text(pair[1]) && !readsObject(valuesOf, pair[1], x.Id) {
				return x.Id, a.Attr, true
			}
		}
	}
	return "", "", false
}

// readsObject reports whether e reads obj, directly or through a local
// that an assignment of the def binds to something that reads it
// (valuesOf: the values a local is assigned).
func readsObject(valuesOf func(string) []ast.Expr, e ast.Expr, obj string) bool {
	if semantic.Mentions(e, obj) {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && !found {
			found = slices.ContainsFunc(valuesOf(x.Id), func(v ast.Expr) bool { return semantic.Mentions(v, obj) })
		}
		return !found
	})
	return found
}

// cacheRead is a value read from a cache or key-value store: the
// store's receiver and the key, as written.
type cacheRead struct{ recv, key string }

// firstAfter returns the first of calls (in source order) that starts at
// or after pos and is ok, or nil.
func firstAfter(calls []*ast.Call, pos token.Pos, ok func(*ast.Call) bool) *ast.Call {
	i, _ := slices.BinarySearchFunc(calls, pos, func(c *ast.Call, p token.Pos) int { return cmp.Compare(c.Pos(), p) })
	for k, c := range calls[i:] {
		if k == maxWriteBackTries {
			// A generated def of thousands of saves of other fields:
			// none is taken as the write-back (a finding missed, not a
			// wrong one), rather than every change asking every save.
			return nil
		}
		if ok(c) {
			return c
		}
	}
	return nil
}

// maxWriteBackTries bounds the calls firstAfter asks ok about.
const maxWriteBackTries = 64

// aQuery reports whether e is a query: a chain through a model's query
// manager (`Article.objects.filter(...)`), or through a query method of a
// receiver named as a database handle (`session.query(Article).filter_by(...)`),
// not a dict or a form that has an update method too.
func aQuery(libs *libraries.Index, e ast.Expr) bool {
	if queryChain(libs, e) {
		return true
	}
	for {
		switch x := e.(type) {
		case *ast.Call:
			e = x.Func
			continue
		case *ast.Attribute:
			if libs.IsQueryMethod(x.Attr) && queryReceiver(libs, x.Value) {
				return true
			}
			e = x.Value
			continue
		}
		return false
	}
}

// savesField reports whether save writes field attr: it names no fields
// (update_fields=[...], as a display of strings), or names attr.
func savesField(libs *libraries.Index, save *ast.Call, attr string) bool {
	elts, given, listed := savedFields(libs, save)
	if !given || !listed {
		return true // every field, or fields computed: may be any
	}
	return slices.ContainsFunc(elts, func(e ast.Expr) bool {
		s, ok := semantic.StringConstant(e)
		return !ok || s == attr
	})
}

// namesField reports whether save names attr among the fields it
// writes (`obj.save(update_fields=["tags"])`).
func namesField(libs *libraries.Index, save *ast.Call, attr string) bool {
	elts, _, _ := savedFields(libs, save)
	return slices.ContainsFunc(elts, func(e ast.Expr) bool {
		s, ok := semantic.StringConstant(e)
		return ok && s == attr
	})
}

// savedFields returns the elements of the fields keyword a save is given
// (update_fields=[...]), whether it is given one, and whether it lists
// them (a list or tuple display, not a computed value).
func savedFields(libs *libraries.Index, save *ast.Call) (elts []ast.Expr, given, listed bool) {
	for _, kw := range save.Keywords {
		if libs.IsSaveFields(kw.Arg) {
			elts, listed = ast.Elts(kw.Value)
			return elts, true, listed
		}
	}
	return nil, false, false
}

// updatePairs calls each with what a query update writes: a field and
// the value it gives it, by a keyword (`update(n=v)`) or in a dict (`{"n":
// v}`, `{Model.n: v}`, the column); field "" for a key of another form.
func updatePairs(call *ast.Call, each func(field string, value ast.Expr)) {
	for _, kw := range call.Keywords {
		if kw.Arg != "" {
			each(kw.Arg, kw.Value)
		}
	}
	for _, a := range call.Args {
		d, ok := a.(*ast.Dict)
		if !ok {
			continue
		}
		for i, k := range d.Keys {
			field, _ := semantic.StringConstant(k)
			if a, isAttr := k.(*ast.Attribute); isAttr {
				field = a.Attr // Model.n, the column
			}
			each(field, d.Values[i])
		}
	}
}

// updatedFields returns the object fields a query update writes as they
// are, by "obj.attr": `update(n=obj.n)`, `update({"n": obj.n})`.
func updatedFields(call *ast.Call) []string {
	var out []string
	updatePairs(call, func(_ string, v ast.Expr) {
		if a, ok := v.(*ast.Attribute); ok {
			if obj, ok := a.Value.(*ast.Name); ok {
				out = append(out, obj.Id+"."+a.Attr)
			}
		}
	})
	return out
}

// computedUpdates returns the changes of object fields a query update
// writes computed from their own value, at the value: `update(n=obj.n +
// 1)`, `update({"n": obj.n - x})`, `update({Model.n: obj.n * 2})`, the
// field it names the one it reads, of an object fn binds (a row it
// loaded, or was given): `update({"n": Model.n + 1})` reads the column,
// an expression the database computes.
func computedUpdates(fn *semantic.Function, call *ast.Call) []rmw {
	var out []rmw
	updatePairs(call, func(field string, value ast.Expr) {
		if field == "" {
			return
		}
		ast.Inspect(value, func(n ast.Node) bool {
			a, ok := n.(*ast.Attribute)
			if !ok || a.Attr != field {
				return true
			}
			if obj, ok := a.Value.(*ast.Name); ok && fn.Local(obj.Id) && computesFrom(value, obj.Id, field) {
				out = append(out, rmw{obj: obj.Id, attr: field, node: value})
				return false
			}
			return true
		})
	})
	return out
}

// checkAndSet answers, for the changes of one def, whether each runs
// under a check-and-set: an if around it whose test reads a field of the
// changed object, not the one changed (itself, or through a local bound
// to what reads it), and whose arm holding the change assigns that field
// (`if day > stats.last_day: stats.streak += 1; stats.last_day = day`),
// where two requests that both pass the check write what one after the
// other would. What it works out is kept, as sets, per local and per arm:
// a generated def of thousands of changes and tests asks the same of it
// again and again.
type checkAndSet struct {
	fn *semantic.Function
	// class is the class fn is a method of, or nil: a test of a property
	// of its receiver reads the fields the property does.
	class *semantic.Class
	// values are the values the def assigns to each of its locals, built
	// on the first test that reads one.
	values map[string][]ast.Expr
	// read: the fields of an object the values of a local read;
	// assigned: the fields of an object an arm (by its first statement)
	// assigns.
	read     map[[2]string]map[string]bool
	assigned map[armObject]map[string]bool
}

// armObject is an arm of an if, by its first statement, and an object.
type armObject struct {
	arm ast.Stmt
	obj string
}

// field returns the field of obj that guards a change of obj.attr at pos
// so, or "".
func (g *checkAndSet) field(pos token.Pos, obj, attr string) string {
	body := g.fn.Body
	for {
		st := stmtAt(body, pos)
		if st == nil {
			return ""
		}
		// The check as an early return (`if obj.deleted_at: return`):
		// what follows it in the block runs while its test is false.
		for i, prev := range body {
			if prev == st {
				break
			}
			if n, ok := prev.(*ast.If); ok && len(n.Orelse) == 0 && semantic.Jumps(n.Body) {
				if f := g.guard(n.Test, body[i+1:], obj, attr); f != "" {
					return f
				}
			}
		}
		inner := armAt(st, pos)
		if inner == nil {
			return ""
		}
		if n, ok := st.(*ast.If); ok {
			if f := g.guard(n.Test, inner, obj, attr); f != "" {
				return f
			}
		}
		body = inner
	}
}

// guard returns a field of obj, not attr, that test reads and arm
// assigns, or "". The arm's fields are few; the fields a test reads
// through a local assigned many times may be many: each of the arm's is
// looked up among them.
func (g *checkAndSet) guard(test ast.Expr, arm []ast.Stmt, obj, attr string) string {
	assigned := g.assignedIn(arm, obj)
	if len(assigned) == 0 {
		return ""
	}
	direct := g.fieldsOf(test, obj)
	var locals []string
	ast.Inspect(test, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok && g.fn.Local(x.Id) {
			locals = append(locals, x.Id)
		}
		return true
	})
	for f := range assigned {
		if f == attr {
			continue
		}
		if slices.Contains(direct, f) {
			return f
		}
		for _, l := range locals {
			if g.readThrough(l, obj)[f] {
				return f
			}
		}
	}
	return ""
}

// valuesOf returns the values the def assigns to the local name, the
// def's assignments indexed when first asked.
func (g *checkAndSet) valuesOf(name string) []ast.Expr {
	if g.values == nil {
		g.values = localValues(g.fn)
	}
	return g.values[name]
}

// readThrough returns the fields of obj that the values the def assigns
// to local read (`is_new = day > stats.last_day`), also through the
// locals they read.
func (g *checkAndSet) readThrough(local, obj string) map[string]bool {
	key := [2]string{local, obj}
	if fields, ok := g.read[key]; ok {
		return fields
	}
	fields := map[string]bool{}
	if g.read == nil {
		g.read = map[[2]string]map[string]bool{}
	}
	g.read[key] = fields // a local assigned from itself reads nothing more
	for _, v := range g.valuesOf(local) {
		for _, f := range g.fieldsOf(v, obj) {
			fields[f] = true
		}
		// Through the locals it reads (`counted = last == today`, `last
		// = stats.last_day.date()`).
		ast.Inspect(v, func(n ast.Node) bool {
			if x, ok := n.(*ast.Name); ok && x.Id != local && x.Id != obj && g.fn.Local(x.Id) {
				for f := range g.readThrough(x.Id, obj) {
					fields[f] = true
				}
			}
			return true
		})
	}
	return fields
}

// assignedIn returns the fields of obj that arm, nested defs aside,
// assigns.
func (g *checkAndSet) assignedIn(arm []ast.Stmt, obj string) map[string]bool {
	key := armObject{arm[0], obj}
	if fields, ok := g.assigned[key]; ok {
		return fields
	}
	fields := map[string]bool{}
	for _, st := range arm {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Assign:
				for _, t := range n.Targets {
					if a, ok := t.(*ast.Attribute); ok && semantic.IsName(a.Value, obj) {
						fields[a.Attr] = true
					}
				}
			}
			return true
		})
	}
	if g.assigned == nil {
		g.assigned = map[armObject]map[string]bool{}
	}
	g.assigned[key] = fields
	return fields
}

// fieldsOf returns the fields of obj that e reads, and, where obj is the
// receiver of a method and a field is a property of its class, the
// fields the property reads (`self.local_last_practiced`, whose getter
// converts self.last_practiced).
func (g *checkAndSet) fieldsOf(e ast.Expr, obj string) []string {
	out := fieldsOf(e, obj)
	if g.class == nil || g.fn.Args == nil || firstParam(g.fn.Args) != obj {
		return out
	}
	for _, f := range out {
		m := g.class.Methods[f]
		if m == nil || m.Kind != semantic.Property || m.Self == "" {
			continue
		}
		for _, st := range m.Body {
			ast.Inspect(st, func(n ast.Node) bool {
				if a, ok := n.(*ast.Attribute); ok && semantic.IsName(a.Value, m.Self) && a.Attr != f {
					out = append(out, a.Attr)
				}
				return true
			})
		}
	}
	return out
}

// fieldsOf returns the fields of obj that e reads (obj.f).
func fieldsOf(e ast.Expr, obj string) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		if a, ok := n.(*ast.Attribute); ok && semantic.IsName(a.Value, obj) {
			out = append(out, a.Attr)
		}
		return true
	})
	return out
}

// computesFrom reports whether e computes a new value from name.attr (or
// from the local name, when attr is ""): as an operand of an arithmetic
// or a call, also with a default of its own (`(obj.n or 0) + x`), not
// only as a fallback (`x or obj.attr`, `data.get("k", obj.attr)`, `a if
// c else obj.attr`), which keeps the old value rather than changing it.
func computesFrom(e ast.Expr, name, attr string) bool {
	is := func(x ast.Expr) bool {
		if attr == "" {
			return semantic.IsName(x, name)
		}
		a, ok := x.(*ast.Attribute)
		return ok && a.Attr == attr && isObject(a.Value, name)
	}
	// Only arithmetic or concatenation with the old value (obj.n + 1,
	// min(1.0, obj.n + x)) or a comprehension over it ([d for d in
	// obj.items if ...]) changes it; a call given it (session.merge(obj.x),
	// deepmerge(obj.x, data)) may replace it whole.
	found := false
	var under func(n ast.Node) bool
	under = func(n ast.Node) bool {
		hit := false
		ast.Inspect(n, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.BoolOp:
				// (obj.n or 0) + x: what an or falls back to is its
				// last operand; those before it are the value.
				if x.Op == ast.Or {
					for _, v := range x.Values[:len(x.Values)-1] {
						hit = hit || under(v)
					}
				}
				return false
			case *ast.IfExp:
				return false // a fallback
			case ast.Expr:
				if is(x) {
					hit = true
				}
			}
			return !hit
		})
		return hit
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BoolOp, *ast.IfExp:
			return false
		case *ast.BinOp:
			found = under(n)
		case *ast.Comprehension:
			found = under(n.Iter)
		}
		return !found
	})
	return found
}

// copiedField returns the dotted path of the field e copies (copyOf:
// `dict(x.f)`, `x.f.copy()`), or "".
func copiedField(e ast.Expr) string {
	if a, ok := copyOf(e).(*ast.Attribute); ok && objectPath(a.Value) != "" {
		return objectPath(a.Value) + "." + a.Attr
	}
	return ""
}

// changedCopy reports whether e is a local that holds a copy of the
// field at path (copyOf: the copied field and where), changed in place
// since (bumps) and not bound again in between (rebinds): the field's
// old value with the def's changes.
func changedCopy(e ast.Expr, path string, copyOf func(string) (string, token.Pos, bool), bumps, rebinds map[string][]token.Pos) bool {
	v, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	copied, at, ok := copyOf(v.Id)
	if !ok || copied != path {
		return false
	}
	after := func(p token.Pos) bool { return p > at && p < v.Pos() }
	return slices.ContainsFunc(bumps[v.Id], after) && !slices.ContainsFunc(rebinds[v.Id], after)
}

// prefixOf returns what e puts before the old value of name.attr, or a
// slice of it, when e is `x + name.attr` or `x + name.attr[1:]` (x no
// read of it); nil otherwise.
func prefixOf(e ast.Expr, name, attr string) ast.Expr {
	b, ok := e.(*ast.BinOp)
	if !ok || b.Op != ast.Add {
		return nil
	}
	old := b.Right
	if s, ok := old.(*ast.Subscript); ok {
		if _, slice := s.Slice.(*ast.Slice); slice {
			old = s.Value
		}
	}
	if a, ok := old.(*ast.Attribute); !ok || a.Attr != attr || !isObject(a.Value, name) || computesFrom(b.Left, name, attr) {
		return nil
	}
	return b.Left
}

// stringConstant reports whether qn is a module-level name of the tree
// bound to a string.
func stringConstant(p *semantic.Program, qn string) bool {
	_, _, b := p.Global(qn)
	return b != nil && b.Kind == semantic.BindValue && b.Value.Kind == semantic.Literal && b.Value.Display == "str"
}

// makesObject reports whether e builds a new object: a call of a
// capitalised name (Step(...)), or a create() call
// (Step.objects.create(...)).
func makesObject(e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	last := lastName(call.Func)
	return last == "create" || last != "" && last[0] >= 'A' && last[0] <= 'Z'
}

// helperOf returns the def of the module that the call e makes by name:
// one nested in fn, or a module-level one; nil for anything else.
func helperOf(mod *semantic.Module, fn *semantic.Function, e ast.Expr) *semantic.Function {
	call, ok := e.(*ast.Call)
	if !ok {
		return nil
	}
	name, ok := call.Func.(*ast.Name)
	if !ok {
		return nil
	}
	if g := mod.FunctionNamed(fn.QualName + ".<locals>." + name.Id); g != nil {
		return g
	}
	return moduleDef(mod, fn, name.Id)
}

// helperModel returns the model, as spelt, whose query a def of the
// module that e calls returns at each of its returns (`def
// get_user(pk): return User.query.get(pk)`), or that its return
// annotation names (`def _get(self, pk) -> User:`), or "".
func helperModel(mod *semantic.Module, fn *semantic.Function, e ast.Expr) string {
	h := helperOf(mod, fn, e)
	if call, ok := e.(*ast.Call); ok && h == nil {
		// A method of fn's class on its receiver (`self._get(pk)`).
		if qn := calledDef(mod, fn, call); qn != "" {
			h = mod.FunctionNamed(qn)
		}
	}
	if h == nil {
		return ""
	}
	var returns ast.Expr
	switch d := h.Node.(type) {
	case *ast.FunctionDef:
		returns = d.Returns
	case *ast.AsyncFunctionDef:
		returns = d.Returns
	}
	if p := semantic.DottedPath(returns); p != "" && semantic.Capitalised(p) {
		return p
	}
	libs := mod.Libraries()
	model := ""
	for _, n := range h.Nodes() {
		r, ok := n.(*ast.Return)
		if !ok {
			continue
		}
		m := queryModel(libs, r.Value)
		if m == nil || model != "" && semantic.DottedPath(m) != model {
			return ""
		}
		model = semantic.DottedPath(m)
	}
	return model
}

// madeByHelper reports whether e calls a def of the module (one nested
// in fn, or a module-level one) that returns only objects it makes
// (makesObject), directly or through a local that it binds to one made,
// or reads from a dict of locals that keeps what it made (`s =
// by_user.get(uid); if not s: s = Stats(...); by_user[uid] = s; return
// s`).
func madeByHelper(mod *semantic.Module, fn *semantic.Function, e ast.Expr) bool {
	h := helperOf(mod, fn, e)
	if h == nil {
		return false
	}
	// A local of the helper or of the def around it, not a parameter
	// nor a global: a container only they fill.
	local := func(x ast.Expr) bool {
		n, ok := x.(*ast.Name)
		return ok && !semantic.HasParam(h.Args, n.Id) && !h.Global(n.Id) && (h.Local(n.Id) || h.Parent != nil && h.Parent.Local(n.Id) && !semantic.HasParam(h.Parent.Args, n.Id))
	}
	made, other := map[string]bool{}, map[string]bool{}
	var returned []string
	returns := 0
	for _, n := range h.Nodes() {
		switch n := n.(type) {
		case *ast.Assign:
			t, ok := n.Targets[0].(*ast.Name)
			if !ok || len(n.Targets) != 1 {
				continue
			}
			switch v := n.Value.(type) {
			case *ast.Call:
				if makesObject(v) {
					made[t.Id] = true
					continue
				}
				if f, ok := v.Func.(*ast.Attribute); ok && f.Attr == "get" && local(f.Value) {
					continue
				}
			case *ast.Subscript:
				if local(v.Value) {
					continue
				}
			}
			other[t.Id] = true
		case *ast.Return:
			returns++
			switch v := n.Value.(type) {
			case *ast.Name:
				returned = append(returned, v.Id)
			default:
				if !makesObject(v) {
					return false
				}
			}
		}
	}
	for _, x := range returned {
		if !made[x] || other[x] {
			return false
		}
	}
	return returns > 0
}

// cacheLike reports whether e names a cache or key-value store client:
// its last name has the word cache, redis or store.
func cacheLike(e ast.Expr) bool {
	last := strings.ToLower(lastName(e))
	for word := range strings.SplitSeq(last, "_") {
		switch word {
		case "cache", "caches", "redis", "store", "kv":
			return true
		}
	}
	return false
}

// An exitCommit is a with statement of a def whose exit may commit what
// its block changed: over a session's begin() (ExitCommits), or over a
// def of the tree, def, that commits after its yield if the program says
// so (Program.CommitsOnExit).
type exitCommit struct {
	span ast.Span
	text string // the context expression, as written
	def  string // qualified; "" for a begin(), which commits
}

// exitCommits returns the with statements of fn whose exit may commit,
// outer before inner.
func exitCommits(mod *semantic.Module, libs *libraries.Index, fn *semantic.Function, text func(ast.Node) string) *[]exitCommit {
	var out []exitCommit
	for _, n := range fn.Nodes() {
		var items []*ast.WithItem
		var body []ast.Stmt
		switch w := n.(type) {
		case *ast.With:
			items, body = w.Items, w.Body
		case *ast.AsyncWith:
			items, body = w.Items, w.Body
		default:
			continue
		}
		if len(body) == 0 {
			continue
		}
		span := ast.Span{Lo: body[0].Pos(), Hi: body[len(body)-1].End()}
		for _, it := range items {
			call, ok := it.ContextExpr.(*ast.Call)
			if !ok {
				continue
			}
			if f, ok := call.Func.(*ast.Attribute); ok && libs.IsExitCommit(f.Attr) && queryReceiver(libs, f.Value) {
				out = append(out, exitCommit{span: span, text: text(call)})
			} else if path := semantic.DottedPath(call.Func); path != "" {
				if qn := mod.ResolveIn(fn, path); qn != "" {
					out = append(out, exitCommit{span: span, text: text(call), def: mod.Intern(qn)})
				}
			}
		}
	}
	return &out
}

// queryReceiver reports whether e is named as a database handle (a word
// of QueryReceivers: session, db, conn).
func queryReceiver(libs *libraries.Index, e ast.Expr) bool { return semantic.SessionLike(libs, e) }

// ownHelpers are the defs a def's calls may reach that set fields for
// it: the defs nested in fn (nested: their names, as fn's walk meets
// their statements, before the calls of them) and the methods of its
// class.
type ownHelpers struct {
	mod    *semantic.Module
	fn     *semantic.Function
	nested []string
}

// setByCall returns what call sets outright in the top level of its
// callee's body, as "obj.attr", when the callee is a def nested in fn
// (`def start(): item.views = 0`, then `start()`) or a method of fn's
// class called on fn's receiver (`self.zero()`) that assigns attributes
// of its receiver (Method.Resets): a change after the call changes what
// the def set, as after a set in fn itself.
func (h *ownHelpers) setByCall(call *ast.Call) []string {
	switch f := call.Func.(type) {
	case *ast.Name:
		if !slices.Contains(h.nested, f.Id) {
			return nil
		}
		if callee := h.mod.FunctionNamed(h.fn.QualName + ".<locals>." + f.Id); callee != nil {
			return setsOutright(callee.Body, "")
		}
	case *ast.Attribute:
		self, ok := f.Value.(*ast.Name)
		if !ok || self.Id != firstParam(h.fn.Args) {
			return nil
		}
		c := classOfDef(h.mod, h.fn)
		if c == nil {
			return nil
		}
		if m := c.Methods[f.Attr]; m == nil || len(m.Resets) == 0 || m.Self == "" {
			return nil
		}
		callee := h.mod.FunctionNamed(c.QualName + "." + f.Attr)
		if callee == nil {
			return nil
		}
		recv := firstParam(callee.Args)
		var out []string
		for _, k := range setsOutright(callee.Body, recv) {
			out = append(out, self.Id+k[len(recv):])
		}
		return out
	}
	return nil
}

// setsOutright returns the attributes of recv (of any name, for "")
// that an assignment of body's top level sets to a value that does not
// read them, as "obj.attr".
func setsOutright(body []ast.Stmt, recv string) []string {
	var out []string
	for _, st := range body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		t, ok := a.Targets[0].(*ast.Attribute)
		if !ok {
			continue
		}
		obj, ok := t.Value.(*ast.Name)
		if !ok || recv != "" && obj.Id != recv {
			continue
		}
		path := obj.Id + "." + t.Attr
		reads := false
		ast.Inspect(a.Value, func(n ast.Node) bool {
			if x, ok := n.(*ast.Attribute); ok && semantic.IsPath(x, path) {
				reads = true
			}
			return !reads
		})
		if !reads {
			out = append(out, path)
		}
	}
	return out
}

// objectPath returns the dotted path of e, a name or a chain of
// attributes of one (`ticket.source`: a related row the chain loads),
// or "".
func objectPath(e ast.Expr) string {
	switch e.(type) {
	case *ast.Name, *ast.Attribute:
		return semantic.DottedPath(e)
	}
	return ""
}

// isObject reports whether e is the object path names (objectPath).
func isObject(e ast.Expr, path string) bool { return semantic.IsPath(e, path) }
