package conformance

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Tests of the harness itself, independent of the parser's state.

func tokenTexts(src string) []string {
	var out []string
	for _, s := range Tokenize([]byte(src)) {
		out = append(out, src[s.Lo:s.Hi])
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{"x = a.b(1, 2.5e-3)\n", []string{"x", "=", "a", ".", "b", "(", "1", ",", "2.5e-3", ")"}},
		{"if x:  # note ' here\n    y **= 0x1f\n", []string{"if", "x", ":", "y", "**=", "0x1f"}},
		{`s = rb'a\'b' + f"{x!r}" + """multi` + "\n" + `line"""`, []string{"s", "=", `rb'a\'b'`, "+", `f"{x!r}"`, "+", "\"\"\"multi\nline\"\"\""}},
		{"def f(*, a) -> None: ...\n", []string{"def", "f", "(", "*", ",", "a", ")", "->", "None", ":", "..."}},
		{"x = \\\n  café\n", []string{"x", "=", "café"}},
		{"'open\nx\n", []string{"'open", "x"}},
		{"a//=b>>c!=d:=e", []string{"a", "//=", "b", ">>", "c", "!=", "d", ":=", "e"}},
	}
	for _, c := range cases {
		if got := tokenTexts(c.src); !slices.Equal(got, c.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

func TestMutate(t *testing.T) {
	src := []byte("f(a.b, c)\n")
	toks := Tokenize(src) // f ( a . b , c )
	cases := []struct {
		i    int
		op   Op
		want string
	}{
		{0, Delete, "(a.b, c)\n"},
		{3, Delete, "f(a b, c)\n"}, // a and b must not fuse into "ab"
		{6, Delete, "f(a.b, )\n"},
		{1, Duplicate, "f( (a.b, c)\n"},
		{0, Swap, "( f a.b, c)\n"},
		{5, Swap, "f(a.b c , )\n"},
	}
	for _, c := range cases {
		if got := string(Mutate(src, toks, c.i, c.op)); got != c.want {
			t.Errorf("Mutate(%q, token %d, %v) = %q, want %q", src, c.i, c.op, got, c.want)
		}
	}
}

func TestMutantsAreDeterministic(t *testing.T) {
	pool := []Source{
		{Name: "a.py", Data: []byte("x = 1\ny = x + 2\n")},
		{Name: "b.py", Data: []byte("def f(a, b):\n    return a * b\n")},
		{Name: "tiny.py", Data: []byte("x\n")},
	}
	first, err := Mutants(pool, 50, 7)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Mutants(pool, 50, 7)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Mutants(pool, 50, 8)
	if err != nil {
		t.Fatal(err)
	}
	differs := false
	for i := range first {
		if first[i].Name != second[i].Name || string(first[i].Data) != string(second[i].Data) {
			t.Fatalf("mutant %d differs between runs: %s vs %s", i, first[i].Name, second[i].Name)
		}
		if strings.Contains(first[i].Name, "tiny.py") {
			t.Errorf("mutant of a one-token source: %s", first[i].Name)
		}
		if string(first[i].Data) == string(pool[0].Data) || string(first[i].Data) == string(pool[1].Data) {
			t.Errorf("mutant %s equals its source", first[i].Name)
		}
		differs = differs || string(first[i].Data) != string(other[i].Data)
	}
	if !differs {
		t.Error("another seed gave the same mutants")
	}
}

func TestDumpContext(t *testing.T) {
	dump := "Module(body=[Expr(value=Constant(value='a(b=c)', lineno=1, col_offset=0), lineno=1, col_offset=0)])"
	cases := []struct {
		after string // the difference is just after the first occurrence
		want  string
	}{
		{"Constant(value='a(b=c)', lineno=", "Constant.lineno"},
		{"col_offset=0), lineno=", "Expr.lineno"},
		{"Module(body=[", "Module.body"},
		{"Constant(value=", "Constant.value"},
	}
	for _, c := range cases {
		at := strings.Index(dump, c.after) + len(c.after)
		if got := DumpContext(dump, at); got != c.want {
			t.Errorf("DumpContext after %q = %q, want %q", c.after, got, c.want)
		}
	}
	if got := FirstDifference("abc", "abd"); got != 2 {
		t.Errorf("FirstDifference = %d, want 2", got)
	}
	if got := FirstDifference("abc", "abc"); got != -1 {
		t.Errorf("FirstDifference of equal strings = %d, want -1", got)
	}
	if got := FirstDifference("ab", "abc"); got != 2 {
		t.Errorf("FirstDifference of a prefix = %d, want 2", got)
	}
	if got := SourceLine([]byte("a\r\nb\rc\nd"), 3); got != "c" {
		t.Errorf("SourceLine 3 = %q, want c", got)
	}
}

func TestSampleIsStableAndBounded(t *testing.T) {
	var all []Source
	for i := range 1000 {
		all = append(all, Source{Name: strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "/" + string(rune('0'+i%10)) + ".py", Size: int64(i * 100)})
	}
	a, b := Sample(all, 10, 50_000), Sample(all, 10, 50_000)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("samples of %d and %d", len(a), len(b))
	}
	for _, s := range a {
		if s.Size > 50_000 {
			t.Errorf("%s of %d bytes is over the limit", s.Name, s.Size)
		}
	}
}

// TestReferenceScript runs reference.mjs on fixtures whose CPython verdicts
// are known, through the same driver and cache as TestConformance.
func TestReferenceScript(t *testing.T) {
	ref := &Reference{Dir: ".", Workers: 2, Timeout: 2 * time.Minute}
	if err := ref.CheckInstalled(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	fixtures := map[string]string{
		"valid.py":    "x = 1\n",
		"open.py":     "x = 1\nprint(x +\n",
		"indent.py":   "if x:\n  a\n    b\n",
		"nul.py":      "x = 1\x00\n",
		"latin1.py":   "# -*- coding: latin-1 -*-\ns = '\xe9'\n",
		"badutf8.py":  "s = '\xff'\n",
		"warning.py":  "s = '\\d'\n",
		"deepdump.py": "x = " + strings.Repeat("a+", 3000) + "a\n",
	}
	var paths []string
	for name, src := range fixtures {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	paths = append(paths, filepath.Join(dir, "missing.py"))
	got := map[string]Result{}
	if err := ref.Run(paths, false, func(r Result) { got[filepath.Base(r.Path)] = r }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(paths) {
		t.Fatalf("%d results for %d paths", len(got), len(paths))
	}

	const validDump = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])"
	if r := got["valid.py"]; !r.OK || r.DumpSHA256 != SHA256Hex([]byte(validDump)) || r.SHA256 != SHA256Hex([]byte(fixtures["valid.py"])) {
		t.Errorf("valid.py: %+v", r)
	}
	rejects := []struct {
		name, exc string
		line      int
		msg       string
	}{
		{"open.py", "SyntaxError", 2, "'(' was never closed"},
		{"indent.py", "IndentationError", 3, "unexpected indent"},
		{"badutf8.py", "SyntaxError", 1, ""},
	}
	for _, want := range rejects {
		r := got[want.name]
		if r.OK || r.Exc != want.exc || r.Lineno == nil || *r.Lineno != want.line || !strings.Contains(r.Msg, want.msg) || !r.Verdict() {
			t.Errorf("%s: got %s, want %s at line %d: %s", want.name, r.Describe(), want.exc, want.line, want.msg)
		}
	}
	if r := got["nul.py"]; r.OK || r.Exc != "SyntaxError" || !strings.Contains(r.Msg, "null bytes") {
		t.Errorf("nul.py: got %s", r.Describe())
	}
	for _, name := range []string{"latin1.py", "warning.py", "deepdump.py"} {
		if r := got[name]; !r.OK || r.DumpSHA256 == "" || !r.Verdict() {
			t.Errorf("%s: got %s", name, r.Describe())
		}
	}
	if r := got["missing.py"]; r.Error == "" || r.Verdict() {
		t.Errorf("missing.py: got %+v, want a read error", r)
	}

	// The --dump mode returns the dump whose hash the default mode gives.
	if err := ref.Run(paths[:0:0], true, func(Result) {}); err != nil {
		t.Fatal(err)
	}
	var dumped Result
	if err := ref.Run([]string{filepath.Join(dir, "valid.py")}, true, func(r Result) { dumped = r }); err != nil {
		t.Fatal(err)
	}
	if dumped.Dump != validDump {
		t.Errorf("--dump gave %q, want %q", dumped.Dump, validDump)
	}

	// An input that breaks the interpreter (a WebAssembly stack overflow)
	// is no verdict, and the same worker goes on with a fresh one.
	overflow := filepath.Join(dir, "overflow.py")
	if err := os.WriteFile(overflow, []byte("x = "+strings.Repeat("a+", 100_000)+"a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	one := &Reference{Dir: ".", Workers: 1, Timeout: 2 * time.Minute}
	var afterFatal []Result
	if err := one.Run([]string{overflow, filepath.Join(dir, "valid.py")}, false, func(r Result) { afterFatal = append(afterFatal, r) }); err != nil {
		t.Fatal(err)
	}
	if len(afterFatal) != 2 || afterFatal[0].Exc != ExcPyodideFatal || afterFatal[0].Verdict() || afterFatal[1].DumpSHA256 != SHA256Hex([]byte(validDump)) {
		t.Errorf("after a fatal error: %+v", afterFatal)
	}

	// The cache keeps verdicts across opens, and not a missing file's error.
	cache, err := OpenCache(filepath.Join(dir, "cache"), "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		if err := cache.Put(r); err != nil {
			t.Fatal(err)
		}
	}
	cache.Close()
	reopened, err := OpenCache(filepath.Join(dir, "cache"), "test")
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	for name, r := range got {
		c, ok := reopened.Get(r.SHA256)
		if name == "missing.py" {
			if ok {
				t.Errorf("cache kept a read error")
			}
			continue
		}
		if !ok || c.OK != r.OK || c.DumpSHA256 != r.DumpSHA256 || c.Msg != r.Msg {
			t.Errorf("cache lost %s: %+v", name, c)
		}
	}
}
