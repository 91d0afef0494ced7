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
	if settingsByCode(target) {
		// vars().update(config), globals()[key] = value: settings read
		// at run time (a YAML file's), any of which may be a cache's.
		for _, name := range w.libs.CacheSettingNames() {
			w.cacheUnknown(name, line)
		}
		return
	}
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
// the tree does: settings for development or tests (developmentSettings)
// do not count. Where no module of the tree
// binds the setting at all, cs.DefaultAlias has cs.DefaultBackend, in a
// tree with a project's settings (a module, not test or example code,
// that binds a root URL
// configuration, and star-imports no module from outside the tree,
// which might bind it): b.Line is then 0 and m is that module. ok is
// false when no module binds the alias, or one binds it to another
// backend or to what the model cannot read. A decision that asks reads
// every module.
func (p *Program) ProcessLocalCache(cs libraries.CacheSetting, alias string) (m *Module, b CacheBinding, ok bool) {
	bound := false // some production module binds the setting
	var project *Module
	for mod := range p.AllModules() {
		if mod.IsTest() || mod.IsExample() || p.developmentSettings(mod) {
			continue
		}
		if mod.bindsRootURLConf() && (project == nil || mod.Path < project.Path) {
			project = mod
		}
		for _, x := range mod.CacheBindings {
			if x.Setting != cs.Name {
				continue
			}
			bound = true
			switch {
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
	if m != nil || bound || project == nil || alias != cs.DefaultAlias || !slices.Contains(cs.Local, cs.DefaultBackend) {
		return m, b, m != nil
	}
	for _, from := range project.StarImports {
		if p.Module(from) == nil {
			return nil, CacheBinding{}, false // settings from outside the tree
		}
	}
	return project, CacheBinding{Setting: cs.Name, Alias: alias, Backend: cs.DefaultBackend}, true
}

// developmentSettings reports whether m is settings for development or
// tests: it binds the debug setting True (`DEBUG = True`), or takes the
// settings of a test module whole (`from .test_settings import *`, a CI
// run's settings).
func (p *Program) developmentSettings(m *Module) bool {
	if m.DebugSettings {
		return true
	}
	for _, from := range m.StarImports {
		if t := p.Module(from); t != nil && t.IsTest() {
			return true
		}
	}
	return false
}

// bindsRootURLConf reports whether m binds one of the libraries' root URL
// configurations (ROOT_URLCONF = "shop.urls"): a project's settings.
func (m *Module) bindsRootURLConf() bool {
	return m.entry != nil && len(m.entry.rootURLConfs) > 0
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

// settingsByCode reports whether target, what a module-level statement
// assigns to or calls a method of, is the module's namespace itself:
// `vars().update(...)`, `globals()[key] = value`, `vars()[key].update(v)`.
func settingsByCode(target ast.Expr) bool {
	for {
		switch t := target.(type) {
		case *ast.Subscript:
			target = t.Value
		case *ast.Attribute:
			target = t.Value
		case *ast.Call:
			n, ok := t.Func.(*ast.Name)
			return ok && len(t.Args) == 0 && (n.Id == "vars" || n.Id == "globals")
		default:
			return false
		}
	}
}
