package semantic

// pool hands out Ts from chunks it keeps from module to module, for what
// dies with a module's syntax: the scopes of the call-site walk, the
// methods' syntax. reset clears what was handed out, so that no tree or
// source stays reachable through it, and makes it free again.
type pool[T any] struct {
	chunks [][]T
	n      int // handed out
}

// poolChunk is the length of a pool's chunks; maxPooled bounds what a
// pool keeps for the next module, so that one huge file does not pin its
// memory for the rest of a run.
const (
	poolChunk = 64
	maxPooled = 1 << 12
)

// alloc returns a zero T.
func (p *pool[T]) alloc() *T {
	c, i := p.n/poolChunk, p.n%poolChunk
	if c == len(p.chunks) {
		p.chunks = append(p.chunks, make([]T, poolChunk))
	}
	p.n++
	return &p.chunks[c][i]
}

func (p *pool[T]) reset() {
	if p.n > maxPooled {
		*p = pool[T]{}
		return
	}
	for c := 0; c*poolChunk < p.n; c++ {
		clear(p.chunks[c])
	}
	p.n = 0
}
