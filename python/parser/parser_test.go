package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/internal/alloc"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// result renders a parse as the golden files do: the dump of a valid
// module, or CPython's first error as "error <line> <offset> <msg>".
func result(f *File) string {
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		return fmt.Sprintf("error %d %d %s", e.Line, e.Col, e.Msg)
	}
	return ast.Dump(f.Module, f.Lines)
}

// TestGolden compares each testdata/cases/*.py with what CPython 3.14's
// ast.parse produced for it (regenerate with testdata/golden.mjs).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			got := result(ParseFile(name, src))
			if got != strings.TrimSuffix(string(want), "\n") {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", src, got, want)
			}
		})
	}
}

// TestRecovery checks that statements after a syntax error still parse.
func TestRecovery(t *testing.T) {
	f := ParseFile("r.py", []byte("a = 1\nb = = 2\nif x:\n    c(\n        d e)\ne = 3\n"))
	if len(f.Errors) == 0 {
		t.Fatal("no error reported")
	}
	if f.Errors[0].Line != 2 {
		t.Errorf("first error on line %d, want 2", f.Errors[0].Line)
	}
	var names []string
	for _, s := range f.Module.Body {
		if a, ok := s.(*ast.Assign); ok {
			names = append(names, a.Targets[0].(*ast.Name).Id)
		}
	}
	if strings.Join(names, ",") != "a,e" {
		t.Errorf("recovered assignments %v, want [a e]", names)
	}
}

// TestRecoveryInBlock checks that an error inside a block loses only the
// statement it is in.
func TestRecoveryInBlock(t *testing.T) {
	src := "class A:\n    def f(self):\n        x = (1,\n             2 3)\n        return x\n    def g(self):\n        pass\nz = 1\n"
	f := ParseFile("r.py", []byte(src))
	if len(f.Errors) == 0 || f.Errors[0].Line != 4 {
		t.Fatalf("errors %v, want the first on line 4", f.Errors)
	}
	if len(f.Module.Body) != 2 {
		t.Fatalf("module has %d statements, want class and assignment", len(f.Module.Body))
	}
	cls, ok := f.Module.Body[0].(*ast.ClassDef)
	if !ok || len(cls.Body) != 2 {
		t.Fatalf("class not recovered with both methods: %s", ast.Dump(f.Module, f.Lines))
	}
	fn := cls.Body[0].(*ast.FunctionDef)
	if len(fn.Body) != 1 {
		t.Errorf("f keeps %d statements, want the return only", len(fn.Body))
	}
	if _, ok := fn.Body[0].(*ast.Return); !ok {
		t.Errorf("f's surviving statement is %T, want *ast.Return", fn.Body[0])
	}
}

// TestParseExpr checks the eval-mode entry point.
func TestParseExpr(t *testing.T) {
	e, lines, errs := ParseExpr([]byte("a + f(b)[1]\n"))
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), slice=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)"
	if got := ast.Dump(e, lines); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, _, errs := ParseExpr([]byte("a +")); len(errs) == 0 {
		t.Error("no error for an incomplete expression")
	}
}

