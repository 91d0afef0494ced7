package semantic

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// MadeAt returns the class of the object that the call at pos, in the
// def named from (module-qualified), calls a method on, where the def
// made that object itself: a local it binds once, to a new instance of
// the class (`job = Job(...)`, not of a class every call of which gives
// one object) or to a new row of the model a manager
// of it inserts (`job = Job.objects.create(...)`, NewRowMethods). Nil
// for any other receiver: until the def hands such an object on, no
// other request or task holds it.
func (p *Program) MadeAt(from string, pos token.Pos) *Class {
	m, _ := p.split(from)
	if m == nil {
		return nil
	}
	i, found := slices.BinarySearchFunc(m.made, pos, func(c madeCall, pos token.Pos) int { return cmp.Compare(c.pos, pos) })
	if !found {
		return nil
	}
	made := m.made[i]
	if made.arg {
		return nil // the call passes it on
	}
	resolve := func(path string) string { return p.madePath(m, made, path) }
	if c := p.Class(resolve(made.path)); c != nil {
		if p.Singleton(c) != "" {
			return nil // every call gives the one object
		}
		return c
	}
	// Model.objects.create(...): the model, two names up.
	path := made.path
	manager, method := parentName(path), path[strings.LastIndexByte(path, '.')+1:]
	if manager == "" || parentName(manager) == "" || !p.libs.IsNewRowMethod(method) {
		return nil
	}
	return p.Class(resolve(parentName(manager)))
}

// madePath is the qualified name of path, made's or a name above it,
// in m.
func (p *Program) madePath(m *Module, made madeCall, path string) string {
	if made.qualified {
		return path // through an import in the def
	}
	return p.ResolvePath(m, path)
}

// ClaimedAt reports whether the call at pos, in the def named from
// (module-qualified), is on an object that def holds locked or claimed,
// as receiver or argument: a local it binds once, to what a def that
// locks or claims the rows it reads returns (LocksRows: `job =
// Job.next_job()`, whose conditional update one worker alone wins, then
// `work(job)`). No other run changes that row meanwhile.
func (p *Program) ClaimedAt(from string, pos token.Pos) bool {
	m, _ := p.split(from)
	if m == nil {
		return false
	}
	i, _ := slices.BinarySearchFunc(m.made, pos, func(c madeCall, pos token.Pos) int { return cmp.Compare(c.pos, pos) })
	for ; i < len(m.made) && m.made[i].pos == pos; i++ {
		if made := m.made[i]; p.LocksRows(p.madePath(m, made, made.path)) {
			return true
		}
	}
	return false
}
