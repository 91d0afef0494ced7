package scanner

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Snippets whose tokens must equal those of CPython's tokenize module
// (CPython's parser may still reject some of them).
var validSnippets = []string{
	"x = 1\n",
	"x = 1",
	"if x:\n    y\n  # c\n\n    z\nw\n",
	"class C:\n\tdef f(self):\n\t\treturn (1,\n2)\n\n\nx = [\n]\n",
	"def f():\n    pass\n        # deeper comment\n",
	"x = 1 \\\n  + 2\n",
	"if x:\n  \\\n  y\n",
	"a.b...c @ d @= e -> f := g != h <> i ** j **= k // l //= m << n <<= o >> p >>= q\n",
	"x = 0x_1F + 0o17 + 0b1_0 + 1_000 + 1.5 + .5 + 5. + 1e10 + 1E-3 + 1.5j + 0j + 00 + 0.0 + 0e0 + 1_0.2_5e1_0J\n",
	"x = 1if y else 2\n",
	"x = [0for i in y]\n",
	"x = 1or 2\n",
	"s = 'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\'' b'x' Rb'\\x' BR\"y\" u'z' rB'' ''\n",
	"s = 'a\\\nb'\n",
	"f'a{{b{x}c}}d'\n",
	"f'{x!r:>{w}.{p}}' f\"{x=}\" f'{x = !s:^10}'\n",
	"f'{x:}' f'{x:{y}}' f'{{}}' f'{{x}}'\n",
	"f'''{\nx\n:a\nb}'''\n",
	"f'{x\n}'\n",
	"f'{a # comment\n}'\n",
	"f'{\"a\"}' f'{'b'}' f'{f'{x}'}'\n",
	"f'{x:{y:{z}}}'\n",
	"f'\\N{BULLET} {x} \\{y}'\n",
	"rf'\\{x}' fr'\\N{x}' Rf'{x!a}'\n",
	"f'{(x:=1)}' f'{x:=1}' f'{x!=y}'\n",
	"t'{x}' tr'{y:>3}' T'a{{'\n",
	"f'''a\nb{x}\nc'''\n",
	"f'{x}' 'y' f'{z}'\n",
	"f\"{'\\n'.join(x)}\"\n",
	"x = f'{lambda: 1}'\n",
	"x = {'a': 1, **b}\n",
	"é = 1\nnaïve = é\n_ = ℕ\n",
	"x = '€' + \"é\"\n",
	"if 1:\n\tx\n\ty\n",
	"\x0cx = 1\n",
	"if 1:\n  x\n\x0c  y\n",
	"x = (  # comment\n  1)\n",
	"@dec\ndef f[T](x: int, *a, **k) -> None: ...\n",
	"match x:\n  case [1, *_]: pass\n",
	"type X = int\n",
	"async def f():\n  await x\n",
	"x = 1;\n",
	"\n\n\n",
	"",
	"# only a comment",
	"x\r\ny\r\n",
	"if x:\r\n  y\r\n",
	"print(1)\n\\\n\n",
}

