package glob

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern string
		path    string
		isDir   bool
		want    bool
	}{
		// No slash: the last component, at any depth.
		{"__init__.py", "__init__.py", false, true},
		{"__init__.py", "pkg/sub/__init__.py", false, true},
		{"*_test.py", "pkg/views_test.py", false, true},
		{"*_test.py", "pkg/views.py", false, false},
		{"migrations", "app/migrations", true, true},
		// A slash anchors the pattern at the base.
		{"src/gen/*.py", "src/gen/models.py", false, true},
		{"src/gen/*.py", "lib/src/gen/models.py", false, false},
		{"src/gen/*.py", "src/gen/sub/models.py", false, false},
		{"/build", "build", true, true},
		{"/build", "pkg/build", true, false},
		// ** spans components, including none.
		{"**/tests/*.py", "tests/test_a.py", false, true},
		{"**/tests/*.py", "a/b/tests/test_a.py", false, true},
		{"**/tests/*.py", "a/b/tests/x/test_a.py", false, false},
		{"app/**/models.py", "app/models.py", false, true},
		{"app/**/models.py", "app/x/y/models.py", false, true},
		{"app/**", "app/x/y/models.py", false, true},
		// * stays within a component.
		{"app/*.py", "app/x/models.py", false, false},
		{"a?c.py", "abc.py", false, true},
		{"[ab].py", "b.py", false, true},
		{"[ab].py", "c.py", false, false},
		// A trailing slash matches directories only.
		{"venv/", "venv", true, true},
		{"venv/", "venv", false, false},
		{"venv/", "x/venv", true, true},
		// ** at the start.
		{"**/a", "a", false, true},
		{"**/a", "x/y/z/a", false, true},
		{"**/a", "a/x", false, false},
		{"**/a/b", "a/a/b", false, true},
		{"**/a/b", "a/b/a/c", false, false},
		// ** in the middle, where the first place the next parts match is
		// not the right one.
		{"a/**/b", "a/b", false, true},
		{"a/**/b", "a/x/b", false, true},
		{"a/**/b", "a/x/y/b", false, true},
		{"a/**/b", "a/b/x", false, false},
		{"a/**/b", "x/a/b", false, false},
		{"a/**/b", "a/x/y/c", false, false},
		{"a/**/b/c", "a/b/b/c", false, true},
		{"a/**/b/c", "a/b/c/b/c", false, true},
		{"a/**/b/c", "a/b/c/b", false, false},
		{"a/**/b/**/c", "a/x/b/y/z/c", false, true},
		{"a/**/b/**/c", "a/c/b", false, false},
		{"a/**/*.py", "a/x/y/m.py", false, true},
		{"a/**/*.py", "a/x/y/m.pyc", false, false},
		// ** at the end matches any number of components, none included.
		{"a/**", "a/x", false, true},
		{"a/**", "a", true, true},
		{"a/**", "b/x", false, false},
		{"**", "a/b/c", false, true},
		// Consecutive ** are one.
		{"**/**/a", "a", false, true},
		{"**/**/a", "x/y/a", false, true},
		{"a/**/**/b", "a/b", false, true},
		{"a/**/**/b", "a/x/y/b", false, true},
		{"a/**/**/b", "a/x/y/c", false, false},
		{"**/**", "x", false, true},
		// ** only as a whole component; elsewhere it is two stars.
		{"a**b", "axyb", false, true},
		{"a/x**/b", "a/x/y/b", false, false},
		// Anchored with ** and directory-only.
		{"/a/**/b", "a/x/b", false, true},
		{"/a/**/b", "y/a/x/b", false, false},
		{"**/build/", "x/build", true, true},
		{"**/build/", "x/build", false, false},
	}
	for _, tt := range tests {
		p, err := Compile(tt.pattern)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.pattern, err)
		}
		if got := p.Match(tt.path, tt.isDir); got != tt.want {
			t.Errorf("%q.Match(%q, dir=%v) = %v, want %v", tt.pattern, tt.path, tt.isDir, got, tt.want)
		}
		if ref := refMatch(p, tt.path, tt.isDir); ref != tt.want {
			t.Errorf("reference %q.Match(%q, dir=%v) = %v, want %v", tt.pattern, tt.path, tt.isDir, ref, tt.want)
		}
	}
}

// deepPath is a path of n components, none named like the pathological
// patterns' last part.
func deepPath(n int) string {
	return strings.TrimSuffix(strings.Repeat("d/", n), "/")
}

