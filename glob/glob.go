// Package glob matches slash-separated paths against the patterns users
// write in .gitignore files and in crosstalk's exclude and
// per-file-ignores settings, with gitignore's meaning:
//
//   - `*` and `?` match within one path component, `[a-z]` a class;
//   - `**` as a whole component matches any number of components;
//   - a pattern without a slash (other than a trailing one) matches the
//     last component of the path at any depth (`__init__.py`, `*_test.py`);
//   - a pattern with a slash is anchored at the base directory
//     (`src/gen/*.py`, `/build`);
//   - a trailing slash matches directories only.
//
// Negation (`!`) is a property of pattern lists and lives with them.
package glob

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// Pattern is one compiled pattern.
type Pattern struct {
	text     string
	parts    []string // components; "**" matches any number of them
	dirOnly  bool
	anywhere bool // no slash: matches the last component at any depth
}

// Compile parses a pattern. It fails on a malformed character class, the
// only syntax error a glob can have.
func Compile(pattern string) (Pattern, error) {
	p := Pattern{text: pattern}
	s := pattern
	if strings.HasSuffix(s, "/") {
		p.dirOnly = true
		s = strings.TrimRight(s, "/")
	}
	if s == "" {
		return p, fmt.Errorf("empty pattern %q", pattern)
	}
	if !strings.Contains(s, "/") {
		p.anywhere = true
	}
	s = strings.TrimPrefix(s, "/")
	p.parts = strings.Split(s, "/")
	for _, part := range p.parts {
		if part == "**" {
			continue
		}
		if _, err := path.Match(part, ""); err != nil {
			return p, fmt.Errorf("malformed pattern %q: unclosed or invalid [...] class", pattern)
		}
	}
	return p, nil
}

// String returns the pattern as written.
func (p Pattern) String() string { return p.text }

// Match reports whether rel, a slash-separated path relative to the
// pattern's base directory, matches. isDir says whether rel names a
// directory, for patterns with a trailing slash.
func (p Pattern) Match(rel string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	rel = strings.Trim(rel, "/")
	if rel == "" || rel == "." {
		return false
	}
	if p.anywhere {
		return matchParts(p.parts, rel[strings.LastIndexByte(rel, '/')+1:])
	}
	return matchParts(p.parts, rel)
}

// MatchWithin reports whether rel or one of the directories above it
// matches: a file inside an excluded directory is excluded too.
func (p Pattern) MatchWithin(rel string, isDir bool) bool {
	rel = strings.Trim(rel, "/")
	for i := 0; i < len(rel); i++ {
		if rel[i] == '/' && p.Match(rel[:i], true) {
			return true
		}
	}
	return p.Match(rel, isDir)
}

// matchParts matches the components of a pattern against name, a
// slash-separated path ("" has no components). It walks name in place:
// the walk runs for every entry of every directory, so it allocates nothing.
func matchParts(pat []string, name string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			rest := pat[1:]
			if len(rest) == 0 {
				return true // "a/**" matches everything inside a
			}
			for {
				if matchParts(rest, name) {
					return true
				}
				i := strings.IndexByte(name, '/')
				if i < 0 {
					return matchParts(rest, "")
				}
				name = name[i+1:]
			}
		}
		if name == "" {
			return false
		}
		first, rest, _ := strings.Cut(name, "/")
		if ok, _ := path.Match(pat[0], first); !ok {
			return false
		}
		pat, name = pat[1:], rest
	}
	return name == ""
}

// Rel returns abs relative to the absolute directory root, slash
// separated, the form a Pattern matches, when abs is inside root ("."
// for root itself). Both are clean absolute paths (the walker joins names
// onto an absolute root), so a prefix test does it without
// filepath.Rel's allocations: this runs for every entry of a walk.
func Rel(root, abs string) (string, bool) {
	rest, ok := strings.CutPrefix(abs, root)
	switch {
	case !ok:
		return "", false
	case rest == "":
		return ".", true
	case rest[0] == filepath.Separator:
		return filepath.ToSlash(rest[1:]), true
	case strings.HasSuffix(root, string(filepath.Separator)):
		return filepath.ToSlash(rest), true // root is "/"
	}
	return "", false
}
