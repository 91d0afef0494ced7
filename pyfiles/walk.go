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

	"github.com/crosstalk-dev/crosstalk/glob"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
)

// Walker finds .py files. It follows symbolic links that stay within the
// roots it walks (FollowLinks: any link), to files and to directories,
// but walks each real directory once, so a link that leads back up the
// tree ends the descent instead of looping; a link that cannot be
// resolved is reported and skipped. A Walker is used by one goroutine.
type Walker struct {
	// Exclude, when set, reports whether a path found under a root (an
	// absolute path) is left out; an excluded directory is not entered.
	// Roots themselves are always read.
	Exclude func(abs string, isDir bool) bool
	// Gitignore makes the walk skip what the .gitignore files of the git
	// work tree around a root ignore.
	Gitignore bool
	// Listed, when set, is given each directory the walk reads, spelled
	// as the paths of its files are, with its entries, before any of its
	// files is sent.
	Listed func(dir string, entries []fs.DirEntry)
	// Roots are all the paths of the run, when it walks several: a link
	// into any of them stays within the run. Unset, each root walked is.
	Roots []string
	// FollowLinks makes the walk follow links that lead outside the
	// roots too. Off, a link to / or to a home directory cannot send the
	// walk through the whole file system.
	FollowLinks bool

	readDir func(name string) ([]fs.DirEntry, error)
	stderr  io.Writer
	walked  map[string]bool // real paths of the directories walked
	bounds  []string        // real paths of the roots, once known
	seen    map[string]bool // real paths of the files sent
	failed  bool            // a path could not be read
	// links are the links into the roots met so far, followed once the
	// root is walked: what they lead to is then found by its own path if
	// the walk reaches it, and named so (`docs/frontend -> ../frontend`
	// is `frontend`, whatever sorts first).
	links []pendingLink
}

// pendingLink is a link to follow after the walk of its root.
type pendingLink struct {
	path, abs, real string
	from            string // the real path of the directory that holds it
	isDir           bool
	ignores         []ignoreFile
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
	if w.bounds == nil {
		w.bounds = w.realRoots(root)
	}
	if info.IsDir() {
		abs, err := filepath.Abs(root)
		if err != nil {
			w.report(root, err)
			return
		}
		var ignores []ignoreFile
		if w.Gitignore {
			if stack, inRepo := w.gitignoresAbove(abs); inRepo {
				ignores = append([]ignoreFile{}, stack...) // non-nil: inside a work tree
			}
		}
		if w.walked[real] {
			return // a root given twice, or inside another root: checked already
		}
		w.walkDir(filepath.Clean(root), abs, real, ignores, files)
		for len(w.links) > 0 {
			l := w.links[0]
			w.links = w.links[1:]
			switch {
			case l.isDir && w.walked[l.real]:
				w.linkWalked(l.path, l.real, l.from)
			case l.isDir:
				w.walkDir(l.path, l.abs, l.real, l.ignores, files)
			default:
				w.sendFile(l.path, l.real, files)
			}
		}
		return
	}
	// A file named on the command line is read whatever its name.
	w.sendFile(root, real, files)
}

// realRoots resolves the roots that bound the links followed: Roots, or
// root alone.
func (w *Walker) realRoots(root string) []string {
	roots := w.Roots
	if len(roots) == 0 {
		roots = []string{root}
	}
	bounds := []string{}
	for _, r := range roots {
		if real, err := filepath.EvalSymlinks(r); err == nil {
			if abs, err := filepath.Abs(real); err == nil {
				bounds = append(bounds, abs)
			}
		}
	}
	return bounds
}

