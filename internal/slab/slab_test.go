package slab

import "testing"

// A recycled slab hands out zero values again, in every chunk a batch
// used, however many there were, and the lists it carves are zero too.
func TestRecycledSlabHandsOutZeroValues(t *testing.T) {
	s := Slab[int]{}
	s.SetKeep(true)
	for round := range 3 {
		for i := range 1000 {
			n := s.Alloc()
			if *n != 0 {
				t.Fatalf("round %d, alloc %d: got %d, want a zero value", round, i, *n)
			}
			*n = 7
		}
		for i := range 100 {
			l := s.Carve(40)
			for j, v := range l {
				if v != 0 {
					t.Fatalf("round %d, carve %d: element %d is %d, want 0", round, i, j, v)
				}
				l[j] = 9
			}
		}
		s.Rewind()
	}
	if len(s.chunks) < 2 {
		t.Fatalf("the test must span chunks: %d kept", len(s.chunks))
	}
}
