package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hookFields reads the top-level fields of the one hook in
// .pre-commit-hooks.yaml (a flat list of "key: value" lines under "- id:").
func hookFields(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- "))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("unexpected line in .pre-commit-hooks.yaml: %q", line)
		}
		fields[key] = strings.TrimSpace(value)
	}
	return fields
}

// TestPreCommitHook runs the hook the way pre-commit does: its entry and
// args, from the root of the user's repository, with no file names (the
// hook says pass_filenames: false), and checks what a user sees.
func TestPreCommitHook(t *testing.T) {
	hook := hookFields(t)
	for key, want := range map[string]string{"id": "crosstalk", "language": "golang", "pass_filenames": "false", "types": "[python]"} {
		if hook[key] != want {
			t.Errorf(".pre-commit-hooks.yaml: %s = %q, want %q", key, hook[key], want)
		}
	}
	entry := strings.Fields(hook["entry"])
	if len(entry) < 2 || entry[0] != "crosstalk" {
		t.Fatalf("entry %q does not run the crosstalk binary that `go install` builds", hook["entry"])
	}
	args := entry[1:]
	if a := strings.Trim(hook["args"], "[]"); a != "" {
		args = append(args, strings.Split(a, ",")...)
	}

	repo := writeFiles(t, map[string]string{
		".gitignore":        "build/\n",
		"pyproject.toml":    "[tool.crosstalk.per-file-ignores]\n\"tests/*\" = [\"CT104\"]\n",
		"shop/__init__.py":  "",
		"shop/base.py":      "class Base:\n    registry = {}\n",
		"shop/views.py":     "from shop.base import Base\n\n\nclass View(Base):\n    def get(self, key):\n        self.registry[key] = 1\n",
		"tests/test_x.py":   "def helper(x=[]):\n    return x\n",
		"build/lib/copy.py": "def f(x=[]):\n    x.append(1)\n",
	})
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(repo)

	// The finding needs the base class from another module: the hook sees
	// the whole tree even when only views.py is staged.
	code, out, errOut := runCLI(args...)
	if code != exitFindings || !strings.Contains(out, "CT102") || strings.Contains(out, "build/") || strings.Contains(out, "test_x.py") {
		t.Fatalf("hook on a tree with a finding: exit %d, output:\n%s\nstderr: %s", code, out, errOut)
	}

	fixed := "from shop.base import Base\n\n\nclass View(Base):\n    def __init__(self):\n        self.registry = {}\n\n    def get(self, key):\n        self.registry[key] = 1\n"
	if err := os.WriteFile(filepath.Join(repo, "shop", "views.py"), []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(args...); code != exitOK {
		t.Errorf("hook on the fixed tree: exit %d, output:\n%s\nstderr: %s", code, out, errOut)
	}
}
