package scanner

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// FuzzScan checks that no input makes the scanner panic or loop, that
// every stream ends with EOF after tokens in order within the source, and
// that errors are reported within the source with a line and column.
// Seeds live in testdata/fuzz/FuzzScan, besides the differential snippets.
func FuzzScan(f *testing.F) {
	for _, s := range validSnippets {
		f.Add([]byte(s))
	}
	for _, s := range errorSnippets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var s Scanner
		s.Init(src, func(pos token.Pos, msg string) {
			e := s.LastError()
			if pos < 0 || int(pos) > len(src) || e.Pos != pos || e.Msg != msg || msg == "" {
				t.Fatalf("error %q at %d (last error %+v) for a %d-byte source", msg, pos, e, len(src))
			}
			if e.Line < 1 || e.Col < 0 {
				t.Fatalf("error %q has line %d, column %d", msg, e.Line, e.Col)
			}
		})
		checkStream(t, "input", src, &s)
	})
}
