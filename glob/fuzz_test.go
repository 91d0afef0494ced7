package glob

import (
	"path"
	"strings"
	"testing"
)

// refMatch is the matcher glob had before matching became linear: plainly
// recursive, so plainly right, and exponential in the number of ** parts,
// so only for small inputs.
func refMatch(p Pattern, rel string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	rel = strings.Trim(rel, "/")
	if rel == "" || rel == "." {
		return false
	}
	if p.anywhere {
		return refMatchParts(p.parts, rel[strings.LastIndexByte(rel, '/')+1:])
	}
	return refMatchParts(p.parts, rel)
}

// refMatchWithin tries rel and every directory above it.
func refMatchWithin(p Pattern, rel string, isDir bool) bool {
	rel = strings.Trim(rel, "/")
	for i := 0; i < len(rel); i++ {
		if rel[i] == '/' && refMatch(p, rel[:i], true) {
			return true
		}
	}
	return refMatch(p, rel, isDir)
}

// refMatchParts matches pat against the components of name ("" has none),
// trying every number of components for each **.
func refMatchParts(pat []string, name string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			rest := pat[1:]
			if len(rest) == 0 {
				return true
			}
			for {
				if refMatchParts(rest, name) {
					return true
				}
				i := strings.IndexByte(name, '/')
				if i < 0 {
					return refMatchParts(rest, "")
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

func FuzzGlob(f *testing.F) {
	for _, seed := range []struct{ pattern, path string }{
		{"**/tests/*.py", "a/b/tests/test_a.py"},
		{"a/**/b/c", "a/b/b/c"},
		{"a/**/**/b/", "a/x/y/b/z.py"},
		{"**/**/**/nomatch", "d/d/d/d/d/d/d/d"},
		{"/build", "build/x"},
		{"venv/", "x/venv"},
		{"[a-c]?*.py", "pkg/b1_x.py"},
		{`foo\`, "foo"},
		{`\*\[x`, "*[x"},
		{"a/*/b", "a//b"},
		{"**", "/"},
	} {
		f.Add(seed.pattern, seed.path, false)
		f.Add(seed.pattern, seed.path, true)
	}
	f.Fuzz(func(t *testing.T, pattern, rel string, isDir bool) {
		p, err := Compile(pattern)
		if err != nil {
			if !strings.Contains(err.Error(), "class") && !strings.Contains(err.Error(), "backslash") && !strings.HasPrefix(err.Error(), "empty pattern") {
				t.Errorf("Compile(%q) = %q, a message that names no cause", pattern, err)
			}
			return
		}
		if p.String() != pattern {
			t.Errorf("Compile(%q).String() = %q", pattern, p.String())
		}
		// The work is bounded whatever the input: compared components
		// at most the pattern's parts times the path's components.
		components := strings.Count(rel, "/") + 1
		bound := (len(p.parts) + 1) * (components + 1)
		var got [2]bool
		for i, within := range []bool{false, true} {
			steps := 0
			got[i] = p.match(rel, isDir, within, &steps)
			if steps > bound {
				t.Errorf("%q against %q (within=%v): %d components compared, more than %d", pattern, rel, within, steps, bound)
			}
		}
		if got[0] != p.Match(rel, isDir) || got[1] != p.MatchWithin(rel, isDir) {
			t.Errorf("%q against %q: Match and MatchWithin disagree with match", pattern, rel)
		}
		if got[0] && !got[1] {
			t.Errorf("%q matches %q but not within it", pattern, rel)
		}
		// The reference is exponential in the ** parts: compare on small
		// inputs only.
		if len(p.parts) > 8 || components > 10 || len(pattern) > 64 || len(rel) > 64 {
			return
		}
		if want := refMatch(p, rel, isDir); got[0] != want {
			t.Errorf("%q.Match(%q, dir=%v) = %v, the reference says %v", pattern, rel, isDir, got[0], want)
		}
		// The reference tries each directory above rel as a path of its
		// own, trimmed of slashes and never ".", which for a path with an
		// empty or "." component ("a//b", "./a") is not quite the
		// directory above it. Walked paths have neither.
		if !clean(rel) {
			return
		}
		if want := refMatchWithin(p, rel, isDir); got[1] != want {
			t.Errorf("%q.MatchWithin(%q, dir=%v) = %v, the reference says %v", pattern, rel, isDir, got[1], want)
		}
	})
}

// clean reports whether rel, trimmed of slashes, has no empty or "."
// component.
func clean(rel string) bool {
	for c := range strings.SplitSeq(strings.Trim(rel, "/"), "/") {
		if c == "" || c == "." {
			return false
		}
	}
	return true
}

// Every pattern of up to four parts from a small alphabet, against every
// path of up to five components from a smaller one, agrees with the
// reference: the cases where choosing how much a ** takes matters.
func TestMatchAgreesWithReferenceOnSmallInputs(t *testing.T) {
	patterns := seqs([]string{"**", "a", "b", "*"}, 4)
	paths := seqs([]string{"a", "b"}, 5)
	for _, parts := range patterns {
		for _, text := range []string{parts, "/" + parts, parts + "/", "/" + parts + "/"} {
			p, err := Compile(text)
			if err != nil {
				t.Fatal(err)
			}
			for _, rel := range paths {
				for _, isDir := range []bool{false, true} {
					if got, want := p.Match(rel, isDir), refMatch(p, rel, isDir); got != want {
						t.Errorf("%q.Match(%q, dir=%v) = %v, the reference says %v", text, rel, isDir, got, want)
					}
					if got, want := p.MatchWithin(rel, isDir), refMatchWithin(p, rel, isDir); got != want {
						t.Errorf("%q.MatchWithin(%q, dir=%v) = %v, the reference says %v", text, rel, isDir, got, want)
					}
				}
			}
		}
	}
}

// seqs returns the slash-joined sequences of 1 to n of the words.
func seqs(words []string, n int) []string {
	var out, last []string
	last = []string{""}
	for range n {
		var next []string
		for _, prefix := range last {
			for _, w := range words {
				if prefix == "" {
					next = append(next, w)
				} else {
					next = append(next, prefix+"/"+w)
				}
			}
		}
		out = append(out, next...)
		last = next
	}
	return out
}