// Snippets with a tokenizer error: the first error the scanner reports
// must be CPython's (message, line, offset).
var errorSnippets = []string{
	"x = 'abc\n",
	"x = 'abc",
	"x = 'ab\\'\n",
	"x = '''ab\n\nc",
	"x = '''ab\n\nc\n",
	"x = 0123\n",
	"x = 0_7\n",
	"x = 0o8\n",
	"x = 0o\n",
	"x = 0x\n",
	"x = 0xg\n",
	"x = 0b2\n",
	"x = 0b1_\n",
	"x = 1_\n",
	"x = 1__0\n",
	"x = 1e\n",
	"x = 1e+\n",
	"x = 1a\n",
	"x = 1.5a\n",
	"x = 1jx\n",
	"x = 1_a\n",
	"x = 0x1g\n",
	"x = 1€\n",
	"a €\n",
	"a\u00a0b\n",
	"x = é€\n",
	"a\x01b\n",
	"x = (1,\n 2]\n",
	"x = (1, 2]\n",
	"x = )\n",
	"x = ]\n",
	"x = (\n\n",
	"x = [(\n",
	"if x:\n  a\n b\n",
	"if x:\n\ta\n        b\n",
	"if x:\n        a\n\tb\n",
	"x = 1 \\ y\n",
	"x = 1 \\",
	"x = \\\n",
	strings.Repeat("(", 201) + "\n",
	"ft'x'\n",
	"ub'x'\n",
	"bf'x'\n",
	"f'{'\n",
	"f'}'\n",
	"f'{)}'\n",
	"f'{x:{y:{z:{w}}}}'\n",
	"f'{x'\n",
	"f'abc\n",
	"f'''abc\n",
	"f'{x:a\nb}'\n",
	"f'{x}}'\n",
	"if 1:\n        x\n\ty\n",
	"f'''{x\n\n",
	"t'abc\n",
	"x = 1\ny = 'a\n",
	"def f():\n    x = (1,\n  y = '''\n",
	"x = '''a\n",
	"x = 'a\\\n",
	"f'{x}' f'{y\n",
	"f'{f'{x'}'\n",
	"x = [\n  1,\n  2)\n",
	"é = 1\nx = a€b\n",
	"x = '\u00e9' + 1\u20ac\n",
	"x = 0b\n",
	"x = 1.2e-x\n",
	"x = 5_j\n",
	"t'{x:{y:{z:{w}}}}'\n",
	"f'{x!r:a\n}'\n",
	"x\ty = ¤\n",
}

type reference struct {
	Tokens [][3]any `json:"tokens"`
	TokErr *string  `json:"tokerr"`
	Err    []any    `json:"err"`
}

// references runs CPython 3.14 (Pyodide under Node) on srcs.
func references(t *testing.T, srcs []string) []reference {
	t.Helper()
	pyodide := filepath.Join("..", "..", "conformance", "node_modules", "pyodide", "pyodide.mjs")
	if _, err := os.Stat(pyodide); err != nil {
		t.Fatalf("CPython 3.14 reference missing: %v; run `(cd conformance && npm ci)`", err)
	}
	in, err := json.Marshal(srcs)
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(t.TempDir(), "sources.json")
	if err := os.WriteFile(input, in, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join("testdata", "tokenize.mjs"), input)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := stderr.String()
		if len(msg) > 2000 {
			msg = msg[len(msg)-2000:]
		}
		t.Fatalf("node testdata/tokenize.mjs: %v\n%s", err, msg)
	}
	var refs []reference
	if err := json.Unmarshal(out, &refs); err != nil {
		t.Fatalf("reading the reference output: %v\n%s", err, out)
	}
	if len(refs) != len(srcs) {
		t.Fatalf("%d references for %d sources", len(refs), len(srcs))
	}
	return refs
}

// ourTokens renders the scanner's tokens the way tokenize.mjs renders
// CPython's, and the first error.
func ourTokens(src string) (toks [][3]any, first *Error) {
	var s Scanner
	s.Init([]byte(src), func(token.Pos, string) {
		if first == nil {
			e := s.LastError()
			first = &e
		}
	})
	for n := 0; n < 10*len(src)+200; n++ {
		k, lo, hi := s.Scan()
		name := k.String()
		switch {
		case k.IsOperator():
			name = "OP:" + src[lo:hi]
		case k.IsKeyword():
			name = "NAME"
		}
		toks = append(toks, [3]any{name, float64(lo), float64(hi)})
		if k == token.EOF {
			break
		}
	}
	return toks, first
}

