package main

import (
	"encoding/json"
	"github.com/crosstalk-dev/crosstalk/internal/hugeheap"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, src := range files {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const cartSource = "from functools import lru_cache\n\n\ndef add(item, cart=[]):\n\tcart.append(item)\n\n\nclass Repo:\n    @lru_cache(maxsize=None)\n    def get(self, k):\n        return k\n"

func TestCheckPrintsFindingsWithSourceAndCaret(t *testing.T) {
	root := writeFiles(t, map[string]string{"cart.py": cartSource})
	path := filepath.Join(root, "cart.py")
	code, out, errOut := runCLI("check", root)
	if code != exitFindings {
		t.Errorf("exit %d, want %d; stderr %s", code, exitFindings, errOut)
	}
	want := path + ":4:20: CT104 the default of `cart` in `add` is one list, created when `add` is defined: " +
		"every call of `add` that leaves out `cart` shares it and sees what earlier calls left in it\n" +
		"  4 | def add(item, cart=[]):\n" +
		"    |                    ^^\n" +
		path + ":9:6: CT105 `Repo.get` is cached with `functools.lru_cache`: one cache shared by every Repo instance, " +
		"keyed on `self`, that keeps each instance alive\n" +
		"  9 |     @lru_cache(maxsize=None)\n" +
		"    |      ^^^^^^^^^^^^^^^^^^^^^^^\n" +
		"Found 2 findings in 1 file checked.\n" +
		"1 fixable with --fix --unsafe-fixes.\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour written to a non-terminal")
	}
}

// A default the function only reads is Low: default mode counts it,
// --show-all shows it with why it is lower.
func TestShowAllListsTheLowConfidenceFindings(t *testing.T) {
	root := writeFiles(t, map[string]string{"m.py": "def get(key, table={}):\n    return table.get(key)\n"})
	code, out, _ := runCLI("check", root)
	if code != exitOK || out != "All checks passed (1 file).\n"+
		"1 low-confidence finding not shown (deliberate, start-up, test or unreached code); --show-all lists it.\n" {
		t.Errorf("default: exit %d, output:\n%s", code, out)
	}
	code, out, _ = runCLI("check", "--show-all", "--output-format", "concise", root)
	if code != exitFindings || !strings.Contains(out, "CT104 ") || !strings.Contains(out, " [low: `get` only reads `table`]\n") {
		t.Errorf("--show-all: exit %d, output:\n%s", code, out)
	}
}

func TestCaretLinesUpUnderTabs(t *testing.T) {
	root := writeFiles(t, map[string]string{"t.py": "class A:\n\tdef f(self, x={}):\n\t\tx[1] = 2\n"})
	_, out, _ := runCLI("check", root)
	if !strings.Contains(out, "  2 | \tdef f(self, x={}):\n    | \t              ^^\n") {
		t.Errorf("caret not under the default:\n%q", out)
	}
}

func TestCheckSelectIgnoreAndExitZero(t *testing.T) {
	root := writeFiles(t, map[string]string{"cart.py": cartSource, "broken.py": "def f(:\n"})
	count := func(out, code string) int { return strings.Count(out, ": "+code+" ") }
	for _, tc := range []struct {
		args                     []string
		exit, ct104, ct105, e999 int
	}{
		{[]string{"check", root}, exitFindings, 1, 1, 1},
		{[]string{"check", "--select", "CT104", root}, exitFindings, 1, 0, 1},
		{[]string{"check", root, "--select=ct105"}, exitFindings, 0, 1, 1}, // flags after paths, any case
		{[]string{"check", "--select", "CT1", "--ignore", "CT105,E999", root}, exitFindings, 1, 0, 0},
		{[]string{"check", "--ignore", "CT", "--ignore", "E", root}, exitOK, 0, 0, 0},
		{[]string{"check", "--exit-zero", root}, exitOK, 1, 1, 1},
	} {
		code, out, errOut := runCLI(tc.args...)
		if code != tc.exit || count(out, "CT104") != tc.ct104 || count(out, "CT105") != tc.ct105 || count(out, "E999") != tc.e999 {
			t.Errorf("%q: exit %d, output:\n%s\nstderr: %s", tc.args, code, out, errOut)
		}
	}
}

