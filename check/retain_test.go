package check

import (
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"weak"

	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// After its pass, nothing a unit keeps (the model, the findings, the
// rules' deferred decisions) may refer to the file's bytes: not a node of
// the tree, and not a name sliced out of the source, or a run over a
// large tree holds every source and tree again. The rules' fixtures
// exercise every rule's gathering.
func TestUnitsKeepNoSource(t *testing.T) {
	var paths []string
	err := filepath.WalkDir("../rules/testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			paths = append(paths, path)
		}
		return err
	})
	if err != nil || len(paths) < 10 {
		t.Fatalf("fixtures: %d files, %v", len(paths), err)
	}
	lay := newLayout()
	cfg := &config.Config{}
	var (
		ps      parser.Parser
		b       semantic.Builder
		units   []unit
		sources []weak.Pointer[byte]
	)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil || len(data) == 0 {
			continue
		}
		u, errs := analyzeOne(&ps, &b, job{path, filepath.Dir(path)}, data, lay, rules.All(), cfg)
		if len(errs) > 0 || u.module == nil {
			t.Fatalf("%s: %v", path, errs)
		}
		units = append(units, u)
		sources = append(sources, weak.Make(&data[0]))
	}
	deferred := 0
	modules := make([]*semantic.Module, len(units))
	for i := range units {
		modules[i] = units[i].module
		deferred += len(units[i].deferred)
	}
	if deferred == 0 {
		t.Fatal("no rule deferred anything: the test would prove nothing")
	}
	prog := semantic.NewProgram(modules)
	runtime.GC()
	runtime.GC()
	for i, src := range sources {
		if src.Value() != nil {
			t.Errorf("%s: its source is still reachable after its pass", units[i].path)
		}
	}
	for i := range units {
		for _, d := range units[i].deferred {
			entryPoints := func() []semantic.EntryPoint { return semantic.FindEntryPoints(prog, EntryOptions(cfg)) }
			u := &units[i]
			decide(u, prog, entryPoints, nil, d, cfg, func(d diagnostic) { u.diags = append(u.diags, d) }, func(msg string) { t.Error(msg) })
		}
	}
}

// A file with findings is read again to place them; if it changed since
// it was analysed, its findings would point at other lines: they are left
// out, and the run says why.
func TestRereadRefusesAChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.py")
	src := []byte("def f(x=[]):\n    return x\n")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	seed := maphash.MakeSeed()
	u := unit{path: path, size: len(src), sum: maphash.Bytes(seed, src)}
	file, msg := reread(&u, nil, seed)
	if msg != "" || string(file.Src) != string(src) {
		t.Fatalf("unchanged file: %q, source %q", msg, file.Src)
	}
	if err := os.WriteFile(path, []byte("x = 1\ndef f(x=[]):\n    return x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, msg := reread(&u, nil, seed); !strings.Contains(msg, "changed while it was being checked") {
		t.Errorf("changed file: %q, want it refused", msg)
	}
	os.Remove(path)
	if _, msg := reread(&u, nil, seed); !strings.Contains(msg, "cannot read") {
		t.Errorf("removed file: %q, want it reported", msg)
	}
}
