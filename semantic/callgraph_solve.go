package semantic

import (
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// The solver runs the modules' summaries over abstract objects until
// nothing changes: context-insensitive across calls (a function's
// parameters and return hold every value any call gives them), flow-
// sensitive within one run of a scope (a store replaces a name's values,
// except in a branch or a loop, where it adds to them). Every run of a
// scope reads cells (globals, parameters, returns, attributes, items)
// and registers as their reader; a cell that grows queues its readers
// again. Runs per scope and values per cell are bounded, so that
// generated input cannot make it quadratic.

type obj int32

type objKind uint8

const (
	oFunc  objKind = iota // a: node; b: for a wrapper a decorator returned, 1 + the node of the def it wraps
	oClass                // a: node
	oInst                 // a: class node
	// oQuery is a query of the rows of a model class of the tree: its
	// manager (Order.objects) or a query set, b 0; or one of their
	// methods: one that returns a row (RowMethods: get, first), b 1,
	// any other, b 2, which returns another query or no row (filter,
	// count, delete). a: class node. Iterating or indexing a query
	// gives rows, instances of the class.
	oQuery
	oModule   // a: module index
	oExternal // name: "requests.get", "<builtin>.len"
	oBound    // a: function node; b: receiver; name: 1 + the def a wrapper a runs for, or 0
	oSuper    // a: class node; b: receiver's class node
	oBox      // a dict, list, tuple or set display: a: node, b: instruction; name: "<**PyDict**>"
	oStr      // name
	oInt      // a
	oFuncAttr // a: function node; name: attribute
	// oPattern is the attributes of b, a module, class or instance, whose
	// names match the pattern name (getattr(self, "visit_" + kind)): a
	// call calls each. One value, so that a class with many does not
	// fill a cell past its bound.
	oPattern
	// oSubInst is an instance of class node a or of any subclass of it in
	// the tree: what a cell holds once more instances flowed into it than
	// maxValues, all of classes below a (widen). One value, so that a
	// template method called on fifty handler classes still knows its
	// receiver.
	oSubInst
	// oSubBound is method name of each subclass of class node a that
	// defines it again (subDefiners), bound to that subclass's instances:
	// an attribute of an oSubInst. A call calls each.
	oSubBound
)

// object is also its own key in solver.objOf: all ints, so hashing and
// comparing it is cheap; name is a solver.strs index.
type object struct {
	kind objKind
	a, b int32
	name int32
}

// Bounds: values per cell, runs per scope.
const (
	maxValues = 32
	// maxWidened bounds the subclasses of the class whose instances a
	// cell is widened to (widen).
	maxWidened = 256
	maxRuns    = 8
	maxDepth   = 8
	// maxNest bounds the runs runNow puts aside, one per import or class
	// statement being run.
	maxNest = 16
	// maxExternalParts bounds the dotted names of targets outside the tree.
	maxExternalParts = 5
)

type cell struct {
	vals    []obj
	readers []int32
	// top: the cell grew past maxValues. It then holds nothing: a value
	// that many things flow into is one the graph cannot follow, and
	// following 64 guesses of it everywhere it goes costs more than it
	// tells. Instances of classes with a common base of the tree are
	// widened instead (widen).
	top bool
}

type cellKind uint8

const (
	// A module's globals that it does not bind, class attributes set
	// from outside the class, instance attributes and a display's items
	// at constant keys are not in cellOf but in small sorted tables per
	// module, class or display (nameTable, solver.named), which stay in
	// cache where one big map of them all missed it.
	ckParam  cellKind = iota // a: node; b: index
	ckReturn                 // a: node
)

type cellKey struct {
	kind cellKind
	a, b int32
}

type gnode struct {
	mod   int32
	scope int32
	class int32 // for a method, its class's node; else -1
}

// throughRec is a call of def to through the wrapper via, from node
// from: edge's fields of the call of the wrapper.
type throughRec struct {
	from, via, to int32
	pos           token.Pos
	flags         uint16
	kind          uint8
	// passes: the parameters of to that every such call passes
	// (Edge.Passes).
	passes uint64
}

type edgeRec struct {
	to  int32
	pos token.Pos
	// The small fields last, the widest first: 12 bytes, not 16.
	flags uint16 // flagLooped, flagManaged, flagKept, flagSelf, flagReturns, flagSameArgs, flagForwards, flagFailure, flagLiteral: of the calls that make it
	kind  uint8
	// unless: 1 + the parameter of the caller that every call that makes
	// it is the fallback for (Edge.Unless), or 0.
	unless uint8
}

type solver struct {
	p *Program
	// subDefs caches subDefiners, by class node and name; subs,
	// subNodes, by class node.
	subDefs map[[2]int32][]int32
	subs    map[int32][]int32
	// rels are the relations of the tree's models, and relNames the
	// names they give attributes, made when an instance's attribute is
	// first looked up.
	rels     *ModelRelations
	relNames map[int32]bool
	mods     []*Module
	// sums[mod] is module mod's summary; modIndex finds a module's index
	// (-1: none, a module left out).
	sums     []*cgSummary
	modIndex map[*Module]int32
	// parse, when not nil, gives the file of a module that has no
	// summary yet, parsed again: see LazySummaries.
	parse func(*Module) *parser.File
	keep  bool // LazySummaries.Keep
	// ahead makes summaries on the other cores while the solve runs;
	// nil on one core.
	ahead    *prefetcher
	build    Builder
	nodeBase []int32
	nodes    []gnode
	objs     []object
	ids      []obj // ids[o] == o: see one
	strObj   []obj // str constants by interned name, plus one
	objOf    map[object]obj
	cells    []cell
	cellOf   map[cellKey]int32
	slotCell [][]int32 // per module, per slot: cell, or -1
	triggers [][]int32 // by interned attribute name: see trigger
	classes  map[*Class]int32
	decorate map[int32][]string // function node: external decorators
	boxKeys  map[obj][]int32    // a box's keys stored so far (-1: unknown)
	// items[o]: box o's cells of all its items and of those at unknown
	// keys, plus one (0: none yet), and the index in keyCells of its
	// cells at constant keys, plus one.
	items    [][3]int32
	keyCells []nameTable // by key object
	// instrObj[mod][i]: plus one, the object instruction i of module mod
	// makes (a constant or a display), the same at every run.
	instrObj [][]obj
	// partObj: an object an instruction makes besides its own, by
	// module, instruction and part (a dict's items() pair, a
	// defaultdict's default item), the same at every run.
	partObj map[[3]int32]obj
	ints    []obj // the int constants 0..len-1
	// edges[n]: the edges leaving node n, sorted by target and kind (see
	// edge); graph sorts them for output anyway.
	edges    [][]edgeRec
	extNames []string
	extIdx   map[string]int32
	// extEdge[name]: the index in extNames of the external of interned
	// name, plus one (0: not yet looked up).
	extEdge []int32
	kinds   []string
	hand    map[string][]libraries.HandOff
	// inspectors caches inspector by builtin name.
	inspectors map[string]bool
	// handAt: the hand-offs of a node of the tree, by node (a project's
	// own task queue, named in the configuration).
	handAt   map[int32][]libraries.HandOff
	byMethod map[string][]libraries.HandOff
	// paramBase[n]: the cell of node n's first parameter; ret[n]: of its
	// return; byNode: its function, class, instance and query objects, plus one.
	paramBase []int32
	ret       []int32
	byNode    [][oQuery + 1]obj
	externals map[string]obj
	// aux[n]: plus one, the index in auxes of what the solver keeps of
	// node n beyond its cells (0: nothing yet). Made for the nodes that
	// need it: solving from the entry points reaches a small part of the
	// tree, and five tables by node cost more to make than the solve.
	aux   []int32
	auxes []nodeAux
	// strs are the names the solver meets, interned: objects and cells
	// name them by index. modNames[mod][i] is the index of module mod's
	// name i (-1 until met).
	strs     []string
	strID    map[string]int32
	modNames [][]int32
	// modGlobals[mod]: the module scope's slots of the names it binds,
	// by interned name, made when first read.
	modGlobals []nameTable
	// globalSlots[mod][slot]: globalOf, plus one; -1: none; 0: not yet.
	globalSlots [][]int32
	// Cells by interned name: unbound globals per module, instance
	// attributes per class node (class attributes set from outside are
	// in classAttr).
	unbound []nameTable
	// extAttr caches the attribute name of an external, a str or a
	// display: the external that names it, without building its path
	// (keyed by the external, or by -1 for strs and -2-kind for displays:
	// see externalAttr).
	extAttr map[[2]int32]obj
	// resolved: imported names, split once; submods: (module, name) to
	// the submodule, or -1.
	resolved map[int32]resolvedName
	submods  map[[2]int32]int32
	starMods [][]int32 // per module, its star imports' module indices (-1: outside the tree)
	builtins []obj     // by interned name, plus one: builtin
	// through: the calls of a def through a wrapper a decorator made
	// for it (`@enforce_types def download(...)`: a call of download
	// runs the wrapper, which runs download), by (caller, wrapper, def,
	// kind) as an index in throughs; plainCalled: the wrappers some call
	// ran as themselves (not as one def's wrapper).
	through     map[[4]int32]int32
	throughs    []throughRec
	plainCalled []bool // by node
	// partial: the defs a partial holds with some of their arguments
	// (functools.partial(f, x)), or that a library's method calls
	// (Dispatches): a call of it gives the rest, or others, so its
	// arguments are not checked against the def's parameters.
	partial map[int32]bool
	// lostFree: the nodes that read a variable of a def around them
	// whose cell grew past maxValues (a decorator's parameter that more
	// than maxValues defs were given): a wrapper that does calls the def
	// it was made for through a value the graph no longer holds.
	lostFree []bool // by node
	// wraps: the {wrapper, def} pairs decorators made.
	wraps map[[2]int32]bool
	// fromRoots: the solve runs what roots reach (NewCallGraphFrom), not
	// every scope.
	fromRoots bool
	// given: by node, the defs it gives code outside the tree as
	// arguments, not as the decorator of a def (functools.partial(f, x),
	// executor.map(f)): it may call them as it likes (CallGraph.Given,
	// Escapes).
	given  map[int32][]int32
	queue  []int32
	queued []bool
	runs   []uint8
	// active[n]: node n has been asked to run (demand mode, solveFrom):
	// a root, a function something calls, a class body something
	// defines or looks into, a module something imports or reads a
	// global of. nil when every node is a root (solve).
	active []bool
	nest   int // runs put aside by runNow
	// callFlags are the flags of the call being made (flagLooped,
	// flagManaged, flagKept), for the edges it makes; callUnless, 1 +
	// the parameter of the caller it is the fallback for, or 0.
	callFlags  uint16
	callUnless uint8
	// callRecv, for the call being made when it is recv.m(...) on its
	// method's receiver (flagSelf), are the receiver's values, and
	// callAttr is m: its edges into a method of one of them, bound to
	// it, and named m, are Edge.OnSelf. call takes them as it starts,
	// so that the calls it makes in turn are none.
	callRecv []obj
	callAttr string
	// passes[{from, to}]: of a def with a fallback (cgScope.unless), the
	// parameters that every plain call of it from node from passes
	// (Edge.Passes).
	passes map[[2]int32]uint64
	// forwards[{from, to}]: the parameters of to some call of the edge
	// gives a parameter of from's that is None by default
	// (Edge.ForwardsOptional); somePasses, those some call surely passes
	// (Edge.SomePasses); forwardFrom, which parameters it gives them
	// (Edge.ForwardsFrom). fwdBuf is bindArgs' list of the last.
	forwards, somePasses map[[2]int32]uint64
	forwardFrom          map[[2]int32][]ParamForward
	fwdBuf               []ParamForward
	// spare[i]: the scratch of runs at nesting i+1, kept for the next
	// one: a module's body spans all its code, and making its values
	// anew at every import was a tenth of the solver's time.
	spare [maxNest]runScratch
	// scratch of one run
	cur     int32
	vals    [][]obj
	env     [][]obj
	overlay map[[2]obj][]obj
	argBuf  []argVal
	prepBuf []argVal // __new__'s arguments: the class, then the call's
	depth   int
	vbuf    []obj // see newVals
}

type runScratch struct {
	vals, env [][]obj
	overlay   map[[2]obj][]obj
	args      []argVal
}

type argVal struct {
	vals  []obj
	kw    int32 // argPositional, argStar, argStarStar, or a name index
	name  string
	instr int32
	// mayBeNone: the argument is a parameter of the caller's, None by
	// default (flagMayBeNone): it may pass nothing. fwdParam and fwdUp
	// say which (ParamForward).
	mayBeNone       bool
	fwdParam, fwdUp int32
}

func newSolver(p *Program, lazy *LazySummaries) *solver {
	s := &solver{p: p, modIndex: map[*Module]int32{}, objOf: map[object]obj{}, cellOf: map[cellKey]int32{},
		strID: map[string]int32{}, extAttr: map[[2]int32]obj{}, resolved: map[int32]resolvedName{}, submods: map[[2]int32]int32{},
		classes: map[*Class]int32{}, decorate: map[int32][]string{}, boxKeys: map[obj][]int32{},
		extIdx: map[string]int32{}, kinds: []string{""},
		hand: map[string][]libraries.HandOff{}, inspectors: map[string]bool{}, handAt: map[int32][]libraries.HandOff{}, byMethod: map[string][]libraries.HandOff{}, overlay: map[[2]obj][]obj{}}
	for _, h := range p.libs.HandOffs() {
		switch {
		case h.Receiver:
			s.byMethod["."+h.Method] = append(s.byMethod["."+h.Method], h)
		case h.Method != "":
			s.hand[h.Func+"."+h.Method] = append(s.hand[h.Func+"."+h.Method], h)
			s.byMethod[h.Method] = append(s.byMethod[h.Method], h)
		default:
			s.hand[h.Func] = append(s.hand[h.Func], h)
		}
	}
	s.externals = map[string]obj{}
	for i, name := range wellKnown {
		if s.intern(name) != int32(i) {
			panic("semantic: wellKnown names must be distinct")
		}
	}
	if lazy != nil {
		s.parse, s.keep = lazy.Parse, lazy.Keep
		return s
	}
	var mods []*Module
	for _, m := range p.ByPath {
		if m.cg != nil && p.Module(m.Name) == m {
			mods = append(mods, m)
		}
	}
	slices.SortFunc(mods, func(a, b *Module) int { return strings.Compare(a.Name, b.Name) })
	// Sized once: the nodes, and a cell for each one's return and each
	// of its parameters, with room for as many again.
	nodes, cells := 0, 0
	for _, m := range mods {
		nodes += len(m.cg.scopes)
		cells += len(m.cg.scopes) + len(m.cg.params)
	}
	s.nodes = make([]gnode, 0, nodes)
	s.cells = make([]cell, 0, 2*cells)
	// Objects: about two per node in the trees measured (the 3.11
	// library: 324k for 148k nodes); growing the three tables from
	// nothing copied them a dozen times.
	s.objs = make([]object, 0, 2*nodes)
	s.items = make([][3]int32, 0, 2*nodes)
	s.ids = make([]obj, 0, 2*nodes)
	for _, m := range mods {
		s.addModule(m, m.cg)
	}
	return s
}

// addModule adds module m, whose summary is cg, to what the solver
// knows: its nodes, a cell for each one's return and each of its
// parameters, and its tables, empty. It returns m's index.
func (s *solver) addModule(m *Module, cg *cgSummary) int32 {
	mi := int32(len(s.mods))
	s.mods = append(s.mods, m)
	s.sums = append(s.sums, cg)
	s.modIndex[m] = mi
	base := int32(len(s.nodes))
	s.nodeBase = append(s.nodeBase, base)
	slots := make([]int32, len(cg.slots))
	for i := range slots {
		slots[i] = -1
	}
	s.slotCell = append(s.slotCell, slots)
	for si, sc := range cg.scopes {
		n := int32(len(s.nodes))
		s.nodes = append(s.nodes, gnode{mod: mi, scope: int32(si), class: -1})
		if sc.class != nil {
			s.classes[sc.class] = n
		}
		if sc.inClass {
			s.nodes[n].class = base + sc.parent
		}
		if hs := s.hand[sc.name]; len(hs) > 0 {
			s.handAt[n] = hs
		}
		s.ret = append(s.ret, s.newCells(1))
		s.paramBase = append(s.paramBase, s.newCells(int(sc.phi-sc.plo)))
	}
	added := len(cg.scopes)
	s.byNode = append(s.byNode, make([][oQuery + 1]obj, added)...)
	s.aux = append(s.aux, make([]int32, added)...)
	s.edges = append(s.edges, make([][]edgeRec, added)...)
	s.queued = append(s.queued, make([]bool, added)...)
	s.runs = append(s.runs, make([]uint8, added)...)
	if s.active != nil {
		s.active = append(s.active, make([]bool, added)...)
	}
	s.modGlobals = append(s.modGlobals, nil)
	s.globalSlots = append(s.globalSlots, nil)
	s.starMods = append(s.starMods, nil)
	s.unbound = append(s.unbound, nil)
	s.modNames = append(s.modNames, nil)
	s.instrObj = append(s.instrObj, nil)
	return mi
}

func (s *solver) scope(n int32) (*cgSummary, *cgScope) {
	g := s.nodes[n]
	cg := s.sums[g.mod]
	return cg, &cg.scopes[g.scope]
}

// Names the solver itself uses, interned first: their index is their
// constant.
var wellKnown = [...]string{"", "__init__", "__new__", "__call__", "__enter__", "__exit__", "__getitem__", "__setitem__",
	"__iter__", "__next__", "update", "<**PyDict**>", "<**PyList**>", "<**PyTuple**>", "<**PySet**>",
	"append", "add", "insert", "extend", "<builtin>.dict", "<builtin>.list", "<builtin>.set", "isinstance", "__post_init__",
	"get", "pop", "setdefault", "items", "values", "collections.defaultdict"}

const (
	idNone int32 = iota
	idInit
	idNew
	idCall
	idEnter
	idExit
	idGetitem
	idSetitem
	idIter
	idNext
	idUpdate
	idDict
	idList // then idTuple and idSet, in displayKind order
	_
	_
	idAppend
	idAdd
	idInsert
	idExtend
	idMakeDict
	idMakeList
	idMakeSet
	idIsinstance
	idPostInit
	idGet
	idPop
	idSetdefault
	idItems
	idValues
	idDefaultdict
)

// madeBox is the name of the display a call of the builtin named name
// makes (dict() is {}, list(x) is [*x]), or 0.
func madeBox(name int32) int32 {
	switch name {
	case idMakeDict:
		return idDict
	case idMakeList:
		return idList
	case idMakeSet:
		return idList + int32(dispSet)
	}
	return 0
}

// intern returns the index of name in s.strs.
func (s *solver) intern(name string) int32 {
	if id, ok := s.strID[name]; ok {
		return id
	}
	id := int32(len(s.strs))
	s.strs = append(s.strs, name)
	s.strID[name] = id
	return id
}

// modName returns the interned index of module mod's name i.
func (s *solver) modName(mod, i int32) int32 {
	ids := s.modNames[mod]
	if ids == nil {
		ids = make([]int32, len(s.sums[mod].names))
		for j := range ids {
			ids[j] = -1
		}
		s.modNames[mod] = ids
	}
	if ids[i] < 0 {
		ids[i] = s.intern(s.sums[mod].names[i])
	}
	return ids[i]
}

// object returns the object o, made the first time. Kinds that have a
// table of their own (functions, classes, instances, bound methods,
// externals, strs) skip objOf: newObject.
func (s *solver) object(o object) obj {
	if id, ok := s.objOf[o]; ok {
		return id
	}
	id := s.newObject(o)
	s.objOf[o] = id
	return id
}

// newObject makes object o; the caller's table makes sure it is the
// only one.
func (s *solver) newObject(o object) obj {
	id := obj(len(s.objs))
	s.objs = append(s.objs, o)
	s.items = append(s.items, [3]int32{})
	s.ids = append(s.ids, id)
	return id
}

// one returns the values that are just o, without allocating: a slice
// of s.ids, which holds every object at its own index. Its capacity is
// one, so that appending to it copies.
func (s *solver) one(o obj) []obj {
	return s.ids[o : o+1 : o+1]
}

// strObject returns the str constant of interned name.
func (s *solver) strObject(name int32) obj {
	for int(name) >= len(s.strObj) {
		s.strObj = append(s.strObj, 0)
	}
	if s.strObj[name] == 0 {
		s.strObj[name] = s.newObject(object{kind: oStr, name: name}) + 1
	}
	return s.strObj[name] - 1
}

// instrObject returns the object instruction i of module mod makes, mk
// the first time.
func (s *solver) instrObject(mod, i int32, mk func() object) obj {
	objs := s.instrObj[mod]
	if objs == nil {
		objs = make([]obj, len(s.sums[mod].code))
		s.instrObj[mod] = objs
	}
	if objs[i] == 0 {
		objs[i] = s.object(mk()) + 1
	}
	return objs[i] - 1
}

// partObject returns the object part of instruction i of module mod
// makes besides its own (instrObject).
func (s *solver) partObject(mod, i, part int32, mk func() object) obj {
	key := [3]int32{mod, i, part}
	if o, ok := s.partObj[key]; ok {
		return o
	}
	if s.partObj == nil {
		s.partObj = map[[3]int32]obj{}
	}
	o := s.object(mk())
	s.partObj[key] = o
	return o
}

// Parts of an instruction's objects (partObject).
const (
	partPair    int32 = iota // the (key, value) pair of a dict's items()
	partDefault              // the item a defaultdict makes for a missing key
)

// intObject returns the int constant i.
func (s *solver) intObject(i int32) obj {
	if i < 0 || i >= 1024 {
		return s.object(object{kind: oInt, a: i})
	}
	for int(i) >= len(s.ints) {
		s.ints = append(s.ints, s.object(object{kind: oInt, a: int32(len(s.ints))}))
	}
	return s.ints[i]
}

// itemCell returns box's cell of the items at key: a constant's object,
// -1 for those at unknown keys, -2 for all of them.
func (s *solver) itemCell(box obj, key int32) int32 {
	if key >= 0 {
		t := &s.items[box][2]
		if *t == 0 {
			s.keyCells = append(s.keyCells, nil)
			*t = int32(len(s.keyCells))
		}
		return s.named(&s.keyCells[*t-1], key, true)
	}
	p := &s.items[box][-key-1]
	if *p == 0 {
		*p = s.newCells(1) + 1
	}
	return *p - 1
}

// hasItemCell reports whether box's cell at key was made.
func (s *solver) hasItemCell(box obj, key int32) bool {
	if key >= 0 {
		t := s.items[box][2]
		return t > 0 && s.named(&s.keyCells[t-1], key, false) >= 0
	}
	return s.items[box][-key-1] != 0
}

func (s *solver) external(name string) obj {
	if o, ok := s.externals[name]; ok {
		return o
	}
	o := s.newObject(object{kind: oExternal, name: s.intern(name)})
	s.externals[name] = o
	return o
}

// nodeObj returns the function, class or instance of a node.
func (s *solver) nodeObj(kind objKind, n int32) obj {
	cache := &s.byNode[n]
	if o := cache[kind]; o > 0 {
		return o - 1
	}
	o := s.newObject(object{kind: kind, a: n})
	cache[kind] = o + 1
	return o
}

func (s *solver) bound(f, recv int32) obj {
	a := s.auxOf(f)
	if o, ok := a.bounds.get(recv); ok {
		return obj(o)
	}
	o := s.newObject(object{kind: oBound, a: f, b: recv})
	a.bounds.set(recv, int32(o))
	return o
}

// nodeAux is what the solver keeps of a node beyond its cells.
type nodeAux struct {
	bounds nameTable // a function's bound methods, by receiver
	// A class's attributes (nil until classAttrCell builds the table)
	// and its instances'.
	classAttr, instAttr nameTable
	mro                 []int32 // a class's, nil until computed
	extBase             string  // externalBase of the class's MRO, when extBaseDone
	extBaseDone         bool
	// honest: isinstance answers for the class from its subclasses in
	// the tree alone (see honest), when honestDone.
	honest, honestDone bool
}

// auxOf returns node n's nodeAux, made the first time. The pointer is
// good until the next auxOf.
func (s *solver) auxOf(n int32) *nodeAux {
	if s.aux[n] == 0 {
		s.auxes = append(s.auxes, nodeAux{})
		s.aux[n] = int32(len(s.auxes))
	}
	return &s.auxes[s.aux[n]-1]
}

// param returns the cell of parameter i of node n (a cell of no one's
// past its parameters).
func (s *solver) param(n, i int32) int32 {
	if _, sc := s.scope(n); i < 0 || i >= sc.phi-sc.plo {
		return s.cell(cellKey{kind: ckParam, a: n, b: i})
	}
	return s.paramBase[n] + i
}

// newCells adds n empty cells and returns the index of the first. The
// table doubles when full: append grows a large slice by a quarter, and
// when the solver adds modules as it goes (LazySummaries), copying the
// table into fresh memory that often cost more than the modules' nodes.
func (s *solver) newCells(n int) int32 {
	c := len(s.cells)
	if c+n > cap(s.cells) {
		s.cells = slices.Grow(s.cells, max(n, c))
	}
	s.cells = s.cells[:c+n]
	return int32(c)
}

func (s *solver) cell(k cellKey) int32 {
	if c, ok := s.cellOf[k]; ok {
		return c
	}
	c := s.newCells(1)
	s.cellOf[k] = c
	return c
}

// read returns a cell's values and makes the running scope its reader.
func (s *solver) read(c int32) []obj {
	cl := &s.cells[c]
	if n := len(cl.readers); n == 0 || cl.readers[n-1] != s.cur {
		cl.readers = append(cl.readers, s.cur)
	}
	return cl.vals[:len(cl.vals):len(cl.vals)]
}

// add adds vals to a cell and queues its readers if it grew.
func (s *solver) add(c int32, vals []obj) {
	cl := &s.cells[c]
	grew := false
	for _, v := range vals {
		if cl.top {
			return
		}
		if !slices.Contains(cl.vals, v) && !s.covered(cl.vals, v) {
			cl.vals = append(cl.vals, v)
			grew = true
			if len(cl.vals) > maxValues {
				if wide, ok := s.widen(cl.vals); ok {
					cl.vals = wide
				} else {
					cl.vals, cl.top = nil, true
				}
			}
		}
	}
	if grew {
		for _, r := range cl.readers {
			s.enqueue(r)
		}
	}
}

// widen returns vals, past maxValues, with their instances as one
// oSubInst of the nearest class of the tree that all their classes
// derive from, first; false when some are not instances, or have no
// such class in common.
func (s *solver) widen(vals []obj) ([]obj, bool) {
	var order []int32 // the MRO of the first instance's class
	var rest []obj
	for _, v := range vals {
		switch o := s.objs[v]; o.kind {
		case oInst, oSubInst:
			if order == nil {
				order = s.mro(o.a)
			}
		default:
			rest = append(rest, v)
		}
	}
	if order == nil || len(rest) >= maxValues {
		return nil, false
	}
	for _, k := range order {
		if slices.ContainsFunc(vals, func(v obj) bool {
			o := s.objs[v]
			return (o.kind == oInst || o.kind == oSubInst) && !slices.Contains(s.mro(o.a), k)
		}) {
			continue
		}
		if len(s.subNodes(k)) > maxWidened {
			// A base of a whole library (sympy's Basic, unittest's
			// TestCase): every method call on it would reach hundreds of
			// overrides.
			return nil, false
		}
		return append([]obj{s.object(object{kind: oSubInst, a: k})}, rest...), true
	}
	return nil, false
}

// subNodes returns the nodes of the subclasses of class node k in the
// tree.
func (s *solver) subNodes(k int32) []int32 {
	if ns, ok := s.subs[k]; ok {
		return ns
	}
	var out []int32
	if _, sc := s.scope(k); sc.class != nil {
		for _, d := range s.p.Subclasses(sc.class) {
			if n, ok := s.classNode(d); ok {
				out = append(out, n)
			}
		}
	}
	if s.subs == nil {
		s.subs = map[int32][]int32{}
	}
	s.subs[k] = out
	return out
}

// covered reports whether v, an instance, is one that the oSubInst a
// widened cell's values start with stands for already.
func (s *solver) covered(vals []obj, v obj) bool {
	if len(vals) == 0 || s.objs[vals[0]].kind != oSubInst {
		return false
	}
	o := s.objs[v]
	return (o.kind == oInst || o.kind == oSubInst) && slices.Contains(s.mro(o.a), s.objs[vals[0]].a)
}

// subDefiners returns the nodes of the subclasses of class node k, in
// the tree, that define method name again.
func (s *solver) subDefiners(k, name int32) []int32 {
	key := [2]int32{k, name}
	if ds, ok := s.subDefs[key]; ok {
		return ds
	}
	var out []int32
	for _, n := range s.subNodes(k) {
		if _, sc := s.scope(n); sc.class != nil && sc.class.Methods[s.strs[name]] != nil {
			out = append(out, n)
		}
	}
	if s.subDefs == nil {
		s.subDefs = map[[2]int32][]int32{}
	}
	s.subDefs[key] = out
	return out
}

// instanceBelow is what a method of class node k that a subclass defines
// again runs on: an instance of k, or of a subclass of k when it has
// any.
func (s *solver) instanceBelow(k int32) obj {
	if _, sc := s.scope(k); sc.class != nil && len(s.p.Subclasses(sc.class)) > 0 {
		return s.object(object{kind: oSubInst, a: k})
	}
	return s.nodeObj(oInst, k)
}

// loseCell makes cell c hold nothing that is followed, as one that grew
// past maxValues does, and queues its readers if it did not already.
func (s *solver) loseCell(c int32) {
	cl := &s.cells[c]
	if cl.top {
		return
	}
	cl.vals, cl.top = nil, true
	for _, r := range cl.readers {
		s.enqueue(r)
	}
}

func (s *solver) enqueue(n int32) {
	if !s.queued[n] && s.runs[n] < maxRuns {
		s.queued[n] = true
		s.queue = append(s.queue, n)
	}
}

// union is a's values, then b's not among them, up to maxValues.
func (s *solver) union(a, b []obj) []obj {
	switch {
	case len(b) == 0:
		return a
	case len(a) == 0:
		return b
	}
	// Most unions add nothing: then a is the answer, and nothing is
	// allocated.
	i := 0
	for i < len(b) && slices.Contains(a, b[i]) {
		i++
	}
	if i == len(b) || len(a) >= maxValues {
		return a
	}
	out := s.newVals(len(a), len(a)+len(b)-i)
	copy(out, a)
	for _, v := range b[i:] {
		if !slices.Contains(out, v) && len(out) < maxValues {
			out = append(out, v)
		}
	}
	return out
}

// with is union(a, []obj{v}) without making the one-value slice, nor,
// when a is empty, any (see one): bind's and attr's results are one
// value far more often than not.
func (s *solver) with(a []obj, v obj) []obj {
	if len(a) == 0 {
		return s.one(v)
	}
	if slices.Contains(a, v) || len(a) >= maxValues {
		return a
	}
	out := s.newVals(len(a)+1, len(a)+1)
	copy(out, a)
	out[len(a)] = v
	return out
}

// newVals returns a slice of n values with room for c, carved from
// s.vbuf. The values a run computes (unions, with) live only as long as
// the run: its instructions' values, its environment, its overlay and
// its calls' arguments hold them, and a cell copies what is added to it.
// So drain hands the whole buffer back after each run instead of the
// garbage collector finding a few hundred million small slices: they
// were a fifth of the solver's time. The slice's capacity is c, so that
// appending past it copies instead of writing over the next one.
func (s *solver) newVals(n, c int) []obj {
	if cap(s.vbuf)-len(s.vbuf) < c {
		// The full buffer stays alive as long as a value of this run
		// points into it; the new one is where the next runs start.
		s.vbuf = make([]obj, 0, max(2*cap(s.vbuf), c, 1024))
	}
	at := len(s.vbuf)
	s.vbuf = s.vbuf[:at+c]
	return s.vbuf[at : at+n : at+c]
}

func (s *solver) edge(to int32, kind string, pos token.Pos) {
	k := s.kindIndex(kind)
	// The list is sorted by (to, kind): a module's body makes thousands
	// of edges, and every run finds again those it made before.
	list := s.edges[s.cur]
	lo, hi := 0, len(list)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if e := list[m]; e.to < to || e.to == to && e.kind < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(list) && list[lo].to == to && list[lo].kind == k {
		list[lo].flags = mergeCallFlags(list[lo].flags, s.callFlags)
		if list[lo].unless != s.callUnless {
			list[lo].unless = 0
		}
		return
	}
	s.edges[s.cur] = slices.Insert(list, lo, edgeRec{to: to, kind: k, flags: s.callFlags, unless: s.callUnless, pos: pos})
}

// wrappers returns out, what a decorator call returned, with each def
// nested in the decorator made the wrapper of the one def decorated
// (`def enforce_types(func): def checked(*a): return func(*a); return
// checked`): a call of it is then known to run that def, not every def
// the decorator wraps.
func (s *solver) wrappers(out, decorators, decorated []obj) []obj {
	if len(decorators) != 1 || len(decorated) != 1 || s.objs[decorators[0]].kind != oFunc || s.objs[decorated[0]].kind != oFunc ||
		s.objs[decorators[0]].b != 0 || s.objs[decorated[0]].b != 0 {
		return out
	}
	d, f := s.objs[decorators[0]].a, s.objs[decorated[0]].a
	var wrapped []obj
	for _, v := range out {
		o := s.objs[v]
		if o.kind == oFunc && o.b == 0 && o.a != f && s.nodes[o.a].mod == s.nodes[d].mod {
			if _, sc := s.scope(o.a); sc.parent >= 0 && s.nodeBase[s.nodes[d].mod]+sc.parent == d {
				v = s.object(object{kind: oFunc, a: o.a, b: f + 1})
				if s.wraps == nil {
					s.wraps = map[[2]int32]bool{}
				}
				s.wraps[[2]int32{o.a, f}] = true
			}
		}
		wrapped = append(wrapped, v)
	}
	return wrapped
}

// markEscapes records the defs among args that a call of callees gives
// to code outside the tree (not a builtin: those the solver follows).
func (s *solver) markEscapes(callees []obj, args []argVal) {
	outside := false
	for _, c := range callees {
		// functools.wraps(fn) copies fn's name onto its wrapper, and
		// calls nothing.
		if o := s.objs[c]; o.kind == oExternal && !strings.HasPrefix(s.strs[o.name], "<") && !s.p.libs.IsWrapsDecorator(s.strs[o.name]) {
			outside = true
		}
	}
	if !outside {
		return
	}
	for _, a := range args {
		for _, v := range a.vals {
			if o := s.objs[v]; o.kind == oFunc || o.kind == oBound {
				if s.given == nil {
					s.given = map[int32][]int32{}
				}
				if !slices.Contains(s.given[s.cur], o.a) {
					s.given[s.cur] = append(s.given[s.cur], o.a)
				}
			}
		}
	}
}

// throughCall records a call from the current node of def to, through
// the wrapper via a decorator made for it. A solve from roots makes to
// run: the wrapper passes the call on, though it may read to from a
// variable that grew past its bound (a decorator of hundreds of defs)
// after its last run. (A whole solve runs every def anyway, and its
// order is left as it was.)
func (s *solver) throughCall(via, to int32, kind string, pos token.Pos, args []argVal, recv obj) {
	if s.fromRoots {
		s.activate(to)
	}
	k := s.kindIndex(kind)
	key := [4]int32{s.cur, via, to, int32(k)}
	if s.through == nil {
		s.through = map[[4]int32]int32{}
	}
	// What the call passes to the def, as the wrapper hands on its
	// arguments (`func(*args, **kwargs)`).
	var passed uint64
	if kind == "" {
		passed, _, _ = s.bindArgsTo(to, args, recv, false)
	}
	if i, ok := s.through[key]; ok {
		t := &s.throughs[i]
		t.flags = mergeCallFlags(t.flags, s.callFlags)
		t.passes &= passed
		return
	}
	s.through[key] = int32(len(s.throughs))
	s.throughs = append(s.throughs, throughRec{from: s.cur, via: via, to: to, pos: pos, flags: s.callFlags, kind: k, passes: passed})
}

// kindIndex returns the index of hand-off kind in s.kinds ("": a plain
// call), added the first time.
func (s *solver) kindIndex(kind string) uint8 {
	k := uint8(slices.Index(s.kinds, kind))
	if k == 255 {
		s.kinds = append(s.kinds, kind)
		k = uint8(len(s.kinds) - 1)
	}
	return k
}

// mergeCallFlags joins the flags of two calls that make one edge: it
// runs in a loop, or passes a literal, when one does, and is managed,
// kept, on the caller's receiver, returned, given the same arguments at
// every run, made after a failure, in an init block, under a lock, in a
// development arm or for one request when both are.
func mergeCallFlags(a, b uint16) uint16 {
	return (a|b)&(flagLooped|flagLiteral) | a&b&(flagManaged|flagKept|flagSelf|flagReturns|flagSameArgs|flagForwards|flagFailure|flagOnce|flagLocked|flagDevOnly|flagOneUse)
}

// named returns the cell of name in table (of unbound, instAttr or
// classAttr), making it when create is true; -1 when there is none.
func (s *solver) named(table *nameTable, name int32, create bool) int32 {
	if c, ok := table.get(name); ok {
		return c
	}
	if !create {
		return -1
	}
	c := s.newCells(1)
	table.set(name, c)
	return c
}

// globalSlot returns module mod's slot of the global name, and whether
// it has one.
func (s *solver) globalSlot(mod, name int32) (int32, bool) {
	g := s.modGlobals[mod]
	if g == nil {
		cg := s.sums[mod]
		sc := &cg.scopes[0]
		entries := make([]nameEntry, 0, sc.shi-sc.slo)
		for i := sc.slo; i < sc.shi; i++ {
			if sl := &cg.slots[i]; sl.flags&slotLocal != 0 {
				entries = append(entries, nameEntry{s.modName(mod, sl.name), i})
			}
		}
		g = newNameTable(entries) // not nil: built
		s.modGlobals[mod] = g
	}
	return g.get(name)
}

func (s *solver) edgeExternal(name, kind string, pos token.Pos) {
	s.edge(^s.extIndex(name), kind, pos)
}

// edgeExternalID is edgeExternal of the interned name id, without
// hashing the name at every call.
func (s *solver) edgeExternalID(id int32, kind string, pos token.Pos) {
	for int(id) >= len(s.extEdge) {
		s.extEdge = append(s.extEdge, 0)
	}
	if s.extEdge[id] == 0 {
		s.extEdge[id] = s.extIndex(s.strs[id]) + 1
	}
	s.edge(^(s.extEdge[id] - 1), kind, pos)
}

// extIndex returns the index of name in extNames, adding it.
func (s *solver) extIndex(name string) int32 {
	i, ok := s.extIdx[name]
	if !ok {
		i = int32(len(s.extNames))
		s.extNames = append(s.extNames, name)
		s.extIdx[name] = i
	}
	return i
}

// solve runs every scope, then the queue until it is empty. Every node
// is a root, but each is started as solveFrom starts one: a module's
// body runs when it is first imported, so that the modules it imports
// have bound their names before it reads them, and a class body where
// it is defined. Run in the order of their paths, a module read the
// globals of those after it empty, and ran again when they were bound.
func (s *solver) solve() {
	s.active = make([]bool, len(s.nodes))
	for mi := range s.sums {
		s.activate(s.nodeBase[mi])
	}
	for n := range s.nodes {
		s.activate(int32(n))
	}
	s.drain()
}

// drain runs the queued nodes until the queue is empty.
func (s *solver) drain() {
	for len(s.queue) > 0 {
		n := s.queue[0]
		s.queue = s.queue[1:]
		if !s.queued[n] {
			continue // it ran at a call since (see call)
		}
		s.queued[n] = false
		s.runs[n]++
		s.run(n)
		s.vbuf = s.vbuf[:0] // nothing of the run is left: see newVals
	}
}

// solveFrom runs only what the root nodes need: the roots, then each
// function as something calls it, each class body as it is defined or
// looked into, and each module's body the first time something imports
// it or reads one of its globals. Results for what ran are those of
// solve restricted to the scopes reached, and a root method runs on its
// class's subclasses too (seedSubclasses), which solve does not know.
func (s *solver) solveFrom(roots []int32) {
	root := make(map[int32]bool, len(roots))
	for _, n := range roots {
		root[n] = true
		s.activate(n)
		s.seedSubclasses(n)
		// The framework calls what the root's decorators made of it:
		// its module's body applies them (wrappersOfRoots).
		if _, sc := s.scope(n); sc.kind == FunctionNode {
			s.activateModule(s.nodes[n].mod)
		}
	}
	s.drain()
	for s.wrappersOfRoots(root) {
		s.drain()
	}
}

// wrappersOfRoots activates the wrappers that decorators of the tree made
// for a root def (`@bp.route("/a") @limited(10) def a()`: the route
// registers limited's wrapper, which runs a): the framework runs them in
// the root's place. It reports whether it activated any.
func (s *solver) wrappersOfRoots(root map[int32]bool) bool {
	var wrappers []int32
	for k := range s.wraps {
		if root[k[1]] && !s.active[k[0]] {
			wrappers = append(wrappers, k[0])
		}
	}
	slices.Sort(wrappers) // the order of runs moves bounded cells
	for _, w := range wrappers {
		s.activate(w)
	}
	return len(wrappers) > 0
}

// seedSubclasses gives a root method's first parameter the instances
// (or, for a classmethod, the classes) of the tree's subclasses of its
// class that do not define it again: a framework calls an entry method
// on an instance of the class it was given, and a base view's post that
// calls self._post() runs the _post of whichever subclass a route names.
// Only roots: for any other method, the calls the code makes say what it
// runs on.
func (s *solver) seedSubclasses(n int32) {
	_, sc := s.scope(n)
	k := s.nodes[n].class
	if k < 0 || sc.phi == sc.plo || sc.method == StaticMethod || sc.kind != FunctionNode {
		return
	}
	_, ksc := s.scope(k)
	if ksc.class == nil {
		return
	}
	subs := s.p.Subclasses(ksc.class)
	if len(subs) >= maxValues {
		// So many that the parameter would hold nothing (see cell.top):
		// the class's own instances follow more.
		return
	}
	p := s.param(n, 0)
	name := sc.name[strings.LastIndexByte(sc.name, '.')+1:]
	for _, c := range subs {
		if definer(s.p.MRO(c), name) != ksc.class {
			continue // it has its own: this one never runs on it
		}
		sub, ok := s.classNode(c)
		if !ok {
			continue
		}
		kind := oInst
		if sc.method == ClassMethod {
			kind = oClass
		}
		s.add(p, s.one(s.nodeObj(kind, sub)))
	}
}

// activate queues node n for its first run, in demand mode; in
// all-roots mode every node is queued from the start and it does
// nothing.
func (s *solver) activate(n int32) {
	if s.active == nil || s.active[n] {
		return
	}
	s.active[n] = true
	_, sc := s.scope(n)
	if (sc.kind == ModuleNode || sc.kind == ClassNode) && s.nest < maxNest {
		s.runNow(n)
		return
	}
	s.enqueue(n)
	if sc.kind == FunctionNode || sc.kind == LambdaNode {
		s.seedSelf(n, sc)
	}
}

// runNow runs a module's or a class's body for the first time, there
// and then, as Python does on import and at the class statement: what
// reads its names next finds them bound, and is not run again for
// them. The run in progress is put aside and resumed after.
func (s *solver) runNow(n int32) {
	cur, vals, env, overlay, args, depth, flags, unless := s.cur, s.vals, s.env, s.overlay, s.argBuf, s.depth, s.callFlags, s.callUnless
	s.callFlags, s.callUnless = 0, 0
	s.nest++
	sp := &s.spare[s.nest-1]
	if sp.overlay == nil {
		sp.overlay = map[[2]obj][]obj{}
	}
	s.vals, s.env, s.overlay, s.argBuf, s.depth = sp.vals, sp.env, sp.overlay, sp.args, 0
	s.runs[n]++
	s.run(n)
	sp.vals, sp.env, sp.args = s.vals, s.env, s.argBuf
	s.nest--
	s.cur, s.vals, s.env, s.overlay, s.argBuf, s.depth, s.callFlags, s.callUnless = cur, vals, env, overlay, args, depth, flags, unless
}

// activateModule runs module mod's body on demand.
func (s *solver) activateModule(mod int32) {
	if s.active != nil {
		s.activate(s.nodeBase[mod])
	}
}

// seedSelf gives a method's first parameter the instances (or, for a
// classmethod, the class) of the class that defines it.
func (s *solver) seedSelf(n int32, sc *cgScope) {
	k := s.nodes[n].class
	if k < 0 || sc.phi == sc.plo || sc.method == StaticMethod {
		return
	}
	v := s.nodeObj(oInst, k)
	if sc.method == ClassMethod {
		v = s.nodeObj(oClass, k)
	}
	s.add(s.param(n, 0), s.one(v))
}

// run evaluates one scope's code.
func (s *solver) run(n int32) {
	cg, sc := s.scope(n)
	s.cur = n
	code := cg.code
	// s.vals is all nil between runs (the run clears what it set), so
	// a scope that spans nested ones clears only its own instructions,
	// not theirs.
	size := int(sc.hi - sc.lo)
	s.vals = slices.Grow(s.vals[:0], size)[:size]
	defer s.clearVals(code, sc)
	nslots := int(sc.shi - sc.slo)
	s.env = slices.Grow(s.env[:0], nslots)[:nslots]
	clear(s.env)
	clear(s.overlay)
	for i := sc.plo; i < sc.phi; i++ {
		slot := cg.params[i]
		p := s.param(n, i-sc.plo)
		v := s.read(p)
		s.env[slot-sc.slo] = v
		if cg.slots[slot].flags&slotCaptured != 0 {
			// A closure reads it; past maxValues, what it reads is lost
			// too (a decorator's parameter given more defs than that).
			c := s.slotCellOf(s.nodes[n].mod, slot)
			if s.cells[p].top {
				s.loseCell(c)
			} else {
				s.add(c, v)
			}
		}
	}
	loopStart, loopEnd, again := int32(-1), int32(-1), false
	for i := sc.lo; ; i++ {
		if i == loopEnd {
			if again {
				again = false
				i = loopStart + 1 // an outermost loop runs twice
			} else {
				loopEnd = -1
			}
		}
		if i >= sc.hi {
			break
		}
		in := &code[i]
		switch {
		case in.op == opSkip:
			i = in.a - 1
			continue
		case in.op == opLoop && loopEnd < 0:
			loopStart, loopEnd, again = i, in.a, true
			continue
		}
		s.vals[i-sc.lo] = s.exec(cg, sc, n, i, in)
	}
}

// clearVals sets back to nil the values a run of sc set: those of its
// instructions, not of the nested scopes it skips.
func (s *solver) clearVals(code []cgInstr, sc *cgScope) {
	for i := sc.lo; i < sc.hi; i++ {
		if code[i].op == opSkip {
			i = code[i].a - 1
			continue
		}
		s.vals[i-sc.lo] = nil
	}
}

func (s *solver) val(sc *cgScope, i int32) []obj {
	if i < 0 {
		return nil
	}
	return s.vals[i-sc.lo]
}

// exec runs instruction in, at index at of m's code, in node n.
func (s *solver) exec(cg *cgSummary, sc *cgScope, n, at int32, in *cgInstr) []obj {
	mod := s.nodes[n].mod
	switch in.op {
	case opConst:
		if in.a == constStr {
			return s.one(s.strObject(s.modName(mod, in.b)))
		}
		return s.one(s.intObject(in.b))
	case opLoad:
		return s.load(cg, sc, in.a)
	case opStore:
		s.store(cg, sc, in.a, s.val(sc, in.b), in.flags&flagWeak != 0)
	case opAttr:
		if in.c == attrPattern {
			return s.patternAttr(s.val(sc, in.a), s.modName(mod, in.b))
		}
		return s.attr(s.val(sc, in.a), s.modName(mod, in.b), in.pos)
	case opSetAttr:
		s.setAttr(s.val(sc, in.a), s.modName(mod, in.b), s.val(sc, in.c))
	case opSubscr:
		return s.subscr(s.val(sc, in.a), s.val(sc, in.b), in.b >= 0)
	case opSetSubscr:
		s.setSubscr(s.val(sc, in.a), s.val(sc, in.b), in.b >= 0, s.val(sc, in.c), in.flags&flagWeak == 0)
	case opCall:
		args := s.argBuf[:0]
		ops := cg.operands[in.b : in.b+in.c]
		for j := 0; j < len(ops); j += 2 {
			a := argVal{vals: s.val(sc, ops[j]), kw: ops[j+1], instr: ops[j]}
			if ops[j] >= 0 && cg.code[ops[j]].op == opLoad && cg.code[ops[j]].flags&flagMayBeNone != 0 {
				a.mayBeNone, a.fwdParam, a.fwdUp = true, cg.code[ops[j]].b, cg.code[ops[j]].c
			}
			if a.kw >= 0 {
				a.name = cg.names[a.kw]
			}
			args = append(args, a)
		}
		s.argBuf = args
		callees := s.val(sc, in.a)
		// The edges the call makes carry where it is (Edge.Looped,
		// Edge.Managed, Edge.Kept, Edge.Returns, Edge.Unless).
		outer, outerUnless := s.callFlags, s.callUnless
		s.callFlags, s.callUnless = in.flags&(flagLooped|flagManaged|flagKept|flagReturns|flagSameArgs|flagForwards|flagFailure|flagLiteral|flagOnce|flagLocked|flagDevOnly|flagOneUse), 0
		if in.flags&flagUnless != 0 {
			s.callUnless = uint8(cg.operands[in.b+in.c]) + 1
		}
		if in.a >= 0 && cg.code[in.a].op == opAttr &&
			s.fill(s.val(sc, cg.code[in.a].a), s.modName(mod, cg.code[in.a].b), args, in.pos) {
			s.callFlags, s.callUnless = outer, outerUnless
			return nil
		}
		if in.flags&flagSelf != 0 {
			s.callRecv, s.callAttr = s.val(sc, cg.code[in.a].a), cg.names[cg.code[in.a].b]
		}
		out := s.call(callees, args, in.pos, "", cg, sc)
		s.callFlags, s.callUnless = outer, outerUnless
		if in.a >= 0 && cg.code[in.a].op == opAttr {
			recv, method := s.val(sc, cg.code[in.a].a), s.modName(mod, cg.code[in.a].b)
			if len(args) == 0 {
				out = s.union(out, s.views(mod, at, n, recv, method, in.pos))
			} else {
				out = s.union(out, s.item(recv, method, args))
			}
		}
		if in.a >= 0 && cg.code[in.a].op == opAttr && len(args) > 0 && args[0].kw == argPositional &&
			s.p.libs.IsQueryRunner(cg.names[cg.code[in.a].b]) {
			// session.scalars(select(User)), session.get(User, pk): the
			// session is most often untyped, the query is not.
			out = s.union(out, s.rows(args[0].vals))
		}
		if in.a >= 0 && cg.code[in.a].op == opAttr {
			// request.find_service(UserService): a UserService, though
			// nothing types the request.
			if kw, ok := s.p.libs.InstanceLookup(cg.names[cg.code[in.a].b]); ok {
				for _, a := range args {
					if a.kw == argPositional || a.name == kw {
						out = s.union(out, s.instancesOf(a.vals))
						break
					}
				}
			}
		}
		if in.flags&flagDecorator == 0 {
			s.markEscapes(callees, args)
		}
		for _, c := range callees {
			if o := s.objs[c]; o.kind == oExternal && madeBox(o.name) != 0 {
				box := s.instrObject(mod, at, func() object {
					return object{kind: oBox, a: n, b: int32(in.pos), name: madeBox(o.name)}
				})
				if len(args) == 1 && args[0].kw < 0 && o.name != idMakeDict {
					s.setSubscr(s.one(box), nil, false, s.iter(args[0].vals, in.pos), false)
				}
				out = s.with(out, box)
			}
			if o := s.objs[c]; o.kind == oExternal && o.name == idDefaultdict {
				out = s.with(out, s.defaultdict(mod, at, n, args, in.pos, cg, sc))
			}
			// SimpleLazyObject(make): what make returns, made once,
			// where the proxy is first used.
			if o := s.objs[c]; o.kind == oExternal && len(args) >= 1 && args[0].kw == argPositional && s.p.libs.IsLazyProxy(s.strs[o.name]) {
				out = s.union(out, s.call(args[0].vals, nil, in.pos, "", cg, sc))
			}
		}
		if in.flags&flagDecorator == 0 && len(args) >= 1 && args[0].kw == argPositional {
			out = s.wrapped(out, callees, args)
		}
		if in.flags&flagDecorator != 0 && len(args) == 1 {
			out = s.wrappers(out, callees, args[0].vals)
			for _, c := range callees {
				if o := s.objs[c]; o.kind == oExternal {
					out = s.union(out, args[0].vals)
					for _, f := range args[0].vals {
						if s.objs[f].kind == oFunc {
							s.decorate[s.objs[f].a] = append(s.decorate[s.objs[f].a], s.strs[o.name])
						}
					}
				}
			}
		}
		return out
	case opFunc:
		f := s.nodeBase[mod] + in.a
		ops := cg.operands[in.b : in.b+in.c]
		for j := 0; j < len(ops); j += 2 {
			p, v := ops[j], s.val(sc, ops[j+1])
			if p < 0 {
				p, v = -1-p, s.instancesOf(v)
			}
			if len(v) > 0 {
				s.add(s.param(f, p), v)
			}
		}
		return s.one(s.nodeObj(oFunc, f))
	case opClass:
		k := s.nodeBase[mod] + in.a
		s.activate(k)
		return s.one(s.nodeObj(oClass, k))
	case opDict:
		box := s.instrObject(mod, at, func() object {
			return object{kind: oBox, a: n, b: int32(in.pos), name: idDict}
		})
		ops := cg.operands[in.b : in.b+in.c]
		for j := 0; j < len(ops); j += 2 {
			v := s.val(sc, ops[j+1])
			switch k := ops[j]; {
			case k == -2:
				s.setSubscr(s.one(box), nil, false, s.iter(v, in.pos), false)
			default:
				s.setSubscr(s.one(box), s.val(sc, k), k >= 0, v, false)
			}
		}
		return s.one(box)
	case opSeq:
		box := s.instrObject(mod, at, func() object {
			if in.pos == 0 {
				return object{kind: oBox, a: n, b: -int32(in.b) - 1, name: idList + in.a}
			}
			return object{kind: oBox, a: n, b: int32(in.pos), name: idList + in.a}
		})
		ops := cg.operands[in.b : in.b+in.c]
		known := true
		for j, op := range ops {
			switch {
			case op < 0:
				continue
			case op&seqStar != 0:
				s.setSubscr(s.one(box), nil, false, s.iter(s.val(sc, op&seqMask), in.pos), false)
				known = false
			case op&seqAny != 0 || !known:
				s.setSubscr(s.one(box), nil, false, s.val(sc, op&seqMask), false)
			default:
				s.setSubscr(s.one(box), s.one(s.intObject(int32(j))), true, s.val(sc, op), false)
			}
		}
		return s.one(box)
	case opIter:
		return s.iter(s.val(sc, in.a), in.pos)
	case opReturn:
		if v := s.val(sc, in.a); len(v) > 0 {
			s.add(s.ret[n], v)
		}
	case opRaise:
		for _, v := range s.val(sc, in.a) {
			if s.objs[v].kind == oClass {
				s.construct(s.objs[v].a, nil, in.pos)
			}
		}
	case opUnion:
		return s.union(s.val(sc, in.a), s.val(sc, in.b))
	case opNarrow:
		// Its values so far this run, too: a loop inside the test's
		// region that binds the name again has widened them (opWiden).
		v := s.narrow(s.val(sc, in.a), s.val(sc, in.b), s.val(sc, in.c))
		return s.union(s.vals[at-sc.lo], v)
	case opWiden:
		s.vals[in.a-sc.lo] = s.union(s.vals[in.a-sc.lo], s.val(sc, in.b))
	case opImport:
		return s.resolveName(s.modName(mod, in.a))
	case opEnter:
		var out []obj
		for _, v := range s.val(sc, in.a) {
			switch s.objs[v].kind {
			case oInst, oSubInst:
				out = s.union(out, s.callMethod(v, idEnter, in.pos))
				s.callMethod(v, idExit, in.pos)
			case oExternal:
				out = s.with(out, v)
			}
		}
		return out
	}
	return nil
}

// load reads a name.
func (s *solver) load(cg *cgSummary, sc *cgScope, slot int32) []obj {
	sl := &cg.slots[slot]
	local := sl.flags&slotLocal != 0
	if sl.flags&slotGlobal != 0 || sl.scope == 0 || !local && sl.owner < 0 {
		if v := s.env[slot-sc.slo]; len(v) > 0 && sl.scope == s.nodes[s.cur].scope {
			return v
		}
		mod := s.nodes[s.cur].mod
		if g := s.globalOf(mod, slot); g >= 0 {
			s.activateModule(mod) // as global does
			return s.read(s.slotCellOf(mod, g))
		}
		return s.global(mod, s.modName(mod, sl.name), 0)
	}
	if local {
		if v := s.env[slot-sc.slo]; len(v) > 0 || sc.kind != ClassNode {
			return v
		}
		return s.read(s.slotCellOf(s.nodes[s.cur].mod, slot))
	}
	c := s.slotCellOf(s.nodes[s.cur].mod, sl.ownerSlot)
	if s.cells[c].top {
		if int(s.cur) >= len(s.lostFree) {
			s.lostFree = slices.Grow(s.lostFree, len(s.nodes)-len(s.lostFree))[:len(s.nodes)]
		}
		s.lostFree[s.cur] = true
	}
	return s.read(c)
}

func (s *solver) slotCellOf(mod int32, slot int32) int32 {
	c := s.slotCell[mod][slot]
	if c < 0 {
		c = s.newCells(1)
		s.slotCell[mod][slot] = c
	}
	return c
}

// globalOf returns module mod's slot of the global that slot names
// (what global finds first), or less than 0 when the module binds no
// such name: found once per slot, not by name at every load.
func (s *solver) globalOf(mod, slot int32) int32 {
	gs := s.globalSlots[mod]
	if gs == nil {
		gs = make([]int32, len(s.sums[mod].slots))
		s.globalSlots[mod] = gs
	}
	if gs[slot] == 0 {
		gs[slot] = -1
		if g, ok := s.globalSlot(mod, s.modName(mod, s.sums[mod].slots[slot].name)); ok {
			gs[slot] = g + 1
		}
	}
	return gs[slot] - 1
}

// globalCell returns the cell of a module-level name.
func (s *solver) globalCell(mod int32, name int32) int32 {
	if slot, ok := s.globalSlot(mod, name); ok {
		return s.slotCellOf(mod, slot)
	}
	return s.named(&s.unbound[mod], name, true)
}

// global reads a module-level name of module mod: its own, one that a
// star import brings, or a builtin.
func (s *solver) global(mod int32, id int32, depth int) []obj {
	s.activateModule(mod)
	m := s.mods[mod]
	name := s.strs[id]
	if slot, ok := s.globalSlot(mod, id); ok {
		return s.read(s.slotCellOf(mod, slot))
	}
	if depth < 8 && len(m.StarImports) > 0 {
		stars := s.starMods[mod]
		if stars == nil {
			stars = make([]int32, len(m.StarImports))
			for i, from := range m.StarImports {
				stars[i] = s.moduleIndex(from)
			}
			s.starMods[mod] = stars
		}
		for i, from := range m.StarImports {
			if src := stars[i]; src >= 0 && !strings.HasPrefix(name, "_") {
				if v := s.global(src, id, depth+1); len(v) > 0 {
					return v
				}
			} else if src < 0 && depth == 0 {
				return s.one(s.external(from + "." + name))
			}
		}
	}
	if v := s.read(s.named(&s.unbound[mod], id, true)); len(v) > 0 || depth > 0 {
		return v
	}
	return s.one(s.builtin(id))
}

// builtin returns the external "<builtin>.name" of the interned name.
func (s *solver) builtin(name int32) obj {
	for int(name) >= len(s.builtins) {
		s.builtins = append(s.builtins, 0)
	}
	if s.builtins[name] == 0 {
		s.builtins[name] = s.external("<builtin>."+s.strs[name]) + 1
	}
	return s.builtins[name] - 1
}

// submodule returns the index of module mod's submodule name, or -1.
func (s *solver) submodule(mod, name int32) int32 {
	k := [2]int32{mod, name}
	if i, ok := s.submods[k]; ok {
		return i
	}
	i := s.moduleIndex(s.mods[mod].Name + "." + s.strs[name])
	s.submods[k] = i
	return i
}

func (s *solver) moduleIndex(name string) int32 {
	m := s.p.Module(name)
	if m == nil {
		return -1
	}
	return s.indexOf(m)
}

// indexOf returns the index of module m, which is the program's module
// of its name, adding it on first use when summaries are made lazily;
// -1 when m is left out (no summary: test code, or a file that cannot be
// read again).
func (s *solver) indexOf(m *Module) int32 {
	if i, ok := s.modIndex[m]; ok {
		return i
	}
	if s.parse == nil {
		return -1
	}
	cg := m.cg
	if cg == nil {
		cg = s.ahead.take(m)
	}
	if cg == nil {
		f := s.parse(m)
		if f == nil {
			s.modIndex[m] = -1
			return -1
		}
		cg = s.build.summarize(m, f)
	}
	if s.keep {
		m.cg = cg
	}
	return s.addModule(m, cg)
}

// instancesOf returns the instances of the classes an annotation names:
// of a class of the tree, or a library's, which its name stands for (as
// the result of calling it does). Names of the typing modules and the
// builtins' are no class whose methods the graph follows.
func (s *solver) instancesOf(classes []obj) []obj {
	var out []obj
	for _, c := range classes {
		switch o := s.objs[c]; o.kind {
		case oClass:
			out = s.with(out, s.nodeObj(oInst, o.a))
			out = s.implementations(out, o.a)
		case oExternal:
			if top, _, _ := strings.Cut(s.strs[o.name], "."); !annotationOnly[top] {
				out = s.with(out, c)
			}
		}
	}
	return out
}

// implementations adds to out the instances of the tree's subclasses of
// class node k when k is an interface: a Protocol or an abstract base
// (abc.ABC, metaclass=ABCMeta), whose own methods are stubs. An
// annotation naming one stands for its implementations, which the
// program may build where the graph does not look (a class a setting
// names); of any other class, for the class.
func (s *solver) implementations(out []obj, k int32) []obj {
	_, sc := s.scope(k)
	c := sc.class
	if c == nil || !interfaceClass(s.p, c) {
		return out
	}
	subs := s.p.Subclasses(c)
	if len(subs) >= maxValues {
		return out // so many that the parameter would hold nothing
	}
	for _, sub := range subs {
		if n, ok := s.classNode(sub); ok {
			out = s.with(out, s.nodeObj(oInst, n))
		}
	}
	return out
}

// interfaceClass reports whether c declares itself an interface: a
// Protocol or an abstract base among its own bases, or an abstract
// metaclass (the libraries' InterfaceBases and InterfaceMetaclasses); or
// is one by convention, a method of it only raising NotImplementedError.
func interfaceClass(p *Program, c *Class) bool {
	if c.Stubbed || p.libs.IsInterface(c.Metaclass) {
		return true
	}
	return slices.ContainsFunc(c.BaseNames, func(qn string) bool { return p.libs.IsInterface(p.Canonical(qn)) })
}

// annotationOnly are the modules whose names in an annotation say
// nothing the graph can follow: a builtin type, a typing construct, an
// abstract collection.
var annotationOnly = map[string]bool{"<builtin>": true, "typing": true, "typing_extensions": true,
	"collections": true, "types": true, "abc": true}

// resolveName resolves an imported qualified name: a module of the tree
// and attributes of it, or a name outside the tree.
func (s *solver) resolveName(id int32) []obj {
	r, ok := s.resolved[id]
	if !ok {
		r = s.splitName(s.strs[id])
		s.resolved[id] = r
	}
	if r.ext {
		return r.vals
	}
	s.activateModule(int32(s.objs[r.vals[0]].a))
	v := r.vals
	for _, name := range r.rest {
		v = s.attr(v, name, 0)
	}
	return v
}

// resolvedName is a qualified name split once: the external it names,
// or a module of the tree and the attributes to read from it.
type resolvedName struct {
	ext  bool
	vals []obj // the external, or the module
	rest []int32
}

func (s *solver) splitName(qn string) resolvedName {
	mod, rest := s.p.split(qn)
	i := int32(-1)
	if mod != nil {
		i = s.moduleIndex(mod.Name)
	}
	if i < 0 {
		return resolvedName{ext: true, vals: s.one(s.external(qn))}
	}
	r := resolvedName{vals: s.one(s.object(object{kind: oModule, a: i}))}
	for rest != "" {
		var first string
		first, rest, _ = strings.Cut(rest, ".")
		r.rest = append(r.rest, s.intern(first))
	}
	return r
}

func (s *solver) store(cg *cgSummary, sc *cgScope, slot int32, v []obj, weak bool) {
	sl := &cg.slots[slot]
	mod := s.nodes[s.cur].mod
	if sl.flags&slotGlobal != 0 {
		s.add(s.globalCell(mod, s.modName(mod, sl.name)), v)
		return
	}
	if sl.flags&slotNonlocal != 0 {
		if sl.owner >= 0 {
			s.add(s.slotCellOf(mod, sl.ownerSlot), v)
		}
		return
	}
	e := &s.env[slot-sc.slo]
	if weak {
		*e = s.union(*e, v)
	} else {
		*e = v
	}
	if sl.scope == 0 || sl.flags&slotCaptured != 0 {
		s.add(s.slotCellOf(mod, slot), v)
	}
}

// classAttrCell returns the cell of a class attribute of class node k:
// bound in its body or set from outside; -1 when there is none.
func (s *solver) classAttrCell(k int32, name int32) int32 {
	s.activate(k)
	attrs := s.auxOf(k).classAttr
	if attrs == nil {
		cg, sc := s.scope(k)
		entries := make([]nameEntry, 0, sc.shi-sc.slo)
		mod := s.nodes[k].mod
		for i := sc.slo; i < sc.shi; i++ {
			if sl := &cg.slots[i]; sl.flags&slotLocal != 0 {
				entries = append(entries, nameEntry{s.modName(mod, sl.name), s.slotCellOf(mod, i)})
			}
		}
		attrs = newNameTable(entries) // not nil: built
		s.auxOf(k).classAttr = attrs
	}
	c, _ := attrs.get(name) // bound in the body, or set from outside (setAttr)
	return c
}

// classNode returns the node of class c's body, adding c's module when
// summaries are made lazily and it has not been added yet.
func (s *solver) classNode(c *Class) (int32, bool) {
	n, ok := s.classes[c]
	if !ok && s.parse != nil && s.p.Module(c.Module.Name) == c.Module && s.indexOf(c.Module) >= 0 {
		n, ok = s.classes[c]
	}
	return n, ok
}

// mro returns the C3 linearisation of class node k as nodes (bases
// outside the tree are externalBase's).
func (s *solver) mro(k int32) []int32 {
	if order := s.auxOf(k).mro; order != nil {
		return order
	}
	s.auxOf(k).mro = []int32{k} // a cycle of bases ends here
	_, sc := s.scope(k)
	var order []int32
	if c := sc.class; c != nil {
		var seqs [][]int32
		var bases []int32
		for _, b := range s.p.Bases(c) {
			if bn, ok := s.classNode(b); ok {
				seqs = append(seqs, slices.Clone(s.mro(bn)))
				bases = append(bases, bn)
			}
		}
		seqs = append(seqs, bases)
		order = c3(k, seqs)
	}
	if order == nil {
		order = []int32{k}
	}
	if len(order) > maxMRO {
		order = order[:maxMRO]
	}
	s.auxOf(k).mro = order
	return order
}

// c3 merges the linearisations of the bases (and the list of bases), as
// Python does; nil when they cannot be merged.
func c3(k int32, seqs [][]int32) []int32 {
	out := []int32{k}
	for {
		empty := true
		for _, sq := range seqs {
			if len(sq) > 0 {
				empty = false
			}
		}
		if empty {
			return out
		}
		var next int32 = -1
	candidates:
		for _, sq := range seqs {
			if len(sq) == 0 {
				continue
			}
			head := sq[0]
			for _, other := range seqs {
				if i := slices.Index(other, head); i > 0 {
					continue candidates
				}
			}
			next = head
			break
		}
		if next < 0 {
			return nil
		}
		out = append(out, next)
		for i, sq := range seqs {
			if len(sq) > 0 && sq[0] == next {
				seqs[i] = sq[1:]
			}
		}
	}
}

// externalBase returns the first base outside the tree of the classes of
// order, canonical, or "" (builtins do not count).
func (s *solver) externalBase(order []int32) string {
	if len(order) == 0 {
		return ""
	}
	if a := s.auxOf(order[0]); a.extBaseDone {
		return a.extBase
	}
	ext := s.findExternalBase(order)
	a := s.auxOf(order[0])
	a.extBase, a.extBaseDone = ext, true
	return ext
}

func (s *solver) findExternalBase(order []int32) string {
	for _, k := range order {
		_, sc := s.scope(k)
		if sc.class == nil {
			continue
		}
		for _, qn := range sc.class.BaseNames {
			if qn == "" {
				continue
			}
			// A base that is a class of the tree splits into a module of
			// the tree: the test below skips it.
			qn = s.p.Canonical(qn)
			if _, builtin := builtinName(qn); builtin {
				continue
			}
			mod, rest := s.p.split(qn)
			if mod == nil {
				return qn
			}
			if ext := s.libraryMade(mod, rest); ext != "" {
				return ext
			}
		}
	}
	return ""
}

// libraryMade returns what the name rest of module mod stands for when a
// library's call made it at the module's top level: `Base =
// declarative_base()` is sqlalchemy's declarative_base(), `db.Model`,
// with `db = SQLAlchemy()`, the Model of Flask-SQLAlchemy's object, named
// by the library's path ("flask_sqlalchemy.SQLAlchemy.Model"); "" for
// anything else.
func (s *solver) libraryMade(mod *Module, rest string) string {
	first, tail, _ := strings.Cut(rest, ".")
	b := mod.Bindings[first]
	if b == nil || b.Kind != BindValue || b.Value.Kind != Call {
		return ""
	}
	callee := s.p.ResolvePath(mod, b.Value.Callee)
	if m, _ := s.p.split(callee); m != nil || callee == "" {
		return ""
	}
	if _, builtin := builtinName(callee); builtin {
		return ""
	}
	return join(callee, tail)
}

// lookup finds the class attribute name along order: its values, and the
// class that defines it (-1 when none).
func (s *solver) lookup(order []int32, name int32) ([]obj, int32) {
	for _, k := range order {
		if c := s.classAttrCell(k, name); c >= 0 {
			return s.read(c), k
		}
	}
	return nil, -1
}

// bind turns the values of a class attribute, read through recv (an
// instance or a class), into what the attribute access gives.
func (s *solver) bind(vals []obj, recv obj, instance bool, pos token.Pos) []obj {
	var out []obj
	for _, v := range vals {
		o := s.objs[v]
		if o.kind != oFunc {
			out = s.with(out, v)
			continue
		}
		_, sc := s.scope(o.a)
		switch {
		case sc.method == StaticMethod:
			out = s.with(out, v)
		case sc.method == ClassMethod:
			r := recv
			if instance {
				r = s.nodeObj(oClass, s.objs[recv].a)
			}
			out = s.with(out, s.bound(o.a, int32(r)))
		case !instance:
			out = s.with(out, v)
		case sc.method == Property:
			out = s.union(out, s.call(s.one(s.bound(o.a, int32(recv))), nil, pos, "", nil, nil))
		case o.b > 0:
			// A wrapper made for one method (wrappers): bound, it still
			// runs that method, not every one its decorator wraps.
			out = s.with(out, s.object(object{kind: oBound, a: o.a, b: int32(recv), name: o.b}))
		default:
			out = s.with(out, s.bound(o.a, int32(recv)))
		}
	}
	return out
}

// related adds to out what attribute name of an instance of the class
// whose MRO is order holds through a relation of models: the related
// model's rows, or a query of them.
func (s *solver) related(out []obj, order []int32, name int32) []obj {
	if s.rels == nil {
		s.rels, s.relNames = s.p.Relations(), map[int32]bool{}
		for n := range s.rels.Names() {
			s.relNames[s.intern(n)] = true
		}
	}
	if !s.relNames[name] {
		return out
	}
	for _, k := range order {
		_, sc := s.scope(k)
		if sc.class == nil {
			continue
		}
		for _, r := range s.rels.Of(sc.class, s.strs[name]) {
			if n, ok := s.classNode(r.Model); ok {
				kind := oInst
				if r.Many {
					kind = oQuery
				}
				out = s.with(out, s.nodeObj(kind, n))
			}
		}
	}
	return out
}

// attr is the values of attribute name of each of vals.
func (s *solver) attr(vals []obj, name int32, pos token.Pos) []obj {
	var out []obj
	for _, v := range vals {
		o := s.objs[v]
		switch o.kind {
		case oModule:
			mod := o.a
			s.activateModule(mod)
			if slot, ok := s.globalSlot(mod, name); ok {
				out = s.union(out, s.read(s.slotCellOf(mod, slot)))
			} else if sub := s.submodule(mod, name); sub >= 0 {
				out = s.with(out, s.object(object{kind: oModule, a: sub}))
			} else {
				out = s.union(out, s.global(mod, name, 1))
			}
		case oExternal:
			if e := s.externalAttr(v, name); e >= 0 {
				out = s.with(out, e)
			}
		case oStr, oBox:
			out = s.with(out, s.externalAttr(v, name))
		case oClass:
			order := s.mro(o.a)
			out = s.classAttrOf(out, order, name, oClass, o.a, pos)
			if s.queryManager(order, name) {
				out = s.with(out, s.nodeObj(oQuery, o.a))
			}
		case oQuery:
			if o.b == 0 {
				m := int32(2)
				if s.p.libs.IsRowMethod(s.strs[name]) {
					m = 1
				}
				out = s.with(out, s.object(object{kind: oQuery, a: o.a, b: m}))
			}
		case oInst:
			order := s.mro(o.a)
			s.trigger(name)
			for _, k := range order {
				if c := s.named(&s.auxOf(k).instAttr, name, false); c >= 0 {
					out = s.union(out, s.read(c))
				}
			}
			out = s.classAttrOf(out, order, name, oInst, o.a, pos)
			out = s.related(out, order, name)
			// t.start() on a Thread of the tree runs its run, elsewhere;
			// session.get(url) on a Session of the tree runs its request.
			if _, k := s.lookup(order, name); k < 0 && s.externalBase(order) != "" {
				base := s.externalBase(order)
				if run := s.p.libs.StartRuns(base, s.strs[name]); run != "" {
					if vals, k := s.lookup(order, s.intern(run)); k >= 0 {
						out = s.union(out, s.bind(vals, v, true, pos))
					}
				}
				for _, hook := range s.p.libs.DispatchCalls(base, s.strs[name]) {
					if vals, k := s.lookup(order, s.intern(hook)); k >= 0 {
						// Called with the library's arguments, not the call's.
						s.unchecked(vals)
						out = s.union(out, s.bind(vals, v, true, pos))
					}
				}
			}
		case oSubInst:
			// As an instance of o.a, and each subclass's own method and
			// instance attribute.
			order := s.mro(o.a)
			s.trigger(name)
			for _, ks := range [2][]int32{order, s.subNodes(o.a)} {
				for _, k := range ks {
					if c := s.named(&s.auxOf(k).instAttr, name, false); c >= 0 {
						out = s.union(out, s.read(c))
					}
				}
			}
			if vals, k := s.lookup(order, name); k >= 0 {
				out = s.union(out, s.bind(vals, v, true, pos))
			} else if ext := s.externalBase(order); ext != "" {
				out = s.with(out, s.external(ext+"."+s.strs[name]))
			}
			if len(s.subDefiners(o.a, name)) > 0 {
				out = s.with(out, s.object(object{kind: oSubBound, a: o.a, name: name}))
			}
		case oSuper:
			order := s.mro(o.b)
			if i := slices.Index(order, o.a); i >= 0 {
				order = order[i+1:]
			} else {
				order = s.mro(o.a)[1:]
			}
			out = s.classAttrOf(out, order, name, oInst, o.b, pos)

		case oFunc:
			if len(s.byMethod["."+s.strs[name]]) > 0 {
				out = s.with(out, s.object(object{kind: oFuncAttr, a: o.a, name: name}))
			}
		}
	}
	return out
}

// wrapped adds to out the functions of the first of args, those of a
// call of callees, when one is a library's callable that is no hand-off
// and is given only that positionally (options by keyword), or wraps its
// first argument whatever follows (an EntryWrapper: functools.partial):
// what it returns is taken for a wrapper that calls them, as a
// library's decorator's is (`cache_on_arguments()(fn)(*args)`,
// `ensure_sync(f)()`, `sync_to_async(f, thread_sensitive=False)()`),
// unless it makes a decorator of them (functools.wraps).
func (s *solver) wrapped(out, callees []obj, args []argVal) []obj {
	alone := !slices.ContainsFunc(args[1:], func(a argVal) bool { return a.kw < 0 })
	// bound: a partial given arguments for the def besides it.
	bound := false
	if !slices.ContainsFunc(callees, func(c obj) bool {
		o := s.objs[c]
		if o.kind != oExternal {
			return false
		}
		name := s.strs[o.name]
		if len(s.hand[name]) > 0 || strings.HasPrefix(name, "<builtin>.") || s.p.libs.IsWrapsDecorator(name) {
			return false
		}
		if s.p.libs.IsEntryWrapper(name) {
			bound = len(args) > 1
			return true
		}
		return alone
	}) {
		return out
	}
	for _, v := range args[0].vals {
		if k := s.objs[v].kind; k == oFunc || k == oBound {
			out = s.with(out, v)
			if bound {
				s.unchecked(s.one(v))
			}
		}
	}
	return out
}

// unchecked marks the defs of vals as called with arguments the graph
// does not see (partial).
func (s *solver) unchecked(vals []obj) {
	for _, v := range vals {
		if k := s.objs[v].kind; k == oFunc || k == oBound {
			if s.partial == nil {
				s.partial = map[int32]bool{}
			}
			s.partial[s.objs[v].a] = true
		}
	}
}

// patternAttr is the attributes of vals whose names match pattern: an
// oPattern for each module, class and instance of the tree.
func (s *solver) patternAttr(vals []obj, pattern int32) []obj {
	var out []obj
	for _, v := range vals {
		switch s.objs[v].kind {
		case oModule, oClass, oInst, oSubInst:
			out = s.with(out, s.object(object{kind: oPattern, b: int32(v), name: pattern}))
		}
	}
	return out
}

// patternNames returns the names of the attributes of recv, a module, or
// a class or instance of the tree, that pattern matches: those its
// module binds, or the bodies of its classes. A name with a leading
// underscore matches only a pattern that starts with one.
func (s *solver) patternNames(recv obj, pattern int32) []int32 {
	pre, suf, _ := strings.Cut(s.strs[pattern], "*")
	var out []int32
	match := func(mod int32, cg *cgSummary, sc *cgScope) {
		for i := sc.slo; i < sc.shi; i++ {
			sl := &cg.slots[i]
			if sl.flags&slotLocal == 0 {
				continue
			}
			name := s.modName(mod, sl.name)
			str := s.strs[name]
			if len(str) >= len(pre)+len(suf) && strings.HasPrefix(str, pre) && strings.HasSuffix(str, suf) &&
				(pre != "" && pre[0] == '_' || !strings.HasPrefix(str, "_")) && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	switch o := s.objs[recv]; o.kind {
	case oModule:
		s.activateModule(o.a)
		cg := s.sums[o.a]
		match(o.a, cg, &cg.scopes[0])
	case oClass, oInst, oSubInst:
		for _, k := range s.mro(o.a) {
			s.activate(k)
			cg, sc := s.scope(k)
			match(s.nodes[k].mod, cg, sc)
		}
	}
	return out
}

// queryManager reports whether name, read on a class of order, is the
// query manager an ORM's model base gives it (libraries.QueryManagers:
// Order.objects): a base outside the tree is there to give it, and no
// class of the tree binds it but to a library's object (`objects =
// models.Manager()`) or to one of a class of the tree derived from a
// library's (a custom manager: its own methods the graph follows as the
// instance's, and what it inherits, `filter`, `get`, gives the model's
// rows as the library's manager does).
func (s *solver) queryManager(order []int32, name int32) bool {
	if !s.p.libs.IsQueryManager(s.strs[name]) || s.externalBase(order) == "" {
		return false
	}
	vals, k := s.lookup(order, name)
	return k < 0 || len(vals) > 0 && !slices.ContainsFunc(vals, func(v obj) bool {
		o := s.objs[v]
		return o.kind != oExternal && (o.kind != oInst || s.externalBase(s.mro(o.a)) == "")
	})
}

// rows returns the rows of the model of each query or model class
// among vals (a row getter's first argument): instances of the model,
// and the query, for a getter that returns a list of them.
func (s *solver) rows(vals []obj) []obj {
	var out []obj
	for _, v := range vals {
		switch o := s.objs[v]; {
		case o.kind == oQuery && o.b == 0:
			out = s.with(s.with(out, v), s.nodeObj(oInst, o.a))
		case o.kind == oClass && s.externalBase(s.mro(o.a)) != "":
			out = s.with(s.with(out, s.nodeObj(oQuery, o.a)), s.nodeObj(oInst, o.a))
		}
	}
	return out
}

// queries returns the queries of each model class among vals (a query
// builder's first argument, select(User)).
func (s *solver) queries(vals []obj) []obj {
	var out []obj
	for _, v := range vals {
		if o := s.objs[v]; o.kind == oClass && s.externalBase(s.mro(o.a)) != "" {
			out = s.with(out, s.nodeObj(oQuery, o.a))
		}
	}
	return out
}

// classAttrOf adds to out the class attribute name found along order,
// read through the class or instance (kind) of class node recv; found
// nowhere in the tree, it is the name on the first base outside it, if
// there is one.
func (s *solver) classAttrOf(out []obj, order []int32, name int32, kind objKind, recv int32, pos token.Pos) []obj {
	vals, k := s.lookup(order, name)
	if k < 0 {
		if ext := s.externalBase(order); ext != "" {
			out = s.with(out, s.external(ext+"."+s.strs[name]))
		}
		return out
	}
	return s.union(out, s.bind(vals, s.nodeObj(kind, recv), kind == oInst, pos))
}

// externalAttr is attribute name of v, an external, a str or a display:
// the external named by its path, or -1 for one that has none.
func (s *solver) externalAttr(v obj, name int32) obj {
	// The attribute of a str or a display is the same for all of them
	// of a kind: cached once for the kind, not once per display.
	k := [2]int32{int32(v), name}
	switch o := s.objs[v]; o.kind {
	case oStr:
		k[0] = -1
	case oBox:
		k[0] = -2 - o.name
	}
	if e, ok := s.extAttr[k]; ok {
		return e
	}
	e := obj(-1)
	switch o := s.objs[v]; o.kind {
	case oExternal:
		// An attribute of a name outside the tree is named by its path;
		// a longer path is a chain of calls' results, which would grow
		// with every run of a loop around it.
		// Builtins ("<builtin>.len", "<**PyStr**>.join") have none.
		if base := s.strs[o.name]; base[0] != '<' && strings.Count(base, ".") < maxExternalParts {
			e = s.external(base + "." + s.strs[name])
		}
	case oStr:
		e = s.external("<**PyStr**>." + s.strs[name])
	case oBox:
		e = s.external(s.strs[o.name] + "." + s.strs[name])
	}
	s.extAttr[k] = e
	return e
}

// triggersOf returns the scopes that read an instance attribute name.
func (s *solver) triggersOf(name int32) []int32 {
	if int(name) < len(s.triggers) {
		return s.triggers[name]
	}
	return nil
}

// trigger makes the running scope a reader of every instance attribute
// called name, including those not yet written.
func (s *solver) trigger(name int32) {
	for int(name) >= len(s.triggers) {
		s.triggers = append(s.triggers, nil)
	}
	r := s.triggers[name]
	if n := len(r); n == 0 || r[n-1] != s.cur {
		s.triggers[name] = append(r, s.cur)
	}
}

func (s *solver) setAttr(targets []obj, name int32, v []obj) {
	if len(v) == 0 {
		return
	}
	for _, t := range targets {
		o := s.objs[t]
		switch o.kind {
		case oInst, oSubInst:
			c := s.named(&s.auxOf(o.a).instAttr, name, false)
			existed := c >= 0
			if !existed {
				c = s.named(&s.auxOf(o.a).instAttr, name, true)
			}
			s.add(c, v)
			if !existed {
				for _, r := range s.triggersOf(name) {
					s.enqueue(r)
				}
			}
		case oClass:
			c := s.classAttrCell(o.a, name)
			if c < 0 {
				c = s.named(&s.auxOf(o.a).classAttr, name, true) // classAttrCell built the table
				for _, r := range s.triggersOf(name) {
					s.enqueue(r)
				}
			}
			s.add(c, v)
		case oModule:
			s.add(s.globalCell(o.a, name), v)
		}
	}
}

// keys returns the constant keys among vals (-1 when one is not).
func (s *solver) keys(vals []obj, known bool) []int32 {
	if !known || len(vals) == 0 {
		return []int32{-1}
	}
	var out []int32
	for _, v := range vals {
		switch s.objs[v].kind {
		case oStr, oInt:
			out = append(out, int32(v))
		default:
			return []int32{-1}
		}
	}
	return out
}

func (s *solver) subscr(vals, key []obj, known bool) []obj {
	var out []obj
	keys := s.keys(key, known)
	for _, v := range vals {
		o := s.objs[v]
		switch o.kind {
		case oBox:
			for _, k := range keys {
				if k < 0 {
					out = s.union(out, s.read(s.itemCell(v, -2)))
					continue
				}
				if ov, ok := s.overlay[[2]obj{v, obj(k)}]; ok {
					out = s.union(out, ov)
					continue
				}
				out = s.union(out, s.read(s.itemCell(v, k)))
				out = s.union(out, s.read(s.itemCell(v, -1)))
			}
		case oInst, oSubInst:
			out = s.union(out, s.callMethod(v, idGetitem, 0))
		case oQuery:
			out = s.union(out, s.rows(s.one(v))) // qs[0], qs[:10]
		}
	}
	return out
}

// setSubscr stores v at key in the boxes among targets. A store in
// straight-line code to one box at one constant key replaces what the
// rest of this run reads there.
func (s *solver) setSubscr(targets, key []obj, known bool, v []obj, strong bool) {
	keys := s.keys(key, known)
	strong = strong && len(targets) == 1 && len(keys) == 1 && keys[0] >= 0
	for _, t := range targets {
		if k := s.objs[t].kind; k == oInst || k == oSubInst {
			s.callMethod(t, idSetitem, 0)
			continue
		}
		if s.objs[t].kind != oBox {
			continue
		}
		if strong {
			s.overlay[[2]obj{t, obj(keys[0])}] = v
		}
		v = s.noConstants(v)
		if len(v) == 0 {
			continue
		}
		for _, k := range keys {
			if !s.hasItemCell(t, k) {
				s.boxKeys[t] = append(s.boxKeys[t], k)
			}
			s.add(s.itemCell(t, k), v)
		}
		s.add(s.itemCell(t, -2), v)
	}
}

// fill models a display's own method that stores into it, called on
// targets: lst.append(f), s.add(f), lst.insert(i, f), lst.extend(fs),
// d.update(other). Registries are filled this way, and what a request
// later reads back from one is what they were filled with. It reports
// whether it did: targets are all displays and method is one of those.
func (s *solver) fill(targets []obj, method int32, args []argVal, pos token.Pos) bool {
	if len(targets) == 0 || slices.ContainsFunc(targets, func(t obj) bool { return s.objs[t].kind != oBox }) ||
		slices.ContainsFunc(args, func(a argVal) bool { return a.kw >= 0 }) {
		return false
	}
	switch {
	case method == idUpdate && len(args) == 1:
		return s.update(targets, args[0].vals)
	case (method == idAppend || method == idAdd) && len(args) == 1:
		s.setSubscr(targets, nil, false, args[0].vals, false)
	case method == idInsert && len(args) == 2:
		s.setSubscr(targets, nil, false, args[1].vals, false)
	case method == idExtend && len(args) == 1:
		s.setSubscr(targets, nil, false, s.iter(args[0].vals, pos), false)
	default:
		return false
	}
	return true
}

// item is what dict.get, pop or setdefault (method) on the boxes among
// targets returns: the items at the key, or any item for a key not
// known, and the default given; setdefault stores the default too. nil
// for another method, or no box. The rest of targets (a library's
// object beside the dict a dataclass field holds) answer for
// themselves, as any receiver's method does.
func (s *solver) item(targets []obj, method int32, args []argVal) []obj {
	if method != idGet && method != idPop && method != idSetdefault || len(args) == 0 || len(args) > 2 ||
		!slices.ContainsFunc(targets, func(t obj) bool { return s.objs[t].kind == oBox }) ||
		slices.ContainsFunc(args, func(a argVal) bool { return a.kw != argPositional }) {
		return nil
	}
	if slices.ContainsFunc(targets, func(t obj) bool { return s.objs[t].kind != oBox }) {
		var boxes []obj
		for _, t := range targets {
			if s.objs[t].kind == oBox {
				boxes = append(boxes, t)
			}
		}
		targets = boxes
	}
	key, known := args[0].vals, args[0].instr >= 0
	var out []obj
	if len(args) == 2 {
		if method == idSetdefault {
			s.setSubscr(targets, key, known, args[1].vals, false)
		}
		out = args[1].vals
	}
	return s.union(out, s.subscr(targets, key, known))
}

// views is what dict.items() or values() (method) on the boxes among
// targets gives, made by instruction at of module mod in node n: a list
// of their values, or of (key, value) pairs whose value is any of them
// (`for url, handlers in routes.items()`). nil for another method, or no
// box. A box made by a call of a library (`defaultdict(dict)`) comes
// with the call's own result: the boxes among them are enough.
func (s *solver) views(mod, at, n int32, targets []obj, method int32, pos token.Pos) []obj {
	if method != idItems && method != idValues || !slices.ContainsFunc(targets, func(t obj) bool { return s.objs[t].kind == oBox }) {
		return nil
	}
	var values []obj
	for _, t := range targets {
		if s.objs[t].kind == oBox {
			values = s.union(values, s.read(s.itemCell(t, -2)))
		}
	}
	list := s.instrObject(mod, at, func() object { return object{kind: oBox, a: n, b: int32(pos), name: idList} })
	if method == idItems {
		pair := s.partObject(mod, at, partPair, func() object {
			return object{kind: oBox, a: n, b: int32(pos), name: idList + int32(dispTuple)}
		})
		s.setSubscr(s.one(pair), s.one(s.intObject(1)), true, values, false)
		values = s.one(pair)
	}
	s.setSubscr(s.one(list), nil, false, values, false)
	return s.one(list)
}

// defaultdict is the dict a call of collections.defaultdict(factory),
// instruction at of module mod in node n, makes: a missing key's item
// is what the factory makes, one display for the builtins' (dict, list,
// set), what a def of the tree returns, so that `routes[url]["GET"] =
// handler` is kept where `routes[url]` is read again.
func (s *solver) defaultdict(mod, at, n int32, args []argVal, pos token.Pos, cg *cgSummary, sc *cgScope) obj {
	box := s.instrObject(mod, at, func() object { return object{kind: oBox, a: n, b: int32(pos), name: idDict} })
	if len(args) == 0 || args[0].kw != argPositional {
		return box
	}
	var made []obj
	for _, f := range args[0].vals {
		switch o := s.objs[f]; {
		case o.kind == oExternal && madeBox(o.name) != 0:
			made = s.with(made, s.partObject(mod, at, partDefault, func() object {
				return object{kind: oBox, a: n, b: -int32(pos), name: madeBox(o.name)}
			}))
		case o.kind == oFunc:
			made = s.union(made, s.call(s.one(f), nil, pos, "", cg, sc))
		}
	}
	if len(made) > 0 {
		s.setSubscr(s.one(box), nil, false, made, false)
	}
	return box
}

// update is dict.update(other) on the boxes among targets: each key of
// the boxes of other is stored, as an item assignment does; it reports
// whether targets were boxes.
func (s *solver) update(targets, others []obj) bool {
	if len(targets) == 0 || slices.ContainsFunc(targets, func(t obj) bool { return s.objs[t].kind != oBox }) {
		return false
	}
	for _, o := range others {
		if s.objs[o].kind != oBox {
			continue
		}
		for _, k := range s.boxKeys[o] {
			var key []obj
			if k >= 0 {
				key = []obj{obj(k)}
			}
			s.setSubscr(targets, key, k >= 0, s.read(s.itemCell(o, k)), len(others) == 1)
		}
	}
	return true
}

// noConstants returns vals without its str and int constants: what a
// display holds matters for what is called from it, and most displays
// hold constants only.
func (s *solver) noConstants(vals []obj) []obj {
	for i, v := range vals {
		if k := s.objs[v].kind; k == oStr || k == oInt {
			out := s.newVals(i, len(vals)-1)
			copy(out, vals[:i])
			for _, w := range vals[i+1:] {
				if k := s.objs[w].kind; k != oStr && k != oInt {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return vals
}

// iter is the values iterating over vals gives.
func (s *solver) iter(vals []obj, pos token.Pos) []obj {
	var out []obj
	for _, v := range vals {
		switch s.objs[v].kind {
		case oBox:
			out = s.union(out, s.read(s.itemCell(v, -2)))
		case oInst, oSubInst:
			for _, it := range s.callMethod(v, idIter, pos) {
				if k := s.objs[it].kind; k == oInst || k == oSubInst {
					out = s.union(out, s.callMethod(it, idNext, pos))
				} else {
					out = s.union(out, s.iter(s.one(it), pos))
				}
			}
		case oStr, oInt:
		case oQuery:
			if s.objs[v].b == 0 {
				out = s.with(out, s.nodeObj(oInst, s.objs[v].a))
			}
		default:
			out = s.with(out, v)
		}
	}
	return out
}

// callMethod calls the method name of an instance with no arguments.
func (s *solver) callMethod(inst obj, name int32, pos token.Pos) []obj {
	order := s.mro(s.objs[inst].a)
	vals, k := s.lookup(order, name)
	if k < 0 {
		return nil
	}
	return s.call(s.bind(vals, inst, true, pos), nil, pos, "", nil, nil)
}

// construct calls class k: __new__ and __init__ found along its MRO.
func (s *solver) construct(k int32, args []argVal, pos token.Pos) []obj {
	inst := s.nodeObj(oInst, k)
	order := s.mro(k)
	if vals, d := s.lookup(order, idNew); d >= 0 {
		cls := s.nodeObj(oClass, k)
		// __new__ is bound to the class (Class.methodKind), which passes
		// it as the first argument; one declared a staticmethod is given
		// it with the call's.
		for _, v := range s.bind(vals, cls, false, pos) {
			if s.objs[v].kind == oBound {
				s.call(s.one(v), args, pos, "", nil, nil)
				continue
			}
			base := len(s.prepBuf)
			s.prepBuf = append(s.prepBuf, argVal{vals: s.one(cls), kw: argPositional, instr: -1})
			s.prepBuf = append(s.prepBuf, args...)
			// A call nested in this one appends past it; if that moves the
			// buffer, these arguments stay where they are.
			s.call(s.one(v), s.prepBuf[base:len(s.prepBuf):len(s.prepBuf)], pos, "", nil, nil)
			s.prepBuf = s.prepBuf[:base]
		}
	}
	if vals, d := s.lookup(order, idInit); d >= 0 {
		s.call(s.bind(vals, inst, true, pos), args, pos, "", nil, nil)
	} else {
		if ext := s.externalBase(order); ext != "" {
			s.edgeExternal(ext+".__init__", "", pos)
		}
		// No __init__ of the tree: one a library makes (a dataclass's,
		// a pydantic model's, an ORM's declarative constructor) keeps
		// each keyword argument in the attribute of its name.
		for _, a := range args {
			if a.kw >= 0 && a.name != "" {
				s.setAttr(s.one(inst), s.intern(a.name), a.vals)
			}
		}
		// No __init__ of the tree, but a __post_init__: a dataclass's,
		// whose made __init__ calls it.
		if vals, d := s.lookup(order, idPostInit); d >= 0 {
			s.call(s.bind(vals, inst, true, pos), nil, pos, "", nil, nil)
		}
	}
	return s.one(inst)
}

// call calls each of callees with args; kind marks the edges of a
// hand-off. m and sc are the caller's, for super() and coroutine
// arguments (nil when the call is implicit).
func (s *solver) call(callees []obj, args []argVal, pos token.Pos, kind string, cg *cgSummary, sc *cgScope) []obj {
	// A call on the receiver is this one only (exec sets callRecv).
	self, attr := s.callRecv, s.callAttr
	s.callRecv = nil
	// Implicit calls (properties, __call__, __iter__) can call each
	// other without end: past a few levels, they are left out.
	if s.depth >= maxDepth {
		return nil
	}
	s.depth++
	defer func() { s.depth-- }()
	var out []obj
	for _, c := range callees {
		o := s.objs[c]
		switch o.kind {
		case oFunc, oBound:
			recv := obj(-1)
			if o.kind == oBound {
				recv = obj(o.b)
			}
			if kind == "" && cg != nil && !s.partial[o.a] && !s.binds(o.a, args, recv) {
				continue // the call raises TypeError: it never runs the def
			}
			s.activate(o.a)
			if o.kind == oFunc && o.b > 0 {
				s.throughCall(o.a, o.b-1, kind, pos, args, recv)
			} else if o.kind == oBound && o.name > 0 {
				s.throughCall(o.a, o.name-1, kind, pos, args, recv)
			} else {
				if int(o.a) >= len(s.plainCalled) {
					s.plainCalled = slices.Grow(s.plainCalled, len(s.nodes)-len(s.plainCalled))[:len(s.nodes)]
				}
				s.plainCalled[o.a] = true
			}
			if self != nil && recv >= 0 && kind == "" && slices.Contains(self, recv) && s.isNamed(o.a, attr) {
				// self.m(...): a method of the receiver.
				s.callFlags |= flagSelf
				s.edge(o.a, kind, pos)
				s.callFlags &^= flagSelf
			} else {
				s.edge(o.a, kind, pos)
			}
			for _, h := range s.handAt[o.a] {
				s.handOff(h, args, pos, cg, sc)
			}
			if passed, forwarded, ok := s.bindArgs(o.a, args, recv); ok && kind == "" {
				s.passed(o.a, passed, forwarded)
			}
			if s.runs[o.a] == 0 && s.nest < maxNest {
				// A def's first run, at its first call, as Python runs
				// it: the caller then reads its return, instead of
				// reading nothing and running again when it is set.
				// Its place in the queue is dropped (see drain).
				s.queued[o.a] = false
				s.runNow(o.a)
			}
			if v, ok := s.returnedArg(o, args); ok {
				// It gives back what this call passed: a class decorator
				// that registers and returns the class gives each class
				// statement its own class, not every class it decorates.
				out = s.union(out, v)
				continue
			}
			out = s.union(out, s.read(s.ret[o.a]))
		case oClass:
			if kind != "" {
				s.edge(o.a, kind, pos)
			}
			out = s.union(out, s.construct(o.a, args, pos))
		case oInst, oSubInst:
			out = s.union(out, s.call(s.attr(s.one(c), idCall, pos), args, pos, kind, cg, sc))
		case oSubBound:
			for _, d := range s.subDefiners(o.a, o.name) {
				if cell := s.classAttrCell(d, o.name); cell >= 0 {
					out = s.union(out, s.call(s.bind(s.read(cell), s.instanceBelow(d), true, pos), args, pos, kind, cg, sc))
				}
			}
		case oExternal:
			name := s.strs[o.name]
			s.edgeExternalID(o.name, kind, pos)
			out = s.union(out, s.callExternal(name, args, pos, cg, sc))
		case oQuery:
			switch o.b {
			case 1:
				out = s.with(out, s.nodeObj(oInst, o.a))
			case 2:
				out = s.with(out, s.nodeObj(oQuery, o.a))
			}
		case oPattern:
			recv := s.one(obj(o.b))
			for _, name := range s.patternNames(obj(o.b), o.name) {
				out = s.union(out, s.call(s.attr(recv, name, pos), args, pos, kind, cg, sc))
			}
		case oFuncAttr:
			for _, h := range s.byMethod["."+s.strs[o.name]] {
				if slices.Contains(s.decorate[o.a], h.Func) {
					s.edge(o.a, h.Kind, pos)
				}
			}
		}
	}
	return out
}

// callExternal is a call of a name outside the tree: a hand-off, a
// builtin (which calls the functions passed to it, as map does), or a
// library's function, whose result stands for its attributes.
func (s *solver) callExternal(name string, args []argVal, pos token.Pos, cg *cgSummary, sc *cgScope) []obj {
	hands := s.hand[name]
	if len(hands) == 0 {
		if i := strings.LastIndexByte(name, '.'); i > 0 {
			top, _, _ := strings.Cut(name, ".")
			for _, h := range s.byMethod[name[i+1:]] {
				if ft, _, _ := strings.Cut(h.Func, "."); ft == top {
					hands = append(hands, h)
				}
			}
		}
	}
	for _, h := range hands {
		s.handOff(h, args, pos, cg, sc)
	}
	if len(args) > 0 && args[0].kw == argPositional && s.p.libs.IsRowGetter(name) {
		return s.with(s.rows(args[0].vals), s.external(name))
	}
	if len(args) > 0 && args[0].kw == argPositional && s.p.libs.IsQueryBuilder(name) {
		return s.with(s.queries(args[0].vals), s.external(name))
	}
	if len(args) > 0 && s.p.libs.IsCast(name) {
		// typing.cast(T, v) is v, and an instance of T, which the author
		// vouches v is (a proxy the graph cannot see into:
		// `cast(Service, SimpleLazyObject(make))`); abc.abstractmethod(f)
		// is f.
		out := s.union(nil, args[len(args)-1].vals)
		if len(args) == 2 {
			out = s.union(out, s.instancesOf(args[0].vals))
		}
		return out
	}
	if name[0] == '<' && !strings.HasPrefix(name, "<builtin>.") {
		return nil // a method of a str or a display
	}
	if rest, ok := strings.CutPrefix(name, "<builtin>."); ok {
		if rest == "super" && sc != nil {
			return s.super(cg, sc)
		}

		var out []obj
		if len(hands) == 0 && !s.inspector(name, rest) {
			for _, a := range args {
				for _, v := range a.vals {
					if k := s.objs[v].kind; k == oFunc || k == oBound {
						out = s.union(out, s.call(s.one(v), nil, pos, "", nil, nil))
					}
				}
			}
		}
		return out
	}
	return s.one(s.external(name))
}

// returnedArg returns what args pass to the parameter that the def of
// callee, a plain function, returns as it was given (returnsParam),
// when they pass it by position, after no *args.
func (s *solver) returnedArg(callee object, args []argVal) ([]obj, bool) {
	if callee.kind != oFunc || callee.b > 0 {
		return nil, false
	}
	_, sc := s.scope(callee.a)
	if sc.returnsParam == 0 {
		return nil, false
	}
	i := int(sc.returnsParam - 1)
	for j, a := range args {
		if a.kw != argPositional {
			return nil, false
		}
		if j == i {
			return a.vals, true
		}
	}
	return nil, false
}

// inspector reports whether the builtin name, rest without its prefix,
// only looks at the callables passed to it (libraries.Index.IsInspector),
// asked once per name.
func (s *solver) inspector(name, rest string) bool {
	is, ok := s.inspectors[name]
	if !ok {
		is = s.p.libs.IsInspector("builtins." + rest)
		s.inspectors[name] = is
	}
	return is
}

// handOff makes the edges of one hand-off: to the callable passed, or to
// what the coroutine passed was made by calling.
func (s *solver) handOff(h libraries.HandOff, args []argVal, pos token.Pos, cg *cgSummary, sc *cgScope) {
	for i, a := range args {
		if !(a.kw == argPositional && (i == h.Arg || h.Rest && i > h.Arg) || a.name != "" && a.name == h.Keyword) {
			continue
		}
		vals := a.vals
		if cg != nil && a.instr >= 0 && cg.code[a.instr].op == opCall {
			vals = s.val(sc, cg.code[a.instr].a) // a coroutine: what made it
		}
		for _, v := range vals {
			switch s.objs[v].kind {
			case oFunc, oBound, oInst, oSubInst, oClass, oSubBound:
				s.call(s.one(v), nil, pos, h.Kind, nil, nil)
			}
		}
	}
}

// super is super() in the method of sc: the class that defines it and
// the receivers the method gets.
func (s *solver) super(cg *cgSummary, sc *cgScope) []obj {
	n := s.cur
	for n >= 0 && s.nodes[n].class < 0 {
		_, nsc := s.scope(n)
		if nsc.parent < 0 {
			return nil
		}
		n = s.nodeBase[s.nodes[n].mod] + nsc.parent
	}
	if n < 0 {
		return nil
	}
	k := s.nodes[n].class
	var out []obj
	for _, r := range s.read(s.param(n, 0)) {
		if o := s.objs[r]; o.kind == oInst || o.kind == oSubInst || o.kind == oClass {
			out = s.with(out, s.object(object{kind: oSuper, a: k, b: o.a}))
		}
	}
	return out
}

// isNamed reports whether node n, a def, is named attr.
func (s *solver) isNamed(n int32, attr string) bool {
	_, sc := s.scope(n)
	name := sc.name
	return len(name) > len(attr) && name[len(name)-len(attr)-1] == '.' && name[len(name)-len(attr):] == attr
}

// bindArgs adds the arguments of a call to the parameters of node n,
// recv first when not -1. For a def with a fallback (cgScope.unless),
// it returns the parameters the call passes something (Edge.Passes),
// and true.
func (s *solver) bindArgs(n int32, args []argVal, recv obj) (passed, forwarded uint64, fallback bool) {
	return s.bindArgsTo(n, args, recv, true)
}

// bindArgsTo is bindArgs, with the values bound to n's parameters only
// when bind is true: without, what a call through a wrapper passes to
// the def it wraps.
func (s *solver) bindArgsTo(n int32, args []argVal, recv obj, bind bool) (passed, forwarded uint64, fallback bool) {
	s.fwdBuf = s.fwdBuf[:0]
	cg, sc := s.scope(n)
	nparams := sc.phi - sc.plo
	param := func(i int32, v []obj) {
		if bind && i >= 0 && i < nparams && len(v) > 0 {
			s.add(s.param(n, i), v)
		}
	}
	// pass records that the argument a passes parameter i: *args and
	// **kwargs may pass nothing, nor None or False; a parameter of the
	// caller's that is None by default passes what its own caller did
	// (forwarded).
	pass := func(i int32, a argVal) {
		if i >= 0 && i < 64 && a.instr != argNothing {
			passed |= 1 << i
			if a.mayBeNone {
				forwarded |= 1 << i
				if a.fwdUp >= 0 {
					s.fwdBuf = append(s.fwdBuf, ParamForward{Param: int(i), From: int(a.fwdParam), Up: int(a.fwdUp)})
				}
			}
		}
	}
	pos := int32(0)
	if recv >= 0 {
		param(0, s.one(recv))
		passed, pos = 1, 1
	}
	for _, a := range args {
		switch {
		case a.kw == argPositional:
			if pos < sc.posParams {
				param(pos, a.vals)
				pass(pos, a)
			} else {
				param(sc.vararg, a.vals)
			}
			pos++
		case a.kw == argStar || a.kw == argStarStar:
			if !bind {
				break
			}
			vals := s.iter(a.vals, 0)
			for i := pos; i < nparams; i++ {
				param(i, vals)
			}
		default:
			if i := paramNamed(cg, sc, a.name); i >= 0 {
				param(i, a.vals)
				pass(i, a)
			} else {
				param(sc.kwarg, a.vals)
			}
		}
	}
	return passed, forwarded, sc.fallback || sc.mutableDefault || sc.guarded || sc.handsOn
}

// binds reports whether args (after recv, when not -1) can bind to the
// parameters of def n: every positional parameter with no default is
// given, no more positional arguments than it takes without *args, and
// no keyword it does not have without **kwargs. A call with *x or **x
// may bind.
func (s *solver) binds(n int32, args []argVal, recv obj) bool {
	cg, sc := s.scope(n)
	if sc.kind != FunctionNode || len(s.decorate[n]) > 0 {
		// A decorator outside the tree may give parameters itself
		// (Celery's bind=True gives self).
		return true
	}
	given := int32(0)
	if recv >= 0 {
		given = 1
	}
	var named uint64 // the positional parameters given by keyword
	for _, a := range args {
		switch {
		case a.kw == argStar || a.kw == argStarStar:
			return true
		case a.kw == argPositional:
			given++
		default:
			j := paramNamed(cg, sc, a.name)
			if j < 0 && sc.kwarg < 0 {
				return false
			}
			if j >= 0 && j < sc.posParams && j < 64 {
				named |= 1 << j
			}
		}
	}
	if given > sc.posParams && sc.vararg < 0 {
		return false
	}
	for j := given; j < sc.required && j < 64; j++ {
		if named&(1<<j) == 0 {
			return false
		}
	}
	return true
}

// paramNamed returns the index of sc's parameter called name, or -1.
func paramNamed(cg *cgSummary, sc *cgScope, name string) int32 {
	for i := sc.plo; i < sc.phi; i++ {
		if cg.names[cg.slots[cg.params[i]].name] == name {
			return i - sc.plo
		}
	}
	return -1
}

// passed records that a plain call from the current node of def n
// passes the parameters of passed: an edge made by several calls
// passes what every one does.
func (s *solver) passed(n int32, passed, forwarded uint64) {
	if s.passes == nil {
		s.passes, s.forwards, s.somePasses = map[[2]int32]uint64{}, map[[2]int32]uint64{}, map[[2]int32]uint64{}
		s.forwardFrom = map[[2]int32][]ParamForward{}
	}
	k := [2]int32{s.cur, n}
	andPasses(s.passes, k, passed)
	s.somePasses[k] |= passed &^ forwarded
	if forwarded != 0 {
		s.forwards[k] |= forwarded
		for _, f := range s.fwdBuf {
			if !slices.Contains(s.forwardFrom[k], f) {
				s.forwardFrom[k] = append(s.forwardFrom[k], f)
			}
		}
	}
}

// andPasses records in m that edge k passes the parameters of passed:
// an edge made by several calls passes what every one does.
func andPasses(m map[[2]int32]uint64, k [2]int32, passed uint64) {
	if old, ok := m[k]; ok {
		passed &= old
	}
	m[k] = passed
}

// narrow returns the values of vals that may be instances of one of
// classes, what isinstance (callee) tests: instances of a class that has
// one of them in its MRO, and every value of another kind. It keeps all
// of vals when callee is not the builtin isinstance, when classes are
// unknown, or hold anything but classes of the tree that are honest.
func (s *solver) narrow(vals, classes, callee []obj) []obj {
	if len(vals) == 0 || len(classes) == 0 || len(callee) != 1 || callee[0] != s.builtin(idIsinstance) {
		return vals
	}
	for _, k := range classes {
		if o := s.objs[k]; o.kind != oClass || !s.honest(o.a) {
			return vals
		}
	}
	var out []obj
	for i, v := range vals {
		if s.instanceOf(v, classes) {
			if out != nil {
				out = append(out, v)
			}
			continue
		}
		if out == nil {
			out = s.newVals(i, len(vals)-1)
			copy(out, vals[:i])
		}
	}
	if out == nil {
		return vals
	}
	return out
}

// instanceOf reports whether v may be an instance of one of classes.
func (s *solver) instanceOf(v obj, classes []obj) bool {
	o := s.objs[v]
	if o.kind != oInst {
		return true
	}
	order := s.mro(o.a)
	if len(order) >= maxMRO {
		return true
	}
	if len(order) == 1 {
		// Bases of the tree that c3 could not merge: not known.
		if _, sc := s.scope(o.a); sc.class != nil && len(s.p.Bases(sc.class)) > 0 {
			return true
		}
	}
	for _, k := range classes {
		if slices.Contains(order, s.objs[k].a) {
			return true
		}
	}
	return false
}

// honest reports whether isinstance answers for class node k from the
// classes of the tree that derive from it: every class of its MRO has
// bases that are classes of the tree, builtins, typing.Generic or
// abc.ABC, no keywords but metaclass=ABCMeta and no __subclasshook__. A
// metaclass, a runtime-checkable Protocol or a base outside the tree
// may answer otherwise. (ABCMeta's register may too: the graph does not
// follow it.)
func (s *solver) honest(k int32) bool {
	if a := s.auxOf(k); a.honestDone {
		return a.honest
	}
	ok := true
	order := s.mro(k)
	for _, b := range order {
		_, sc := s.scope(b)
		c := sc.class
		if c == nil || sc.opaque || c.Methods["__subclasshook__"] != nil || c.Attrs["__subclasshook__"] != nil {
			ok = false
			break
		}
		tree := 0
		for _, qn := range c.BaseNames {
			if qn == "" {
				ok = false
				break
			}
			qn = s.p.Canonical(qn)
			if _, builtin := builtinName(qn); builtin || qn == "typing.Generic" || qn == "abc.ABC" {
				continue
			}
			tree++
		}
		// A base of the tree must be a class of its MRO.
		if !ok || tree != len(s.p.Bases(c)) {
			ok = false
			break
		}
	}
	a := s.auxOf(k)
	a.honest, a.honestDone = ok, true
	return ok
}
