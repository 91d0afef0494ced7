package check

import (
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/semantic"
)

// The solver parses a module again for its call-graph summary only from
// the bytes it was modelled from, and never test code.
func TestParseAgainOnlyTheBytesModelled(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"app/__init__.py":      "",
		"app/views.py":         "def get():\n    pass\n",
		"app/models.py":        "class Order:\n    pass\n",
		"app/tests/test_it.py": "def test_get():\n    pass\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seed := maphash.MakeSeed()
	units, _, failed := load([]string{dir}, nil, nil, nil, seed, semantic.NoSummaries, io.Discard)
	if failed || len(units) != 4 {
		t.Fatalf("load: %d units, failed %v", len(units), failed)
	}
	again := parseAgain(units, nil, seed)
	module := func(name string) *semantic.Module {
		for _, u := range units {
			if filepath.Base(u.path) == name {
				return u.module
			}
		}
		t.Fatalf("no unit %s", name)
		return nil
	}
	if f := again(module("views.py")); f == nil || len(f.Module.Body) != 1 {
		t.Errorf("views.py unchanged: want its file parsed again, got %v", f)
	}
	if f := again(module("test_it.py")); f != nil {
		t.Errorf("test code: want nil (no summary), got a file")
	}
	if err := os.WriteFile(filepath.Join(dir, "app", "models.py"), []byte("class Order:\n    x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if f := again(module("models.py")); f != nil {
		t.Errorf("models.py changed since it was modelled: want nil, got a file")
	}
	// The file given in place of the one on disk is what was modelled.
	old := module("views.py")
	overlay := map[string][]byte{filepath.Join(dir, "app", "views.py"): []byte("def get():\n    return 1\n\n\ndef put():\n    pass\n")}
	units, _, _ = load([]string{dir}, nil, nil, overlay, seed, semantic.NoSummaries, io.Discard)
	again = parseAgain(units, overlay, seed)
	if f := again(old); f != nil {
		t.Errorf("a module of the first load is no unit of the second: want nil")
	}
	for _, u := range units {
		if filepath.Base(u.path) == "views.py" {
			if f := again(u.module); f == nil || len(f.Module.Body) != 2 {
				t.Errorf("views.py from the overlay: want its two defs, got %v", f)
			}
		}
	}
}
