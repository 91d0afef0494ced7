package rules

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// MutableClassAttributeMutated is CT102; its Doc is the published rule
// page.
var MutableClassAttributeMutated = &analysis.Analyzer{
	Name:    "mutable-class-attribute-mutated",
	Code:    "CT102",
	Doc:     mutableClassAttributeMutatedDoc,
	Options: []analysis.Option{containerFactoriesOption},
	Run:     runMutableClassAttributeMutated,
}

const mutableClassAttributeMutatedDoc = "A class-level container is mutated from a method: every instance shares it.\n" + `
## What it does
Flags a method that mutates a mutable container bound at class level - in
its own class or in a base class, in any module of the checked tree -
through ` + "`self.attr`, `cls.attr`, `ClassName.attr`, `type(self).attr` or `self.__class__.attr`" + `:
item assignment or deletion, augmented assignment, or a mutating method
(append, update, setdefault, add, ...). A mutation through self is not
flagged when __init__ (of the class or a base, or a method __init__ calls)
assigns self.attr, since each instance then has its own container.
One finding per method and attribute, at the first mutation.

## Why is this bad?
A container written in the class body is created once, when the class is
defined, and is one object shared by every instance. Whatever one request
puts in it through its instance is seen by every other request this
worker process serves, and it grows for the life of the process.

Not flagged:
- containers annotated ClassVar[...] and documented as shared by a comment
  containing "shared" on or right above the assignment;
- Enum members; dataclass and attrs fields (annotated class attributes of a
  decorated class); pydantic models; Django model fields are not containers;
- __slots__, __all__ and other dunder names; Meta inner classes;
- containers that are only read;
- deliberate registries: a mutation inside ` + "`with cls._lock:`" + ` (a lock
  attribute of the class, or a module-level lock), and methods that run
  at import time or startup: __init_subclass__, __set_name__, graphene's
  __init_subclass_with_meta__, Django's AppConfig.ready, metaclass
  methods, and methods whose every call site in the checked tree (any
  module) is import-time code - a decorator (` + "`@Registry.register`" + `), a
  module-level call, also through a subclass - or inside such a method.
  A call on a receiver crosstalk cannot resolve (` + "`obj.add(x)`" + `) counts as a
  possible per-request call of every method of that name; calls from
  plain functions, closures and lambdas count as per-request; calls from
  test modules do not count;
- registration APIs, whoever calls them: methods whose name, after any
  leading underscores, is register, unregister or deregister or starts
  with one of them and an underscore (register_model, _register_handler,
  unregister_plugin), unless they take a ` + "`request`" + ` parameter (a view
  named register). The name declares a registry filled on purpose. Other
  verbs (add_*, track_*, remember) are checked like any method.
In strict mode the first group and the deliberate registries are
reported too (see Options).

## Example
` + "```python" + `
class Renderer:
    _cache = {}

    def render(self, key):
        if key not in self._cache:
            self._cache[key] = expensive(key)
        return self._cache[key]
` + "```" + `

## Use instead
` + "```python" + `
class Renderer:
    def __init__(self):
        self._cache = {}
` + "```" + `
or, for a deliberately shared cache, a bounded one guarded by a lock, with
an invalidation story.

## Known problems
The registration-API exemption trusts the method's name: a method named
register_visit that records each request in a class-level list is not
reported (except in strict mode).

## Fix safety
No fix yet. The planned fix (moving the initialisation into __init__) is
unsafe: code that relies on the sharing changes behaviour.

## Options
- ` + "`strict = true`" + ` in [tool.crosstalk] also reports the containers shared on
purpose: ClassVars documented as shared, mutations under a lock, and
mutations in methods that run only at import time or startup (registries
filled by a decorator, a module-level call, a class-creation or startup
hook), and mutations in registration APIs. The message says which
("reported in strict mode: ..."). Enum
members, dataclass/attrs/pydantic fields, dunder names, Meta inner
classes and metaclass methods are never reported.

- ` + "`extend-container-factories`" + ` ([tool.crosstalk.CT102]): qualified names of
  more calls that build a mutable container, as their definition names
  them and resolved through imports and aliases like the built-in ones,
  e.g. ` + "`[\"sortedcontainers.SortedDict\", \"myapp.utils.Bag\"]`" + `.
`

