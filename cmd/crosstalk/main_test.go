package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// fullDisk fails every write, as /dev/full does.
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// Output that could not be written is an error, whatever the command: a
// run that lost its findings must not end in success.
func TestAWriteErrorOnStdoutIsAnError(t *testing.T) {
	root := writeFiles(t, map[string]string{"clean.py": "x = 1\n", "bad.py": "def f(x=[]): pass\n"})
	for _, args := range [][]string{
		{"check", filepath.Join(root, "clean.py")},
		{"check", "--exit-zero", filepath.Join(root, "bad.py")},
		{"check", "--output-format", "json", filepath.Join(root, "clean.py")},
		{"rules"}, {"version"}, {"help"},
		{"parse", root},
	} {
		var errOut bytes.Buffer
		code := run(args, fullDisk{}, &errOut)
		if code != exitUsage || !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and the error", args, code, errOut.String(), exitUsage)
		}
	}
}

func TestDispatch(t *testing.T) {
	code, out, _ := runCLI("help")
	if code != exitOK || !strings.Contains(out, "crosstalk parse [-v] PATH...") || !strings.Contains(out, "crosstalk version") {
		t.Errorf("help: exit %d, output:\n%s", code, out)
	}
	if code, _, errOut := runCLI(); code != exitUsage || !strings.Contains(errOut, "Usage:") {
		t.Errorf("no arguments: exit %d, stderr:\n%s", code, errOut)
	}
	if code, _, errOut := runCLI("frobnicate"); code != exitUsage || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: exit %d, stderr:\n%s", code, errOut)
	}
	if code, out, _ := runCLI("version"); code != exitOK || !strings.HasPrefix(out, "crosstalk ") || !strings.Contains(out, "go1.") {
		t.Errorf("version: exit %d, output %q", code, out)
	}
	for _, args := range [][]string{{"parse"}, {"parse", "--dump"}, {"parse", "--dump", "a.py", "b.py"}, {"parse", "--bogus", "a.py"}} {
		if code, _, errOut := runCLI(args...); code != exitUsage || !strings.Contains(errOut, "usage: crosstalk parse") {
			t.Errorf("%q: exit %d, stderr:\n%s", args, code, errOut)
		}
	}
}

// fakeParse stands in for the parser so that these tests pin the command's
// behaviour, not the parser's: a source starting "bad" has a syntax error,
// one starting "boom" panics, and any other parses as a lone "pass".
func fakeParse(name string, raw []byte) *parser.File {
	f := &parser.File{Name: name, Src: raw, Lines: token.NewLines(raw), Module: &ast.Module{}}
	switch {
	case bytes.HasPrefix(raw, []byte("bad")):
		f.Errors = []parser.Error{{Pos: 4, Line: 1, Col: 5, Msg: "invalid syntax"}}
	case bytes.HasPrefix(raw, []byte("boom")):
		panic("fake parser exploded")
	default:
		f.Module.Body = []ast.Stmt{&ast.Pass{Span: ast.Span{Lo: 0, Hi: 4}}}
		f.Module.Span = ast.Span{Lo: 0, Hi: token.Pos(len(raw))}
	}
	return f
}

func fakeCommand() *parseCommand {
	return &parseCommand{readDir: os.ReadDir, readFile: os.ReadFile, parse: fakeParse}
}

