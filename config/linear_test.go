package config

import (
	"fmt"
	"strings"
	"testing"
)

// manyPerFileIgnores returns a pyproject.toml whose per-file-ignores has n
// entries: 40,000 make a file of about 1.1 MB.
func manyPerFileIgnores(n int) string {
	var b strings.Builder
	b.WriteString("[tool.crosstalk.per-file-ignores]\n")
	for i := range n {
		fmt.Fprintf(&b, "\"pkg%d/*.py\" = [\"CT101\"]\n", i)
	}
	return b.String()
}

// Reading a file is linear in its size: ten times the per-file-ignores is
// about ten times the work, not a hundred. Each key's line was counted
// from the start of the file, and each key looked for among every key
// before it: 40,000 entries took 18 s to load.
func TestReadingIsLinear(t *testing.T) {
	steps := func(n int) int {
		r := reader{file: "pyproject.toml", prefix: []string{"tool", "crosstalk"}}
		entries, err := r.read([]byte(manyPerFileIgnores(n)))
		if err != nil || len(entries) != n+1 {
			t.Fatalf("%d entries: read %d, %v", n, len(entries), err)
		}
		if last := entries[n]; last.line != n+1 {
			t.Fatalf("the last entry is on line %d, want %d", last.line, n+1)
		}
		return r.steps
	}
	small, large := steps(4_000), steps(40_000)
	// Some slack for what does not grow with the file: 11, not 10.
	t.Logf("%d, %d: %.2f", small, large, float64(large)/float64(small))
	if large > 11*small {
		t.Errorf("reading 40,000 entries took %d steps, %.1f times the %d of 4,000", large, float64(large)/float64(small), small)
	}
}

func TestLoadManyPerFileIgnores(t *testing.T) {
	path := write(t, t.TempDir(), "pyproject.toml", manyPerFileIgnores(40_000))
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.PerFileIgnores) != 40_000 || c.PerFileIgnores[39_999].Pattern.String() != "pkg39999/*.py" {
		t.Errorf("read %d per-file-ignores", len(c.PerFileIgnores))
	}
}

func BenchmarkLoadManyPerFileIgnores(b *testing.B) {
	path := write(b, b.TempDir(), "pyproject.toml", manyPerFileIgnores(40_000))
	for b.Loop() {
		if _, err := Load(path, testRules); err != nil {
			b.Fatal(err)
		}
	}
}

// A line is found right whatever order offsets are asked in: the walk on
// from the last answer, and the search back from it.
func TestLineAtInAnyOrder(t *testing.T) {
	data := []byte("a = 1\n\nb = [\n  2,\n]\r\n\nc = 3")
	r := reader{}
	if _, err := r.read(data); err != nil {
		t.Fatal(err)
	}
	offsets := []int{0, 5, 6, 7, 20, 3, 12, len(data) - 1, 1, 0, len(data) - 1, 8}
	for _, off := range offsets {
		if got, want := r.lineAt(off), strings.Count(string(data[:off]), "\n")+1; got != want {
			t.Errorf("lineAt(%d) = %d, want %d", off, got, want)
		}
	}
}
