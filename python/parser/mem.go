package parser

import (
	"github.com/crosstalk-dev/crosstalk/internal/slab"
	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// nodeMem is where a parse allocates its most frequent nodes and the
// lists of its tree: chunks handed out in order, so that a parse makes a
// few large allocations instead of one per node. A Parser with Recycle
// set keeps the chunks from file to file and hands them out again,
// cleared, so that a long run over many files allocates almost nothing
// for them.
type nodeMem struct {
	names     slab.Slab[ast.Name]
	consts    slab.Slab[ast.Constant]
	attrs     slab.Slab[ast.Attribute]
	calls     slab.Slab[ast.Call]
	binops    slab.Slab[ast.BinOp]
	exprStmts slab.Slab[ast.ExprStmt]
	assigns   slab.Slab[ast.Assign]
	keywords  slab.Slab[ast.Keyword]
	argNodes  slab.Slab[ast.Arg]
	subs      slab.Slab[ast.Subscript]
	ifs       slab.Slab[ast.If]
	returns   slab.Slab[ast.Return]
	funcDefs  slab.Slab[ast.FunctionDef]
	arguments slab.Slab[ast.Arguments]
	aliases   slab.Slab[ast.Alias]
	compares  slab.Slab[ast.Compare]
	tuples    slab.Slab[ast.Tuple]
	lists     slab.Slab[ast.List]
	dicts     slab.Slab[ast.Dict]

	exprPool slab.Slab[ast.Expr] // the lists are cut from these
	stmtPool slab.Slab[ast.Stmt]
	argPool  slab.Slab[*ast.Arg]
	cmpOps   slab.Slab[ast.CmpOperator]
}

// newNodeMem returns the memory of one parse; keep makes it recyclable.
func newNodeMem(keep bool) *nodeMem {
	m := &nodeMem{}
	if keep {
		for _, s := range m.slabs() {
			s.SetKeep(true)
		}
	}
	return m
}

// rewind makes every chunk free again: the trees built from them are dead.
func (m *nodeMem) rewind() {
	for _, s := range m.slabs() {
		s.Rewind()
	}
}

// recyclable is what nodeMem asks of each of its slabs, whatever they hold.
type recyclable interface {
	SetKeep(bool)
	Rewind()
}

func (m *nodeMem) slabs() []recyclable {
	return []recyclable{
		&m.names, &m.consts, &m.attrs, &m.calls, &m.binops, &m.exprStmts, &m.assigns, &m.keywords,
		&m.argNodes, &m.subs, &m.ifs, &m.returns, &m.funcDefs, &m.arguments, &m.aliases,
		&m.compares, &m.tuples, &m.lists, &m.dicts,
		&m.exprPool, &m.stmtPool, &m.argPool, &m.cmpOps,
	}
}
