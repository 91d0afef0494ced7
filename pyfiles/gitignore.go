package pyfiles

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosstalk-dev/crosstalk/glob"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
)

// ignoreFile is the patterns of one .gitignore, relative to its directory.
type ignoreFile struct {
	dir   string // the absolute directory holding the .gitignore
	rules []ignoreRule
}

type ignoreRule struct {
	pat    glob.Pattern
	negate bool
}

// parseGitignore reads the patterns of a .gitignore. Lines git would not
// understand either (a malformed class, a backslash escaping nothing) are
// skipped, as git skips them.
// A line can be of any length (bufio.Scanner would stop at the first line
// over 64 KiB and drop every pattern after it).
func parseGitignore(dir string, data []byte) ignoreFile {
	f := ignoreFile{dir: dir}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(strings.TrimSuffix(line, "\n"), "\r")
		// Trailing blanks are dropped unless escaped.
		if !strings.HasSuffix(line, `\ `) {
			line = strings.TrimRight(line, " \t")
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		}
		line = strings.TrimPrefix(line, `\`) // "\#name" and "\!name"
		pat, err := glob.Compile(line)
		if err != nil {
			continue
		}
		r.pat = pat
		f.rules = append(f.rules, r)
	}
	return f
}

// ignored applies the .gitignore files in effect for path, outermost
// first; the last pattern that matches decides, so a deeper file or a
// later `!pattern` can re-include.
func ignored(stack []ignoreFile, path string, isDir bool) bool {
	ignore := false
	for _, f := range stack {
		rel, ok := glob.Rel(f.dir, path)
		if !ok || rel == "." {
			continue
		}
		for _, r := range f.rules {
			if r.pat.Match(rel, isDir) {
				ignore = !r.negate
			}
		}
	}
	return ignore
}

// gitignoresAbove returns the .gitignore files that apply to abs, an
// absolute directory, from the directories above it up to the root of the
// git work tree holding it. inRepo is false outside a git work tree, where
// .gitignore files mean nothing (as for git itself).
func (w *Walker) gitignoresAbove(abs string) (stack []ignoreFile, inRepo bool) {
	var chain []string // from dir's parent upwards
	for d := abs; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			inRepo = true
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
		chain = append(chain, d)
	}
	if !inRepo {
		return nil, false
	}
	// chain ends at the repository root; read from the root down.
	for i := len(chain) - 1; i >= 0; i-- {
		if data, ok := w.readGitignore(chain[i]); ok {
			stack = append(stack, parseGitignore(chain[i], data))
		}
	}
	return stack, true
}

// readGitignore reads the .gitignore file of the directory dir, if it has
// one; one that cannot be read (a FIFO, a link to a device, a file over
// readfile.SettingsLimit) is reported and not applied.
func (w *Walker) readGitignore(dir string) ([]byte, bool) {
	path := filepath.Join(dir, ".gitignore")
	data, err := readfile.Read(path, readfile.SettingsLimit)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, false
	case err != nil:
		fmt.Fprintf(w.stderr, "crosstalk: cannot read %s: %v; its patterns are not applied\n", path, readfile.UnwrapPath(err))
		return nil, false
	}
	return data, true
}
