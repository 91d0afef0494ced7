package scanner

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// stdlibDir is the machine's Python installation whose .py files serve as
// a real-world corpus, read at test time.
const stdlibDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

// loadCorpus reads every .py file under stdlibDir, decoded per PEP 263.
func loadCorpus(tb testing.TB) (names []string, srcs [][]byte) {
	tb.Helper()
	err := filepath.WalkDir(stdlibDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src, err := Decode(raw)
		if err != nil {
			return nil // a few test files are deliberately undecodable
		}
		names = append(names, path)
		srcs = append(srcs, src)
		return nil
	})
	if err != nil {
		tb.Fatalf("reading the corpus %s: %v", stdlibDir, err)
	}
	if len(srcs) < 1000 {
		tb.Fatalf("only %d .py files under %s", len(srcs), stdlibDir)
	}
	return names, srcs
}

func BenchmarkScan(b *testing.B) {
	_, srcs := loadCorpus(b)
	total := 0
	for _, src := range srcs {
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	var s Scanner
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			s.Init(src, nil)
			for {
				k, _, _ := s.Scan()
				if k == token.EOF {
					break
				}
			}
		}
	}
}

// TestCorpus scans the standard library: every file must end with EOF
// after tokens in increasing order, and files that CPython 3.11 compiles
// (nearly all) must give no error.
func TestCorpus(t *testing.T) {
	names, srcs := loadCorpus(t)
	bad := 0
	for i, src := range srcs {
		var first string
		var s Scanner
		s.Init(src, func(pos token.Pos, msg string) {
			if first == "" {
				e := s.LastError()
				first = msg + " at " + itoa(e.Line) + ":" + itoa(e.Col)
			}
		})
		checkStream(t, names[i], src, &s)
		if first != "" {
			bad++
			if !strings.Contains(names[i], "/test") && !strings.Contains(names[i], "lib2to3") {
				t.Errorf("%s: %s", names[i], first)
			}
		}
	}
	t.Logf("%d files, %d with errors (test data)", len(srcs), bad)
}

func itoa(n int) string { return fmtInt(n) }
