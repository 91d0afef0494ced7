package codec

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/internal/alloc"
)

// place makes the insertions as Python does, one after another.
func TestPlaceIsInsertionInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		base := []rune(strings.Repeat("b", r.IntN(5)))
		want := slices.Clone(base)
		var inserts []insertion
		for range r.IntN(20) {
			at := r.IntN(len(want) + 1)
			c := rune('A' + r.IntN(26))
			inserts = append(inserts, insertion{at, c})
			want = slices.Insert(want, at, c)
		}
		if got := place(base, inserts); string(got) != string(want) {
			t.Fatalf("base %q, inserts %v: %q, want %q", string(base), inserts, string(got), string(want))
		}
	}
}

// A file declared punycode decodes in time and memory in proportion to
// its length: Python's decoder inserts each character into the string
// decoded so far, which is quadratic (about a second for 20 KB).
func TestPunycodeDecodingIsNotQuadratic(t *testing.T) {
	var perByte []float64
	for _, n := range []int{2_000, 20_000, 200_000} {
		text := []rune(strings.Repeat("aé", n/2))
		src := punycodeEncode(text)
		var got []byte
		var err error
		bytes := alloc.Bytes(func() { got, err = decodePunycodeCodec(src) })
		if err != nil || string(got) != string(text) {
			t.Fatalf("%d characters: %v, or not what was encoded", n, err)
		}
		perByte = append(perByte, float64(bytes)/float64(len(src)))
	}
	if lo, hi := slices.Min(perByte), slices.Max(perByte); hi > 2*lo {
		t.Errorf("bytes allocated per byte of input at 1x, 10x, 100x: %.0f", perByte)
	}
}
