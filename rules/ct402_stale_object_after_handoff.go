package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// StaleObjectAfterHandoff is CT402.
var StaleObjectAfterHandoff = &analysis.Analyzer{
	Name: "stale-object-after-handoff",
	Code: "CT402",
	Doc:  doc("CT402"),
	Run:  runStaleObjectAfterHandoff,
}

func runStaleObjectAfterHandoff(pass *analysis.Pass) {
	mod := pass.Module
	for _, fn := range mod.Functions() {
		staleReads(pass, mod, fn)
	}
}

// event is a point of a def's body, in source order, that the rule
// reads: a load into a local, a hand-off of it, a wait, a refresh, a
// read of an attribute.
type event struct {
	pos      token.Pos
	kind     byte // 'l'oad, 'h'and-off, 'w'ait, 'r'efresh, 'a'ttribute read
	name     string
	node     ast.Node
	attrName string
}

func staleReads(pass *analysis.Pass, mod *semantic.Module, fn *semantic.Function) {
	libs := mod.Libraries()
	var events []event
	loaded := map[string]bool{}
	fn.EachNode(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			if t, ok := n.Targets[0].(*ast.Name); ok && len(n.Targets) == 1 && readsRow(mod, n.Value) {
				loaded[t.Id] = true
				events = append(events, event{pos: n.End(), kind: 'l', name: t.Id})
			}
		case *ast.Await:
			if len(loaded) > 0 {
				events = append(events, event{pos: n.Pos(), kind: 'w'})
			}
		case *ast.Call:
			// Until a local is loaded there is nothing to hand off or
			// refresh, and a wait before the load (in source order, as
			// the walk goes) waits for no hand-off: most defs load none.
			if len(loaded) == 0 {
				return
			}
			last := lastName(n.Func)
			switch {
			case libs.IsHandOffName(last) && !builtinCall(mod, n) && !onQuery(libs, n):
				// The loaded locals the call hands on, once each: as an
				// argument, or as the receiver of the callable it runs
				// (Thread(target=order.sync)).
				seen := map[string]bool{}
				callables := callableArgs(libs, n, last)
				for _, a := range slices.Concat(n.Args, keywordValues(n)) {
					for name := range loaded {
						if !seen[name] && (handsOn(libs, a, name) || callables[a] && boundOn(a, name)) {
							seen[name] = true
							events = append(events, event{pos: n.End(), kind: 'h', name: name, node: n})
						}
					}
				}
			case libs.IsReload(last):
				// obj.refresh_from_db(), session.refresh(obj)
				if f, ok := n.Func.(*ast.Attribute); ok {
					if x, ok := f.Value.(*ast.Name); ok && loaded[x.Id] {
						events = append(events, event{pos: n.Pos(), kind: 'r', name: x.Id})
					}
				}
				for _, a := range n.Args {
					if x, ok := a.(*ast.Name); ok && loaded[x.Id] {
						events = append(events, event{pos: n.Pos(), kind: 'r', name: x.Id})
					}
				}
			case libs.IsWait(last) && !stringMethod(n):
				events = append(events, event{pos: n.Pos(), kind: 'w'})
			}
		case *ast.Attribute:
			if x, ok := n.Value.(*ast.Name); ok && n.Ctx == ast.Load && loaded[x.Id] && !libs.IsRowKey(n.Attr) && !libs.IsSave(n.Attr) && !libs.IsReload(n.Attr) {
				events = append(events, event{pos: n.Pos(), kind: 'a', name: x.Id, node: n, attrName: n.Attr})
			}
		}
	})
	if len(events) == 0 {
		return
	}
	sortEvents(events)
	// Per loaded local: handed off, then waited for, then read with no
	// refresh (or new load) in between.
	type state struct {
		handed, waited bool
		by             ast.Node
		reported       bool
	}
	st := map[string]*state{}
	for name := range loaded {
		st[name] = &state{}
	}
	for _, e := range events {
		switch e.kind {
		case 'l', 'r':
			*st[e.name] = state{reported: st[e.name].reported}
		case 'h':
			s := st[e.name]
			s.handed, s.by = true, e.node
		case 'w':
			for _, s := range st {
				if s.handed {
					s.waited = true
				}
			}
		case 'a':
			s := st[e.name]
			if !s.handed || !s.waited || s.reported {
				continue
			}
			s.reported = true
			src := mod.File.Src
			by := string(src[s.by.Pos():s.by.End()])
			if len(by) > 50 || strings.Contains(by, "\n") {
				by = describeCall(s.by.(*ast.Call).Func) + "(...)"
			}
			pass.Reportf(e.node.Pos(), e.node.End(),
				"`%s.%s` is read from `%s`'s own copy after `%s` was handed to `%s` and waited for: a change the other worker made to the row is not in it; read it again first (`%s.refresh_from_db()`, `%s.reload()`, `session.refresh(%s)`)",
				e.name, e.attrName, fn.QualName, e.name, by, e.name, e.name, e.name)
		}
	}
}

