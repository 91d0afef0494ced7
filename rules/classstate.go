package rules

// Helpers shared by the class-state rules (CT10x): where a method mutates
// an attribute in place, and whose attribute it is. They are syntax and
// model queries, not one rule's results, so sharing them keeps the rules
// independent.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// lockSpan is a with statement of a method and what it holds: the lock
// test is decided with the whole program (lockedSpans).
type lockSpan struct {
	span  ast.Span
	items []lockItem
}

// lockItem is one context expression of a with statement, reduced to
// what isLock asks: recv.attr, or the value a module-level name is bound
// to.
type lockItem struct {
	attr    bool
	recv    semantic.Receiver
	name    string         // the attribute
	binding semantic.Value // for a name
}

// withSpans returns where m's body may hold a lock, with the lock
// expressions, for lockedSpans: its with statements, and the statements
// from an acquire() call to the release() of the same lock in the same
// block (directly, or in the finally of a try statement there).
func withSpans(mod *semantic.Module, m *semantic.Method) []lockSpan {
	var spans []lockSpan
	for _, w := range m.Withs {
		var items []*ast.WithItem
		switch w := w.(type) {
		case *ast.With:
			items = w.Items
		case *ast.AsyncWith:
			items = w.Items
		}
		ls := lockSpan{span: ast.Span{Lo: w.Pos(), Hi: w.End()}}
		for _, it := range items {
			if li, ok := lockItemOf(mod, m, it.ContextExpr); ok {
				ls.items = append(ls.items, li)
			}
		}
		if len(ls.items) > 0 {
			spans = append(spans, ls)
		}
	}
	var block func([]ast.Stmt)
	block = func(stmts []ast.Stmt) {
		for i, st := range stmts {
			if lock := semantic.AcquiredLock(st); lock != nil {
				if end := releaseOf(mod.File.Src, lock, stmts[i+1:]); end != nil {
					if li, ok := lockItemOf(mod, m, lock); ok {
						spans = append(spans, lockSpan{span: ast.Span{Lo: st.Pos(), Hi: end.End()}, items: []lockItem{li}})
					}
				}
			}
			ast.EachBlock(st, block)
		}
	}
	block(m.Body)
	return spans
}

// lockItemOf reduces a lock expression to a lockItem: recv.attr, or a
// module-level name.
func lockItemOf(mod *semantic.Module, m *semantic.Method, e ast.Expr) (lockItem, bool) {
	switch e := e.(type) {
	case *ast.Attribute:
		return lockItem{attr: true, recv: semantic.ReceiverOf(m, e.Value), name: mod.Intern(e.Attr)}, true
	case *ast.Name:
		if b := mod.Bindings[e.Id]; b != nil && b.Kind == semantic.BindValue {
			return lockItem{binding: b.Value}, true
		}
	}
	return lockItem{}, false
}

// lockCall returns X of a statement `X.method()`, or nil.
func lockCall(st ast.Stmt, method string) ast.Expr {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, ok := es.Value.(*ast.Call)
	if !ok {
		return nil
	}
	if f, ok := call.Func.(*ast.Attribute); ok && f.Attr == method {
		return f.Value
	}
	return nil
}

// releaseOf returns the first of stmts that releases lock (spelt as in
// src): `lock.release()`, or a try statement whose finally does.
func releaseOf(src []byte, lock ast.Expr, stmts []ast.Stmt) ast.Stmt {
	same := func(st ast.Stmt) bool {
		x := lockCall(st, "release")
		return x != nil && string(src[x.Pos():x.End()]) == string(src[lock.Pos():lock.End()])
	}
	for _, st := range stmts {
		if same(st) {
			return st
		}
		if t, ok := st.(*ast.Try); ok && slices.ContainsFunc(t.Finalbody, same) {
			return st
		}
	}
	return nil
}

// lockedSpans returns the extents of the with statements of spans that
// hold a lock of the class (`with cls._lock:`, `with self._lock:`) or a
// module-level lock: mutations there are deliberate registries.
func lockedSpans(pp *analysis.ProgramPass, c *semantic.Class, m *semantic.Method, spans []lockSpan) []ast.Span {
	var locked []ast.Span
	for _, ls := range spans {
		for _, it := range ls.items {
			if isLock(pp, c, m, it) {
				locked = append(locked, ls.span)
				break
			}
		}
	}
	return locked
}

