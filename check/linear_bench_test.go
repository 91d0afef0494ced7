package check_test

// The cost of checking a file must grow with its size, whatever shape
// it has: a generated file with a chain of attributes thousands long, a
// dict of a hundred thousand items or a call nested a thousand deep must
// not cost the square of its length. BenchmarkLinear times model
// building (semantic) and a whole check run per byte of source for each
// generated shape at 1x, 10x and 100x its size; TestCostPerByteIsTheSameAt1x10xAnd100x asserts the
// same by the bytes allocated per byte of source, which unlike time does
// not depend on what else the machine is doing.
//
//	go test ./check -run XXX -bench BenchmarkLinear -cpu 1 -benchtime 20x
//
// The chains stay within the parser's bound on depth (3000), and the
// nested calls within CPython's 200 nested parentheses: their 100x is
// just under it.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/internal/alloc"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// shape generates a file of one shape, n times its smallest size.
type shape struct {
	name string
	gen  func(n int) string
}

// lines repeats line (with %d for the line's number) k times.
func lines(k int, line string) string {
	var b strings.Builder
	for i := range k {
		fmt.Fprintf(&b, line, i)
	}
	return b.String()
}

// chainLines is the number of lines of each chain shape: a chain 25
// names long at 1x, 2,500 at 100x.
const chainLines = 100

func chain(n int) string { return strings.Repeat(".b", 25*n) }

var shapes = []shape{
	{"attribute chain", func(n int) string { return lines(chainLines, "x%d = a"+chain(n)+"\n") }},
	{"call on a chain", func(n int) string { return lines(chainLines, "a"+chain(n)+".c%d()\n") }},
	{"self chain", func(n int) string {
		return "class C:\n    def b(self):\n" + lines(chainLines, "        x%d = self"+chain(n)+"\n")
	}},
	{"class base chain", func(n int) string { return lines(chainLines, "class C%d(a"+chain(n)+"):\n    pass\n") }},
	{"decorator chain", func(n int) string {
		return lines(chainLines, "@a"+chain(n)+"\ndef f%d():\n    pass\n")
	}},
	{"method call chain", func(n int) string {
		return "class C:\n    def b(self):\n        return self\n" + lines(chainLines, "x%d = C()"+strings.Repeat(".b()", 12*n)+"\n")
	}},
	{"nested calls", func(n int) string {
		return lines(10*chainLines, "x%d = "+strings.Repeat("f(", 2*n)+"1"+strings.Repeat(")", 2*n)+"\n")
	}},
	{"sum chain", func(n int) string {
		return lines(chainLines, "x%d = a"+strings.Repeat(" + a.b", 25*n)+"\n")
	}},
	{"string concatenation", func(n int) string {
		return lines(chainLines, "x%d = 'a'"+strings.Repeat(" 'b'", 25*n)+strings.Repeat(" + 'c'", 25*n)+"\n")
	}},
	{"wide dict", func(n int) string { return "d = {" + lines(1000*n, "%d: 1, ") + "}\n" }},
	{"tuple target", func(n int) string {
		return "class C:\n    " + lines(1000*n, "a%d, ") + "= f.g()\n" + lines(1000*n, "a%d, ") + "= f.g()\n"
	}},
	{"read-modify-writes then a save", func(n int) string {
		return "def f(request, a):\n" + lines(1000*n, "    a.x%d += 1\n") + "    a.save()\n"
	}},
	{"read-modify-writes under a check-and-set", func(n int) string {
		return "def f(request, a, day):\n    if day > a.last:\n" + lines(1000*n, "        a.x%d += 1\n") +
			"        a.last = day\n    else:\n        a.save()\n    a.save()\n"
	}},
	{"thread-locals set in async code", func(n int) string {
		return "import threading\n" + lines(100*n, "l%d = threading.local()\n") + "async def f(r):\n" + lines(100*n, "    l%d.x = r\n")
	}},
	{"one class of many mutated containers", func(n int) string {
		return "class C:\n" + lines(100*n, "    a%d = list()\n") + "    def f(self, x):\n" + lines(100*n, "        self.a%d.append(x)\n")
	}},
	{"settings lists bound through names", func(n int) string {
		return lines(100*n, "L%[1]d = [\"m.M\"] + L%[1]d + L0\nMIDDLEWARE = L%[1]d\nMIDDLEWARE += L%[1]d\n")
	}},
	{"a settings list extended and handed on again and again", func(n int) string {
		return lines(300*n, "L += [\"m.M%d\"]\nMIDDLEWARE = L\n")
	}},
	{"assignments in a def with a mutable default", func(n int) string {
		return "def f(x, acc=[]):\n" + lines(1000*n, "    v%d = x + 1\n") + "    record = {'acc': acc}\n    acc.append(x)\n"
	}},
	{"objects from helpers of the module, changed then committed", func(n int) string {
		return lines(100*n, "def h%[1]d():\n    return %[1]d\n\n\ndef f%[1]d(db):\n    s = h%[1]d()\n    s.n += 1\n    db.session.commit()\n")
	}},
	// Private methods that change a container and call one another:
	// whether each runs on the instance's own container asks about its
	// callers, found in one walk of the class, not one per method.
	{"a class of private methods calling one another", func(n int) string {
		return "class C:\n    items = []\n" + lines(100*n, "    def _m%[1]d(self, x):\n        self.items.append(x)\n        self._m%[1]d(x)\n")
	}},
	// Module-level instances whose methods write self, called on them:
	// whether each method's calls are all on the one instance asks the
	// sites of its name, indexed once, not scanned once per method.
	{"module-level instances of classes whose methods write self", func(n int) string {
		return lines(100*n, "class T%[1]d:\n    def seen%[1]d(self, r):\n        self.last = r\n\n\nt%[1]d = T%[1]d()\n\n\ndef view%[1]d(r):\n    t%[1]d.seen%[1]d(r)\n")
	}},
	{"many classes", func(n int) string {
		return lines(100*n, "class C%d(Base):\n    items = []\n    def add(self, x):\n        self.items.append(x)\n        self.helper(x)\n    def helper(self, x):\n        return C0.add(x)\n")
	}},
}

