package glob

import (
	"path/filepath"
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
	}
	for _, tt := range tests {
		p, err := Compile(tt.pattern)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.pattern, err)
		}
		if got := p.Match(tt.path, tt.isDir); got != tt.want {
			t.Errorf("%q.Match(%q, dir=%v) = %v, want %v", tt.pattern, tt.path, tt.isDir, got, tt.want)
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

func TestCompileErrors(t *testing.T) {
	for _, bad := range []string{"", "/", "[abc.py", "a/[/b"} {
		if _, err := Compile(bad); err == nil {
			t.Errorf("Compile(%q) succeeded, want an error", bad)
		}
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
