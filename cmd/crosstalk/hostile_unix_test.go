//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Hostile configuration, end to end: a wrong shape of the crosstalk
// table, a configuration that is a FIFO (named by --config too), a
// settings file over its size limit. Each stops the run with exit 2 and a
// message naming the file; none panics or hangs.
func TestCheckHostileConfigurationIsAnErrorNotACrashOrAHang(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"shape/pyproject.toml": "[tool]\ncrosstalk = true\n",
		"shape/a.py":           "x = 1\n",
		"fifo/a.py":            "x = 1\n",
		"big/a.py":             "x = 1\n",
	})
	fifo := filepath.Join(root, "fifo", "crosstalk.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(root, "big", "crosstalk.toml")
	if err := os.WriteFile(big, nil, 0o644); err != nil || os.Truncate(big, 1<<30) != nil {
		t.Fatal("cannot make a sparse file")
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check", filepath.Join(root, "shape")}, filepath.Join(root, "shape", "pyproject.toml") + ":2: tool.crosstalk: "},
		{[]string{"check", filepath.Join(root, "fifo")}, "cannot read " + fifo + ": not a regular file"},
		{[]string{"check", "--config", fifo, filepath.Join(root, "shape")}, fifo + ": cannot read: not a regular file"},
		{[]string{"check", filepath.Join(root, "big")}, "cannot read " + big + ": the file is 1 GiB, over the limit of 16 MiB"},
	} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			code, out, errOut := runCLI(tc.args...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) || out != "" {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errOut, tc.want)
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%v: blocked", tc.args)
		}
	}
}

// A 64 GB sparse .py file and a link to / inside the tree: the file is an
// E902 finding, the link is skipped with a line, and every other file's
// findings are reported.
func TestCheckSurvivesAHugeFileAndALinkToTheRoot(t *testing.T) {
	root := writeFiles(t, map[string]string{"a.py": "def f(x=[]): x.append(1)\n"})
	huge := filepath.Join(root, "huge.py")
	if err := os.WriteFile(huge, nil, 0o644); err != nil || os.Truncate(huge, 64<<30) != nil {
		t.Fatal("cannot make a sparse file")
	}
	if err := os.Symlink("/", filepath.Join(root, "slash")); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		code, out, errOut := runCLI("check", "--output-format", "concise", root)
		for _, want := range []string{
			filepath.Join(root, "a.py") + ":1:9: CT104 ",
			huge + ":1:1: E902 the file is 64 GiB, over the limit of 10 MiB, so it was not checked",
			"Found 2 findings in 2 files checked.",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("stdout lacks %q:\n%s", want, out)
			}
		}
		if code != exitFindings || errOut != "crosstalk: skipping "+filepath.Join(root, "slash")+": it links to /, outside the paths being checked (follow-links = true follows it)\n" {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("check did not end")
	}
}