// TestDeepNesting checks that pathological nesting ends in an error rather
// than exhausting the stack or taking exponential time.
func TestDeepNesting(t *testing.T) {
	for name, src := range map[string]string{
		"unary":       strings.Repeat("-", 100000) + "1\n",
		"not":         strings.Repeat("not ", 50000) + "x\n",
		"lambda":      strings.Repeat("lambda:", 50000) + "0\n",
		"power":       "2" + strings.Repeat("**2", 50000) + "\n",
		"conditional": "x = " + strings.Repeat("a if (", 1000) + "b c" + strings.Repeat(") else d", 1000) + "\n",
		"blocks":      nestedIfs(100),
	} {
		f := ParseFile(name, []byte(src))
		if f.Module == nil {
			t.Errorf("%s: nil module", name)
		}
		if name != "blocks" && len(f.Errors) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

// A chain of prefix forms without brackets is refused past the parser's
// depth limit as CPython refuses it ("Parser stack overflowed", past some
// 6,000 levels of its rules), not as too many parentheses: brackets are the
// tokenizer's business (200 levels). Chains of a thousand still parse.
func TestDeepChainsWithoutBrackets(t *testing.T) {
	const msg = "Parser stack overflowed - Python source too complex to parse"
	for name, src := range map[string]func(n int) string{
		"not":         func(n int) string { return "x = " + strings.Repeat("not ", n) + "a\n" },
		"minus":       func(n int) string { return "x = " + strings.Repeat("-", n) + "a\n" },
		"lambda":      func(n int) string { return "x = " + strings.Repeat("lambda: ", n) + "a\n" },
		"conditional": func(n int) string { return "x = " + strings.Repeat("a if b else ", n) + "c\n" },
	} {
		if f := ParseFile(name+".py", []byte(src(100_000))); len(f.Errors) == 0 || f.Errors[0].Msg != msg {
			t.Errorf("%s of 100,000: errors %v, want %q", name, f.Errors, msg)
		}
		if f := ParseFile(name+".py", []byte(src(1000))); len(f.Errors) > 0 {
			t.Errorf("%s of 1,000: %v", name, f.Errors[0])
		}
	}
}

func nestedIfs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// A left-deep chain (a + a + ..., f()()..., a.b.b...) builds a tree as deep
// as the chain is long without recursion in the parser. CPython refuses
// such trees ("maximum recursion depth exceeded during ast construction");
// so does ParseFile, before every walk of the tree after it would exhaust
// the stack.
func TestDeepChainsAreRefused(t *testing.T) {
	const n = 200_000
	for name, src := range map[string]string{
		"binop":     "x = 1" + strings.Repeat(" + 1", n) + "\n",
		"call":      "x = f" + strings.Repeat("()", n) + "\n",
		"attribute": "x = a" + strings.Repeat(".b", n) + "\n",
		"subscript": "x = a" + strings.Repeat("[0]", n) + "\n",
		"nested":    "x = " + strings.Repeat("(", 150) + "1" + strings.Repeat(" + 1", 2900) + strings.Repeat(")", 150) + "\n",
	} {
		f := ParseFile(name+".py", []byte(src))
		if len(f.Errors) == 0 || !strings.Contains(f.Errors[0].Msg, "maximum recursion depth exceeded") {
			t.Errorf("%s: errors %v, want the recursion-depth error", name, f.Errors)
		}
	}
	// Chains of real code's length still parse.
	for name, src := range map[string]string{
		"binop":     "x = 1" + strings.Repeat(" + 1", 2000) + "\n",
		"attribute": "x = a" + strings.Repeat(".b", 2000) + "\n",
	} {
		if f := ParseFile(name+".py", []byte(src)); len(f.Errors) > 0 {
			t.Errorf("%s of 2000: %v", name, f.Errors[0])
		}
	}
}

// File.Lambdas lists every lambda of the tree once, in source order,
// nested ones included, and nothing that only spells the word.
func TestFileListsItsLambdas(t *testing.T) {
	src := "f = lambda a=lambda: 0: (lambda y: y)\n# lambda in a comment\ns = 'lambda'\ng(x=lambda: 1)\n"
	f := ParseFile("l.py", []byte(src))
	var want []token.Pos
	for _, at := range []string{"lambda a", "lambda: 0", "lambda y", "lambda: 1"} {
		want = append(want, token.Pos(strings.Index(src, at)))
	}
	if !slices.Equal(f.Lambdas, want) {
		t.Errorf("Lambdas = %v, want %v", f.Lambdas, want)
	}
	if f := ParseFile("n.py", []byte("x = 1\n")); f.Lambdas != nil {
		t.Errorf("a file without lambdas: Lambdas = %v, want nil", f.Lambdas)
	}
}

// Valid code nested n deep costs in proportion to n. An error message
// that reads a construct a second time to explain it must do so only once
// the first reading failed: a re-read on the way in doubles the cost at
// every level ('{**{**{...}}}' took 1.3 s at 20 levels when every '{**'
// was first read as a would-be comprehension).
func TestNestedValidCodeCostsInProportionToItsDepth(t *testing.T) {
	// Each: the statement around the nest, one level's opening and its
	// closing.
	shapes := map[string][4]string{
		"dict unpacking":      {"x = ", "{**", "}", ""},
		"dict value":          {"x = ", "{1: ", "}", ""},
		"list comprehension":  {"x = ", "[a for a in ", "]", ""},
		"generator argument":  {"x = ", "f(a for a in ", ")", ""},
		"for target":          {"x = [a for ", "(a, ", ")", " in b]"},
		"for statement":       {"for ", "(a, ", ")", " in b: pass"},
		"del target":          {"del ", "(a, ", ")", ""},
		"with target":         {"with a as ", "(a, ", ")", ": pass"},
		"set":                 {"x = ", "{", "}", ""},
		"call":                {"x = ", "f(", ")", ""},
		"subscript":           {"x = ", "a[", "]", ""},
		"keyword argument":    {"x = ", "f(k=", ")", ""},
		"starred in a list":   {"x = ", "[*", "]", ""},
		"conditional":         {"x = ", "(a if b else ", ")", ""},
		"lambda":              {"x = ", "(lambda: ", ")", ""},
		"walrus":              {"x = ", "(a := ", ")", ""},
		"parenthesized tuple": {"x = ", "(a, ", ")", ""},
	}
	for name, s := range shapes {
		cost := func(n int) uint64 {
			src := s[0] + strings.Repeat(s[1], n) + "a" + strings.Repeat(s[2], n) + s[3] + "\n"
			var errs []Error
			bytes := alloc.Bytes(func() { errs = ParseSource("t.py", []byte(src)).Errors })
			if len(errs) > 0 {
				t.Fatalf("%s, %d deep: %s", name, n, errs[0].Msg)
			}
			return bytes
		}
		if c10, c20 := cost(10), cost(20); c20 > 4*c10 {
			t.Errorf("%s: %d bytes allocated at 10 levels, %d at 20: not in proportion", name, c10, c20)
		}
	}
}