func runMutableClassAttributeMutated(pass *analysis.Pass) {
	factories := optionNames(pass, containerFactoriesOption.Name)
	for _, c := range sortedClasses(pass.Module) {
		if skipClass(pass.Program, c) {
			continue
		}
		for _, m := range c.Defs {
			var deliberate []string
			if pass.Program.StartupOnly(c, m) {
				deliberate = append(deliberate, fmt.Sprintf("`%s.%s` runs only at import time or startup", c.QualName, m.Name))
			}
			if registrationAPI(m) {
				deliberate = append(deliberate, registrationReason(c, m))
			}
			if len(deliberate) > 0 && !pass.Strict {
				continue
			}
			checkMethod(pass, factories, c, m, deliberate)
		}
	}
}

// skipClass: metaclasses (their methods run when classes are built) and
// Meta inner classes (configuration read by a framework).
func skipClass(p *semantic.Program, c *semantic.Class) bool {
	if c.Name == "Meta" && c.Outer != nil {
		return true
	}
	for _, qn := range p.AncestorNames(c) {
		if qn == "builtins.type" || qn == "abc.ABCMeta" || qn == "enum.EnumMeta" || qn == "enum.EnumType" {
			return true
		}
	}
	return false
}

// checkMethod reports the mutations of class-level containers in m. In
// strict mode it also reports the deliberate ones, and says why they are
// deliberate: the reasons that hold for all of m (it runs at import or
// startup, it is a registration API), the mutation holds a lock, or the
// container is a ClassVar documented as shared.
func checkMethod(pass *analysis.Pass, factories map[string]bool, c *semantic.Class, m *semantic.Method, methodReasons []string) {
	locked := lockedSpans(pass, c, m)
	reported := map[string]bool{}
	for _, mu := range mutations(m) {
		if reported[mu.attr] {
			continue
		}
		strictOnly := slices.Clone(methodReasons)
		if inSpans(mu.node.Pos(), locked) {
			if !pass.Strict {
				continue
			}
			strictOnly = append(strictOnly, "the mutation holds a lock")
		}
		via, target, isSelf := receiver(pass.Program, pass.Module, c, m, mu.recv)
		if target == nil {
			continue
		}
		attr, owner := pass.Program.LookupAttr(target, mu.attr)
		if attr == nil || attr.Value == nil || strings.HasPrefix(mu.attr, "__") && strings.HasSuffix(mu.attr, "__") {
			continue
		}
		kind := pass.Program.MutableContainer(owner.Module, attr.Value, factories)
		if kind == "" || exempt(pass.Program, owner, attr) {
			continue
		}
		if documentedClassVar(pass.Program, owner, attr) {
			if !pass.Strict {
				continue
			}
			strictOnly = append(strictOnly, "it is a ClassVar documented as shared")
		}
		if isSelf && rebindsInInit(pass.Program, target, mu.attr) {
			continue
		}
		reported[mu.attr] = true
		where := fmt.Sprintf("`%s.%s` is a class-level %s", owner.QualName, mu.attr, kind)
		if owner != c {
			where += fmt.Sprintf(" (defined in %s)", owner.Module.Name)
		}
		sharers := target.Name + " instance"
		if owner != target {
			sharers = "instance of " + owner.Name + " and its subclasses"
		}
		pass.Reportf(mu.node.Pos(), mu.node.End(),
			"%s mutated through `%s` in `%s.%s`: every %s, in every request this worker serves, shares it%s",
			where, via, c.QualName, m.Name, sharers, strictSuffix(strictOnly))
	}
}

// exempt covers the class attributes that are not shared state at all:
// declared fields of dataclasses, attrs classes and pydantic models, and
// Enum members.
func exempt(p *semantic.Program, owner *semantic.Class, attr *semantic.ClassAttr) bool {
	for _, qn := range p.AncestorNames(owner) {
		if strings.HasPrefix(qn, "enum.") || strings.HasPrefix(qn, "pydantic.") {
			return true
		}
	}
	if attr.Annotation == nil || isClassVar(p, owner.Module, attr.Annotation) {
		return false
	}
	for _, d := range owner.Decorators {
		switch p.Canonical(d) {
		case "dataclasses.dataclass", "attr.s", "attr.attrs", "attr.define", "attr.mutable", "attr.frozen",
			"attr.dataclass", "attrs.define", "attrs.mutable", "attrs.frozen":
			return true
		}
	}
	return false
}

