package rules

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// cacheCall is a call, in a def, of a method of a cache framework's
// cache named by alias (libraries.CacheSetting): `cache.delete(key)`,
// `caches["locks"].add(key, 1)`.
type cacheCall struct {
	pos, end token.Pos
	call     string // as written, without its arguments: "cache.delete"
	fn       string // the def's QualName
	setting  libraries.CacheSetting
	alias    string
	key      string // the first argument as written, "" without one
}

// cacheCalls returns the calls in mod's defs of the methods of a cache
// setting's caches that which picks: with results, only the calls
// whose result the def uses.
func cacheCalls(mod *semantic.Module, which func(libraries.CacheSetting) []string, results bool) []cacheCall {
	libs := mod.Libraries()
	if !importsCache(mod, libs) {
		return nil
	}
	var out []cacheCall
	for _, fn := range mod.Functions() {
		unused := map[ast.Expr]bool{}
		semantic.EachOwnNode(fn.Body, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.ExprStmt:
				unused[n.Value] = true
			case *ast.Call:
				f, ok := n.Func.(*ast.Attribute)
				if !ok || results && unused[n] {
					return
				}
				cs, alias, ok := cacheOf(mod, fn, f.Value)
				if ok && slices.Contains(which(cs), f.Attr) {
					written := string(mod.File.Src[f.Pos():f.End()])
					if strings.ContainsAny(written, "\n\\") {
						written = describeCall(f)
					}
					c := cacheCall{pos: n.Pos(), end: n.End(), call: mod.Intern(written), fn: mod.Intern(fn.QualName), setting: cs, alias: mod.Intern(alias)}
					if len(n.Args) > 0 {
						c.key = mod.Intern(string(mod.File.Src[n.Args[0].Pos():n.Args[0].End()]))
					}
					out = append(out, c)
				}
			}
		})
	}
	return out
}

// importsCache reports whether mod imports, at module level, a cache
// object or lookup of the libraries, or a module above one.
func importsCache(mod *semantic.Module, libs *libraries.Index) bool {
	for _, b := range mod.Bindings {
		if b.Kind == semantic.BindImport && libs.IsCachePath(b.Target) {
			return true
		}
	}
	return false
}

// cacheOf returns the cache setting and the alias whose cache e names in
// fn: an object that stands for an alias (`cache`), or a lookup
// subscripted by a string (`caches["locks"]`).
func cacheOf(mod *semantic.Module, fn *semantic.Function, e ast.Expr) (libraries.CacheSetting, string, bool) {
	libs := mod.Libraries()
	if s, ok := e.(*ast.Subscript); ok {
		alias, ok := semantic.StringConstant(s.Slice)
		p := semantic.DottedPath(s.Value)
		if !ok || p == "" || fn.Local(strings.SplitN(p, ".", 2)[0]) {
			return libraries.CacheSetting{}, "", false
		}
		cs, ok := libs.CacheLookup(mod.ResolvePath(p))
		return cs, alias, ok
	}
	p := semantic.DottedPath(e)
	if p == "" || fn.Local(strings.SplitN(p, ".", 2)[0]) {
		return libraries.CacheSetting{}, "", false
	}
	return libs.CacheObject(mod.ResolvePath(p))
}

// localCache describes, for a message, the cache alias of cs and where
// the settings bind it, when it is local to each process
// (Program.ProcessLocalCache).
func localCache(p *semantic.Program, cs libraries.CacheSetting, alias string) (string, bool) {
	m, b, ok := p.ProcessLocalCache(cs, alias)
	if !ok {
		return "", false
	}
	backend := b.Backend[strings.LastIndexByte(b.Backend, '.')+1:]
	if b.Line == 0 {
		return fmt.Sprintf("the `%s` cache, a %s that each worker process keeps in its own memory (the default: no settings module binds %s, %s among them)",
			alias, backend, cs.Name, filepath.ToSlash(m.Path)), true
	}
	return fmt.Sprintf("the `%s` cache, a %s that each worker process keeps in its own memory (%s in %s:%d)",
		alias, backend, cs.Name, filepath.ToSlash(m.Path), b.Line), true
}

// reportCacheCalls reports each of calls whose cache is local to each
// process, with the message what makes of the call and the cache.
func reportCacheCalls(pass *analysis.Pass, calls []cacheCall, what func(c cacheCall, cache string) string) {
	if len(calls) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		// Each question reads every module: asked once per cache.
		type answer struct {
			cache string
			ok    bool
		}
		asked := map[[2]string]answer{}
		for _, c := range calls {
			k := [2]string{c.setting.Name, c.alias}
			a, seen := asked[k]
			if !seen {
				a.cache, a.ok = localCache(pp.Program, c.setting, c.alias)
				asked[k] = a
			}
			if cache, ok := a.cache, a.ok; ok {
				pp.Report(pp.Diagnosticf(c.pos, c.end, "%s", what(c, cache)))
			}
		}
	})
}

// withoutReleases returns calls less those that take out a key a lock
// call of the same def takes, on the same cache: the lock's release
// (`cache.add(key, 1)` ... `cache.delete(key)`), which is the lock's
// finding, not a cache's.
func withoutReleases(calls, locks []cacheCall) []cacheCall {
	return slices.DeleteFunc(calls, func(c cacheCall) bool {
		return c.key != "" && slices.ContainsFunc(locks, func(l cacheCall) bool {
			return l.fn == c.fn && l.alias == c.alias && l.key == c.key && l.setting.Name == c.setting.Name
		})
	})
}

