package semantic

import (
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// A DevTest is what a test of an if says of an arm that runs only in
// development or tests: the flag or the environment's name it tests
// (Subject), the development and test names it compares it with (nil
// for a flag), and whether that arm is the body (else the else).
type DevTest struct {
	Subject ast.Expr
	Names   []string
	InBody  bool
}

// DevOnlyTest reads test, an if's, as one whose arm runs only in
// development or tests: a comparison of the environment's name with
// development and test names alone (`settings.ENVIRONMENT.upper() in
// ["LOCAL", "TEST"]`, the else of `os.environ.get("APP_ENV") != "dev"`),
// or a debug, development or test flag (`settings.DEBUG`, `self.dev`,
// `TESTING`), also negated, or either of two such (`DEBUG or TEST`), or
// one of them and anything (`region and DEBUG`). A client built, or a def called, there is a local set-up's.
func DevOnlyTest(test ast.Expr) (DevTest, bool) {
	switch t := test.(type) {
	case *ast.UnaryOp:
		if t.Op == ast.Not {
			d, ok := DevOnlyTest(t.Operand)
			d.InBody = !d.InBody
			return d, ok
		}
	case *ast.BoolOp:
		// `DEBUG or TEST`: the body runs only when one of them holds,
		// each a development or test one; `region and DEBUG`: only when
		// DEBUG holds too.
		for _, v := range t.Values {
			d, ok := DevOnlyTest(v)
			switch {
			case t.Op == ast.Or && (!ok || !d.InBody):
				return DevTest{}, false
			case t.Op == ast.And && ok && d.InBody:
				return d, true
			}
		}
		if t.Op == ast.Or {
			return DevTest{Subject: t, InBody: true}, true
		}
	case *ast.Name, *ast.Attribute:
		if last := pathLast(t); last != "" && devFlag(last) {
			return DevTest{Subject: t, InBody: true}, true
		}
	case *ast.Compare:
		if len(t.Ops) != 1 || !namesEnvironment(t.Left) {
			return DevTest{}, false
		}
		names := environmentNames(t.Comparators[0])
		if len(names) == 0 || slices.ContainsFunc(names, func(n string) bool { return !devEnvironments[strings.ToLower(n)] }) {
			return DevTest{}, false
		}
		switch t.Ops[0] {
		case ast.Eq, ast.In:
			return DevTest{Subject: t.Left, Names: names, InBody: true}, true
		case ast.NotEq, ast.NotIn:
			return DevTest{Subject: t.Left, Names: names}, true
		}
	}
	return DevTest{}, false
}

// devFlag reports whether name is a flag's that says development,
// debugging or tests: DEBUG, dev, is_dev, DEV_MODE, TESTING.
func devFlag(name string) bool {
	found := false
	for word := range strings.SplitSeq(strings.ToLower(name), "_") {
		switch word {
		case "debug", "dev", "development", "test", "testing":
			found = true
		case "is", "mode", "enabled":
		default:
			return false
		}
	}
	return found
}

// devEnvironments are the names of environments for development and
// tests, as an environment setting spells them.
var devEnvironments = map[string]bool{"local": true, "dev": true, "development": true, "test": true, "testing": true, "ci": true}

// namesEnvironment reports whether e reads the name of the environment
// the service runs in: a setting or variable whose name has ENV,
// ENVIRONMENT or STAGE for a word (`settings.ENVIRONMENT`, `APP_ENV`,
// `os.environ["STAGE"]`, `os.getenv("FLASK_ENV")`), also through a
// change of case (`.upper()`).
func namesEnvironment(e ast.Expr) bool {
	for {
		c, ok := e.(*ast.Call)
		if !ok {
			break
		}
		f, ok := c.Func.(*ast.Attribute)
		if !ok {
			break
		}
		if (f.Attr == "get" || f.Attr == "getenv") && len(c.Args) > 0 {
			e = c.Args[0]
			break
		}
		if f.Attr != "upper" && f.Attr != "lower" && f.Attr != "strip" {
			return false
		}
		e = f.Value
	}
	var name string
	switch x := e.(type) {
	case *ast.Subscript:
		name, _ = StringConstant(x.Slice)
	case *ast.Constant:
		name, _ = StringConstant(x)
	default:
		name = pathLast(x)
	}
	for word := range strings.SplitSeq(strings.ToLower(name), "_") {
		if word == "env" || word == "environment" || word == "stage" {
			return true
		}
	}
	return false
}

// environmentNames returns the string constants e is, or holds (a list,
// tuple or set display of them); nil for anything else.
func environmentNames(e ast.Expr) []string {
	elts, ok := ast.Elts(e)
	if !ok {
		elts = []ast.Expr{e}
	}
	var out []string
	for _, el := range elts {
		s, ok := StringConstant(el)
		if !ok {
			return nil
		}
		out = append(out, s)
	}
	return out
}

// pathLast returns the last name of e, a dotted name (`settings.DEBUG`:
// "DEBUG"), or "" for anything else: what DottedPath would end with,
// without building it for every if of the tree.
func pathLast(e ast.Expr) string {
	last := ""
	for {
		switch x := e.(type) {
		case *ast.Name:
			if last == "" {
				return x.Id
			}
			return last
		case *ast.Attribute:
			if last == "" {
				last = x.Attr
			}
			e = x.Value
		default:
			return ""
		}
	}
}