func isLock(pp *analysis.ProgramPass, c *semantic.Class, m *semantic.Method, it lockItem) bool {
	p := pp.Program
	if !it.attr {
		return isLockCall(p, pp.Module, it.binding)
	}
	target, _ := p.ReceiverClass(pp.Module, c, m, it.recv)
	if target == nil {
		return false
	}
	if name := strings.ToLower(it.name); strings.Contains(name, "lock") || strings.Contains(name, "mutex") {
		return true
	}
	if a, owner := p.LookupAttr(target, it.name); a != nil {
		return isLockCall(p, owner.Module, a.Value)
	}
	// One its __init__ makes (`self.cond = threading.Condition()`).
	for _, k := range p.MRO(target) {
		if k.LockAttrs[it.name] {
			return true
		}
	}
	return false
}

func isLockCall(p *semantic.Program, m *semantic.Module, v semantic.Value) bool {
	if v.Kind != semantic.Call {
		return false
	}
	return p.Libraries().IsLockFactory(p.ResolvePath(m, v.Callee))
}

func inSpans(pos token.Pos, spans []ast.Span) bool {
	for _, s := range spans {
		if s.Lo <= pos && pos < s.Hi {
			return true
		}
	}
	return false
}

// rebindsInInit reports whether __init__ of c or a base (or a method it
// calls) assigns self.attr, giving each instance its own container; or
// a method a library calls first on each instance does (isInitialiser).
func rebindsInInit(p *semantic.Program, c *semantic.Class, attr string) bool {
	for _, k := range p.MRO(c) {
		if _, ok := k.InstanceAttrs[attr]; ok {
			return true
		}
	}
	if p.InitBinds(c, attr) {
		return true
	}
	for _, k := range p.MRO(c) {
		for _, m := range k.Defs {
			if k.Methods[m.Name] == m && slices.Contains(m.SetsOnSelf, attr) && isInitialiser(p, c, m) {
				return true
			}
		}
	}
	return false
}

// isInitialiser reports whether a library calls m first on each instance
// of c, a subclass of its class (libraries' Initialisers: a Channels
// consumer's connect): it sets the instance up, as __init__ does.
func isInitialiser(p *semantic.Program, c *semantic.Class, m *semantic.Method) bool {
	libs := p.Libraries()
	for _, qn := range p.AncestorNames(c) {
		if libs.IsInitialiser(qn, m.Name) {
			return true
		}
	}
	return false
}

// isTestCode reports whether c is a test case (isTestCase) or a test-case
// mixin: a class of test code (semantic.Module.IsTest) that defines a
// lifecycle method of unittest or pytest, so that it is meant to be mixed
// into test cases. Its methods run one test at a time, not per request.
func isTestCode(p *semantic.Program, c *semantic.Class) bool {
	if isTestCase(p, c) {
		return true
	}
	if !c.Module.IsTest() {
		return false
	}
	for _, m := range c.Defs {
		if libs := p.Libraries(); libs.IsTestLifecycle(m.Name) || libs.IsTestClassFixture(m.Name) {
			return true
		}
	}
	return false
}

// isTestInitialiser reports whether m is the per-test initialiser of a
// test case or test-case mixin: it runs on every test instance before its
// test, as __init__ does.
func isTestInitialiser(p *semantic.Program, c *semantic.Class, m *semantic.Method) bool {
	return p.Libraries().IsTestInitialiser(m.Name) && isTestCode(p, c)
}

// isTestCase reports whether c is a test case: a subclass of a *TestCase
// class (unittest, Django, DRF and the like, resolved through imports and
// bases) or of a library's TestBases (a load test's users), or a
// pytest-style Test* class in a test module. A test runner
// runs its methods one at a time, and what they write on a class is a
// fixture or a patch of the code under test, not one request's data.
func isTestCase(p *semantic.Program, c *semantic.Class) bool {
	for _, qn := range p.AncestorNames(c) {
		if strings.HasSuffix(qn[strings.LastIndexByte(qn, '.')+1:], "TestCase") || p.Libraries().IsTestBase(qn) {
			return true
		}
	}
	if !strings.HasPrefix(c.Name, "Test") {
		return false
	}
	return semantic.IsTestFile(c.Module.Path)
}

// exemptMethod reports whether the class state m writes or mutates is
// never a finding of the class-state rules: a test class fixture
// (setUpClass, setUpTestData) sets up the class on purpose.
func exemptMethod(mod *semantic.Module, m *semantic.Method) bool {
	return mod.Libraries().IsTestClassFixture(m.Name)
}

