package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibDir holds the installed CPython standard library used as a
// real-world benchmark corpus.
const stdlibDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

func loadCorpus(tb testing.TB) [][]byte {
	var srcs [][]byte
	err := filepath.WalkDir(stdlibDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || strings.HasPrefix(d.Name(), "lib2to3")) {
			return filepath.SkipDir
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
	for b.Loop() {
		for _, s := range srcs {
			ParseFile("x.py", s)
		}
	}
}
