//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A configuration file that is a FIFO would block the run forever, one
// linked to /dev/zero would exhaust its memory: both are errors that name
// the file, found and named alike.
func TestConfigFilesThatAreNotRegularAreErrorsNotWaits(t *testing.T) {
	for _, name := range []string{"pyproject.toml", "crosstalk.toml"} {
		for _, kind := range []string{"fifo", "/dev/zero"} {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			var err error
			if kind == "fifo" {
				err = syscall.Mkfifo(path, 0o644)
			} else {
				err = os.Symlink(kind, path)
			}
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan string, 2)
			go func() {
				_, err := Find(dir)
				done <- "Find: " + errString(err)
				_, err = Load(path, nil)
				done <- "Load: " + errString(err)
			}()
			for range 2 {
				select {
				case got := <-done:
					if !strings.Contains(got, path+": cannot read: not a regular file") && !strings.Contains(got, "cannot read "+path+": not a regular file") {
						t.Errorf("%s as %s: %s", name, kind, got)
					}
				case <-time.After(5 * time.Second):
					t.Fatalf("%s as %s: blocked", name, kind)
				}
			}
		}
	}
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

// A configuration file of a gigabyte is refused before it is read.
func TestAHugeConfigFileIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pyproject.toml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = Load(path, nil)
	if want := path + ": cannot read: the file is 1 GiB, over the limit of 16 MiB"; err == nil || err.Error() != want {
		t.Errorf("Load = %v, want %s", err, want)
	}
}