func TestCheckUsageAndIOErrors(t *testing.T) {
	root := writeFiles(t, map[string]string{"ok.py": "x = 1\n"})
	if code, out, _ := runCLI("check", root); code != exitOK || !strings.Contains(out, "All checks passed (1 file).") {
		t.Errorf("clean tree: exit %d, output %q", code, out)
	}
	if code, _, errOut := runCLI("check", "--select", "CT999", root); code != exitUsage ||
		!strings.Contains(errOut, "--select CT999 matches no rule; `crosstalk rules` lists them") {
		t.Errorf("unknown selector: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runCLI("check", "--frobnicate"); code != exitUsage || !strings.Contains(errOut, "usage: crosstalk check") {
		t.Errorf("unknown flag: exit %d, stderr %q", code, errOut)
	}
	missing := filepath.Join(root, "missing")
	if code, _, errOut := runCLI("check", missing); code != exitUsage || !strings.Contains(errOut, "cannot read "+missing) {
		t.Errorf("missing path: exit %d, stderr %q", code, errOut)
	}
}

func TestCheckDefaultsToTheCurrentDirectory(t *testing.T) {
	root := writeFiles(t, map[string]string{"a.py": "def f(x=set()): x.add(1)\n"})
	t.Chdir(root)
	code, out, _ := runCLI("check")
	if code != exitFindings || !strings.HasPrefix(out, "a.py:1:9: CT104 ") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestNoColorWithoutATerminalOrWithNO_COLOR(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if useColor(f) {
		t.Errorf("a regular file is not a terminal")
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return // no controlling terminal here: the TTY case cannot be observed
	}
	defer tty.Close()
	t.Setenv("NO_COLOR", "1")
	if useColor(tty) {
		t.Errorf("NO_COLOR set, yet colour on a terminal")
	}
	t.Setenv("NO_COLOR", "")
	if !useColor(tty) {
		t.Errorf("a terminal without NO_COLOR gets colour")
	}
}

func TestRulesAndRule(t *testing.T) {
	code, out, _ := runCLI("rules")
	if code != exitOK || strings.Count(out, "\n") != len(rules.All()) {
		t.Errorf("rules: exit %d, output:\n%s", code, out)
	}
	for _, a := range rules.All() {
		if !strings.Contains(out, a.Code+"  "+a.Name) || !strings.Contains(out, a.Summary()) {
			t.Errorf("rules lacks %s %s", a.Code, a.Name)
		}
		for _, arg := range []string{a.Code, strings.ToLower(a.Code), a.Name} {
			code, doc, _ := runCLI("rule", arg)
			if code != exitOK || !strings.HasPrefix(doc, "# "+a.Code+" "+a.Name+"\n\n"+a.Summary()) || !strings.Contains(doc, "## Why is this bad?") {
				t.Errorf("rule %s: exit %d, output:\n%s", arg, code, doc)
			}
		}
	}
	if code, _, errOut := runCLI("rule", "CT999"); code != exitUsage || !strings.Contains(errOut, `no rule "CT999"`) {
		t.Errorf("unknown rule: exit %d, stderr %q", code, errOut)
	}
	if code, _, _ := runCLI("rule"); code != exitUsage {
		t.Errorf("rule without a code: exit %d", code)
	}
}

func TestCheckReadsTheNearestConfig(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"pyproject.toml":    "[tool.crosstalk]\nignore = [\"CT105\"]\n\n[tool.crosstalk.per-file-ignores]\n\"legacy/*\" = [\"CT104\"]\n",
		"app/cart.py":       cartSource,
		"legacy/old.py":     "def f(x=[]):\n    x.append(1)\n",
		"venv/lib/thing.py": "def f(x=[]):\n    pass\n", // excluded by default
	})
	code, out, errOut := runCLI("check", "--output-format", "concise", filepath.Join(root, "app"), filepath.Join(root, "legacy"))
	if code != exitFindings || strings.Count(out, "CT104") != 1 || strings.Contains(out, "CT105") || strings.Contains(out, "old.py") {
		t.Errorf("exit %d, output:\n%s\nstderr: %s", code, out, errOut)
	}
	// --select on the command line overrides the config's ignore (Ruff's layering).
	if _, out, _ := runCLI("check", "--select", "CT105", root); !strings.Contains(out, "CT105") || strings.Contains(out, "CT104") {
		t.Errorf("--select CT105 should override the config's ignore:\n%s", out)
	}
	// The whole tree: venv is skipped.
	if _, out, _ := runCLI("check", "--output-format=concise", root); strings.Contains(out, "thing.py") {
		t.Errorf("venv was not excluded:\n%s", out)
	}
}