func runParseWith(p *parseCommand, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = p.run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParseDump(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.py")
	writeFile(t, good, "pass\n")
	code, out, errOut := runParseWith(fakeCommand(), "--dump", good)
	// What CPython prints for ast.dump(ast.parse("pass\n"), include_attributes=True).
	want := "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])\n"
	if code != exitOK || out != want || errOut != "" {
		t.Errorf("parse --dump: exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, want, errOut)
	}

	bad := filepath.Join(dir, "bad.py")
	writeFile(t, bad, "bad syntax\n")
	code, out, errOut = runParseWith(fakeCommand(), "--dump", bad)
	if want := bad + ":1:5: SyntaxError: invalid syntax\n"; code != exitFindings || out != "" || errOut != want {
		t.Errorf("parse --dump of a syntax error: exit %d, stdout %q\nstderr %q\nwant   %q", code, out, errOut, want)
	}

	boom := filepath.Join(dir, "boom.py")
	writeFile(t, boom, "boom\n")
	code, _, errOut = runParseWith(fakeCommand(), "--dump", boom)
	if code != exitFindings || !strings.Contains(errOut, "internal error parsing "+boom+": fake parser exploded") {
		t.Errorf("parse --dump of a panicking parse: exit %d, stderr %q", code, errOut)
	}

	missing := filepath.Join(dir, "missing.py")
	code, out, errOut = runParseWith(fakeCommand(), "--dump", missing)
	if code != exitUsage || out != "" || !strings.Contains(errOut, "cannot read "+missing+": no such file or directory") {
		t.Errorf("parse --dump of a missing file: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = runParseWith(fakeCommand(), "--dump", dir)
	if code != exitUsage || !strings.Contains(errOut, "cannot read "+dir) {
		t.Errorf("parse --dump of a directory: exit %d, stderr %q", code, errOut)
	}
}

// TestParseDumpEndToEnd runs the real parser: the output is what CPython
// 3.14 prints for the same files.
func TestParseDumpEndToEnd(t *testing.T) {
	dir := t.TempDir()
	valid := filepath.Join(dir, "valid.py")
	writeFile(t, valid, "x = 1\n")
	code, out, errOut := runCLI("parse", "--dump", valid)
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])\n"
	if code != exitOK || out != want || errOut != "" {
		t.Errorf("exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, want, errOut)
	}
	open := filepath.Join(dir, "open.py")
	writeFile(t, open, "x = 1\nprint(x +\n")
	code, out, errOut = runCLI("parse", "--dump", open)
	if want := open + ":2:6: SyntaxError: '(' was never closed\n"; code != exitFindings || out != "" || errOut != want {
		t.Errorf("exit %d, stdout %q\nstderr %q\nwant   %q", code, out, errOut, want)
	}
}

// summaryValue returns the value of "name: value" in the summary.
func summaryValue(out, name string) string {
	for line := range strings.Lines(out) {
		if v, ok := strings.CutPrefix(line, name+": "); ok {
			return strings.TrimSpace(v)
		}
	}
	return "<missing>"
}

func TestParseTree(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pkg", "a.py"), "pass\n")
	writeFile(t, filepath.Join(dir, "pkg", "sub", "b.py"), "pass\n")
	writeFile(t, filepath.Join(dir, "pkg", "sub", "bad.py"), "bad\n")
	writeFile(t, filepath.Join(dir, "pkg", "notes.txt"), "bad, and not Python\n")
	code, out, errOut := runParseWith(fakeCommand(), filepath.Join(dir, "pkg"), "-v") // flags may follow paths
	if code != exitFindings {
		t.Errorf("exit %d, want %d (syntax errors)", code, exitFindings)
	}
	if summaryValue(out, "files") != "3" || summaryValue(out, "bytes") != "14" || summaryValue(out, "syntax errors") != "1" {
		t.Errorf("summary:\n%s", out)
	}
	if !strings.Contains(out, filepath.Join(dir, "pkg", "sub", "bad.py")+":1:5: SyntaxError: invalid syntax\n") {
		t.Errorf("-v does not list the syntax error:\n%s", out)
	}
	if summaryValue(out, "time") == "<missing>" || !strings.HasSuffix(summaryValue(out, "speed"), "MB/s") {
		t.Errorf("no time or speed in the summary:\n%s", out)
	}
	if errOut != "" {
		t.Errorf("stderr: %s", errOut)
	}

	// Without -v the summary only; a clean tree exits 0.
	os.Remove(filepath.Join(dir, "pkg", "sub", "bad.py"))
	code, out, _ = runParseWith(fakeCommand(), filepath.Join(dir, "pkg"))
	if code != exitOK || summaryValue(out, "files") != "2" || summaryValue(out, "syntax errors") != "0" || strings.Contains(out, "SyntaxError") {
		t.Errorf("clean tree: exit %d, output:\n%s", code, out)
	}
}

func TestParseTreeSurvivesLoopsUnreadableDirsAndPanics(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "tree")
	writeFile(t, filepath.Join(root, "a.py"), "pass\n")
	writeFile(t, filepath.Join(root, "deep", "b.py"), "pass\n")
	writeFile(t, filepath.Join(root, "boom.py"), "boom\n")
	writeFile(t, filepath.Join(root, "locked", "hidden.py"), "pass\n")
	writeFile(t, filepath.Join(root, "lib", "c.py"), "pass\n")
	writeFile(t, filepath.Join(dir, "outside", "d.py"), "pass\n")
	links := map[string]string{
		filepath.Join(root, "deep", "up"):   root,                             // a cycle back to the top
		filepath.Join(root, "self.py"):      filepath.Join(root, "self.py"),   // a link to itself: ELOOP
		filepath.Join(root, "alias.py"):     filepath.Join(root, "a.py"),      // the same file twice
		filepath.Join(root, "ext"):          filepath.Join(root, "lib"),       // a linked directory, walked once
		filepath.Join(root, "deep", "ext2"): filepath.Join(root, "lib"),       // ... even when linked twice
		filepath.Join(root, "away"):         filepath.Join(dir, "outside"),    // out of the tree: not followed
		filepath.Join(root, "gone.py"):      filepath.Join(dir, "missing.py"), // dangling
	}
	for link, target := range links {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	p := fakeCommand()
	// Root reads any directory whatever its mode; make the locked one
	// unreadable for root too, as it already is for anyone else.
	p.readDir = func(name string) ([]fs.DirEntry, error) {
		entries, err := os.ReadDir(name)
		if err == nil && name == locked {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return entries, err
	}

	code, out, errOut := runParseWith(p, root)
	if code != exitUsage {
		t.Errorf("exit %d, want %d: a directory could not be read", code, exitUsage)
	}
	// a.py, deep/b.py, boom.py and lib/c.py, each once.
	if summaryValue(out, "files") != "4" || summaryValue(out, "internal errors") != "1" || summaryValue(out, "syntax errors") != "0" {
		t.Errorf("summary:\n%s", out)
	}
	for _, want := range []string{
		"skipping symlink loop " + filepath.Join(root, "self.py"),
		"cannot read directory " + locked + ": permission denied",
		"skipping broken symlink " + filepath.Join(root, "gone.py") + " -> " + filepath.Join(dir, "missing.py"),
		"internal error parsing " + filepath.Join(root, "boom.py") + ": fake parser exploded",
		"skipping symlink cycle " + filepath.Join(root, "deep", "up") + " -> " + root + "\n",
		"skipping " + filepath.Join(root, "away") + ": it links to " + filepath.Join(dir, "outside") + ", outside the paths being checked",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestParseWritesCPUProfile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.py"), "x = 1\n")
	prof := filepath.Join(dir, "cpu.prof")
	code, _, stderr := runCLI("parse", "--cpuprofile", prof, dir)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Fatalf("profile %s not written: %v", prof, err)
	}
	code, _, stderr = runCLI("parse", "--cpuprofile", filepath.Join(dir, "no", "such", "dir", "p"), dir)
	if code != exitUsage || !strings.Contains(stderr, "cannot write the CPU profile") {
		t.Errorf("unwritable profile: exit %d, stderr %q; want exit %d and a message", code, stderr, exitUsage)
	}
}

// Help spells the flags as users type them: "--output-format", and "-q"
// for a one-letter flag, not Go's "-output-format".
func TestHelpSpellsFlagsAsTyped(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"check", "--help"}, []string{"\n  --output-format FORMAT\n", "\n  --select CODES\n", "\n  --show-all\n", "\n  -q\n",
			"\n  --fix\n", "\n  --unsafe-fixes\n", "\n  --diff\n"}},
		{[]string{"parse", "--help"}, []string{"\n  --dump\n", "\n  -v\n"}},
		{[]string{"callgraph", "--help"}, []string{"\n  --format string\n"}},
	} {
		_, _, errOut := runCLI(tc.args...)
		for _, want := range tc.want {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: no %q in:\n%s", tc.args, want, errOut)
			}
		}
		if strings.Contains(errOut, "\n  -output-format") || strings.Contains(errOut, "\n  -dump") {
			t.Errorf("%v spells a flag in Go's form:\n%s", tc.args, errOut)
		}
	}
}
