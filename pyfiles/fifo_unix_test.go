//go:build unix

package pyfiles

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A FIFO named .py would block the run forever on open or read: the walk
// skips it with a line.
func TestFIFOsAreSkippedNotRead(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "ok.py"))
	fifo := filepath.Join(dir, "pipe.py")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fifo, filepath.Join(dir, "link.py")); err != nil {
		t.Fatal(err)
	}
	files, stderr, failed := walk(t, dir)
	if !slices.Equal(files, []string{"ok.py"}) || failed {
		t.Errorf("files = %v, failed = %v; want [ok.py], not failed", files, failed)
	}
	for _, name := range []string{"pipe.py", "link.py"} {
		if !strings.Contains(stderr, "skipping "+filepath.Join(dir, name)+": not a regular file") {
			t.Errorf("%s not reported: %q", name, stderr)
		}
	}
}

// A .gitignore that is a FIFO or a link to /dev/zero, in the walked tree
// or above it, is reported and not applied; the walk neither blocks nor
// runs out of memory.
func TestGitignoresThatAreNotRegularAreReportedNotRead(t *testing.T) {
	for _, kind := range []string{"fifo", "/dev/zero"} {
		repo := t.TempDir()
		if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
			t.Fatal(err)
		}
		mustWrite(t, filepath.Join(repo, "src", "pkg", "a.py"))
		for _, dir := range []string{repo, filepath.Join(repo, "src", "pkg")} {
			path := filepath.Join(dir, ".gitignore")
			var err error
			if kind == "fifo" {
				err = syscall.Mkfifo(path, 0o644)
			} else {
				err = os.Symlink(kind, path)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			files, stderr, failed := walk(t, filepath.Join(repo, "src"), func(w *Walker) { w.Gitignore = true })
			if !slices.Equal(files, []string{"pkg/a.py"}) || failed {
				t.Errorf("%s: files = %v, failed = %v", kind, files, failed)
			}
			for _, dir := range []string{repo, filepath.Join(repo, "src", "pkg")} {
				if want := "cannot read " + filepath.Join(dir, ".gitignore") + ": not a regular file; its patterns are not applied"; !strings.Contains(stderr, want) {
					t.Errorf("%s: stderr lacks %q: %q", kind, want, stderr)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the walk blocked", kind)
		}
	}
}