// within reports whether real, a resolved absolute path, is one of the
// roots or inside one.
func (w *Walker) within(real string) bool {
	for _, b := range w.bounds {
		if _, ok := glob.Rel(b, real); ok {
			return true
		}
	}
	return false
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

// walkDir walks dir, whose absolute spelling is abs and whose links
// resolve to real. Entries that are not links resolve to real/name without
// asking the file system, which saves a stat per path component for every
// file of a large tree. ignores is nil outside a git work tree (or without
// Gitignore), else the .gitignore files above dir.
func (w *Walker) walkDir(dir, abs, real string, ignores []ignoreFile, files chan<- string) {
	w.walked[real] = true
	entries, err := w.readDir(dir)
	if err != nil {
		fmt.Fprintf(w.stderr, "crosstalk: cannot read directory %s: %v\n", dir, readfile.UnwrapPath(err))
		w.failed = true
		// os.ReadDir returns the entries it read before the error.
	}
	if w.Listed != nil {
		w.Listed(dir, entries)
	}
	if ignores != nil {
		ignores = w.withGitignore(ignores, abs, entries)
	}
	for _, e := range entries {
		name := e.Name()
		isPy := strings.HasSuffix(name, ".py")
		mode := e.Type()
		link := mode&fs.ModeSymlink != 0
		if !link && !isPy && !mode.IsDir() {
			continue // most entries of a tree: no need to spell their path
		}
		path := join(dir, name)
		if link {
			info, err := os.Stat(path)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				w.brokenLink(path, isPy)
				continue
			case err != nil:
				w.report(path, err)
				continue
			}
			mode = info.Mode().Type()
		}
		isDir := mode.IsDir()
		if !isDir && !isPy || isDir && name == ".git" {
			continue
		}
		if !isDir && !mode.IsRegular() {
			w.notRegular(path)
			continue
		}
		entryAbs := join(abs, name)
		if w.Exclude != nil || ignores != nil {
			if w.Exclude != nil && w.Exclude(entryAbs, isDir) || ignores != nil && ignored(ignores, entryAbs, isDir) {
				continue
			}
		}
		entryReal := join(real, name)
		if link {
			r, ok := w.realPath(path)
			if !ok {
				continue
			}
			in := w.within(r)
			if !w.FollowLinks && !in {
				fmt.Fprintf(w.stderr, "crosstalk: skipping %s: it links to %s, outside the paths being checked (follow-links = true follows it)\n", path, r)
				continue
			}
			if in {
				w.links = append(w.links, pendingLink{path: path, abs: entryAbs, real: r, from: real, isDir: isDir, ignores: ignores})
				continue
			}
			entryReal = r
		}
		if isDir && w.walked[entryReal] {
			// Only a link (or a root given before) leads to a directory
			// walked already; a link to a directory above is a cycle.
			if link {
				w.linkWalked(path, entryReal, real)
			}
			continue
		}
		if isDir {
			w.walkDir(path, entryAbs, entryReal, ignores, files)
		} else {
			w.sendFile(path, entryReal, files)
		}
	}
}

// join is filepath.Join(dir, name) for a clean dir and the name of one of
// its entries, without cleaning again what is clean: it runs for every
// file and directory of the tree.
func join(dir, name string) string {
	switch {
	case dir == ".":
		return name
	case os.IsPathSeparator(dir[len(dir)-1]):
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

// withGitignore returns the stack of .gitignore files for the entries of
// the directory abs: the stack above it, plus its own .gitignore if it has
// one. The stack is copied so that siblings do not see each other's.
func (w *Walker) withGitignore(stack []ignoreFile, abs string, entries []fs.DirEntry) []ignoreFile {
	for _, e := range entries {
		if e.Name() != ".gitignore" || e.IsDir() {
			continue
		}
		data, ok := w.readGitignore(abs)
		if !ok {
			break
		}
		return append(stack[:len(stack):len(stack)], parseGitignore(abs, data))
	}
	return stack
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

// linkWalked skips a link to a directory walked already: a cycle when it
// leads to a directory above the link's own (from, its real path), else
// a second way to the same files.
func (w *Walker) linkWalked(path, target, from string) {
	if _, above := glob.Rel(target, from); above {
		fmt.Fprintf(w.stderr, "crosstalk: skipping symlink cycle %s -> %s\n", path, target)
		return
	}
	fmt.Fprintf(w.stderr, "crosstalk: skipping %s: it links to %s, which is checked already\n", path, target)
}

// notRegular skips a FIFO, socket or device named .py found in the walk,
// with a line: opening or reading it could block the run. It is not a
// failure.
func (w *Walker) notRegular(path string) {
	fmt.Fprintf(w.stderr, "crosstalk: skipping %s: %v\n", path, readfile.ErrNotRegular)
}

// brokenLink skips a symbolic link whose target does not exist. Like a
// loop, it is a property of the tree, not a failure to read it: a link
// named .py gets a line, as a file the user may expect checked; any other
// (a config file or a submodule that is not checked out) holds no Python.
func (w *Walker) brokenLink(path string, isPy bool) {
	if !isPy {
		return
	}
	target, err := os.Readlink(path)
	if err != nil {
		target = "?"
	}
	fmt.Fprintf(w.stderr, "crosstalk: skipping broken symlink %s -> %s\n", path, target)
}

// report says why path is skipped. A symlink loop is a property of the
// tree, not a failure to read it.
func (w *Walker) report(path string, err error) {
	if errors.Is(err, syscall.ELOOP) {
		fmt.Fprintf(w.stderr, "crosstalk: skipping symlink loop %s\n", path)
		return
	}
	fmt.Fprintf(w.stderr, "crosstalk: cannot read %s: %v\n", path, readfile.UnwrapPath(err))
	w.failed = true
}