func TestCheckConfigErrorsStopTheRunWithFileLineAndKey(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"pyproject.toml": "[tool.crosstalk]\nselect = [\"CT1\"]\nignroe = [\"CT101\"]\n",
		"a.py":           "x = 1\n",
	})
	code, out, errOut := runCLI("check", root)
	want := filepath.Join(root, "pyproject.toml") + `:3: ignroe: unknown key "ignroe"; did you mean "ignore"?`
	if code != exitUsage || !strings.Contains(errOut, want) || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errOut, want)
	}
	// --config names the file explicitly; a broken one is the same error.
	// Any file but a pyproject.toml has its settings at top level.
	other := filepath.Join(root, "other.toml")
	if err := os.WriteFile(other, []byte("select = [\"CT1\"]\nstrict = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI("check", "--config", other, root)
	if code != exitUsage || !strings.Contains(errOut, other+":2: strict: expected true or false, got an integer") {
		t.Errorf("--config: exit %d, stderr %q", code, errOut)
	}
	if err := os.WriteFile(other, []byte("[tool.crosstalk]\nstrict = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI("check", "--config", other, root)
	if code != exitUsage || !strings.Contains(errOut, other+`:1: tool: unknown key "tool"; a [tool.crosstalk] table is read from a pyproject.toml only`) {
		t.Errorf("--config with a pyproject's table: exit %d, stderr %q", code, errOut)
	}
}

func TestCheckOutputFormatsStatisticsAndQuiet(t *testing.T) {
	root := writeFiles(t, map[string]string{"cart.py": cartSource})
	code, out, _ := runCLI("check", "--output-format", "json", root)
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil || code != exitFindings || len(items) != 2 {
		t.Fatalf("json: exit %d, %v, output:\n%s", code, err, out)
	}
	if items[0]["code"] != "CT104" || items[0]["name"] != "mutable-default-argument" {
		t.Errorf("json first item: %v", items[0])
	}
	code, out, _ = runCLI("check", "--output-format", "github", root)
	if code != exitFindings || !strings.HasPrefix(out, "::warning ") || strings.Contains(out, "Found ") {
		t.Errorf("github: exit %d, output:\n%s", code, out)
	}
	_, out, _ = runCLI("check", "--statistics", root)
	if !strings.Contains(out, "CT104") || !strings.Contains(out, "CT105") || strings.Contains(out, "def add") {
		t.Errorf("statistics:\n%s", out)
	}
	_, out, _ = runCLI("check", "-q", "--output-format=concise", root)
	if strings.Count(out, "\n") != 2 || strings.Contains(out, "Found") {
		t.Errorf("quiet concise output should be the two findings alone:\n%s", out)
	}
	code, _, errOut := runCLI("check", "--output-format", "xml", root)
	if code != exitUsage || !strings.Contains(errOut, `unknown output format "xml"`) {
		t.Errorf("bad format: exit %d, stderr %q", code, errOut)
	}
}

// Suppression warnings go to stderr, so that JSON on stdout stays valid,
// and do not change the exit status. A rule left out by --select is still
// a rule: naming it in a comment is no typo.
func TestCheckWarnsAboutSuppressionsOnStderr(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"cart.py": strings.Replace(cartSource, "cart=[]):", "cart=[]):  # noqa: ct104", 1),
		"repo.py": "def add(item, cart=[]):  # noqa: CT105\n    return cart\n",
	})
	code, out, errOut := runCLI("check", "--select", "CT104", "--output-format", "json", root)
	want := "crosstalk: warning: " + filepath.Join(root, "cart.py") + `:4: malformed suppression "# noqa: ct104" suppresses nothing: codes are upper-case letters then digits, as CT104` + "\n"
	if code != exitFindings || errOut != want {
		t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, exitFindings, want)
	}
	var findings []map[string]any
	if err := json.Unmarshal([]byte(out), &findings); err != nil || len(findings) != 2 {
		t.Errorf("stdout is not the two CT104 findings in JSON (%v):\n%s", err, out)
	}
}

// Huge pages are asked for a folder's heap, and for files' in proportion
// to their size: a pre-commit run over a few files marks nothing.
func TestHeapForAFolderAndForFiles(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.py")
	if err := os.WriteFile(small, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		paths []string
		want  uint64
	}{
		{nil, hugeheap.WholeTree},
		{[]string{dir}, hugeheap.WholeTree},
		{[]string{small}, 6 * heapPerSourceByte},
		{[]string{small, small}, 12 * heapPerSourceByte},
		{[]string{small, filepath.Join(dir, "missing.py")}, hugeheap.WholeTree},
	} {
		if got := heapFor(c.paths); got != c.want {
			t.Errorf("heapFor(%q) = %d, want %d", c.paths, got, c.want)
		}
	}
}

// A tree with no Python file passes, with a warning that says nothing
// was checked: a wrong path or an exclude that takes everything.
func TestCheckWarnsWhenNoPythonFileIsFound(t *testing.T) {
	root := writeFiles(t, map[string]string{"web/index.ts": "export {}\n"})
	code, out, errOut := runCLI("check", root)
	if code != exitOK || out != "All checks passed (0 files).\n" {
		t.Errorf("exit %d, output %q", code, out)
	}
	if !strings.Contains(errOut, "warning: no Python files found under "+root) {
		t.Errorf("stderr %q, want the warning", errOut)
	}
	// So do the commands that show the model, with nothing to show.
	for _, cmd := range []string{"entrypoints", "callgraph"} {
		code, _, errOut := runCLI(cmd, root)
		if code != exitOK || !strings.Contains(errOut, "warning: no Python files found under "+root) {
			t.Errorf("%s: exit %d, stderr %q, want the warning", cmd, code, errOut)
		}
	}
}
