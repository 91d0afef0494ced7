package rules

// Helpers shared by the class-state rules (CT10x): where a method mutates
// an attribute in place, and whose attribute it is. They are syntax and
// model queries, not one rule's results, so sharing them keeps the rules
// independent.

import (
	"fmt"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// mutation is one place a method mutates recv.attr.
type mutation struct {
	node ast.Node
	recv ast.Expr // self, cls, ClassName, type(self), self.__class__
	attr string
}

// mutations lists the mutations of attributes of a receiver expression in
// m's body, in source order. Nested functions and lambdas are included
// (a closure over self mutates the same object) unless they rebind the
// receiver name as a parameter.
func mutations(m *semantic.Method) []mutation {
	var out []mutation
	add := func(node ast.Node, e ast.Expr) {
		if a, ok := e.(*ast.Attribute); ok {
			out = append(out, mutation{node: node, recv: a.Value, attr: a.Attr})
		}
	}
	inspectMethodBody(m, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Assign:
			for _, t := range n.Targets {
				if s, ok := t.(*ast.Subscript); ok {
					add(n, s.Value)
				}
			}
		case *ast.Delete:
			for _, t := range n.Targets {
				if s, ok := t.(*ast.Subscript); ok {
					add(n, s.Value)
				}
			}
		case *ast.AugAssign:
			switch t := n.Target.(type) {
			case *ast.Subscript:
				add(n, t.Value)
			case *ast.Attribute:
				add(n, t) // += on a list or |= on a dict mutates it in place
			}
		case *ast.Call:
			if f, ok := n.Func.(*ast.Attribute); ok && semantic.IsMutatingMethod(f.Attr) {
				add(n, f.Value)
			}
		}
	})
	return out
}

// inspectMethodBody calls f on every node of m's body that runs with m's
// receiver in scope: nested functions and lambdas are included (a closure
// over self sees the same object) unless they rebind the receiver name as
// a parameter; nested classes are not.
func inspectMethodBody(m *semantic.Method, f func(ast.Node)) {
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			if semantic.HasParam(n.Args, m.Self) {
				return false
			}
		case *ast.AsyncFunctionDef:
			if semantic.HasParam(n.Args, m.Self) {
				return false
			}
		case *ast.Lambda:
			if semantic.HasParam(n.Args, m.Self) {
				return false
			}
		case *ast.ClassDef:
			return false
		}
		f(n)
		return true
	}
	for _, s := range m.Body {
		ast.Inspect(s, visit)
	}
}

// receiver says whose attribute recv.attr is: the class it is looked up
// on, how the message names the receiver, and whether it is the instance
// (self) rather than the class.
func receiver(p *semantic.Program, mod *semantic.Module, c *semantic.Class, m *semantic.Method, recv ast.Expr) (via string, target *semantic.Class, isSelf bool) {
	switch r := recv.(type) {
	case *ast.Name:
		if r.Id == m.Self && m.Self != "" {
			return r.Id, c, m.Kind == semantic.InstanceMethod || m.Kind == semantic.Property
		}
		if k := p.Class(p.Resolve(mod, r)); k != nil {
			return r.Id, k, false
		}
	case *ast.Call: // type(self)
		if semantic.IsName(r.Func, "type") && len(r.Args) == 1 && semantic.IsName(r.Args[0], m.Self) && m.Self != "" {
			return "type(" + m.Self + ")", c, false
		}
	case *ast.Attribute: // self.__class__
		if r.Attr == "__class__" && semantic.IsName(r.Value, m.Self) && m.Self != "" {
			return m.Self + ".__class__", c, false
		}
	}
	return "", nil, false
}

// rebindsInInit reports whether __init__ of c or a base (or a method it
// calls) assigns self.attr, giving each instance its own container.
func rebindsInInit(p *semantic.Program, c *semantic.Class, attr string) bool {
	for _, k := range p.MRO(c) {
		if _, ok := k.InstanceAttrs[attr]; ok {
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
		if testLifecycle[m.Name] || isClassFixture(m.Name) {
			return true
		}
	}
	return false
}

// testLifecycle names the per-test methods of unittest and pytest.
var testLifecycle = map[string]bool{
	"setUp": true, "tearDown": true, "asyncSetUp": true, "asyncTearDown": true,
	"setup_method": true, "teardown_method": true,
}

// isClassFixture reports whether a method is a test framework's
// once-per-class setup, whose class attributes are the point.
func isClassFixture(name string) bool {
	switch name {
	case "setUpClass", "tearDownClass", "setup_class", "teardown_class", "asyncSetUpClass", "setUpTestData":
		return true
	}
	return false
}

// isTestInitialiser reports whether m is the per-test initialiser of a
// test case or test-case mixin: it runs on every test instance before its
// test, as __init__ does.
func isTestInitialiser(p *semantic.Program, c *semantic.Class, m *semantic.Method) bool {
	switch m.Name {
	case "setUp", "asyncSetUp", "setup_method":
		return isTestCode(p, c)
	}
	return false
}

// isTestCase reports whether c is a test case: a subclass of a *TestCase
// class (unittest, Django, DRF and the like, resolved through imports and
// bases), or a pytest-style Test* class in a test module. A test runner
// runs its methods one at a time, and what they write on a class is a
// fixture or a patch of the code under test, not one request's data.
func isTestCase(p *semantic.Program, c *semantic.Class) bool {
	for _, qn := range p.AncestorNames(c) {
		if strings.HasSuffix(qn[strings.LastIndexByte(qn, '.')+1:], "TestCase") {
			return true
		}
	}
	if !strings.HasPrefix(c.Name, "Test") {
		return false
	}
	return semantic.IsTestFile(c.Module.Path)
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
	name := strings.TrimLeft(m.Name, "_")
	for _, verb := range registrationVerbs {
		if name == verb || strings.HasPrefix(name, verb+"_") {
			return !semantic.HasParam(m.Args, "request")
		}
	}
	return false
}

// strictSuffix ends the message of a finding reported only in strict mode
// with why the default mode leaves it alone; "" for the others.
func strictSuffix(reasons []string) string {
	if len(reasons) == 0 {
		return ""
	}
	return " (reported in strict mode: " + strings.Join(reasons, ", and ") + ")"
}

// registrationReason is the strict-mode explanation for a registration
// API's finding.
func registrationReason(c *semantic.Class, m *semantic.Method) string {
	return fmt.Sprintf("`%s.%s` is a registration API by its name", c.QualName, m.Name)
}

// optionNames returns the values of a rule option as canonical qualified
// names (a name the user gives for a re-export of the tree resolves to the
// definition, as calls do), or nil when the option is not set.
func optionNames(pass *analysis.Pass, option string) map[string]bool {
	vals := pass.Options[option]
	if len(vals) == 0 {
		return nil
	}
	names := make(map[string]bool, len(vals))
	for _, v := range vals {
		names[pass.Program.Canonical(v)] = true
	}
	return names
}

// containerFactoriesOption is the option of CT102 and CT103 that extends
// the table of calls building a mutable container.
var containerFactoriesOption = analysis.Option{
	Name: "extend-container-factories",
	Doc:  "qualified names of more calls that build a mutable container (e.g. sortedcontainers.SortedDict)",
}