// newReason says why class state written in __new__ is Low, or nil.
func newReason(c *semantic.Class, m *semantic.Method) []string {
	if m.Name != "__new__" {
		return nil
	}
	return []string{fmt.Sprintf("`%s.__new__` builds the instance: a singleton's state is CT2xx's", c.QualName)}
}

// singletonReason says why class state of c, a class every call of
// which returns one object (what keeps it: by), is Low.
func singletonReason(c *semantic.Class, by string) string {
	return fmt.Sprintf("`%s` has one instance (`%s` keeps it): its class-level state is that instance's, process-wide by design, a singleton's (CT2xx's)", c.QualName, by)
}

// registrationVerbs are the verbs whose method names declare a
// registration API. Deliberately narrow: add, put, track, record or
// remember name per-request work as often as registries.
var registrationVerbs = []string{"register", "unregister", "deregister"}

// registrationAPI reports whether m's name declares it a registration
// API: after any leading underscores, the name is register, unregister or
// deregister, or starts with one of them and an underscore (register_model,
// _register_handler). Such a method fills or empties a class-level
// registry on purpose, whoever calls it. A method that takes a `request`
// parameter is a request handler named for what the user does (signing
// up), not a registration API.
func registrationAPI(m *semantic.Method) bool {
	if semantic.HasParam(m.Args, "request") {
		return false
	}
	name := strings.TrimLeft(m.Name, "_")
	if _, async := m.Node.(*ast.AsyncFunctionDef); async && strings.HasPrefix(name, "a") {
		name = name[1:] // an async twin, as Django names them: aregister
	}
	for _, verb := range registrationVerbs {
		// verb, or verb+"_" and more, without building that string
		// for every method of every class.
		if strings.HasPrefix(name, verb) && (len(name) == len(verb) || name[len(verb)] == '_') {
			return true
		}
	}
	// The undo half of a registration API: remove_daily beside
	// register_daily.
	for _, verb := range undoVerbs {
		// verb+"_" and more, without building that string either.
		if strings.HasPrefix(name, verb) && len(name) > len(verb)+1 && name[len(verb)] == '_' {
			suffix := name[len(verb)+1:]
			return slices.ContainsFunc(m.Class.Defs, func(d *semantic.Method) bool {
				return strings.TrimLeft(d.Name, "_") == "register_"+suffix
			})
		}
	}
	return false
}

// undoVerbs name the methods that undo a register_X of their class.
var undoVerbs = []string{"remove", "delete", "discard", "clear", "pop"}

// testReason, startupReason and registrationReason say why a finding
// is Low: its code is deliberate or serves no request.
func testReason(c *semantic.Class) string {
	return fmt.Sprintf("`%s` is test code", c.QualName)
}

func startupReason(c *semantic.Class, m *semantic.Method) string {
	return fmt.Sprintf("`%s.%s` runs only at import time or startup", c.QualName, m.Name)
}

// localReason says why state on a class defined in a function body is
// Low, or "": each call of the function makes a new class, whose
// instances share it only with those the same call made.
func localReason(c *semantic.Class) []string {
	if !strings.Contains(c.QualName, "<locals>") {
		return nil
	}
	return []string{fmt.Sprintf("`%s` is defined in a function: each call makes a new class", c.QualName)}
}

func registrationReason(c *semantic.Class, m *semantic.Method) string {
	return fmt.Sprintf("`%s.%s` is a registration API by its name", c.QualName, m.Name)
}

// optionNames returns the values of a rule option as canonical qualified
// names (a name the user gives for a re-export of the tree resolves to the
// definition, as calls do), or nil when the option is not set.
func optionNames(pp *analysis.ProgramPass, option string) map[string]bool {
	vals := pp.Options[option]
	if len(vals) == 0 {
		return nil
	}
	names := make(map[string]bool, len(vals))
	for _, v := range vals {
		names[pp.Program.Canonical(v)] = true
	}
	return names
}

// containerFactoriesOption is the option of CT102 and CT103 that extends
// the table of calls building a mutable container.
var containerFactoriesOption = analysis.Option{
	Name: "extend-container-factories",
	Doc:  "qualified names of more calls that build a mutable container (e.g. sortedcontainers.SortedDict)",
}
