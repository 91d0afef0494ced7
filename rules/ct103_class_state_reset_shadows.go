package rules

import (
	"slices"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ClassStateResetShadows is CT103; its Doc is the published rule page.
var ClassStateResetShadows = &analysis.Analyzer{
	Name:    "class-state-reset-shadows",
	Code:    "CT103",
	Doc:     classStateResetShadowsDoc,
	Options: []analysis.Option{containerFactoriesOption},
	Run:     runClassStateResetShadows,
}

const classStateResetShadowsDoc = "A method \"resets\" a shared class-level container on one instance only.\n" + `
## What it does
Flags ` + "`self.attr = <new container>`" + ` in a method other than __init__ when
attr is a mutable container bound at class level (in the class or a base,
any module) that some method of the class hierarchy mutates in place.

## Why is this bad?
The assignment creates an instance attribute on this one object, which
from then on has its own container. Every other instance still reads and
writes the old class-level one, so the "reset" or "clear" does not clear
what the rest of the process sees; the bug looks fixed in a test with one
instance.

Not flagged: classes whose __init__ (or a base's, or a method __init__
calls) assigns self.attr, since then no instance uses the class-level
container; containers that nothing mutates in place; the per-test
initialiser of test code (setUp, asyncSetUp, setup_method of a test case
or test-case mixin), which every test instance runs as it would __init__;
copies: a new container built from the attribute itself
(` + "`self.tags = list(self.tags)`, `self.opts = {**self.opts, k: v}`" + `, a
comprehension over it without an ` + "`if`" + `), which gives this instance its own
copy on purpose; a filtering comprehension prunes, and is still flagged.

## Example
` + "```python" + `
class ConfigCache:
    _entries = {}

    def get(self, k):
        if k not in self._entries:
            self._entries[k] = load(k)
        return self._entries[k]

    def reset(self):
        self._entries = {}
` + "```" + `

## Use instead
Create the container per instance in __init__ (` + "`self._entries = {}`" + `), or,
if it is meant to be shared, clear it in place (` + "`self._entries.clear()`" + `)
under a lock, and say so.

## Fix safety
No fix: whether the container should be per instance or shared is a
design decision.

## Options
- ` + "`extend-container-factories`" + ` ([tool.crosstalk.CT103]): qualified names of
  more calls that build a mutable container, as their definition names
  them and resolved through imports and aliases like the built-in ones,
  e.g. ` + "`[\"sortedcontainers.SortedDict\", \"myapp.utils.Bag\"]`" + `.
`

func runClassStateResetShadows(pass *analysis.Pass) {
	factories := optionNames(pass, containerFactoriesOption.Name)
	for _, c := range sortedClasses(pass.Module) {
		for _, m := range c.Defs {
			if m.Name == "__init__" || m.Self == "" || m.Kind != semantic.InstanceMethod && m.Kind != semantic.Property ||
				isTestInitialiser(pass.Program, c, m) {
				continue
			}
			for _, s := range m.Body {
				ast.Inspect(s, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
						return false
					case *ast.Assign:
						for _, t := range n.Targets {
							checkReset(pass, factories, c, m, n, t, n.Value)
						}
					case *ast.AnnAssign:
						if n.Value != nil {
							checkReset(pass, factories, c, m, n, n.Target, n.Value)
						}
					}
					return true
				})
			}
		}
	}
}

func checkReset(pass *analysis.Pass, factories map[string]bool, c *semantic.Class, m *semantic.Method, stmt ast.Stmt, target, value ast.Expr) {
	a, ok := target.(*ast.Attribute)
	if !ok || !semantic.IsName(a.Value, m.Self) {
		return
	}
	newKind := pass.Program.MutableContainer(pass.Module, value, factories)
	if newKind == "" || copiesAttr(pass, c, m, value, a.Attr) {
		return
	}
	attr, owner := pass.Program.LookupAttr(c, a.Attr)
	if attr == nil || attr.Value == nil || pass.Program.MutableContainer(owner.Module, attr.Value, factories) == "" {
		return
	}
	if rebindsInInit(pass.Program, c, a.Attr) || !mutatedInPlace(pass.Program, owner, a.Attr) {
		return
	}
	pass.Reportf(stmt.Pos(), stmt.End(),
		"`%s.%s` rebinds `%s.%s` to a new %s on this instance only: every other %s instance keeps using "+
			"the class-level `%s.%s`, shared by every request this worker serves",
		c.QualName, m.Name, m.Self, a.Attr, newKind, c.Name, owner.QualName, a.Attr)
}

// copiesAttr reports whether value is a copy of attr of the instance or
// the class (self.attr, cls.attr, ClassName.attr), whole or transformed:
// the new container is this instance's own on purpose. A comprehension
// that filters (` + "`if`" + `) is not a copy: it prunes, and pruning one instance's
// view of a shared cache is the reset this rule is about.
func copiesAttr(pass *analysis.Pass, c *semantic.Class, m *semantic.Method, value ast.Expr, attr string) bool {
	reads, filters := false, false
	ast.Inspect(value, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Attribute:
			if n.Attr == attr {
				if _, target, _ := receiver(pass.Program, pass.Module, c, m, n.Value); target != nil {
					reads = true
				}
			}
		case *ast.Comprehension:
			filters = filters || len(n.Ifs) > 0
		}
		return true
	})
	return reads && !filters
}

// mutatedInPlace reports whether a method of owner, of a class owner
// inherits from, or of a subclass of owner anywhere in the tree mutates
// attr in place on an instance or the class.
func mutatedInPlace(p *semantic.Program, owner *semantic.Class, attr string) bool {
	for _, mod := range p.Modules {
		for _, k := range mod.Classes {
			mro := p.MRO(k)
			if !slices.Contains(mro, owner) {
				continue
			}
			for _, m := range k.Defs {
				for _, mu := range mutations(m) {
					if mu.attr != attr {
						continue
					}
					if _, target, _ := receiver(p, mod, k, m, mu.recv); target != nil {
						if a, o := p.LookupAttr(target, attr); a != nil && o == owner {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
