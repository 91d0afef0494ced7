package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
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
			case libs.IsHandOffName(last):
				// The names the call uses, once: then the loaded ones.
				seen := map[string]bool{}
				ast.Inspect(n, func(x ast.Node) bool {
					if nm, ok := x.(*ast.Name); ok && loaded[nm.Id] && !seen[nm.Id] {
						seen[nm.Id] = true
						events = append(events, event{pos: n.End(), kind: 'h', name: nm.Id, node: n})
					}
					return true
				})
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
			case libs.IsWait(last):
				events = append(events, event{pos: n.Pos(), kind: 'w'})
			}
		case *ast.Attribute:
			if x, ok := n.Value.(*ast.Name); ok && n.Ctx == ast.Load && loaded[x.Id] && n.Attr != "id" && n.Attr != "pk" && !libs.IsSave(n.Attr) && !libs.IsReload(n.Attr) {
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
func sortEvents(events []event) {
	slices.SortStableFunc(events, func(a, b event) int { return cmp.Compare(a.pos, b.pos) })
}
