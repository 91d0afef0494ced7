package pyfiles

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func walkWith(t *testing.T, root string, setup func(w *Walker)) []string {
	t.Helper()
	files, stderr, _ := walk(t, root, setup)
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
	return files
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestGitignoreIsHonouredInsideAWorkTree(t *testing.T) {
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(repo, ".git", "hooks", "hook.py"))
	writeText(t, filepath.Join(repo, ".gitignore"), "# build output\n/build/\n*_pb2.py\ngen/\n!keep_pb2.py\n")
	writeText(t, filepath.Join(repo, "src", ".gitignore"), "local_*.py\n")
	for _, f := range []string{
		"app.py", "build/out.py", "src/build/kept.py", "src/msg_pb2.py", "src/keep_pb2.py",
		"src/gen/models.py", "src/local_settings.py", "src/views.py", "other/local_x.py",
	} {
		mustWrite(t, filepath.Join(repo, filepath.FromSlash(f)))
	}
	got := walkWith(t, repo, func(w *Walker) { w.Gitignore = true })
	want := []string{"app.py", "other/local_x.py", "src/build/kept.py", "src/keep_pb2.py", "src/views.py"}
	if !slices.Equal(got, want) {
		t.Errorf("walk of the repo = %v, want %v", got, want)
	}

	// Walking a subdirectory still applies the .gitignore above it.
	got = walkWith(t, filepath.Join(repo, "src"), func(w *Walker) { w.Gitignore = true })
	want = []string{"build/kept.py", "keep_pb2.py", "views.py"}
	if !slices.Equal(got, want) {
		t.Errorf("walk of src = %v, want %v", got, want)
	}

	// Without Gitignore everything but .git is walked.
	got = walkWith(t, repo, func(w *Walker) {})
	if len(got) != 9 {
		t.Errorf("walk without gitignore = %v, want all 9 files", got)
	}
}

func TestGitignoreMeansNothingOutsideAWorkTree(t *testing.T) {
	dir := t.TempDir()
	writeText(t, filepath.Join(dir, ".gitignore"), "*.py\n")
	mustWrite(t, filepath.Join(dir, "a.py"))
	got := walkWith(t, dir, func(w *Walker) { w.Gitignore = true })
	if !slices.Equal(got, []string{"a.py"}) {
		t.Errorf("walk = %v, want [a.py]", got)
	}
}

func TestExcludeSkipsDirectoriesAndFilesButNotRoots(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.py", "venv/lib/x.py", "pkg/skip_me.py", "pkg/b.py"} {
		mustWrite(t, filepath.Join(dir, filepath.FromSlash(f)))
	}
	var asked []string
	exclude := func(abs string, isDir bool) bool {
		asked = append(asked, abs)
		base := filepath.Base(abs)
		return isDir && base == "venv" || strings.HasPrefix(base, "skip_")
	}
	got := walkWith(t, dir, func(w *Walker) { w.Exclude = exclude })
	if want := []string{"a.py", "pkg/b.py"}; !slices.Equal(got, want) {
		t.Errorf("walk = %v, want %v", got, want)
	}
	for _, a := range asked {
		if !filepath.IsAbs(a) {
			t.Errorf("Exclude got a relative path %q", a)
		}
	}
	// A root named on the command line is read even if excluded.
	got = walkWith(t, filepath.Join(dir, "venv"), func(w *Walker) { w.Exclude = exclude })
	if want := []string{"lib/x.py"}; !slices.Equal(got, want) {
		t.Errorf("walk of an excluded root = %v, want %v", got, want)
	}
}

// A line longer than bufio.Scanner's 64 KiB token used to end the reading
// of the file there, so that every pattern after it was dropped.
func TestGitignoreLongLineKeepsTheLinesAfterIt(t *testing.T) {
	dir := filepath.FromSlash("/repo")
	data := "first_*.py\n" + strings.Repeat("x", 70<<10) + "\r\n*_pb2.py\n!keep_pb2.py"
	f := parseGitignore(dir, []byte(data))
	if len(f.rules) != 4 {
		t.Errorf("parsed %d rules, want 4", len(f.rules))
	}
	stack := []ignoreFile{f}
	for _, tt := range []struct {
		rel  string
		want bool
	}{
		{"first_a.py", true},
		{"pkg/msg_pb2.py", true},
		{"pkg/keep_pb2.py", false},
		{"pkg/views.py", false},
	} {
		if got := ignored(stack, filepath.Join(dir, filepath.FromSlash(tt.rel)), false); got != tt.want {
			t.Errorf("ignored(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}
