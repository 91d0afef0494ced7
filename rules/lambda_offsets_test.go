package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// The cursor of lambdaOffsets answers as a search would, whatever order
// the questions come in: forward as the walk goes, or back.
func TestLambdaOffsetsWithinAnswersAsASearchInAnyOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var pos []token.Pos
		for p := token.Pos(rng.IntN(5)); p < 200; p += token.Pos(1 + rng.IntN(20)) {
			pos = append(pos, p)
		}
		l := &lambdaOffsets{pos: pos}
		lo := token.Pos(0)
		for range 100 {
			if rng.IntN(4) == 0 {
				lo = token.Pos(rng.IntN(220)) // anywhere, back too
			} else {
				lo += token.Pos(rng.IntN(10))
			}
			hi := lo + token.Pos(rng.IntN(30))
			want := false
			for _, p := range pos {
				if lo <= p && p < hi {
					want = true
				}
			}
			if got := l.within(lo, hi); got != want {
				t.Fatalf("lambdas at %v: within(%d, %d) = %v, want %v", pos, lo, hi, got, want)
			}
		}
	}
}
