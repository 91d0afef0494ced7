package semantic

import (
	"slices"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// A CacheBinding is what a module binds an alias of a cache setting
// (libraries.CacheSetting: Django's CACHES) to, at module level.
type CacheBinding struct {
	Setting string // "CACHES"
	// Alias is the alias bound, "" when the module binds the whole
	// setting to what the model cannot read (`CACHES = env.cache()`,
	// `CACHES.update(...)`, `CACHES["default"] = backend`).
	Alias string
	// Backend is the alias's backend as the module spells it, ""
	// when it is not a string.
	Backend string
	Line    int32
}

// cacheSetting records what `name = value`, at module level, binds the
// aliases of a cache setting to.
func (w *factWalker) cacheSetting(name string, value ast.Expr, line int32) {
	cs, ok := w.libs.CacheSetting(name)
	if !ok {
		return
	}
	d, ok := value.(*ast.Dict)
	if !ok {
		w.cacheUnknown(cs.Name, line)
		return
	}
	for i, k := range d.Keys {
		alias, ok := w.moduleString(k)
		if !ok {
			w.cacheUnknown(cs.Name, line)
			return
		}
		b := CacheBinding{Setting: w.m.Intern(cs.Name), Alias: w.m.Intern(alias), Line: line}
		if opts, ok := d.Values[i].(*ast.Dict); ok {
			if s, ok := StringConstant(keyed(opts, cs.BackendKey)); ok {
				b.Backend = w.m.Intern(s)
			}
		}
		w.m.CacheBindings = append(w.m.CacheBindings, b)
	}
}

// cacheChanged records a module-level change of a cache setting other
// than a binding of the whole: an alias's options or backend assigned by
// key (`CACHES["default"] = {...}`, `CACHES["default"]["BACKEND"] =
// "..."`; value is nil for a change that assigns nothing). Any other
// change (an augmented assignment, a method called on it, an item of
// what the model cannot name, `settings.CACHES = ...`) leaves the whole
// setting to what the model cannot read.
func (w *factWalker) cacheChanged(target, value ast.Expr, line int32) {
	var keys []string
	for {
		switch t := target.(type) {
		case *ast.Subscript:
			k, _ := w.moduleString(t.Slice) // "": a key the model cannot read
			keys = append(keys, k)
			target = t.Value
			continue
		case *ast.Attribute:
			if cs, ok := w.libs.CacheSetting(t.Attr); ok {
				w.cacheUnknown(cs.Name, line)
				return
			}
			keys = append(keys, "")
			target = t.Value
			continue
		case *ast.Name:
			cs, ok := w.libs.CacheSetting(t.Id)
			if !ok {
				return
			}
			slices.Reverse(keys)
			b := CacheBinding{Setting: w.m.Intern(cs.Name), Line: line}
			switch {
			case value == nil || len(keys) == 0 || keys[0] == "":
				w.cacheUnknown(cs.Name, line)
				return
			case len(keys) == 1:
				if opts, ok := value.(*ast.Dict); ok {
					if s, ok := StringConstant(keyed(opts, cs.BackendKey)); ok {
						b.Backend = w.m.Intern(s)
					}
				}
			case len(keys) == 2 && keys[1] == cs.BackendKey:
				if s, ok := StringConstant(value); ok {
					b.Backend = w.m.Intern(s)
				}
			case len(keys) == 2 && keys[1] != "":
				return // another option of the alias: not its backend
			}
			b.Alias = w.m.Intern(keys[0])
			w.m.CacheBindings = append(w.m.CacheBindings, b)
		}
		return
	}
}

func (w *factWalker) cacheUnknown(setting string, line int32) {
	w.m.CacheBindings = append(w.m.CacheBindings, CacheBinding{Setting: w.m.Intern(setting), Line: line})
}

// ProcessLocalCache returns where the tree's settings bind alias of the
// cache setting cs to a backend that keeps its entries in each process
// (cs.Local), when every binding of the alias in the production code of
// the tree does: a settings module that binds the debug setting True is
// one for development, and does not count. ok is false when no module
// binds it, or one binds it to another backend or to what the model
// cannot read. A decision that asks reads every module.
func (p *Program) ProcessLocalCache(cs libraries.CacheSetting, alias string) (m *Module, b CacheBinding, ok bool) {
	for mod := range p.AllModules() {
		if len(mod.CacheBindings) == 0 || mod.DebugSettings || mod.IsTest() {
			continue
		}
		for _, x := range mod.CacheBindings {
			switch {
			case x.Setting != cs.Name:
			case x.Alias == "":
				return nil, CacheBinding{}, false
			case x.Alias != alias:
			case !slices.Contains(cs.Local, x.Backend):
				return nil, CacheBinding{}, false
			case m == nil || mod.Path < m.Path || mod == m && x.Line < b.Line:
				m, b = mod, x
			}
		}
	}
	return m, b, m != nil
}

// moduleString returns the string e is: a constant, or a name the module
// binds once, at its top level, to one (`CACHES = {WAFER_CACHE: ...}`).
func (w *factWalker) moduleString(e ast.Expr) (string, bool) {
	if s, ok := StringConstant(e); ok {
		return s, true
	}
	n, ok := e.(*ast.Name)
	if !ok {
		return "", false
	}
	if w.lists == nil {
		w.lists = newModuleLists(w.m.File.Module.Body)
	}
	return w.lists.stringConst(n.Id)
}
