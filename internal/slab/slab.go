// Package slab hands out values from chunks, for values that die
// together (a parse's tree, what a module's model needs only while its
// tree is alive): a few large allocations instead of one per value, and,
// for a Slab that keeps its chunks, the same memory again for the next
// batch.
package slab

// A Slab hands out T values, one at a time or as lists, from chunks.
// The zero value makes new chunks as it needs them and leaves them to the
// garbage collector; after SetKeep(true) it keeps them, and Rewind makes
// them free again, cleared.
type Slab[T any] struct {
	cur []T
	// With keep, chunks holds every chunk made, in order; chunks[:next]
	// are in use by the current batch, cur being the last of them.
	keep   bool
	chunks [][]T
	next   int
	kept   int // elements in chunks
}

// MaxKept bounds the elements a Slab keeps for the next batch, so that
// one huge generated file does not pin its memory for the rest of a run.
const MaxKept = 1 << 16

// SetKeep says whether the Slab keeps its chunks for the next batch.
func (s *Slab[T]) SetKeep(keep bool) { s.keep = keep }

// Kept is the number of elements the Slab's kept chunks hold.
func (s *Slab[T]) Kept() int { return s.kept }

// Alloc returns a new zero T. Small batches get small chunks (8 growing
// to 256) so that they do not pay for types they hardly use.
func (s *Slab[T]) Alloc() *T {
	if len(s.cur) == cap(s.cur) {
		s.grow(1, 8, 256)
	}
	s.cur = s.cur[:len(s.cur)+1]
	return &s.cur[len(s.cur)-1]
}

// New returns a *T from s that holds v.
func (s *Slab[T]) New(v T) *T {
	n := s.Alloc()
	*n = v
	return n
}

// Carve returns a list of n zero Ts, of length and capacity n.
func (s *Slab[T]) Carve(n int) []T {
	if cap(s.cur)-len(s.cur) < n {
		s.grow(n, 32, 1024)
	}
	l := len(s.cur)
	s.cur = s.cur[:l+n]
	return s.cur[l : l+n : l+n]
}

func (s *Slab[T]) grow(n, least, most int) {
	if !s.keep {
		s.cur = make([]T, 0, max(n, min(max(2*cap(s.cur), least), most)))
		return
	}
	if s.next > 0 {
		s.chunks[s.next-1] = s.cur // remember how much of it Rewind must clear
	}
	for s.next < len(s.chunks) {
		c := s.chunks[s.next]
		s.next++
		if cap(c) >= n {
			s.cur = c[:0]
			return
		}
	}
	s.cur = make([]T, 0, max(n, most))
	s.chunks = append(s.chunks, s.cur)
	s.next = len(s.chunks)
	s.kept += cap(s.cur)
}

// Rewind clears what the batch was handed out and makes the chunks free
// for the next one: nothing the batch held stays reachable through them.
// Only what was handed out is cleared (a chunk's length): most batches
// use a small part of the chunks, and clearing them whole cost more than
// the parse of a small file. Past MaxKept the chunks are let go.
func (s *Slab[T]) Rewind() {
	if s.kept > MaxKept {
		*s = Slab[T]{keep: s.keep}
		return
	}
	if s.next > 0 {
		s.chunks[s.next-1] = s.cur
	}
	for i, c := range s.chunks[:s.next] {
		clear(c)
		s.chunks[i] = c[:0]
	}
	s.next, s.cur = 0, nil
}