// sortEvents orders events by position; events at one position keep the
// order they were found in.
// callableArgs returns the arguments of hand-off call (named last) that
// pass the callable it runs, by the libraries' HandOffs.
func callableArgs(libs *libraries.Index, call *ast.Call, last string) map[ast.Expr]bool {
	out := map[ast.Expr]bool{}
	for _, h := range libs.HandOffs() {
		name := h.Func
		if h.Method != "" {
			name = h.Method
		}
		if name[strings.LastIndexByte(name, '.')+1:] != last {
			continue
		}
		for i, a := range call.Args {
			if i == h.Arg || h.Rest && h.Arg >= 0 && i > h.Arg {
				out[a] = true
			}
		}
		for _, k := range call.Keywords {
			if h.Keyword != "" && k.Arg == h.Keyword {
				out[k.Value] = true
			}
		}
	}
	return out
}

// boundOn reports whether e is a method of the object name holds
// (`order.sync`): the worker that calls it has the object itself.
func boundOn(e ast.Expr, name string) bool {
	a, ok := e.(*ast.Attribute)
	return ok && semantic.IsName(a.Value, name)
}

// builtinCall reports whether call is of a builtin the module does not
// rebind (map(f, rows) runs f here, unlike executor.map).
func builtinCall(mod *semantic.Module, call *ast.Call) bool {
	f, ok := call.Func.(*ast.Name)
	return ok && mod.Bindings[f.Id] == nil && (f.Id == "map" || f.Id == "filter")
}

// handsOn reports whether argument e gives the worker the object name
// holds, or its id: the name itself, its row key (`name.id`, `name.pk`:
// the libraries' RowKeys), in a display, a lambda, or a call made with it
// (a coroutine of it, functools.partial). A value computed from its other fields
// (`parse(obj.court_id)`) is data, not the row.
func handsOn(libs *libraries.Index, e ast.Expr, name string) bool {
	switch e := e.(type) {
	case *ast.Name:
		return e.Id == name
	case *ast.Attribute:
		if semantic.IsName(e.Value, name) {
			return libs.IsRowKey(e.Attr)
		}
		return handsOn(libs, e.Value, name)
	case *ast.Subscript:
		return handsOn(libs, e.Value, name)
	case *ast.Starred:
		return handsOn(libs, e.Value, name)
	case *ast.Lambda:
		return semantic.Mentions(e.Body, name)
	case *ast.Call:
		return slices.ContainsFunc(slices.Concat(e.Args, keywordValues(e)), func(a ast.Expr) bool { return handsOn(libs, a, name) })
	case *ast.BoolOp:
		return slices.ContainsFunc(e.Values, func(a ast.Expr) bool { return handsOn(libs, a, name) })
	case *ast.IfExp:
		return handsOn(libs, e.Body, name) || handsOn(libs, e.Orelse, name)
	case *ast.NamedExpr:
		return handsOn(libs, e.Value, name)
	}
	return slices.ContainsFunc(displayItems(e), func(a ast.Expr) bool { return handsOn(libs, a, name) })
}

func sortEvents(events []event) {
	slices.SortStableFunc(events, func(a, b event) int { return cmp.Compare(a.pos, b.pos) })
}

// onQuery reports whether call is a method of a query chain
// (`Access.objects.create(dashboard=d)`): a row written in the same
// transaction, not a hand-off whose name it shares (RQ's Job.create).
func onQuery(libs *libraries.Index, call *ast.Call) bool {
	f, ok := call.Func.(*ast.Attribute)
	return ok && queryChain(libs, f.Value)
}

// stringMethod reports whether call is a method of a string that
// shares a wait's name: `", ".join(names)`, not a thread's join.
func stringMethod(call *ast.Call) bool {
	f, ok := call.Func.(*ast.Attribute)
	if !ok {
		return false
	}
	switch f.Value.(type) {
	case *ast.Constant, *ast.JoinedStr:
		return true
	}
	return false
}
