package rules

import (
	"fmt"
	"slices"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// MethodCacheSharedAcrossInstances is CT105; its Doc is doc/CT105.md.
var MethodCacheSharedAcrossInstances = &analysis.Analyzer{
	Name:    "method-cache-shared-across-instances",
	Code:    "CT105",
	Doc:     doc("CT105"),
	Options: []analysis.Option{cacheDecoratorsOption},
	Run:     runMethodCacheSharedAcrossInstances,
}

var cacheDecoratorsOption = analysis.Option{
	Name: "extend-cache-decorators",
	Doc:  "qualified names of more decorators that build one cache per decorated function (e.g. an in-house memoize)",
}

func runMethodCacheSharedAcrossInstances(pass *analysis.Pass) {
	type decorated struct {
		c        *semantic.Class
		m        *semantic.Method
		path     string // the decorator's callee
		pos, end token.Pos
		maxsize  int // cacheBound
	}
	var found []decorated
	for _, c := range sortedClasses(pass.Module) {
		for _, m := range c.Defs {
			if m.Kind != semantic.InstanceMethod && m.Kind != semantic.Property {
				continue
			}
			for _, d := range m.Decorators {
				found = append(found, decorated{c, m, pass.Module.Intern(semantic.DottedPath(semantic.Callee(d))), d.Pos(), d.End(), cacheBound(d)})
			}
		}
	}
	if len(found) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		extra := optionNames(pp, cacheDecoratorsOption.Name)
		for _, d := range found {
			qn := pp.Program.ResolvePath(pp.Module, d.path)
			if !pp.Program.Libraries().IsCacheDecorator(qn) && !extra[qn] {
				continue
			}
			// Another instance's result comes back only for an equal one.
			equal := ""
			if k := comparesByValue(pp.Program, d.c); k != nil {
				equal = fmt.Sprintf(", and, as %s defines __eq__ or __hash__, can return a result computed for another, equal instance", k.QualName)
			} else if base := equalBase(pp.Program, d.c); base != "" {
				equal = fmt.Sprintf(", and, as %s compares by value (its base `%s`: a row's objects by their primary key), can return a result computed for another, equal instance, another request's", d.c.Name, base)
			}
			diag := pp.Diagnosticf(d.pos, d.end,
				"`%s.%s` is cached with `%s`: one cache shared by every %s instance, keyed on `%s`, that keeps each instance alive%s",
				d.c.QualName, d.m.Name, qn, d.c.Name, selfName(d.m), equal)
			libs := pp.Program.Libraries()
			if libs.IsUnboundedCache(qn) || libs.IsBoundedCache(qn) && d.maxsize < 0 {
				// Every instance it has seen stays alive: the evidence of
				// the triaged bugs (per-request objects kept forever).
				diag = diag.Raised()
			}
			if libs.IsBoundedCache(qn) && d.maxsize >= 0 && equal == "" {
				// The triaged bugs were unbounded; a bounded cache of an
				// identity-compared class is a per-instance memo that
				// frees the old instances late.
				diag = diag.Lowered(fmt.Sprintf("the cache holds at most %d entries and %s compares by identity", d.maxsize, d.c.Name))
			}
			pp.Report(diag.Lowered(localReason(d.c)...))
		}
	})
}

// cacheBound returns the maxsize of a bounded cache decorator as written:
// 128 when it is not given (@lru_cache, @lru_cache()), the integer given
// (@lru_cache(1), @lru_cache(maxsize=50)), or -1 for None or anything
// not a constant.
func cacheBound(d ast.Expr) int {
	arg, call := maxsizeArg(d)
	if !call || arg == nil {
		return 128
	}
	if k, ok := arg.(*ast.Constant); ok {
		if n, ok := k.Value.(int64); ok && n >= 0 {
			return int(n)
		}
	}
	return -1
}

// maxsizeArg returns the maxsize a cache decorator is given, as written
// (maxsize=, or the first argument; nil when neither), and whether the
// decorator is called at all.
func maxsizeArg(d ast.Expr) (ast.Expr, bool) {
	call, ok := d.(*ast.Call)
	if !ok {
		return nil, false
	}
	for _, k := range call.Keywords {
		if k.Arg == "maxsize" {
			return k.Value, true
		}
	}
	if len(call.Args) > 0 {
		return call.Args[0], true
	}
	return nil, true
}

// comparesByValue returns the class of c's MRO in the tree that defines
// __eq__ or __hash__, or nil: a class that compares by identity.
func comparesByValue(p *semantic.Program, c *semantic.Class) *semantic.Class {
	for _, name := range []string{"__eq__", "__hash__"} {
		if a, owner := p.LookupAttr(c, name); a != nil {
			return owner
		}
	}
	return nil
}

// equalBase returns the base of c outside the tree whose instances
// compare by value (libraries' EqualByValue), or "".
func equalBase(p *semantic.Program, c *semantic.Class) string {
	libs := p.Libraries()
	for _, qn := range p.AncestorNames(c) {
		if libs.IsEqualByValue(qn) {
			return qn
		}
	}
	return ""
}

func selfName(m *semantic.Method) string {
	if m.Self == "" {
		return "self"
	}
	return m.Self
}

// sortedClasses returns the module's classes in source order, so that a
// rule reports in a stable order before the driver sorts.
func sortedClasses(m *semantic.Module) []*semantic.Class {
	classes := make([]*semantic.Class, 0, len(m.Classes))
	for _, c := range m.Classes {
		classes = append(classes, c)
	}
	slices.SortFunc(classes, func(a, b *semantic.Class) int { return int(a.Pos - b.Pos) })
	return classes
}