// sizes are the multiples of each shape's smallest size.
var sizes = []int{1, 10, 100}

func BenchmarkLinear(b *testing.B) {
	for _, sh := range shapes {
		for _, n := range sizes {
			src := sh.gen(n)
			f := parse(b, src)
			b.Run(fmt.Sprintf("%s/%dx/model", sh.name, n), func(b *testing.B) {
				for b.Loop() {
					model(f)
				}
				reportPerByte(b, len(src))
			})
			dir := writeFile(b, src)
			b.Run(fmt.Sprintf("%s/%dx/check", sh.name, n), func(b *testing.B) {
				all := rules.All()
				for b.Loop() {
					if res := check.Run([]string{dir}, all, nil, io.Discard); res.Files != 1 {
						b.Fatalf("%d files checked", res.Files)
					}
				}
				reportPerByte(b, len(src))
			})
		}
	}
}

// For every shape, model building and a whole check run
// allocate about as many bytes per byte of source at 1x, 10x and 100x
// (within 2x of each other).
func TestCostPerByteIsTheSameAt1x10xAnd100x(t *testing.T) {
	all := rules.All()
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			var model1, check1 []float64
			for _, n := range sizes {
				src := sh.gen(n)
				parse(t, src)
				dir := writeFile(t, src)
				// Parsing counts here: a shape the model allocates nothing
				// for would otherwise weigh only the model's fixed cost.
				model1 = append(model1, float64(alloc.Bytes(func() {
					model(parser.ParseFile("gen.py", []byte(src)))
				}))/float64(len(src)))
				check1 = append(check1, float64(alloc.Bytes(func() {
					check.Run([]string{dir}, all, nil, io.Discard)
				}))/float64(len(src)))
			}
			for what, perByte := range map[string][]float64{"model": model1, "check": check1} {
				lo, hi := perByte[0], perByte[0]
				for _, v := range perByte {
					lo, hi = min(lo, v), max(hi, v)
				}
				t.Logf("%s: %.0f bytes allocated per byte at 1x, 10x, 100x", what, perByte)
				if hi > 2*lo {
					t.Errorf("%s: bytes allocated per byte of source at 1x, 10x, 100x: %.0f", what, perByte)
				}
			}
		})
	}
}

// parse parses src, which must be free of errors.
func parse(tb testing.TB, src string) *parser.File {
	tb.Helper()
	f := parser.ParseFile("gen.py", []byte(src))
	if len(f.Errors) > 0 {
		tb.Fatalf("generated file: %s", f.Errors[0].Msg)
	}
	return f
}

// model builds the model of f and the program of it, as check does.
func model(f *parser.File) {
	m := semantic.NewModule("gen", false, f)
	m.DropSyntax()
	semantic.NewProgram([]*semantic.Module{m})
}

// writeFile writes src as the one file of a new folder and returns the
// folder.
func writeFile(tb testing.TB, src string) string {
	tb.Helper()
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "gen.py"), []byte(src), 0o644); err != nil {
		tb.Fatal(err)
	}
	return dir
}

func reportPerByte(b *testing.B, size int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size), "ns/B")
}