// documentedClassVar reports whether attr is annotated ClassVar[...] and
// a comment says it is shared: shared on purpose, reported only in
// strict mode.
func documentedClassVar(p *semantic.Program, owner *semantic.Class, attr *semantic.ClassAttr) bool {
	return attr.Annotation != nil && isClassVar(p, owner.Module, attr.Annotation) &&
		documentedAsShared(owner.Module.File.Src, attr.Stmt)
}

func isClassVar(p *semantic.Program, m *semantic.Module, ann ast.Expr) bool {
	if s, ok := ann.(*ast.Subscript); ok {
		ann = s.Value
	}
	switch p.Resolve(m, ann) {
	case "typing.ClassVar", "typing_extensions.ClassVar":
		return true
	}
	return false
}

// documentedAsShared looks for "shared" in a comment on the statement's
// lines or in the comment lines right above it.
func documentedAsShared(src []byte, stmt ast.Stmt) bool {
	start := lineStart(src, stmt.Pos())
	end := bytes.IndexAny(src[stmt.End():], "\r\n")
	if end < 0 {
		end = len(src) - int(stmt.End())
	}
	text := string(src[start : int(stmt.End())+end])
	if _, comment, ok := strings.Cut(text, "#"); ok && strings.Contains(strings.ToLower(comment), "shared") {
		return true
	}
	for i := int(start); i > 0; {
		prev := lineStart(src, token.Pos(i-1))
		line := strings.TrimSpace(string(src[prev:i]))
		if !strings.HasPrefix(line, "#") {
			return false
		}
		if strings.Contains(strings.ToLower(line), "shared") {
			return true
		}
		i = int(prev)
	}
	return false
}

// lockedSpans returns the extents of the with statements in m that hold a
// lock of the class (`with cls._lock:`, `with self._lock:`) or a
// module-level lock: mutations there are deliberate registries.
func lockedSpans(pass *analysis.Pass, c *semantic.Class, m *semantic.Method) []ast.Span {
	var spans []ast.Span
	for _, s := range m.Body {
		ast.Inspect(s, func(n ast.Node) bool {
			var items []*ast.WithItem
			switch w := n.(type) {
			case *ast.With:
				items = w.Items
			case *ast.AsyncWith:
				items = w.Items
			default:
				return true
			}
			for _, it := range items {
				if isLock(pass, c, m, it.ContextExpr) {
					spans = append(spans, ast.Span{Lo: n.Pos(), Hi: n.End()})
					break
				}
			}
			return true
		})
	}
	return spans
}

func isLock(pass *analysis.Pass, c *semantic.Class, m *semantic.Method, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Attribute:
		if _, target, _ := receiver(pass.Program, pass.Module, c, m, e.Value); target != nil {
			if strings.Contains(strings.ToLower(e.Attr), "lock") {
				return true
			}
			if a, owner := pass.Program.LookupAttr(target, e.Attr); a != nil && a.Value != nil {
				return isLockCall(pass.Program, owner.Module, a.Value)
			}
		}
	case *ast.Name:
		if b := pass.Module.Bindings[e.Id]; b != nil && b.Kind == semantic.BindValue {
			return isLockCall(pass.Program, pass.Module, b.Value)
		}
	}
	return false
}

func isLockCall(p *semantic.Program, m *semantic.Module, e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok {
		return false
	}
	switch p.Resolve(m, call.Func) {
	case "threading.Lock", "threading.RLock", "threading.Semaphore", "threading.BoundedSemaphore",
		"threading.Condition", "multiprocessing.Lock", "multiprocessing.RLock", "asyncio.Lock":
		return true
	}
	return false
}

func inSpans(pos token.Pos, spans []ast.Span) bool {
	for _, s := range spans {
		if s.Lo <= pos && pos < s.Hi {
			return true
		}
	}
	return false
}
