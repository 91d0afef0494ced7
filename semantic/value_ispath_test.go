package semantic_test

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// IsPath answers as comparing DottedPath would, without building it.
func TestIsPathIsDottedPathCompared(t *testing.T) {
	chain := &ast.Attribute{Value: &ast.Attribute{Value: &ast.Name{Id: "ticket"}, Attr: "source"}, Attr: "volume"}
	for _, c := range []struct {
		e    ast.Expr
		path string
	}{
		{chain, "ticket.source.volume"}, {chain, "ticket.source"}, {chain, "source.volume"}, {chain, "xticket.source.volume"},
		{chain, "ticket.xsource.volume"}, {chain.Value, "ticket.source"}, {&ast.Name{Id: "a"}, "a"}, {&ast.Name{Id: "a"}, "a.b"},
		{&ast.Attribute{Value: &ast.Call{Func: &ast.Name{Id: "f"}}, Attr: "x"}, "f.x"},
	} {
		want := semantic.DottedPath(c.e) == c.path && c.path != ""
		if got := semantic.IsPath(c.e, c.path); got != want {
			t.Errorf("IsPath(%s, %q) = %v, want %v", semantic.DottedPath(c.e), c.path, got, want)
		}
	}
}