// The number of components compared is what matching costs: a ** used to
// retry the rest of the pattern at every split of the path, which is
// exponential in the number of ** (one .gitignore line of twelve took
// minutes over a tree 25 deep). Each ** now retries only the latest one, so
// the work is bounded by the pattern's parts times the path's components.
func TestMatchWorkIsBoundedByPartsTimesComponents(t *testing.T) {
	for _, pattern := range []string{
		"**/**/**/**/**/**/**/**/**/**/**/**/nomatch",
		"**/d/**/d/**/d/**/d/**/d/**/d/**/nomatch",
		"d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d/**/d",
		"**/nomatch/",
		"nomatch",
	} {
		p, err := Compile(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, depth := range []int{1, 5, 25, 60} {
			rel := deepPath(depth)
			bound := (len(p.parts) + 1) * (depth + 1)
			for _, within := range []bool{false, true} {
				for _, isDir := range []bool{false, true} {
					steps := 0
					p.match(rel, isDir, within, &steps)
					if steps > bound {
						t.Errorf("%q against a path %d deep (within=%v, dir=%v): %d components compared, want at most %d",
							pattern, depth, within, isDir, steps, bound)
					}
				}
			}
		}
	}
}

func TestMatchWithin(t *testing.T) {
	p, _ := Compile("generated/")
	if !p.MatchWithin("src/generated/models.py", false) {
		t.Error("a file inside an excluded directory should match")
	}
	if p.MatchWithin("src/generated.py", false) {
		t.Error("a file named like a directory-only pattern should not match")
	}
	q, _ := Compile("src/legacy")
	if !q.MatchWithin("src/legacy/a/b.py", false) {
		t.Error("an anchored directory pattern should cover what is inside")
	}
}

func TestMatchWithinDeepPatterns(t *testing.T) {
	tests := []struct {
		pattern string
		path    string
		isDir   bool
		want    bool
	}{
		{"a/**/b", "a/x/b/c.py", false, true},
		{"a/**/b", "a/x/c/d.py", false, false},
		{"**/gen/", "x/gen/y.py", false, true},
		{"**/gen/", "x/gen", false, false},
		{"**/gen/", "x/gen", true, true},
		{"gen/", "x/gen", false, false},
		{"gen/", "gen/x", false, true},
		{"gen", "x/gen", false, true},
		{"src/*/gen", "src/a/gen/b/c.py", false, true},
		{"src/*/gen", "src/a/b/gen/c.py", false, false},
		{"**/**/**/nomatch", deepPath(30), false, false},
	}
	for _, tt := range tests {
		p, err := Compile(tt.pattern)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.pattern, err)
		}
		if got := p.MatchWithin(tt.path, tt.isDir); got != tt.want {
			t.Errorf("%q.MatchWithin(%q, dir=%v) = %v, want %v", tt.pattern, tt.path, tt.isDir, got, tt.want)
		}
		if ref := refMatchWithin(p, tt.path, tt.isDir); ref != tt.want {
			t.Errorf("reference %q.MatchWithin(%q, dir=%v) = %v, want %v", tt.pattern, tt.path, tt.isDir, ref, tt.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, bad := range []string{"", "/", "[abc.py", "a/[/b"} {
		if _, err := Compile(bad); err == nil {
			t.Errorf("Compile(%q) succeeded, want an error", bad)
		}
	}
}

// A pattern that ends in a backslash has nothing wrong with its classes;
// the message says what is wrong, and the class message is kept for
// classes.
func TestCompileErrorMessages(t *testing.T) {
	tests := []struct {
		pattern string
		want    string // in the message
		notWant string
	}{
		{`foo\`, "ends with a lone backslash", "class"},
		{`src/*.py\`, "ends with a lone backslash", "class"},
		{`[ab]\`, "ends with a lone backslash", "class"},
		{`a\\\`, "ends with a lone backslash", "class"}, // an escaped backslash, then a lone one
		{`foo\/bar`, "lone backslash before /", "class"},
		{`[abc.py`, "[...] class", "backslash"},
		{`a/[/b`, "[...] class", "backslash"},
		{`[]`, "[...] class", "backslash"},
		{`[a\`, "[...] class", "backslash"},
		{`[z-]`, "[...] class", "backslash"},
	}
	for _, tt := range tests {
		_, err := Compile(tt.pattern)
		if err == nil {
			t.Errorf("Compile(%q) succeeded, want an error", tt.pattern)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.want) || strings.Contains(msg, tt.notWant) {
			t.Errorf("Compile(%q) = %q, want a message with %q and without %q", tt.pattern, msg, tt.want, tt.notWant)
		}
	}
	// An escaped backslash is a backslash, not an error.
	if _, err := Compile(`foo\\`); err != nil {
		t.Errorf("Compile(%q): %v", `foo\\`, err)
	}
}

func TestRel(t *testing.T) {
	for _, tt := range []struct {
		root, abs, want string
		ok              bool
	}{
		{"/srv/app", "/srv/app/pkg/a.py", "pkg/a.py", true},
		{"/srv/app", "/srv/app", ".", true},
		{"/srv/app", "/srv/application/a.py", "", false}, // a prefix, not a parent
		{"/srv/app", "/srv/a.py", "", false},
		{"/", "/srv/a.py", "srv/a.py", true},
	} {
		got, ok := Rel(filepath.FromSlash(tt.root), filepath.FromSlash(tt.abs))
		if got != tt.want || ok != tt.ok {
			t.Errorf("Rel(%q, %q) = %q, %v; want %q, %v", tt.root, tt.abs, got, ok, tt.want, tt.ok)
		}
	}
}

// The walk matches every entry of every directory against every pattern.
func BenchmarkMatch(b *testing.B) {
	for _, bench := range []struct{ pattern, path string }{
		{"*_pb2.py", "src/app/models/user_pb2.py"},
		{"src/gen/*.py", "src/gen/models.py"},
		{"**/tests/*.py", "src/app/sub/tests/test_models.py"},
		{"app/**/migrations/", "app/a/b/c/d/models.py"},
	} {
		p, err := Compile(bench.pattern)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(bench.pattern, func(b *testing.B) {
			for b.Loop() {
				p.Match(bench.path, false)
			}
		})
	}
}
