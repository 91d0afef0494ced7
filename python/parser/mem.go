package parser

import "github.com/crosstalk-dev/crosstalk/python/ast"

// nodeMem is where a parse allocates its most frequent nodes and the
// lists of its tree: chunks handed out in order, so that a parse makes a
// few large allocations instead of one per node. A Parser with Recycle
// set keeps the chunks from file to file and hands them out again,
// cleared, so that a long run over many files allocates almost nothing
// for them.
type nodeMem struct {
	names     slab[ast.Name]
	consts    slab[ast.Constant]
	attrs     slab[ast.Attribute]
	calls     slab[ast.Call]
	binops    slab[ast.BinOp]
	exprStmts slab[ast.ExprStmt]
	assigns   slab[ast.Assign]
	keywords  slab[ast.Keyword]
	argNodes  slab[ast.Arg]
	subs      slab[ast.Subscript]
	ifs       slab[ast.If]
	returns   slab[ast.Return]
	funcDefs  slab[ast.FunctionDef]
	arguments slab[ast.Arguments]
	aliases   slab[ast.Alias]
	compares  slab[ast.Compare]
	tuples    slab[ast.Tuple]
	lists     slab[ast.List]
	dicts     slab[ast.Dict]

	exprPool slab[ast.Expr] // the lists are cut from these
	stmtPool slab[ast.Stmt]
	argPool  slab[*ast.Arg]
	cmpOps   slab[ast.CmpOperator]
}

// newNodeMem returns the memory of one parse; keep makes it recyclable.
func newNodeMem(keep bool) *nodeMem {
	m := &nodeMem{}
	if keep {
		for _, s := range m.slabs() {
			s.setKeep(true)
		}
	}
	return m
}

// rewind makes every chunk free again: the trees built from them are dead.
func (m *nodeMem) rewind() {
	for _, s := range m.slabs() {
		s.rewind()
	}
}

// recyclable is what nodeMem asks of each of its slabs, whatever they hold.
type recyclable interface {
	setKeep(bool)
	rewind()
}

func (m *nodeMem) slabs() []recyclable {
	return []recyclable{
		&m.names, &m.consts, &m.attrs, &m.calls, &m.binops, &m.exprStmts, &m.assigns, &m.keywords,
		&m.argNodes, &m.subs, &m.ifs, &m.returns, &m.funcDefs, &m.arguments, &m.aliases,
		&m.compares, &m.tuples, &m.lists, &m.dicts,
		&m.exprPool, &m.stmtPool, &m.argPool, &m.cmpOps,
	}
}

// node returns a *T from s that holds v.
func node[T any](s *slab[T], v T) *T {
	n := s.alloc()
	*n = v
	return n
}

// A slab hands out T values, one at a time or as lists, from chunks.
type slab[T any] struct {
	cur []T
	// With keep, chunks holds every chunk made, in order; chunks[:next]
	// are in use by the current parse, cur being the last of them.
	keep   bool
	chunks [][]T
	next   int
	kept   int // elements in chunks
}

// maxKeptNodes bounds the elements a slab keeps for the next file, so
// that one huge generated file does not pin its tree's memory for the
// rest of a run.
const maxKeptNodes = 1 << 16

func (s *slab[T]) setKeep(keep bool) { s.keep = keep }

// alloc returns a new zero T. Small files get small chunks (8 growing to
// 256) so that they do not pay for node types they hardly use.
func (s *slab[T]) alloc() *T {
	if len(s.cur) == cap(s.cur) {
		s.grow(1, 8, 256)
	}
	s.cur = s.cur[:len(s.cur)+1]
	return &s.cur[len(s.cur)-1]
}

// carve returns a list of n zero Ts, of length and capacity n.
func (s *slab[T]) carve(n int) []T {
	if cap(s.cur)-len(s.cur) < n {
		s.grow(n, 32, 1024)
	}
	l := len(s.cur)
	s.cur = s.cur[:l+n]
	return s.cur[l : l+n : l+n]
}

func (s *slab[T]) grow(n, least, most int) {
	if !s.keep {
		s.cur = make([]T, 0, max(n, min(max(2*cap(s.cur), least), most)))
		return
	}
	if s.next > 0 {
		s.chunks[s.next-1] = s.cur // remember how much of it rewind must clear
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

// rewind clears the chunks in use and makes them free for the next parse.
// Only what a parse handed out is cleared (a chunk's length): most files
// use a small part of the chunks, and clearing them whole cost more than
// the parse of a small file.
func (s *slab[T]) rewind() {
	if s.kept > maxKeptNodes {
		*s = slab[T]{keep: s.keep}
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