// cacheUse is a class of the module whose base is a library's cache user
// (libraries.CacheUser) and that binds no cache of its own, or the first
// place the module names such a library class itself (`throttle_classes
// = [ScopedRateThrottle]`, or by its dotted path in a settings list),
// for each cache alias: the class keeps its counts in the cache its
// alias gives it.
type cacheUse struct {
	pos, end token.Pos
	// name is the subclass's QualName; "" for a reference to the
	// library's class itself (cacheUserRefs).
	name string
	user libraries.CacheUser
	// used: the module names the class besides its statement (always,
	// for a reference); else the program pass asks whether another
	// module does.
	used bool
}

// cacheUserClasses returns the classes of mod that derive, directly,
// from a cache user of the libraries and do not bind its cache
// attribute: `class BurstThrottle(UserRateThrottle): scope = "burst"`.
func cacheUserClasses(mod *semantic.Module) []cacheUse {
	libs := mod.Libraries()
	var out []cacheUse
	for _, c := range mod.Classes {
		for _, b := range c.BaseNames {
			u, ok := libs.CacheUser(b)
			if !ok || c.Attrs[u.Attr] != nil {
				continue
			}
			end := c.Pos + token.Pos(len("class ")+len(c.Name))
			if int(end) > len(mod.File.Src) || !strings.HasPrefix(string(mod.File.Src[c.Pos:end]), "class ") {
				end = c.Pos + 1
			}
			out = append(out, cacheUse{pos: c.Pos, end: end, name: mod.Intern(c.QualName), user: u})
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	// Named elsewhere in the module (`@throttle_classes([BurstThrottle])`,
	// `throttle_classes = [BurstThrottle]`): in use.
	loads := map[string]bool{}
	ast.Inspect(mod.File.Module, func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok && nm.Ctx == ast.Load {
			loads[nm.Id] = true
		}
		return true
	})
	for i := range out {
		out[i].used = loads[out[i].name]
	}
	slices.SortFunc(out, func(a, b cacheUse) int { return int(a.pos - b.pos) })
	return out
}

// reportCacheUses reports each of uses whose class's cache is local to
// each process: a subclass when something uses it, a reference to the
// library's class itself always.
func reportCacheUses(pass *analysis.Pass, uses []cacheUse) {
	if len(uses) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		for _, u := range uses {
			if !u.used && !pp.Program.ReadElsewhere(pp.Module.Name+"."+u.name) {
				continue
			}
			cache, ok := userCache(pp.Program, u.user)
			if !ok {
				continue
			}
			var d analysis.Diagnostic
			if u.name != "" {
				base := u.user.Class[strings.LastIndexByte(u.user.Class, '.')+1:]
				d = pp.Diagnosticf(u.pos, u.end,
					"`%s`, a `%s`, %s in %s: %s; bind the alias to a cache the processes share (Redis, Memcached, the database), or give the class one (`%s = caches[\"shared\"]`)",
					u.name, base, u.user.Does, cache, u.user.Effect, u.user.Attr)
			} else {
				d = pp.Diagnosticf(u.pos, u.end,
					"`%s` %s in %s: %s; bind the alias to a cache the processes share (Redis, Memcached, the database), or name a subclass that binds one (`%s = caches[\"shared\"]`)",
					u.user.Class, u.user.Does, cache, u.user.Effect, u.user.Attr)
			}
			// A declaration: what it does is wherever the library uses
			// the class, which no request path of the tree shows.
			d.Declared = true
			pp.Report(d)
		}
	})
}

// cacheUserRefs returns the first reference to a library cache user
// class in mod, for each cache alias they use: a name or attribute that resolves to one, in a module
// that imports one or a module above one (not a class's bases, which
// cacheUserClasses reads), and a string constant naming one in the value
// of a module-level setting (an upper-case name).
func cacheUserRefs(mod *semantic.Module) []cacheUse {
	libs := mod.Libraries()
	var out []cacheUse
	add := func(n ast.Node, qn string) {
		if u, ok := libs.CacheUser(qn); ok && !slices.ContainsFunc(out, func(r cacheUse) bool { return r.user.Setting == u.Setting && r.user.Alias == u.Alias }) {
			out = append(out, cacheUse{pos: n.Pos(), end: n.End(), user: u, used: true})
		}
	}
	imports := false
	for _, b := range mod.Bindings {
		imports = imports || b.Kind == semantic.BindImport && libs.IsCacheUserPath(b.Target)
	}
	if imports {
		bases := map[ast.Node]bool{}
		ast.Inspect(mod.File.Module, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Import, *ast.ImportFrom:
				return false
			case *ast.ClassDef:
				for _, b := range n.Bases {
					bases[b] = true
				}
			case *ast.Name, *ast.Attribute:
				if bases[n] {
					return false
				}
				if p := semantic.DottedPath(n.(ast.Expr)); p != "" {
					add(n, mod.ResolvePath(p))
				}
			}
			return true
		})
	}
	for _, st := range mod.File.Module.Body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		if n, ok := a.Targets[0].(*ast.Name); !ok || strings.ToUpper(n.Id) != n.Id {
			continue
		}
		switch a.Value.(type) {
		case *ast.Dict, *ast.List, *ast.Tuple:
			ast.Inspect(a.Value, func(n ast.Node) bool {
				if c, ok := n.(*ast.Constant); ok {
					if s, ok := c.Value.(string); ok {
						add(c, s)
					}
				}
				return true
			})
		}
	}
	slices.SortFunc(out, func(a, b cacheUse) int { return int(a.pos - b.pos) })
	return out
}

// userCache describes the cache that u's alias names, when the settings
// make it local to each process (localCache).
func userCache(p *semantic.Program, u libraries.CacheUser) (string, bool) {
	cs, ok := p.Libraries().CacheSetting(u.Setting)
	if !ok {
		return "", false
	}
	return localCache(p, cs, u.Alias)
}
