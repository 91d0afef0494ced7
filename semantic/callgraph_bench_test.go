package semantic_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// benchProgram is n modules that import each other, each with a class
// whose methods call the previous module's, registries of handlers in
// dicts and lists, and displays of constants: the shapes the solver
// spends its time on in real trees.
func benchProgram(b *testing.B, n int) *semantic.Program {
	b.Helper()
	var modules []*semantic.Module
	var bld semantic.Builder
	bld.CallGraph = semantic.AllSummaries
	for i := range n {
		var src strings.Builder
		if i > 0 {
			fmt.Fprintf(&src, "from pkg.m%d import Service%d, helper%d, HANDLERS as PREV\n", i-1, i-1, i-1)
		}
		fmt.Fprintf(&src, `
HANDLERS = {}
NAMES = ["a", "b", "c", "d", (1, 2, 3), {"k": "v"}]
def register(f):
    HANDLERS[f.__name__] = f
    return f
@register
def helper%[1]d(x, *args, **kwargs):
    return [x, args, kwargs]
class Service%[1]d:
    def __init__(self, dep=None):
        self.dep = dep
        self.items = []
    def run(self, data):
        for h in HANDLERS.values():
            h(data)
        self.items.append(helper%[1]d(data))
        return self.step(data)
    def step(self, data):
        return {"data": data, "names": NAMES}
`, i)
		if i > 0 {
			fmt.Fprintf(&src, `
class Derived%[1]d(Service%[2]d):
    def run(self, data):
        super().run(data)
        return Service%[1]d(self).run(data)
def view%[1]d(request):
    for h in PREV.values():
        h(request)
    return Derived%[1]d().run(helper%[2]d(request))
`, i, i-1)
		}
		f := parser.ParseFile(fmt.Sprintf("pkg/m%d.py", i), []byte(src.String()))
		if len(f.Errors) > 0 {
			b.Fatalf("m%d: %s", i, f.Errors[0].Msg)
		}
		m := bld.NewModule(fmt.Sprintf("pkg.m%d", i), false, f)
		m.DropSyntax()
		modules = append(modules, m)
	}
	return semantic.NewProgram(modules)
}

// BenchmarkNewCallGraph solves every scope: crosstalk callgraph.
func BenchmarkNewCallGraph(b *testing.B) {
	p := benchProgram(b, 300)
	for b.Loop() {
		semantic.NewCallGraph(p)
	}
}

// BenchmarkNewCallGraphFrom solves from one view, as check does from its
// entry points.
func BenchmarkNewCallGraphFrom(b *testing.B) {
	p := benchProgram(b, 300)
	roots := []string{"pkg.m150.view150"}
	for b.Loop() {
		semantic.NewCallGraphFrom(p, roots, nil)
	}
}
