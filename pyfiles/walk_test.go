package pyfiles

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// walk lists the files a Walker sends for root, relative to root and
// sorted; setup, if given, configures the Walker first.
func walk(t *testing.T, root string, setup ...func(w *Walker)) (files []string, stderr string, failed bool) {
	t.Helper()
	var errs bytes.Buffer
	w := NewWalker(os.ReadDir, &errs)
	for _, f := range setup {
		f(w)
	}
	ch := make(chan string)
	go func() {
		w.Walk(root, ch)
		close(ch)
	}()
	for f := range ch {
		rel, err := filepath.Rel(root, f)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.ToSlash(rel))
	}
	slices.Sort(files)
	return files, errs.String(), w.Failed()
}

func mustWrite(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWalkSendsEachRealFileOnceAndStopsAtLoops(t *testing.T) {
	root := t.TempDir()
	mustWrite(t, filepath.Join(root, "pkg", "a.py"))
	mustWrite(t, filepath.Join(root, "pkg", "sub", "b.py"))
	mustWrite(t, filepath.Join(root, "pkg", "notes.txt"))
	for _, l := range []struct{ target, link string }{
		{filepath.Join(root, "pkg", "a.py"), filepath.Join(root, "alias.py")}, // the same file again
		{filepath.Join(root, "pkg", "sub"), filepath.Join(root, "subdir")},    // the same directory again
		{root, filepath.Join(root, "pkg", "up")},                              // a loop back to the root
		{filepath.Join(root, "missing.py"), filepath.Join(root, "dangling.py")},
		{filepath.Join(root, "missing.yaml"), filepath.Join(root, ".pre-commit-config.yaml")}, // a config file of a submodule not checked out
		{filepath.Join(root, "missing-dir"), filepath.Join(root, "vendored")},
	} {
		if err := os.Symlink(l.target, l.link); err != nil {
			t.Fatal(err)
		}
	}
	files, stderr, failed := walk(t, root)
	// A link into the tree is followed after the walk: what it leads to
	// is sent by its own path (pkg/a.py, not alias.py, though alias.py
	// sorts first), which names the module as its imports do.
	want := []string{"pkg/a.py", "pkg/sub/b.py"}
	if !slices.Equal(files, want) {
		t.Errorf("files = %v, want %v", files, want)
	}
	if !strings.Contains(stderr, "skipping symlink cycle "+filepath.Join(root, "pkg", "up")+" -> "+root+"\n") {
		t.Errorf("the loop back to the root was not reported: %q", stderr)
	}
	if !strings.Contains(stderr, "skipping "+filepath.Join(root, "subdir")+": it links to "+filepath.Join(root, "pkg", "sub")+", which is checked already\n") {
		t.Errorf("the second way into pkg/sub was not reported: %q", stderr)
	}
	// A broken link is a property of the tree, like a loop: a .py one is
	// worth a line, others (a config file, a submodule not checked out)
	// hold no Python to miss; none makes the run fail.
	if !strings.Contains(stderr, "skipping broken symlink "+filepath.Join(root, "dangling.py")) {
		t.Errorf("the broken .py link was not reported: %q", stderr)
	}
	if strings.Contains(stderr, "yaml") || strings.Contains(stderr, "vendored") {
		t.Errorf("broken links that hold no Python were reported: %q", stderr)
	}
	if failed {
		t.Errorf("a broken link made the walk fail: %q", stderr)
	}
}

// A folder of links to the tree's own folders (docs/frontend ->
// ../frontend) that sorts before them does not take their files' names:
// the real folders are walked by their own paths, and the links are
// reported as ways to what is checked already.
func TestLinksIntoTheTreeYieldToTheRealPaths(t *testing.T) {
	root := t.TempDir()
	mustWrite(t, filepath.Join(root, "frontend", "app.py"))
	mustWrite(t, filepath.Join(root, "metadata", "proxy.py"))
	if err := os.MkdirAll(filepath.Join(root, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"frontend", "metadata"} {
		if err := os.Symlink(filepath.Join("..", name), filepath.Join(root, "docs", name)); err != nil {
			t.Fatal(err)
		}
	}
	files, stderr, failed := walk(t, root)
	if want := []string{"frontend/app.py", "metadata/proxy.py"}; !slices.Equal(files, want) {
		t.Errorf("files = %v, want %v", files, want)
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"frontend", "metadata"} {
		if !strings.Contains(stderr, "skipping "+filepath.Join(root, "docs", name)+": it links to "+filepath.Join(real, name)+", which is checked already\n") {
			t.Errorf("docs/%s was not reported: %q", name, stderr)
		}
	}
	if failed {
		t.Errorf("the walk failed: %q", stderr)
	}
}

// A link that leads out of the paths being checked (to /, to a home
// directory) is not followed unless asked: it could send the walk through
// the whole file system, /proc and /sys included.
func TestLinksOutOfTheRootsAreNotFollowedUnlessAsked(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	mustWrite(t, filepath.Join(root, "a.py"))
	mustWrite(t, filepath.Join(outside, "lib", "far.py"))
	mustWrite(t, filepath.Join(outside, "single.py"))
	for target, link := range map[string]string{
		"/":                                 "slash",
		filepath.Join(outside, "lib"):       "lib",
		filepath.Join(outside, "single.py"): "single.py",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	files, stderr, failed := walk(t, root)
	if !slices.Equal(files, []string{"a.py"}) || failed {
		t.Errorf("files = %v, failed = %v; want [a.py], not failed", files, failed)
	}
	for _, link := range []string{"slash", "lib", "single.py"} {
		if !strings.Contains(stderr, "skipping "+filepath.Join(root, link)+": it links to ") ||
			!strings.Contains(stderr, "outside the paths being checked (follow-links = true follows it)") {
			t.Errorf("the link %s was not reported: %q", link, stderr)
		}
	}

	// Asked, the walk follows them (the link to / aside: it is the test's
	// own).
	if err := os.Remove(filepath.Join(root, "slash")); err != nil {
		t.Fatal(err)
	}
	files, stderr, _ = walk(t, root, func(w *Walker) { w.FollowLinks = true })
	if want := []string{"a.py", "lib/far.py", "single.py"}; !slices.Equal(files, want) || stderr != "" {
		t.Errorf("following links: files = %v, stderr %q; want %v and nothing said", files, stderr, want)
	}
}

// With several roots, a link from one into another stays within the run.
func TestLinksBetweenRootsAreFollowed(t *testing.T) {
	top := t.TempDir()
	a, b := filepath.Join(top, "a"), filepath.Join(top, "b")
	mustWrite(t, filepath.Join(a, "x.py"))
	mustWrite(t, filepath.Join(b, "shared", "y.py"))
	if err := os.Symlink(filepath.Join(b, "shared"), filepath.Join(a, "shared")); err != nil {
		t.Fatal(err)
	}
	files, stderr, _ := walk(t, a, func(w *Walker) { w.Roots = []string{a, b} })
	if want := []string{"shared/y.py", "x.py"}; !slices.Equal(files, want) || stderr != "" {
		t.Errorf("files = %v, stderr %q; want %v and nothing said", files, stderr, want)
	}
}

// The same folder named twice, or a folder inside another one named, is
// walked once and without a word: there is no link and no cycle.
func TestOverlappingRootsAreWalkedOnceQuietly(t *testing.T) {
	root := t.TempDir()
	mustWrite(t, filepath.Join(root, "a.py"))
	mustWrite(t, filepath.Join(root, "sub", "b.py"))
	for _, roots := range [][]string{{root, root}, {filepath.Join(root, "sub"), root}} {
		var errs bytes.Buffer
		w := NewWalker(os.ReadDir, &errs)
		w.Roots = roots
		ch := make(chan string, 10)
		for _, r := range roots {
			w.Walk(r, ch)
		}
		close(ch)
		var n int
		for range ch {
			n++
		}
		if n != 2 || errs.Len() > 0 {
			t.Errorf("roots %v: %d files, stderr %q; want 2 files and nothing said", roots, n, errs.String())
		}
	}
}

// join spells what filepath.Join does for the clean directories the walk
// passes it.
func TestJoinIsFilepathJoinForCleanDirs(t *testing.T) {
	for _, dir := range []string{".", "/", "a", "a/b", "/abs/dir", "..", "../up"} {
		for _, name := range []string{"x.py", "pkg", ".hidden"} {
			if got, want := join(dir, name), filepath.Join(dir, name); got != want {
				t.Errorf("join(%q, %q) = %q, want %q", dir, name, got, want)
			}
		}
	}
}

// A root spelled with "./" or a trailing slash gives the paths that
// filepath.Join gives.
func TestWalkSpellsPathsCleanWhateverTheRoot(t *testing.T) {
	dir := t.TempDir()
	writeText(t, filepath.Join(dir, "pkg", "mod.py"), "x = 1\n")
	want := []string{filepath.Join(dir, "pkg", "mod.py")}
	for _, root := range []string{dir, dir + "/", dir + "/./", dir + "/pkg/.."} {
		ch := make(chan string)
		go func() {
			NewWalker(os.ReadDir, io.Discard).Walk(root, ch)
			close(ch)
		}()
		var got []string
		for f := range ch {
			got = append(got, f)
		}
		if !slices.Equal(got, want) {
			t.Errorf("root %q: %v, want %v", root, got, want)
		}
	}
}

// Listed sees each directory read, spelled as its files' paths are,
// before any of its files is sent.
func TestListedSeesEachDirectoryBeforeItsFiles(t *testing.T) {
	dir := t.TempDir()
	writeText(t, filepath.Join(dir, "a.py"), "")
	writeText(t, filepath.Join(dir, "pkg", "__init__.py"), "")
	writeText(t, filepath.Join(dir, "pkg", "sub", "b.py"), "")
	var mu sync.Mutex
	listed := map[string]int{}
	w := NewWalker(os.ReadDir, io.Discard)
	w.Listed = func(d string, entries []fs.DirEntry) {
		mu.Lock()
		listed[d] = len(entries)
		mu.Unlock()
	}
	ch := make(chan string)
	go func() {
		w.Walk(dir, ch)
		close(ch)
	}()
	n := 0
	for f := range ch {
		mu.Lock()
		_, ok := listed[filepath.Dir(f)]
		mu.Unlock()
		if !ok {
			t.Errorf("%s sent before its directory was listed", f)
		}
		n++
	}
	if n != 3 || listed[dir] != 2 || listed[filepath.Join(dir, "pkg")] != 2 || listed[filepath.Join(dir, "pkg", "sub")] != 1 {
		t.Errorf("%d files; listed %v", n, listed)
	}
}
