package ast

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// The expected strings below are what CPython 3.14 prints for
// ast.dump(ast.parse(src), include_attributes=True) of the same source.

func TestDumpOmitsNoneAndEmptyListsButKeepsNoneConstants(t *testing.T) {
	src := []byte("x = [1, 'a', None]\n")
	lines := token.NewLines(src)
	tree := &Module{Body: []Stmt{
		&Assign{
			Targets: []Expr{&Name{Id: "x", Ctx: Store, Span: Span{0, 1}}},
			Value: &List{Elts: []Expr{
				&Constant{Value: int64(1), Span: Span{5, 6}},
				&Constant{Value: "a", Span: Span{8, 11}},
				&Constant{Value: nil, Span: Span{13, 17}},
			}, Ctx: Load, Span: Span{4, 18}},
			Span: Span{0, 18},
		},
	}}
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value='a', lineno=1, col_offset=8, end_lineno=1, end_col_offset=11), Constant(value=None, lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)])"
	if got := Dump(tree, lines); got != want {
		t.Errorf("Dump:\n got %s\nwant %s", got, want)
	}
}

func TestDumpPrintsNoneInsideListsAndSkipsPositionlessNodes(t *testing.T) {
	// def f(*, d): pass
	src := []byte("def f(*, d): pass\n")
	lines := token.NewLines(src)
	tree := &Module{Body: []Stmt{&FunctionDef{
		Name: "f",
		Args: &Arguments{
			Kwonlyargs: []*Arg{{Arg: "d", Span: Span{9, 10}}},
			KwDefaults: []Expr{nil},
		},
		Body: []Stmt{&Pass{Span: Span{13, 17}}},
		Span: Span{0, 17},
	}}}
	want := "Module(body=[FunctionDef(name='f', args=arguments(kwonlyargs=[arg(arg='d', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kw_defaults=[None]), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"
	if got := Dump(tree, lines); got != want {
		t.Errorf("Dump:\n got %s\nwant %s", got, want)
	}
}

func TestDumpColumnsAreUTF8BytesOnLaterLines(t *testing.T) {
	// "é = 1\nπ" : the Name on line 2 starts at byte 0 of that line, and
	// "é" is two bytes wide.
	src := []byte("é = 1\r\nπ\n")
	lines := token.NewLines(src)
	tree := &Module{Body: []Stmt{
		&Assign{Targets: []Expr{&Name{Id: "é", Ctx: Store, Span: Span{0, 2}}}, Value: &Constant{Value: int64(1), Span: Span{5, 6}}, Span: Span{0, 6}},
		&ExprStmt{Value: &Name{Id: "π", Ctx: Load, Span: Span{8, 10}}, Span: Span{8, 10}},
	}}
	got := Dump(tree, lines)
	for _, want := range []string{
		"Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)",
		"Expr(value=Name(id='π', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=2), lineno=2, col_offset=0, end_lineno=2, end_col_offset=2)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Dump lacks %s\nin %s", want, got)
		}
	}
}

func TestInspectVisitsChildrenInFieldOrderAndPrunes(t *testing.T) {
	// a + f(b, c=d)
	call := &Call{
		Func:     &Name{Id: "f"},
		Args:     []Expr{&Name{Id: "b"}},
		Keywords: []*Keyword{{Arg: "c", Value: &Name{Id: "d"}}},
	}
	tree := &BinOp{Left: &Name{Id: "a"}, Op: Add, Right: call}
	var names []string
	Inspect(tree, func(n Node) bool {
		if n, ok := n.(*Name); ok {
			names = append(names, n.Id)
		}
		return true
	})
	if got := strings.Join(names, " "); got != "a f b d" {
		t.Errorf("visit order = %q, want %q", got, "a f b d")
	}
	names = names[:0]
	Inspect(tree, func(n Node) bool {
		if n, ok := n.(*Name); ok {
			names = append(names, n.Id)
		}
		_, isCall := n.(*Call)
		return !isCall
	})
	if got := strings.Join(names, " "); got != "a" {
		t.Errorf("pruned visit = %q, want %q", got, "a")
	}
}

func TestEltsOfTheDisplays(t *testing.T) {
	x := &Name{Id: "x"}
	for _, tc := range []struct {
		e       Expr
		n       int
		display bool
	}{
		{&List{Elts: []Expr{x, x}}, 2, true},
		{&Tuple{}, 0, true},
		{&Set{Elts: []Expr{x}}, 1, true},
		{&Dict{Keys: []Expr{x}, Values: []Expr{x}}, 0, false},
		{x, 0, false},
	} {
		if elts, ok := Elts(tc.e); len(elts) != tc.n || ok != tc.display {
			t.Errorf("Elts(%T) = %d elements, %v; want %d, %v", tc.e, len(elts), ok, tc.n, tc.display)
		}
	}
}
