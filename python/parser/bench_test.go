package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibDir holds the installed CPython standard library and its
// site-packages: the real-world benchmark corpus, the same tree that
// conformance/cpython_parse_speed.py times CPython's ast.parse on.
const stdlibDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

func loadCorpus(tb testing.TB) [][]byte {
	var srcs [][]byte
	err := filepath.WalkDir(stdlibDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			if b, err := os.ReadFile(path); err == nil {
				srcs = append(srcs, b)
			}
		}
		return nil
	})
	if err != nil || len(srcs) == 0 {
		tb.Fatalf("no corpus under %s: %v", stdlibDir, err)
	}
	return srcs
}

func BenchmarkParse(b *testing.B) {
	srcs := loadCorpus(b)
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	var ps Parser // one per goroutine, as crosstalk parse uses it
	for b.Loop() {
		for _, s := range srcs {
			ps.ParseFile("x.py", s)
		}
	}
}
