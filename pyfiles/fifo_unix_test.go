//go:build unix

package pyfiles

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
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
