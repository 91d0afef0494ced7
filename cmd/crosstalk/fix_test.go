package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyFixture copies rules/testdata/CT104/name into a new folder and
// returns the copy's path and content.
func copyFixture(t *testing.T, name string) (string, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "rules", "testdata", "CT104", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, string(data)
}

// The safe fixes of usage.py: the defaults its functions only read.
var usageSafeFixes = []struct{ fn, param, def, create string }{
	{"lookup(key, ", "table", "{}", ""},
	{"member(key, ", "allowed", "set()", ""},
	{"total(", "items", "[]", ""},
	{"first(", "items", "[]", ""},
	{"    def render(self, ", "attrs", "{}", "    "},
	{"joined(", "names", "[]", ""},
	{"parse(", "argv", "[]", ""},
	{"rebound(", "search", "[]", ""},
	{"starred(", "items", "[]", ""},
	{"double_starred_call(token, ", "options", "{}", ""},
	{"double_starred_display(token, ", "options", "{}", ""},
	{"truth_guarded(", "include", "[]", ""},
	{"clause(field, ", "allowed", "[]", ""},
}

// usageFixed is usage.py with its safe fixes applied, written out by
// hand: the default becomes None and the body creates the container.
func usageFixed(src string) string {
	for _, f := range usageSafeFixes {
		def := f.fn
		if !strings.HasPrefix(def, " ") {
			def = "def " + def
		}
		old := def + f.param + "=" + f.def + "):  # want-strict: CT104\n"
		indent := f.create + "    "
		new := def + f.param + "=None):  # want-strict: CT104\n" +
			indent + "if " + f.param + " is None:\n" + indent + "    " + f.param + " = " + f.def + "\n"
		if !strings.Contains(src, old) {
			panic("usage.py has no " + old)
		}
		src = strings.Replace(src, old, new, 1)
	}
	return src
}

