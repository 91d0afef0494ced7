package scanner

import (
	"strconv"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

func fmtInt(n int) string { return strconv.Itoa(n) }

// checkStream scans s to the end and checks the invariants every token
// stream has: extents within the source and in order, and termination with
// EOF in at most a bounded number of tokens.
func checkStream(t testing.TB, name string, src []byte, s *Scanner) int {
	t.Helper()
	limit := 4*len(src) + 300 // DEDENTs at most 100, a few tokens per byte
	prevLo, prevHi := token.Pos(0), token.Pos(0)
	for n := 0; ; n++ {
		if n > limit {
			t.Fatalf("%s: no EOF after %d tokens", name, n)
		}
		k, lo, hi := s.Scan()
		if lo < 0 || hi < lo || int(hi) > len(src) {
			t.Fatalf("%s: token %d %v has extent [%d,%d) outside [0,%d]", name, n, k, lo, hi, len(src))
		}
		if lo < prevHi || lo < prevLo {
			t.Fatalf("%s: token %d %v at [%d,%d) overlaps the previous one [%d,%d)", name, n, k, lo, hi, prevLo, prevHi)
		}
		prevLo, prevHi = lo, hi
		if k == token.EOF {
			for i := 0; i < 3; i++ {
				if k2, _, _ := s.Scan(); k2 != token.EOF {
					t.Fatalf("%s: %v after EOF", name, k2)
				}
			}
			return n
		}
	}
}