func TestDifferential(t *testing.T) {
	all := append(append([]string{}, validSnippets...), errorSnippets...)
	refs := references(t, all)
	for i, src := range validSnippets {
		ref := refs[i]
		if ref.TokErr != nil {
			t.Errorf("valid snippet %q: CPython's tokenizer says %v", src, *ref.TokErr)
			continue
		}
		got, first := ourTokens(src)
		if first != nil {
			t.Errorf("%q: unexpected error %d:%d %s", src, first.Line, first.Col, first.Msg)
		}
		if diff := compareTokens(got, ref.Tokens); diff != "" {
			t.Errorf("%q: %s\n got: %v\nwant: %v", src, diff, got, ref.Tokens)
		}
	}
	for j, src := range errorSnippets {
		ref := refs[len(validSnippets)+j]
		if ref.Err == nil {
			t.Errorf("error snippet %q: CPython accepts it", src)
			continue
		}
		want := fmt.Sprintf("%d:%d %s", int(ref.Err[1].(float64)), int(ref.Err[2].(float64)), ref.Err[0])
		_, first := ourTokens(src)
		if first == nil {
			t.Errorf("%q: no error, want %s", src, want)
			continue
		}
		if got := fmt.Sprintf("%d:%d %s", first.Line, first.Col, first.Msg); got != want {
			t.Errorf("%q: error\n got %s\nwant %s", src, got, want)
		}
	}
}

// compareTokens compares token kinds and extents, except where tokenize
// reports positions the parser never sees: the end of a (merged)
// FSTRING_MIDDLE, and the implicit NEWLINE, DEDENTs and ENDMARKER at the
// end of the input.
func compareTokens(got, want [][3]any) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g[0] != w[0] {
			return fmt.Sprintf("token %d is %v, want %v", i, g[0], w[0])
		}
		switch w[0] {
		case "ENDMARKER":
			continue
		case "FSTRING_MIDDLE", "TSTRING_MIDDLE":
			if g[1] != w[1] {
				return fmt.Sprintf("token %d %v starts at %v, want %v", i, g[0], g[1], w[1])
			}
			continue
		case "NEWLINE":
			// CPython's parser-mode NEWLINE starts at a comment that
			// precedes the line break; tokenize shows them apart.
			if g[1] == g[2] && g[1] == w[1] {
				continue // the implicit NEWLINE at the end
			}
			if g[2] != w[2] || g[1].(float64) > w[1].(float64) {
				return fmt.Sprintf("token %d %v at [%v,%v), want [%v,%v) or starting at a comment", i, g[0], g[1], g[2], w[1], w[2])
			}
			continue
		case "DEDENT":
			if w[1] == w[2] {
				if g[1] != w[1] {
					return fmt.Sprintf("token %d %v starts at %v, want %v", i, g[0], g[1], w[1])
				}
				continue
			}
		}
		if g[1] != w[1] || g[2] != w[2] {
			return fmt.Sprintf("token %d %v at [%v,%v), want [%v,%v)", i, g[0], g[1], g[2], w[1], w[2])
		}
	}
	return ""
}

// TestDifferentialCorpus compares the tokens of a sample of the standard
// library (every 60th file, read at test time) with CPython's tokenize.
func TestDifferentialCorpus(t *testing.T) {
	names, srcs := loadCorpus(t)
	var sample []string
	var sampleNames []string
	for i := 0; i < len(srcs); i += 60 {
		if !utf8Valid(srcs[i]) {
			continue
		}
		sample = append(sample, string(srcs[i]))
		sampleNames = append(sampleNames, names[i])
	}
	refs := references(t, sample)
	compared := 0
	for i, src := range sample {
		ref := refs[i]
		if ref.TokErr != nil {
			continue // test data that does not tokenize, or not in 3.14
		}
		compared++
		got, first := ourTokens(src)
		if first != nil {
			t.Errorf("%s: unexpected error %d:%d %s", sampleNames[i], first.Line, first.Col, first.Msg)
		}
		if diff := compareTokens(got, ref.Tokens); diff != "" {
			t.Errorf("%s: %s", sampleNames[i], diff)
		}
	}
	if compared < len(sample)/2 {
		t.Errorf("only %d of %d sampled files compared", compared, len(sample))
	}
}

func utf8Valid(b []byte) bool { return utf8.Valid(b) }
