package fix

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileKeepsModeAndLeavesNoTemporaryFile(t *testing.T) {
	for _, mode := range []os.FileMode{0o644, 0o755, 0o600} {
		dir := t.TempDir()
		path := filepath.Join(dir, "m.py")
		if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		if err := WriteFile(path, []byte("new\n")); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != "new\n" {
			t.Errorf("content %q, %v; want %q", got, err, "new\n")
		}
		info, err := os.Stat(path)
		if err != nil || info.Mode().Perm() != mode {
			t.Errorf("mode %v, %v; want %v", info.Mode().Perm(), err, mode)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("%d files in the folder, want only m.py: %v", len(entries), entries)
		}
	}
}

func TestWriteFileFollowsALink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.py")
	link := filepath.Join(dir, "link.py")
	if err := os.WriteFile(real, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.py", link); err != nil {
		t.Skip(err)
	}
	if err := WriteFile(link, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", info.Mode(), err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new\n" {
		t.Errorf("the linked file holds %q", got)
	}
}

func TestWriteFileFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "missing.py"), []byte("x")); err == nil {
		t.Error("wrote a file that did not exist")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}

func TestReplaceRefusesAChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.py")
	if err := os.WriteFile(path, []byte("edited meanwhile\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Replace(path, []byte("old\n"), []byte("new\n")); !errors.Is(err, ErrChanged) {
		t.Errorf("Replace = %v, want ErrChanged", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "edited meanwhile\n" {
		t.Errorf("overwritten: %q", got)
	}
	if err := Replace(path, []byte("edited meanwhile\n"), []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new\n" {
		t.Errorf("content %q", got)
	}
}
