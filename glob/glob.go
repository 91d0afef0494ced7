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

// Compile parses a pattern. It fails on a malformed character class and
// on a backslash that escapes nothing, the only syntax errors a glob can
// have.
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
	for i, part := range p.parts {
		if part == "**" {
			continue
		}
		if _, err := path.Match(part, ""); err != nil {
			return p, partError(pattern, part, i == len(p.parts)-1)
		}
	}
	return p, nil
}

// partError says what is wrong with part, a component of pattern that
// path.Match rejects. Its errors are a bad class or a backslash at the end,
// with nothing to escape; it does not say which.
func partError(pattern, part string, last bool) error {
	// A part that is fine without its last backslash had only that wrong:
	// a backslash escaping another or inside a class would leave a part
	// path.Match rejects too.
	if before, ok := strings.CutSuffix(part, `\`); ok {
		if _, err := path.Match(before, ""); err == nil {
			if last {
				return fmt.Errorf("malformed pattern %q: it ends with a lone backslash, which escapes nothing; drop it, or double it for a literal backslash", pattern)
			}
			return fmt.Errorf("malformed pattern %q: a lone backslash before / escapes nothing; drop it, or double it for a literal backslash", pattern)
		}
	}
	return fmt.Errorf("malformed pattern %q: unclosed or invalid [...] class", pattern)
}

// String returns the pattern as written.
func (p Pattern) String() string { return p.text }

// Match reports whether rel, a slash-separated path relative to the
// pattern's base directory, matches. isDir says whether rel names a
// directory, for patterns with a trailing slash.
func (p Pattern) Match(rel string, isDir bool) bool {
	return p.match(rel, isDir, false, nil)
}

// MatchWithin reports whether rel or one of the directories above it
// matches: a file inside an excluded directory is excluded too. Every
// component of rel counts as a directory name, an empty or "." one too;
// the paths a walk finds have neither.
func (p Pattern) MatchWithin(rel string, isDir bool) bool {
	return p.match(rel, isDir, true, nil)
}

// match is Match, or MatchWithin when within is set. When steps is not
// nil it counts the components compared, for the tests that bound the work.
func (p Pattern) match(rel string, isDir, within bool, steps *int) bool {
	if p.dirOnly && !isDir && !within {
		return false
	}
	rel = strings.Trim(rel, "/")
	if rel == "" || rel == "." {
		return false
	}
	if p.dirOnly && !isDir {
		// Only the directories above rel can match.
		i := strings.LastIndexByte(rel, '/')
		if i < 0 {
			return false
		}
		rel = rel[:i]
	}
	if p.anywhere {
		if !within {
			return matchComponent(p.parts[0], rel[strings.LastIndexByte(rel, '/')+1:], steps)
		}
		for pos := 0; pos <= len(rel); {
			var c string
			c, pos = component(rel, pos)
			if matchComponent(p.parts[0], c, steps) {
				return true
			}
		}
		return false
	}
	return matchParts(p.parts, rel, within, steps)
}

// matchParts matches the components of a pattern against name, a
// non-empty slash-separated path. With within set it is enough for the
// pattern to match the leading components, the path of a directory above.
//
// It walks name in place and allocates nothing: the walk runs it for every
// entry of every directory. A ** is tried on no component first, then on
// one more each time what follows it fails, and only the latest ** is
// retried: the parts after it match exactly one component each, so
// whatever an earlier ** could take instead, the latest can take too. That
// bounds the work by the parts times the components; retrying every ** was
// exponential in their number.
func matchParts(pat []string, name string, within bool, steps *int) bool {
	// pos is where the next component of name starts; past the end of name
	// there is none left.
	p, pos := 0, 0
	starP, starPos := -1, 0 // the part after the latest **, and where it was tried
	for {
		if p < len(pat) && pat[p] == "**" {
			for p < len(pat) && pat[p] == "**" {
				p++
			}
			if p == len(pat) {
				return true // "a/**" matches everything inside a
			}
			starP, starPos = p, pos
			continue
		}
		switch {
		case p == len(pat):
			if within || pos > len(name) {
				return true
			}
		case pos <= len(name):
			c, next := component(name, pos)
			if matchComponent(pat[p], c, steps) {
				p, pos = p+1, next
				continue
			}
		}
		if starP < 0 || starPos > len(name) {
			return false
		}
		_, starPos = component(name, starPos)
		p, pos = starP, starPos
	}
}

// component returns the component of name that starts at pos, and where
// the next one starts (past the end of name for the last).
func component(name string, pos int) (c string, next int) {
	if i := strings.IndexByte(name[pos:], '/'); i >= 0 {
		return name[pos : pos+i], pos + i + 1
	}
	return name[pos:], len(name) + 1
}

// matchComponent matches one component. path.Match does not backtrack
// either: it takes each star's text at the first place it fits.
func matchComponent(part, c string, steps *int) bool {
	if steps != nil {
		*steps++
	}
	if part == "**" {
		return true // only in a pattern without a slash, matching anywhere
	}
	ok, _ := path.Match(part, c)
	return ok
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
