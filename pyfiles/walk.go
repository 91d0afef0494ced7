// Package pyfiles finds the Python files under the paths a user names.
package pyfiles

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Walker finds .py files. It follows symbolic links, to files and to
// directories, but walks each real directory once, so a link that leads
// back up the tree ends the descent instead of looping; a link that cannot
// be resolved is reported and skipped. A Walker is used by one goroutine.
type Walker struct {
	readDir func(name string) ([]fs.DirEntry, error)
	stderr  io.Writer
	walked  map[string]bool // real paths of the directories walked
	seen    map[string]bool // real paths of the files sent
	failed  bool            // a path could not be read
}

// NewWalker returns a Walker that lists directories with readDir (os.ReadDir
// outside tests) and reports what it skips to stderr.
func NewWalker(readDir func(name string) ([]fs.DirEntry, error), stderr io.Writer) *Walker {
	return &Walker{readDir: readDir, stderr: stderr, walked: map[string]bool{}, seen: map[string]bool{}}
}

// Failed reports whether some path could not be read.
func (w *Walker) Failed() bool { return w.failed }

// Walk sends root, if it is a file, or the .py files under it to files.
func (w *Walker) Walk(root string, files chan<- string) {
	info, err := os.Stat(root)
	if err != nil {
		w.report(root, err)
		return
	}
	real, ok := w.realPath(root)
	if !ok {
		return
	}
	if info.IsDir() {
		w.walkDir(root, real, files)
		return
	}
	// A file named on the command line is read whatever its name.
	w.sendFile(root, real, files)
}

// realPath resolves the links along path into an absolute path; on failure
// it reports path and returns false.
func (w *Walker) realPath(path string) (string, bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		w.report(path, err)
		return "", false
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	return real, true
}

// walkDir walks dir, whose links resolve to real. Entries that are not
// links resolve to real/name without asking the file system, which saves
// a stat per path component for every file of a large tree.
func (w *Walker) walkDir(dir, real string, files chan<- string) {
	if w.walked[real] {
		fmt.Fprintf(w.stderr, "crosstalk: skipping %s: it leads to %s, already walked (symlink cycle?)\n", dir, real)
		return
	}
	w.walked[real] = true
	entries, err := w.readDir(dir)
	if err != nil {
		fmt.Fprintf(w.stderr, "crosstalk: cannot read directory %s: %v\n", dir, UnwrapPath(err))
		w.failed = true
		// os.ReadDir returns the entries it read before the error.
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		isDir := e.IsDir()
		entryReal := filepath.Join(real, e.Name())
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				w.report(path, err)
				continue
			}
			isDir = info.IsDir()
			if !isDir && !strings.HasSuffix(e.Name(), ".py") {
				continue
			}
			r, ok := w.realPath(path)
			if !ok {
				continue
			}
			entryReal = r
		}
		switch {
		case isDir:
			w.walkDir(path, entryReal, files)
		case strings.HasSuffix(e.Name(), ".py"):
			w.sendFile(path, entryReal, files)
		}
	}
}

// sendFile sends path unless the file it resolves to, real, was sent
// already through another link.
func (w *Walker) sendFile(path, real string, files chan<- string) {
	if w.seen[real] {
		return
	}
	w.seen[real] = true
	files <- path
}

// report says why path is skipped. A symlink loop is a property of the
// tree, not a failure to read it.
func (w *Walker) report(path string, err error) {
	if errors.Is(err, syscall.ELOOP) {
		fmt.Fprintf(w.stderr, "crosstalk: skipping symlink loop %s\n", path)
		return
	}
	fmt.Fprintf(w.stderr, "crosstalk: cannot read %s: %v\n", path, UnwrapPath(err))
	w.failed = true
}

// UnwrapPath drops the path from a *fs.PathError, for messages that name
// the path already.
func UnwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