func TestCheckFixWritesTheSafeFixes(t *testing.T) {
	path, src := copyFixture(t, "usage.py")
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("check", "--select", "CT104", "--show-all", "--output-format", "concise", "--fix", path)
	if code != exitFindings || errOut != "" {
		t.Errorf("exit %d, stderr %q; want %d (the unsafe ones remain)", code, errOut, exitFindings)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := usageFixed(src); string(got) != want {
		t.Errorf("fixed source:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(out, "Found 37 findings in 1 file checked (13 fixed, 24 remaining).\n24 more fixable with --unsafe-fixes.\n") {
		t.Errorf("summary:\n%s", out)
	}
	if after, err := os.Stat(path); err != nil || after.Mode() != before.Mode() {
		t.Errorf("mode %v, want %v", after.Mode(), before.Mode())
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("files written besides usage.py: %v", entries)
	}
	// Checked again, no fixed function has a CT104 finding, and nothing
	// is left for --fix to do.
	code, out, _ = runCLI("check", "--select", "CT104", "--show-all", "--output-format", "concise", path)
	if code != exitFindings || strings.Count(out, " CT104 ") != 24 {
		t.Errorf("second check: exit %d, %d findings, want 24:\n%s", code, strings.Count(out, " CT104 "), out)
	}
	for _, f := range usageSafeFixes {
		name := strings.TrimPrefix(strings.TrimSpace(f.fn), "def ")
		name = name[:strings.IndexByte(name, '(')]
		if strings.Contains(out, " in `"+name+"`") || strings.Contains(out, "`."+name+"`") {
			t.Errorf("CT104 on %s after the fix:\n%s", name, out)
		}
	}
	if code, _, _ := runCLI("check", "--select", "CT104", "--show-all", "--fix", path); code != exitFindings {
		t.Errorf("a second --fix: exit %d", code)
	}
	if again, _ := os.ReadFile(path); string(again) != string(got) {
		t.Errorf("a second --fix changed the file again")
	}
}

// The fix of `order` is unsafe (the list escapes through the return):
// --fix alone leaves it, --unsafe-fixes applies it.
func TestCheckUnsafeFixesOnlyWhenAsked(t *testing.T) {
	path, src := copyFixture(t, "unicode.py")
	code, out, _ := runCLI("check", "--select", "CT104", "--fix", path)
	if got, _ := os.ReadFile(path); code != exitFindings || string(got) != src {
		t.Errorf("--fix alone: exit %d, file changed to:\n%s", code, got)
	}
	if !strings.Contains(out, "Found 1 finding in 1 file checked.\n1 more fixable with --unsafe-fixes.\n") {
		t.Errorf("--fix alone:\n%s", out)
	}
	code, out, errOut := runCLI("check", "--select", "CT104", "--fix", "--unsafe-fixes", path)
	want := strings.Replace(src, "    def order(self, items=[]):  # want: CT104\n",
		"    def order(self, items=None):  # want: CT104\n        if items is None:\n            items = []\n", 1)
	if got, _ := os.ReadFile(path); code != exitOK || string(got) != want {
		t.Errorf("--unsafe-fixes: exit %d, stderr %q, file:\n%s\nwant:\n%s", code, errOut, got, want)
	}
	if !strings.HasPrefix(out, "Found 1 finding in 1 file checked (1 fixed, 0 remaining).\n1 low-confidence finding not shown") {
		t.Errorf("--unsafe-fixes: output %q", out)
	}
	if code, out, _ := runCLI("check", "--select", "CT104", "--output-format", "concise", path); code != exitOK {
		t.Errorf("checked again: exit %d\n%s", code, out)
	}
}

func TestCheckDiffWritesNothing(t *testing.T) {
	path, src := copyFixture(t, "unicode.py")
	code, out, errOut := runCLI("check", "--select", "CT104", "--diff", "--unsafe-fixes", path)
	want := "--- " + path + "\n+++ " + path + "\n@@ -2,6 +2,8 @@\n \n \n class Menu:\n" +
		"-    def order(self, items=[]):  # want: CT104\n" +
		"+    def order(self, items=None):  # want: CT104\n" +
		"+        if items is None:\n" +
		"+            items = []\n" +
		"         pick = lambda extras={}: extras  # want-strict: CT104\n" +
		"         return items, pick\n"
	if code != exitFindings || out != want || errOut != "Would fix 1 finding in 1 file.\n" {
		t.Errorf("exit %d, stderr %q, diff:\n%s\nwant:\n%s", code, errOut, out, want)
	}
	if got, _ := os.ReadFile(path); string(got) != src {
		t.Errorf("--diff wrote the file:\n%s", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("--diff wrote files: %v", entries)
	}
	// Without --unsafe-fixes there is nothing to show: exit 0. --fix
	// with --diff still writes nothing.
	code, out, errOut = runCLI("check", "--select", "CT104", "--diff", path)
	if code != exitOK || out != "" || errOut != "No fixes to apply.\n1 more fixable with --unsafe-fixes.\n" {
		t.Errorf("nothing safe: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, _ = runCLI("check", "--select", "CT104", "--diff", "--fix", "--unsafe-fixes", path)
	if got, _ := os.ReadFile(path); code != exitFindings || string(got) != src {
		t.Errorf("--diff --fix: exit %d, file:\n%s", code, got)
	}
}

// A file in a declared encoding other than UTF-8 is not rewritten in
// UTF-8: it is left alone, with a word on stderr.
func TestCheckFixLeavesAFileInAnotherEncoding(t *testing.T) {
	src := "# -*- coding: latin-1 -*-\n# caf\xe9\ndef add(item, cart=[]):\n    cart.append(item)\n"
	root := writeFiles(t, map[string]string{"legacy.py": src})
	path := filepath.Join(root, "legacy.py")
	code, _, errOut := runCLI("check", "--fix", "--unsafe-fixes", root)
	if got, _ := os.ReadFile(path); code != exitFindings || string(got) != src {
		t.Errorf("exit %d, file:\n%q", code, got)
	}
	if !strings.Contains(errOut, path+": not fixed: it declares a source encoding other than UTF-8") {
		t.Errorf("stderr %q", errOut)
	}
}

// The unsafe cases of rules/ct104_fix_test.go, end to end: --fix alone
// leaves the file as it is, --unsafe-fixes writes what the rule's test
// expects, and the file then checks clean.
func TestCheckUnsafeFixesOfCT104FixTest(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"def f(k, acc={}):\n    acc[k] = 1\n    return acc\n",
			"def f(k, acc=None):\n    if acc is None:\n        acc = {}\n    acc[k] = 1\n    return acc\n"},
		{"def f(k, acc=[]):\n    acc.append(k)\n",
			"def f(k, acc=None):\n    if acc is None:\n        acc = []\n    acc.append(k)\n"},
	} {
		root := writeFiles(t, map[string]string{"m.py": tc.src})
		path := filepath.Join(root, "m.py")
		if code, _, _ := runCLI("check", "--fix", root); code != exitFindings {
			t.Errorf("--fix alone: exit %d, want %d", code, exitFindings)
		}
		if got, _ := os.ReadFile(path); string(got) != tc.src {
			t.Errorf("--fix alone changed the file:\n%s", got)
		}
		if code, _, errOut := runCLI("check", "--fix", "--unsafe-fixes", root); code != exitOK {
			t.Errorf("--unsafe-fixes: exit %d, stderr %q", code, errOut)
		}
		if got, _ := os.ReadFile(path); string(got) != tc.want {
			t.Errorf("--unsafe-fixes wrote:\n%s\nwant:\n%s", got, tc.want)
		}
		if code, out, _ := runCLI("check", "--show-all", root); code != exitOK {
			t.Errorf("checked again: exit %d\n%s", code, out)
		}
	}
}

// Two defaults of one def: both fixes insert at the top of the body, so
// they overlap; the second is applied in the next round, on the source
// the first left.
func TestCheckFixAppliesOverlappingFixesInRounds(t *testing.T) {
	root := writeFiles(t, map[string]string{"m.py": "def f(a=[], b={}):\n    a.append(1)\n    b[1] = 2\n"})
	code, out, errOut := runCLI("check", "--fix", "--unsafe-fixes", root)
	if code != exitOK || out != "Found 2 findings in 1 file checked (2 fixed, 0 remaining).\n" || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	want := "def f(a=None, b=None):\n    if b is None:\n        b = {}\n    if a is None:\n        a = []\n    a.append(1)\n    b[1] = 2\n"
	if got, _ := os.ReadFile(filepath.Join(root, "m.py")); string(got) != want {
		t.Errorf("fixed source:\n%s\nwant:\n%s", got, want)
	}
}
