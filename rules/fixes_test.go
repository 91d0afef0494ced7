package rules_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// The fixes CT102 makes while a file's tree is there are found again
// when its findings are decided, after other files of the run were
// parsed: they must not be keyed by the tree's own strings.
func TestCT102FixSurvivesTheFilesParsedAfterIt(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a_pool.py": "class Pool:\n    _operations = {}\n\n    def add(self, k, op):\n        self._operations[k] = op\n\n\n" +
			"class Buffer:\n    _pools = {}\n\n    def __init__(this, url):\n        this.url = url\n\n    def pool(self, url):\n        self._pools[url] = url\n" +
			// Larger than the files after it, whose reads then go into its buffer.
			"# " + strings.Repeat("a", 3000) + "\n",
	}
	for i := range 8 {
		// Long enough to overwrite a_pool.py's code where the worker reads
		// them into its buffer.
		files[fmt.Sprintf("z%d.py", i)] = fmt.Sprintf("# %s\nclass Other%d:\n    _zzzzzzzzzzzzzzzzzzzzz%d = 1\n\n    def f(self, x):\n        return x\n", strings.Repeat("z", 600), i, i)
	}
	cfg := config.Default(dir)
	cfg.Strict = true
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := check.Run([]string{dir}, []*analysis.Analyzer{rules.MutableClassAttributeMutated}, cfg, io.Discard)
	if len(res.Findings) != 2 {
		t.Fatalf("%d findings, want 2", len(res.Findings))
	}
	want := []string{"self._operations = {}", "this._pools = {}"}
	for i, f := range res.Findings {
		if f.Fix == nil {
			t.Errorf("%s: the finding lost its fix: the other files' trees overwrote its key", f.Message)
			continue
		}
		// What the fix writes is the file's own text, not what the next
		// file's parse left where the tree's strings were.
		if text := f.Fix.Edits[len(f.Fix.Edits)-1].New; !strings.Contains(text, want[i]) {
			t.Errorf("the fix writes %q, want it to hold %q", text, want[i])
		}
	}
}

// A thread-local that another module imports keeps its findings, with no
// fix: the fix would rewrite only the module that defines it.
func TestCT501NoFixForAThreadLocalOtherModulesImport(t *testing.T) {
	for _, tc := range []struct {
		other string
		fix   bool
	}{
		{"from .ctx import _local\n\ndef peek():\n    return _local.user\n", false},
		{"from . import ctx\n\ndef peek():\n    return ctx._local.user\n", false},
		{"from .ctx import handle\n", true},
	} {
		dir := filepath.Join(t.TempDir(), "app")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		files := map[string]string{
			"__init__.py": "",
			"ctx.py":      "import threading\n\n_local = threading.local()\n\n\nasync def handle(request):\n    _local.user = request.user\n",
			"other.py":    tc.other,
		}
		res := strictRun(t, dir, files, rules.ThreadLocalInAsync)
		if got := res.Findings[0].Fix != nil; got != tc.fix {
			t.Errorf("other module %q: fix offered = %v, want %v", tc.other, got, tc.fix)
		}
	}
}

// strictRun writes files into dir and checks it with the analyzer in
// strict mode, expecting one finding.
func strictRun(t *testing.T, dir string, files map[string]string, a *analysis.Analyzer) check.Result {
	t.Helper()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := config.Default(dir)
	cfg.Strict = true
	var stderr bytes.Buffer
	res := check.Run([]string{dir}, []*analysis.Analyzer{a}, cfg, &stderr)
	if len(res.Findings) != 1 {
		t.Fatalf("%d %s findings, want 1: %s", len(res.Findings), a.Code, stderr.String())
	}
	return res
}
