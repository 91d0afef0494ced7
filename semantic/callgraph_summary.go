package semantic

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// The call graph's summary of one module: each scope (the module, every
// class body, def and lambda) compiled, in one walk of the tree, to a
// short list of instructions over abstract values: load and store a name,
// read and write an attribute or an item, call, build a function, a class
// or a display, iterate, return. The summary keeps no syntax: names are
// interned, operands are indices, positions are offsets. The solver
// (callgraph_solve.go) runs these lists once every module is linked.

// cgOp is what an instruction does. Its result, if any, is the value of
// the instruction, named by its index in the module's code.
type cgOp uint8

const (
	opConst     cgOp = iota // a: constStr or constInt; b: the name index or the int
	opLoad                  // a: slot; with flagMayBeNone, b: the parameter's index, c: its def, as defs up
	opStore                 // a: slot; b: value
	opAttr                  // a: value; b: name; c: attrPattern when the name is one
	opSetAttr               // a: target; b: name; c: value
	opSubscr                // a: value; b: key (-1: not a constant)
	opSetSubscr             // a: target; b: key; c: value
	opCall                  // a: callee; operands [b, b+c): pairs (value, keyword)
	opFunc                  // a: scope; operands [b, b+c): pairs (parameter, default), or (-1 - parameter, annotated class)
	opClass                 // a: scope
	opDict                  // operands [b, b+c): pairs (key, value); key -1: unknown, -2: **spread
	opSeq                   // a: displayKind; operands [b, b+c): values (seqStar, seqAny flags)
	opIter                  // a: value: its elements
	opReturn                // a: value (also yield)
	opRaise                 // a: value
	opUnion                 // a, b
	opImport                // a: name of a qualified module or module.name
	opEnter                 // a: the context manager of a with statement
	opLoop                  // a: the code index just past the loop
	opSkip                  // a: the code index past a nested scope's code
	// opNarrow is a name's values where an isinstance test holds: a:
	// value, b: class value, c: the callee of the test. Loads of the
	// name read it while the test holds (cgCompiler.narrowed).
	opNarrow
	opWiden // a: an opNarrow; b: value stored to its name in a loop where it holds
)

// attrPattern, as an opAttr's c, makes its name a pattern: "*" stands
// for any part of a name (getattr(x, "visit_" + kind): "visit_*").
const attrPattern = 1

// Instruction flags.
const (
	flagWeak      = 1 << iota // the store is in a branch or a loop: it adds to the name's values
	flagDecorator             // the call applies a decorator
	flagLooped                // the call runs at each iteration of a loop of its scope
	flagManaged               // the call is the context expression of a with statement's item, or its result is closed in the finally of the try after it
	// flagKept: the call's result is kept beyond the run of its scope (in
	// a global, an attribute or an item), under a lazy-init guard
	// (UnsetTest, SetGuard): built once (per key), not at every run.
	flagKept
	// flagUnless: the call runs only while a parameter of its def is
	// unset, as the fallback for it (fallback.go); the parameter's index
	// is the operand just past the call's arguments.
	flagUnless
	// flagSelf: the call is `self.m(...)` (`cls.m(...)`) on the first
	// parameter of the method it is in, which the method never binds
	// again: it calls a method of its own receiver (Edge.OnSelf).
	flagSelf
	// flagReturns: the def the call is in returns its result, at once or
	// through a local it does nothing else with (Edge.Returns).
	flagReturns
	// flagSameArgs: every argument of the call is the same at every run
	// of its scope (Edge.SameArgs).
	flagSameArgs
	// flagForwards: every argument of the call is the same at every run
	// or reads a parameter of its def that the def never binds again
	// (Edge.Forwards): the same where the def's own calls pass the same.
	flagForwards
	// flagFailure: the call is in an except handler of its scope: it runs
	// when something before it failed (Edge.OnFailure).
	flagFailure
	// flagLiteral: an argument of the call is a literal constant
	// (Edge.Literal).
	flagLiteral
	// flagOnce: the call is in the body of a lazy-init guard that sets
	// what the guard tests (`if _app is None: setup(); _app = App()`):
	// it runs once (per key), not at every run (Edge.Once).
	flagOnce
	// flagLocked: the call runs while its scope holds a lock other
	// processes see (Edge.Locked).
	flagLocked
	// flagDevOnly: the call is in an arm of an if that runs only in
	// development or tests (DevOnlyTest; Edge.DevOnly).
	flagDevOnly
	// flagMayBeNone, on an opLoad that is an argument of a call: it reads
	// a parameter of its def whose default is None, that the def never
	// binds again: the call passes on what its own caller may have left
	// out (Edge.ForwardsOptional).
	flagMayBeNone
	// flagOneUse, on an opCall (the bit is flagMayBeNone's, which only
	// opLoads carry): the call's result is the client of one request,
	// a method called on it at once (`Session().get(url)`) or through
	// the local it is bound to (OneRequest): its caller makes one
	// request on what the callee returns (Edge.OneUse).
	flagOneUse = flagMayBeNone
)

// Keyword operand markers of a call's arguments.
const (
	argPositional = -1
	argStar       = -2
	argStarStar   = -3
)

// argNothing is the value operand of an argument that passes a
// fallback's parameter nothing, a literal None or False: it has no
// value, as any other constant but a string or an int.
const argNothing = -2

// Constant kinds of opConst.
const (
	constStr = iota
	constInt
)

// Sequence operand flags: a starred element, or one at no known position
// (a comprehension's).
const (
	seqStar = 1 << 30
	seqAny  = 1 << 29
	seqMask = seqAny - 1
)

// displayKind says what opSeq builds, for the names of its methods.
type displayKind uint8

const (
	dispList displayKind = iota
	dispTuple
	dispSet
)

type cgInstr struct {
	op      cgOp
	flags   uint16
	a, b, c int32
	pos     token.Pos
}

// NodeKind says what a node of the call graph is.
type NodeKind uint8

const (
	ModuleNode NodeKind = iota
	ClassNode
	FunctionNode
	LambdaNode
)

func (k NodeKind) String() string {
	return [...]string{"module", "class", "function", "lambda"}[k]
}

// cgScope is one module, class body, def or lambda.
type cgScope struct {
	name     string // qualified: "app.views.OrderView.get"
	kind     NodeKind
	method   MethodKind // of a def directly in a class body
	inClass  bool
	parent   int32 // -1 for the module
	pos, end token.Pos
	// line and col place pos for people (1-based, col in characters):
	// the source is gone when a path through the node is shown.
	line, col int32
	lo, hi    int32 // its code
	slo, shi  int32 // its slots
	plo, phi  int32 // its parameters' slots, in order, in cgSummary.params
	// posParams counts the positional parameters, required those of
	// them with no default; vararg and kwarg are the parameter indices of
	// *args and **kwargs, or -1.
	posParams, required, vararg, kwarg int32
	class                              *Class // of a class body
	// opaque: the class statement has keywords (a metaclass, but
	// abc.ABCMeta): isinstance may answer what its bases do not say.
	opaque bool
	// fallback: some calls of the scope run only as the fallback for one
	// of its parameters (flagUnless).
	fallback bool
	// mutableDefault: a parameter's default may be a mutable container
	// (a display, a comprehension or a call): what the calls of the
	// scope pass is kept (Edge.Passes), as for a fallback.
	mutableDefault bool
	// guarded: some of its code runs only while a parameter is unset, or
	// only while it is set (paramGuard): the calls' Edge.Passes are kept.
	guarded bool
	// handsOn: it gives a call a parameter of its own, None by default
	// (flagMayBeNone): the calls' Edge.Passes are kept, for what a
	// caller up passes (Edge.ForwardsFrom).
	handsOn bool
	// returnsParam: 1 + the index of the positional parameter that each
	// of its returns gives back as it was passed (`def add(kls):
	// REGISTRY.add(kls); return kls`), 0 for none: a call's result is
	// what that call passed, not what every call of it passed.
	returnsParam int32
}

// Slot flags.
const (
	slotLocal    = 1 << iota // bound in its scope
	slotCaptured             // read by a nested scope: stores go to its cell too
	slotGlobal               // declared global
	slotNonlocal             // declared nonlocal
)

// cgSlot is a name as one scope uses it. A free name (not local) is bound
// by owner's slot ownerSlot, or, with owner -1, is a global of the module
// (or a builtin).
type cgSlot struct {
	name      int32
	scope     int32
	flags     uint8
	owner     int32
	ownerSlot int32
}

// cgSummary is a module's call-graph summary.
type cgSummary struct {
	scopes   []cgScope
	code     []cgInstr
	operands []int32
	slots    []cgSlot
	params   []int32
	names    []string
	guards   []paramGuard
}

// A paramGuard is a block of a def's that runs only while a parameter of
// the def, which defaults to None, is unset (`if engine is None: ...`,
// the else of `if engine: ...`), or only while it is set (`if app:
// ...`): whether it runs at all depends on what the callers pass.
type paramGuard struct {
	lo, hi token.Pos
	scope  int32 // the def's scope
	param  int8  // 1 + the parameter's index
	set    bool
	name   string // the parameter's
}

// cgScratch is a Builder's memory for summaries, reused from module to
// module.
type cgScratch struct {
	nameIdx map[string]int32
	slotOf  map[slotKey]int32
	stack   []int32 // lambda counters of the scopes being compiled
	// The summary is compiled into buf, then copied out at its final
	// size: growing a module's slices from nothing cost more than the
	// compile itself.
	buf  cgSummary
	ints []int32 // finish's counts and renumbering
}

type slotKey struct{ scope, name int32 }

// cgCompiler compiles one module.
type cgCompiler struct {
	m       *Module
	s       *cgSummary
	scr     *cgScratch
	file    *parser.File
	classOf map[token.Pos]*Class // by where the class statement starts
	cur     int32
	weak    int // depth of branches and loops around the statement
	loops   int // depth of loops around the expression, in its scope
	// handlers: depth of except handlers around the expression, in its
	// scope (flagFailure).
	handlers int
	// devOnly: depth of the arms around the expression, in its scope,
	// that run only in development or tests (flagDevOnly).
	devOnly int
	// locks: depth of locks other processes see held around the
	// statement, in its scope (flagLocked); lockNames, the scope's locals
	// bound to one (`lock = r.lock("k")`).
	locks     int
	lockNames map[string]bool
	// tookLocks: how many locks the statements of the last block
	// compiled took and held to its end (the body of a try).
	tookLocks int
	// methodNames are the scope's locals bound to the name of the
	// request's method (`name = request.method.lower()`).
	methodNames map[string]bool
	// rowLocked: the statement being compiled calls a method that
	// locks the rows it reads (the libraries' RowLocks:
	// select_for_update), for lockStatement.
	rowLocked bool
	lambdas   []int32 // per scope being compiled, lambdas so far
	// guards is the depth of lazy-init guards around the statement, in
	// its scope; held are the scope's locals bound, under one, to a
	// call's result (client = build(url)), for a store that keeps them.
	guards int
	// guardAttrs are the attributes of the receiver that the lazy-init
	// guards around the statement test (TestedAttrs); classStmt, the
	// class statement being compiled, whose scope is classScope.
	guardAttrs []string
	// guardTests are the tests of the lazy-init guards around the
	// statement (guards of them), innermost last; defBody, the body of
	// the def being compiled.
	guardTests []ast.Expr
	defBody    []ast.Stmt
	classStmt  *ast.ClassDef
	classScope int32
	// methodSets caches setAttrs, by class scope and method name.
	methodSets map[classMethod][]string
	held       []heldCall
	// inBranch numbers the branch being compiled, branches the branches
	// entered so far: a branch still open was entered after every one
	// held a local in before it, but its own and those within it.
	inBranch, branches int32
	// unless is 1 + the index of the scope's parameter whose fallback
	// the code being compiled is (it runs only while that parameter is
	// unset), or 0. optional are the scope's parameters whose default
	// is None, the ones a fallback is for; fallbacks, the scope's calls
	// compiled so; rebound, its parameters bound again outside their own
	// fallback, whose calls then run whatever the caller passes;
	// nonlocal, the names nested scopes bind as nonlocal.
	unless    int32
	optional  uint64
	fallbacks []int32
	rebound   uint64
	nonlocal  []int32
	// stored are the parameters of the scope bound again anywhere in it;
	// forwards, its calls marked flagForwards only (not flagSameArgs),
	// unmarked at its end if a parameter is stored.
	stored   uint64
	forwards []int32
	// optionalArgs are the loads of a parameter whose default is None
	// given as arguments, in its def or in a def nested in it, as tuples
	// (load, the def's scope, parameter index, defs up from the load's):
	// marked flagMayBeNone at
	// the end of that def, for a parameter it never stores. optionalOf
	// holds the None defaults of each def being compiled, by scope.
	optionalArgs []int32
	optionalOf   map[int32]uint64
	// recv is the receiver of the method being compiled, its first
	// parameter (self, or cls), or "" outside a method; recvCalls are
	// its calls of recv.m(...), marked flagSelf at its end unless recv
	// is bound again in it; recvGone says a del, an except clause or a
	// match pattern binds it (the stores that rebind sees are read from
	// rebound).
	recv      string
	recvCalls []int32
	recvGone  bool
	// rets are the def's locals bound, outside a loop, to a call's
	// result and not bound again since; returned are the calls whose
	// results a return statement returns, at once or through one of
	// rets, marked flagReturns at the def's end (settleReturns); yields
	// says the def is a generator.
	rets     []heldCall
	returned []returnedCall
	yields   bool
	// received are the locals of rets that a method call is made on
	// (`http.get(url)`), by name, with the call each holds: those used
	// for one request get flagOneUse at the def's end
	// (settleOneRequests).
	received map[string]int32
	// narrowed are the isinstance tests that hold where the code being
	// compiled runs, innermost last: a load of the name reads the
	// opNarrow instead. A block drops those it added as it ends, a
	// store to the name drops it (dead) for the rest of the test's
	// region. Comprehensions (inComp > 0) read the name itself.
	narrowed []narrowing
	inComp   int
}

// returnedCall is the call at code index call whose result a def
// returns: at once (name ""), or through the local name.
type returnedCall struct {
	name string
	call int32
}

// narrowing is an isinstance test that holds: slot's values are those
// of the opNarrow at, from loop depth loops on.
type narrowing struct {
	slot, at int32
	loops    int
	dead     bool
}

// summarize builds m's call-graph summary from f, m's file parsed:
// while m is built, or again later (m's syntax is gone by then, so its
// classes are found by where they start).
func (b *Builder) summarize(m *Module, f *parser.File) *cgSummary {
	scr := &b.cg
	scr.nameIdx = scratch(scr.nameIdx)
	scr.slotOf = scratch(scr.slotOf)
	buf := &scr.buf
	*buf = cgSummary{scopes: buf.scopes[:0], code: buf.code[:0], operands: buf.operands[:0], slots: buf.slots[:0],
		params: buf.params[:0], names: buf.names[:0], guards: buf.guards[:0]}
	c := &cgCompiler{m: m, file: f, scr: scr, lambdas: scr.stack[:0], s: buf}
	if len(m.Classes) > 0 {
		c.classOf = make(map[token.Pos]*Class, len(m.Classes))
		for _, k := range m.Classes {
			c.classOf[k.Pos] = k
		}
	}
	body := f.Module.Body
	c.cur = c.open(m.Name, ModuleNode, -1, f.Module.Pos(), f.Module.End())
	c.block(body)
	c.close(c.cur)
	slots := buf.slots
	c.finish() // sorts the slots into a slice of their own
	sum := &cgSummary{scopes: slices.Clone(buf.scopes), code: slices.Clone(buf.code), operands: slices.Clone(buf.operands),
		slots: buf.slots, params: slices.Clone(buf.params), names: slices.Clone(buf.names)}
	if len(buf.guards) > 0 {
		sum.guards = slices.Clone(buf.guards)
	}
	clear(buf.scopes) // they point at Classes
	clear(buf.names)
	buf.slots = slots
	scr.stack = c.lambdas[:0]
	return sum
}

func (c *cgCompiler) name(s string) int32 {
	if i, ok := c.scr.nameIdx[s]; ok {
		return i
	}
	s = c.m.Intern(s)
	i := int32(len(c.s.names))
	c.s.names = append(c.s.names, s)
	c.scr.nameIdx[s] = i
	return i
}

func (c *cgCompiler) open(name string, kind NodeKind, parent int32, pos, end token.Pos) int32 {
	if parent >= 0 {
		c.emit(cgInstr{op: opSkip}) // patched by close
	}
	i := int32(len(c.s.scopes))
	line, col := c.file.Lines.CharPosition(pos)
	// name is the module's, or one child has just built: it pins no
	// source, and a scope's qualified name is seldom another's, so
	// interning it would copy it and grow the interner's map for nothing.
	c.s.scopes = append(c.s.scopes, cgScope{name: name, kind: kind, parent: parent, pos: pos, end: end,
		line: int32(line), col: int32(col), lo: int32(len(c.s.code)), vararg: -1, kwarg: -1})
	c.lambdas = append(c.lambdas, 0)
	return i
}

// close ends a scope's code. A nested scope's code sits in the middle of
// its parent's, after an opSkip that the parent's run jumps over.
func (c *cgCompiler) close(sc int32) {
	s := &c.s.scopes[sc]
	s.hi = int32(len(c.s.code))
	if s.parent >= 0 {
		c.s.code[s.lo-1].a = s.hi
	}
	c.lambdas = c.lambdas[:len(c.lambdas)-1]
}

func (c *cgCompiler) emit(in cgInstr) int32 {
	if in.op == opCall && c.loops > 0 {
		in.flags |= flagLooped
	}
	if in.op == opCall && c.handlers > 0 {
		in.flags |= flagFailure
	}
	if in.op == opCall && c.locks > 0 {
		in.flags |= flagLocked
	}
	if in.op == opCall && c.devOnly > 0 {
		in.flags |= flagDevOnly
	}
	c.s.code = append(c.s.code, in)
	return int32(len(c.s.code) - 1)
}

// slot returns the current scope's slot of name.
func (c *cgCompiler) slot(name string) int32 {
	n := c.name(name)
	k := slotKey{c.cur, n}
	if i, ok := c.scr.slotOf[k]; ok {
		return i
	}
	i := int32(len(c.s.slots))
	c.s.slots = append(c.s.slots, cgSlot{name: n, scope: c.cur, owner: -1, ownerSlot: -1})
	c.scr.slotOf[k] = i
	return i
}

func (c *cgCompiler) load(name string) int32 {
	sl := c.slot(name)
	if len(c.narrowed) > 0 && c.inComp == 0 {
		for i := len(c.narrowed) - 1; i >= 0; i-- {
			if n := &c.narrowed[i]; n.slot == sl && !n.dead {
				return n.at
			}
		}
	}
	return c.emit(cgInstr{op: opLoad, a: sl})
}

func (c *cgCompiler) store(name string, v int32, pos token.Pos) {
	sl := c.slot(name)
	if c.s.slots[sl].flags&(slotGlobal|slotNonlocal) == 0 {
		c.s.slots[sl].flags |= slotLocal
	} else if c.s.slots[sl].flags&slotNonlocal != 0 {
		c.nonlocal = append(c.nonlocal, c.s.slots[sl].name)
	}
	c.rebind(sl)
	c.forgetHeld(sl)
	c.unnarrow(sl, v)
	c.emit(cgInstr{op: opStore, flags: c.weakFlag(), a: sl, b: v, pos: pos})
}

// forgetHeld drops slot sl from rets: it is bound again (an augmented
// assignment too: `+=` may make a new object).
func (c *cgCompiler) forgetHeld(sl int32) {
	if len(c.rets) > 0 {
		c.rets = slices.DeleteFunc(c.rets, func(h heldCall) bool { return h.slot == sl })
	}
}

// unnarrow drops the isinstance tests on slot sl, bound again to v (-1:
// to something the graph does not follow). A load in a loop inside the
// test's region, before the store, runs after it too: the opNarrow gets
// v, for the loop's next run.
func (c *cgCompiler) unnarrow(sl, v int32) {
	for i := range c.narrowed {
		n := &c.narrowed[i]
		if n.slot != sl || n.dead {
			continue
		}
		n.dead = true
		if c.loops > n.loops && v >= 0 {
			c.emit(cgInstr{op: opWiden, a: n.at, b: v})
		}
	}
}

// unnarrowName is unnarrow of a name of the current scope, if it has a
// slot.
func (c *cgCompiler) unnarrowName(name string) {
	if len(c.narrowed) == 0 {
		return
	}
	if sl, ok := c.boundSlot(name); ok {
		c.unnarrow(sl, -1)
	}
}

func (c *cgCompiler) weakFlag() uint16 {
	if c.weak > 0 {
		return flagWeak
	}
	return 0
}

func (c *cgCompiler) child(name string) string {
	return c.s.scopes[c.cur].name + "." + name
}

func (c *cgCompiler) block(body []ast.Stmt) {
	guards, unless, narrowed, attrs, locks := c.guards, c.unless, len(c.narrowed), len(c.guardAttrs), c.locks
	tests := len(c.guardTests)
	libs := c.m.Libraries()
	once := -1
	for i, s := range body {
		start := len(c.s.code)
		c.rowLocked = false
		c.stmt(s)
		c.lockStatement(s)
		c.methodNameStatement(s)
		// c = make(); try: ... finally: c.close(): the call is managed,
		// as in a with statement.
		if _, assign := s.(*ast.Assign); assign && libs != nil {
			if call := ClosedInFinally(body, i, libs.IsClose); call != nil {
				for j := start; j < len(c.s.code); j++ {
					if in := &c.s.code[j]; in.op == opCall && in.pos == call.Pos() {
						in.flags |= flagManaged
					}
				}
			}
		}
		st, ok := s.(*ast.If)
		if !ok {
			continue
		}
		// After `if key in cache: return cache[key]`, the rest of the
		// block runs while it is unset.
		if c.guards == guards && SetGuard(st) {
			c.guards++
			c.guardAttrs = append(c.guardAttrs, TestedAttrs(st.Test, c.recv)...)
			c.guardTests = append(c.guardTests, st.Test)
		}
		// After `if client: return client`, while the parameter is.
		if p := c.param(leavesWhenSet(st)); p != 0 {
			c.unless = p
		}
		// After `if _ready: return`, the rest of the block runs once
		// when it sets what the test reads (`_ready = True`).
		if once < 0 && OnceGuard(st, body[i+1:], c.outlives) {
			once = len(c.s.code)
		}
	}
	if once >= 0 {
		c.markOnce(int32(once))
	}
	c.tookLocks = c.locks - locks
	c.guards, c.unless, c.locks = guards, unless, locks
	c.narrowed = c.narrowed[:narrowed]
	c.guardAttrs = c.guardAttrs[:attrs]
	c.guardTests = c.guardTests[:tests]
}

func (c *cgCompiler) branch(body []ast.Stmt) {
	outer := c.inBranch
	c.branches++
	c.inBranch = c.branches
	c.weak++
	c.block(body)
	c.weak--
	c.inBranch = outer
}

// guardedBranch compiles a branch, under a lazy-init guard when
// guarded, and as the fallback for parameter unless-1 when unless is
// not 0.
func (c *cgCompiler) guardedBranch(body []ast.Stmt, guard ast.Expr, guarded bool, unless int32) {
	outer := c.unless
	if unless != 0 {
		c.unless = unless
	}
	if guarded {
		attrs := len(c.guardAttrs)
		c.guardAttrs = append(c.guardAttrs, TestedAttrs(guard, c.recv)...)
		c.guardTests = append(c.guardTests, guard)
		c.guards++
		start := int32(len(c.s.code))
		c.branch(body)
		c.guards--
		c.guardAttrs = c.guardAttrs[:attrs]
		c.guardTests = c.guardTests[:len(c.guardTests)-1]
		if InitBlock(body, guard, c.outlives) {
			c.markOnce(start)
		}
	} else {
		c.branch(body)
	}
	c.unless = outer
}

// paramGuards records the arms of s that run only while a parameter of
// the def, defaulting to None, is unset or only while it is set.
func (c *cgCompiler) paramGuards(s *ast.If) {
	if c.s.scopes[c.cur].kind != FunctionNode || c.optional == 0 {
		return
	}
	add := func(arm []ast.Stmt, name string, p int32, set bool) {
		if p != 0 && p <= 64 && len(arm) > 0 {
			c.s.guards = append(c.s.guards, paramGuard{lo: arm[0].Pos(), hi: arm[len(arm)-1].End(), scope: c.cur,
				param: int8(p), set: set, name: c.m.Intern(name)})
		}
	}
	for _, set := range [...]bool{false, true} {
		name := tested(s.Test, set)
		if p := c.param(name); p != 0 {
			add(s.Body, name, p, set)
			add(s.Orelse, name, p, !set)
			return
		}
	}
}

// markOnce marks the calls compiled from code index start on as run once
// (flagOnce), but for those of lambdas and defs, which run when called.
func (c *cgCompiler) markOnce(start int32) {
	code := c.s.code
	for i := start; i < int32(len(code)); i++ {
		switch code[i].op {
		case opCall:
			code[i].flags |= flagOnce
		case opSkip:
			i = code[i].a - 1
		}
	}
}

// isRef reports whether e is a name or an attribute of one (a flag:
// `_ready`, `cls._initialized`).
func isRef(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.Name:
			return true
		case *ast.Attribute:
			e = x.Value
		default:
			return false
		}
	}
}

// outlives reports whether the name, assigned in the scope being
// compiled, outlives the scope's run: a name of the module or of a class
// body, or a global the def declares.
func (c *cgCompiler) outlives(name string) bool {
	return c.s.scopes[c.cur].kind != FunctionNode || c.s.slots[c.slot(name)].flags&slotGlobal != 0
}

// isLock reports whether e is a lock other processes see: a call of a
// method named lock (`redis.lock("k")`, `cache.lock("k")`), or a local of
// the scope bound to one. A thread lock (`self._lock`, `threading.Lock()`)
// is not.
func (c *cgCompiler) isLock(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Call:
		f, ok := e.Func.(*ast.Attribute)
		return ok && f.Attr == "lock"
	case *ast.Name:
		return c.lockNames[e.Id]
	}
	return false
}

// methodNameStatement notes the local statement s, just compiled, binds
// to the name of the request's method.
func (c *cgCompiler) methodNameStatement(s ast.Stmt) {
	if a, ok := s.(*ast.Assign); ok && len(a.Targets) == 1 {
		if n, ok := a.Targets[0].(*ast.Name); ok {
			if requestMethodName(a.Value) {
				if c.methodNames == nil {
					c.methodNames = map[string]bool{}
				}
				c.methodNames[n.Id] = true
			} else {
				delete(c.methodNames, n.Id)
			}
		}
	}
}

// requestMethodName reports whether e is the name of a request's method,
// as a handler's: `request.method.lower()`.
func requestMethodName(e ast.Expr) bool {
	low, ok := e.(*ast.Call)
	if !ok || len(low.Args) != 0 {
		return false
	}
	f, ok := low.Func.(*ast.Attribute)
	if !ok || f.Attr != "lower" {
		return false
	}
	m, ok := f.Value.(*ast.Attribute)
	return ok && m.Attr == "method"
}

// lockStatement reads what statement s, just compiled, does to the locks
// of its scope: `lock = r.lock("k")` names one; `if not lock.acquire():
// return` or `lock.acquire()` takes it for the rest of the block.
func (c *cgCompiler) lockStatement(s ast.Stmt) {
	var target, value ast.Expr
	switch s := s.(type) {
	case *ast.Assign:
		if len(s.Targets) == 1 {
			target, value = s.Targets[0], s.Value
		}
	case *ast.AnnAssign:
		target, value = s.Target, s.Value
	case *ast.If, *ast.ExprStmt:
		if lock := AcquiredLock(s); lock != nil && c.isLock(lock) {
			c.locks++
		}
		return
	}
	if n, ok := target.(*ast.Name); ok && value != nil && c.isLock(value) {
		if c.lockNames == nil {
			c.lockNames = map[string]bool{}
		}
		c.lockNames[n.Id] = true
	}
	// `order = Order.objects.select_for_update().get(pk=pk)`: the
	// database holds the rows' lock until the transaction ends, and the
	// calls after it in the block run holding it, as under a Redis lock.
	if value != nil && c.rowLocked {
		c.locks++
	}
}

// jumpsAlways reports whether every way through body ends by jumping
// out of it: a return, raise, continue or break last (Jumps), or an if
// whose arms all do.
func jumpsAlways(body []ast.Stmt) bool {
	if Jumps(body) {
		return true
	}
	if len(body) == 0 {
		return false
	}
	s, ok := body[len(body)-1].(*ast.If)
	return ok && jumpsAlways(s.Body) && jumpsAlways(s.Orelse)
}

// isinstanceTest compiles test, when it is `isinstance(x, C)` or `not
// isinstance(x, C)`, x a local name and C a class expression or a
// tuple of them: with an opNarrow of x after it, the narrowing it
// makes, and whether the test is negated. Else it compiles nothing and
// the narrowing's at is -1 (-2: it compiled the test, which narrows
// nothing). A negated test narrows where its body jumps out or it has
// an else (elsewhere).
func (c *cgCompiler) isinstanceTest(test ast.Expr, elsewhere bool) (narrowing, bool) {
	none := narrowing{at: -1}
	negated := false
	if u, ok := test.(*ast.UnaryOp); ok && u.Op == ast.Not {
		test, negated = u.Operand, true
	}
	call, ok := test.(*ast.Call)
	if !ok || negated && !elsewhere || !IsName(call.Func, "isinstance") || len(call.Args) != 2 || len(call.Keywords) > 0 {
		return none, false
	}
	x, ok := call.Args[0].(*ast.Name)
	if !ok || !classExpr(call.Args[1]) || c.s.scopes[c.cur].kind == ClassNode {
		return none, false
	}
	sl, ok := c.boundSlot(x.Id)
	if !ok || c.s.slots[sl].flags&(slotLocal|slotGlobal|slotNonlocal) != slotLocal {
		return none, false // a name bound elsewhere may change under the test
	}
	at := c.expr(call)
	in := c.s.code[at]
	ops := c.s.operands[in.b : in.b+in.c]
	class := c.classValue(ops[2])
	if ops[0] < 0 || class < 0 {
		return narrowing{at: -2}, false // compiled, narrowing nothing
	}
	n := c.emit(cgInstr{op: opNarrow, a: ops[0], b: class, c: in.a, pos: call.Pos()})
	return narrowing{slot: sl, at: n, loops: c.loops}, negated
}

// classExpr reports whether e is a dotted name, or a tuple of class
// expressions: what isinstance's second argument is when the graph can
// follow it.
func classExpr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		return classExpr(e.Value) && !isTuple(e.Value)
	case *ast.Tuple:
		return len(e.Elts) > 0 && !slices.ContainsFunc(e.Elts, func(x ast.Expr) bool { return !classExpr(x) })
	}
	return false
}

func isTuple(e ast.Expr) bool {
	_, ok := e.(*ast.Tuple)
	return ok
}

// classValue returns the value of the classes of v, a compiled class
// expression: a tuple display's elements joined.
func (c *cgCompiler) classValue(v int32) int32 {
	if v < 0 || c.s.code[v].op != opSeq {
		return v
	}
	in := c.s.code[v]
	out := int32(-1)
	for _, op := range c.s.operands[in.b : in.b+in.c] {
		k := c.classValue(op)
		if op < 0 || k < 0 {
			return -1
		}
		out = c.union(out, k)
	}
	return out
}

func (c *cgCompiler) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		if _, doc := s.Value.(*ast.Constant); !doc {
			v := c.expr(s.Value)
			c.keepInitCall(s.Value, v)
			c.keepStored(s.Value)
		}
	case *ast.Assign:
		lo := int32(len(c.s.code))
		v := c.valueTree(s.Value)
		c.keepGuarded(s.Targets, s.Value, lo, v.v)
		c.assignAll(s.Targets, s.Value, v)
		c.holdForReturn(s.Targets, s.Value, v.v)
	case *ast.AnnAssign:
		if s.Value != nil {
			lo := int32(len(c.s.code))
			v := c.valueTree(s.Value)
			targets := []ast.Expr{s.Target}
			c.keepGuarded(targets, s.Value, lo, v.v)
			c.assignAll(targets, s.Value, v)
			c.holdForReturn(targets, s.Value, v.v)
		}
	case *ast.AugAssign:
		c.expr(s.Value)
		switch t := s.Target.(type) {
		case *ast.Name:
			if sl, ok := c.boundSlot(t.Id); ok {
				c.rebind(sl)
				c.forgetHeld(sl)
				c.unnarrow(sl, -1)
			}
		case *ast.Attribute:
			c.expr(t.Value)
		case *ast.Subscript:
			c.expr(t.Value)
			c.expr(t.Slice)
		}
	case *ast.FunctionDef:
		c.def(s, s.Name, s.Args, s.Body, s.DecoratorList)
	case *ast.AsyncFunctionDef:
		c.def(s, s.Name, s.Args, s.Body, s.DecoratorList)
	case *ast.ClassDef:
		c.class(s)
	case *ast.Return:
		if s.Value != nil {
			v := c.expr(s.Value)
			// `return await self._initialize()` under the guard: as a
			// statement of its own, it runs once.
			c.keepInitCall(s.Value, v)
			c.markReturned(s.Value, v)
			c.emit(cgInstr{op: opReturn, a: v})
		}
	case *ast.If:
		n, negated := c.isinstanceTest(s.Test, len(s.Orelse) > 0 || Jumps(s.Body))
		if n.at == -1 {
			c.effects(s.Test)
		}
		if n.at >= 0 && !negated {
			c.narrowed = append(c.narrowed, n)
		}
		c.paramGuards(s)
		dev, devArm := DevOnlyTest(s.Test)
		devBody := devArm && dev.InBody
		if devBody {
			c.devOnly++
		}
		c.guardedBranch(s.Body, s.Test, UnsetTest(s.Test), c.param(testsUnset(s.Test)))
		if devBody {
			c.devOnly--
		}
		if n.at >= 0 && !negated {
			c.narrowed = c.narrowed[:len(c.narrowed)-1]
		}
		if n.at >= 0 && negated && len(s.Orelse) > 0 {
			c.narrowed = append(c.narrowed, n)
		}
		if devArm && !dev.InBody {
			c.devOnly++
		}
		c.guardedBranch(s.Orelse, s.Test, len(s.Orelse) > 0 && SetGuard(s), c.param(testsSet(s.Test)))
		if devArm && !dev.InBody {
			c.devOnly--
		}
		if n.at >= 0 && negated {
			if len(s.Orelse) > 0 {
				c.narrowed = c.narrowed[:len(c.narrowed)-1]
			} else {
				// The rest of the block runs where the test holds; the
				// enclosing block drops it as it ends.
				c.narrowed = append(c.narrowed, n)
			}
		}
	case *ast.For:
		c.forLoop(s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.AsyncFor:
		c.forLoop(s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.While:
		c.loops++ // the test runs before each iteration
		c.effects(s.Test)
		c.loops--
		c.loop(func() { c.block(s.Body) })
		c.branch(s.Orelse)
	case *ast.With:
		c.with(s.Items, s.Body)
	case *ast.AsyncWith:
		c.with(s.Items, s.Body)
	case *ast.Try:
		c.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.TryStar:
		c.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.Raise:
		if s.Exc != nil {
			c.emit(cgInstr{op: opRaise, a: c.expr(s.Exc), pos: s.Pos()})
		}
		if s.Cause != nil {
			c.expr(s.Cause)
		}
	case *ast.Import:
		for _, a := range s.Names {
			if a.Asname != "" {
				c.store(a.Asname, c.emit(cgInstr{op: opImport, a: c.name(c.m.absolute(a.Name))}), s.Pos())
			} else {
				first, _, _ := strings.Cut(a.Name, ".")
				c.store(first, c.emit(cgInstr{op: opImport, a: c.name(c.m.absolute(first))}), s.Pos())
			}
		}
	case *ast.ImportFrom:
		from := c.m.ResolveRelative(s.Module, s.Level)
		for _, a := range s.Names {
			if a.Name == "*" {
				continue // Module.StarImports: the solver reads through them
			}
			local := a.Name
			if a.Asname != "" {
				local = a.Asname
			}
			c.store(local, c.emit(cgInstr{op: opImport, a: c.name(join(from, a.Name))}), s.Pos())
		}
	case *ast.Global:
		for _, n := range s.Names {
			c.s.slots[c.slot(n)].flags |= slotGlobal
		}
	case *ast.Nonlocal:
		for _, n := range s.Names {
			c.s.slots[c.slot(n)].flags |= slotNonlocal
		}
	case *ast.Assert:
		c.effects(s.Test)
	case *ast.Match:
		c.expr(s.Subject)
		for _, k := range s.Cases {
			c.recvGone = c.recvGone || c.recv != "" && captures(k.Pattern, c.recv)
			for i := range c.narrowed {
				if n := &c.narrowed[i]; !n.dead && captures(k.Pattern, c.s.names[c.s.slots[n.slot].name]) {
					n.dead = true
				}
			}
			if k.Guard != nil {
				c.expr(k.Guard)
			}
			c.branch(k.Body)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			if sub, ok := t.(*ast.Subscript); ok {
				c.expr(sub.Value)
			}
			c.recvGone = c.recvGone || c.recv != "" && deletes(t, c.recv)
			for i := range c.narrowed {
				if n := &c.narrowed[i]; !n.dead && deletes(t, c.s.names[c.s.slots[n.slot].name]) {
					n.dead = true
				}
			}
		}
	}
}

// guardedStore reports whether a guard around an assignment to targets
// guards what it stores into: a target on an object that is no plain
// local of the def (a global, self, a module's container), or one a
// guard's test reads (`if obj.client is None: obj.client = ...`), itself
// or through a local of the def bound from it (`cached =
// store.get(k)`, then `if cached is None: store[k] = build()`). An
// attribute set on a local object under a test of something else (`if
// q is None: entity.stats = build(...)`, entity loaded by the request) is
// built at every run the test lets through.
func (c *cgCompiler) guardedStore(targets []ast.Expr) bool {
	if c.s.scopes[c.cur].kind != FunctionNode {
		return true
	}
	for _, t := range targets {
		root := t
		for {
			switch x := root.(type) {
			case *ast.Attribute:
				root = x.Value
				continue
			case *ast.Subscript:
				root = x.Value
				continue
			}
			break
		}
		name, ok := root.(*ast.Name)
		if !ok || name.Id == c.recv {
			return true
		}
		sl, ok := c.boundSlot(name.Id)
		if !ok || c.s.slots[sl].flags&(slotLocal|slotGlobal|slotNonlocal) != slotLocal {
			return true
		}
		for _, g := range c.guardTests {
			if Mentions(g, name.Id) || boundFrom(c.defBody, g, name.Id) {
				return true
			}
		}
	}
	return false
}

// boundFrom reports whether a name test reads is bound, in body's own
// scope, by an assignment whose value reads root.
func boundFrom(body []ast.Stmt, test ast.Expr, root string) bool {
	tested := map[string]bool{}
	ast.Inspect(test, func(n ast.Node) bool {
		if x, ok := n.(*ast.Name); ok {
			tested[x.Id] = true
		}
		return true
	})
	found := false
	binds := func(t ast.Expr, value ast.Expr) {
		if x, ok := t.(*ast.Name); ok && tested[x.Id] && Mentions(value, root) {
			found = true
		}
	}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.Assign:
				for _, t := range n.Targets {
					binds(t, n.Value)
				}
			case *ast.NamedExpr:
				binds(n.Target, n.Value)
			}
			return !found
		})
	}
	return found
}

// Mentions reports whether the name id occurs in n.
func Mentions(n ast.Node, id string) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if nm, ok := x.(*ast.Name); ok && nm.Id == id {
			found = true
		}
		return !found
	})
	return found
}

// heldCall is a local bound to the result of the call at code index
// call, in the branch numbered branch (cgCompiler.branch).
type heldCall struct{ slot, call, branch int32 }

// keepGuarded marks the calls an assignment keeps under a lazy-init guard
// (flagKept): with targets that keep the value beyond the scope's run (a
// global, an attribute, an item), the calls of the value, compiled from
// code index lo to v, and those whose results the locals it reads hold
// (client = build(url); cache[url] = client). A local bound to a call's
// result is remembered for such a store; bound to anything else, it is
// forgotten.
func (c *cgCompiler) keepGuarded(targets []ast.Expr, value ast.Expr, lo, v int32) {
	// A binding forgets what the local held in its own branch and the
	// branches within it, not in a branch beside it (`if a: c = s3()
	// elif b: c = gcs()`): that one may still be what it holds.
	for _, t := range targets {
		if n, ok := t.(*ast.Name); ok && len(c.held) > 0 {
			sl := c.slot(n.Id)
			c.held = slices.DeleteFunc(c.held, func(h heldCall) bool { return h.slot == sl && h.branch >= c.inBranch })
		}
	}
	if c.guards == 0 {
		return
	}
	if n, ok := targets[0].(*ast.Name); ok && len(targets) == 1 && v >= 0 && c.s.code[v].op == opCall {
		if _, call := value.(*ast.Call); call {
			c.held = append(c.held, heldCall{slot: c.slot(n.Id), call: v, branch: c.inBranch})
		}
	}
	if !KeepsBeyondCall(targets, c.outlives) || !c.guardedStore(targets) {
		return
	}
	code := c.s.code
	for i := lo; i <= v && i < int32(len(code)); i++ {
		switch code[i].op {
		case opCall:
			code[i].flags |= flagKept
		case opLoad:
			for _, h := range c.held {
				if h.slot == code[i].a {
					code[h.call].flags |= flagKept
				}
			}
		case opSkip:
			i = code[i].a - 1 // a lambda's code is its own
		}
	}
}

// keepStored marks kept (flagKept) the call whose result a local holds
// when e, under a lazy-init guard, stores that local with a store's set
// method (`cache.set(key, result)`, `store.setdefault(key, result)`), the
// value the second argument: as `cache[key] = result` does, an item
// assignment KeepsBeyondCall counts whatever its container.
func (c *cgCompiler) keepStored(e ast.Expr) {
	call, ok := e.(*ast.Call)
	if !ok || c.guards == 0 || len(call.Args) < 2 || len(c.held) == 0 {
		return
	}
	f, ok := call.Func.(*ast.Attribute)
	if !ok || f.Attr != "set" && f.Attr != "setdefault" {
		return
	}
	local, ok := call.Args[1].(*ast.Name)
	if !ok {
		return
	}
	sl, ok := c.boundSlot(local.Id)
	if !ok {
		return
	}
	for _, h := range c.held {
		if h.slot == sl {
			c.s.code[h.call].flags |= flagKept
		}
	}
}

// keepInitCall marks the call e, compiled at code index v, kept
// (flagKept) where it is a method of the receiver's class that sets an
// attribute the lazy-init guards around it test: `if not getattr(self,
// "client", None): self.connect()`, connect setting self.client, runs
// once, as `self.client = connect()` would.
func (c *cgCompiler) keepInitCall(e ast.Expr, v int32) {
	if len(c.guardAttrs) == 0 || v < 0 || c.s.code[v].op != opCall {
		return
	}
	if a, ok := e.(*ast.Await); ok {
		e = a.Value
	}
	call, ok := e.(*ast.Call)
	if !ok {
		return
	}
	f, ok := call.Func.(*ast.Attribute)
	if !ok || !IsName(f.Value, c.recv) {
		return
	}
	k := c.s.scopes[c.cur].parent
	body := c.classStmt
	if body == nil || k != c.classScope {
		return
	}
	key := classMethod{k, f.Attr}
	sets, ok := c.methodSets[key]
	if !ok {
		sets = setAttrs(body, f.Attr)
		if c.methodSets == nil {
			c.methodSets = map[classMethod][]string{}
		}
		c.methodSets[key] = sets
	}
	for _, a := range sets {
		if slices.Contains(c.guardAttrs, a) {
			c.s.code[v].flags |= flagKept
			return
		}
	}
}

// classMethod is a method of a class statement, by its scope and name.
type classMethod struct {
	class int32
	name  string
}

// setAttrs returns the attributes of its receiver that the def of the
// class statement body named name assigns (`self.client = ...`).
func setAttrs(body *ast.ClassDef, name string) []string {
	args, stmts := DefNamed(body.Body, name)
	if args == nil {
		return nil
	}
	self := selfParam(InstanceMethod, args)
	if self == "" {
		return nil
	}
	var out []string
	EachOwnNode(stmts, func(n ast.Node) {
		var targets []ast.Expr
		switch n := n.(type) {
		case *ast.Assign:
			targets = n.Targets
		case *ast.AnnAssign:
			targets = []ast.Expr{n.Target}
		}
		for _, t := range targets {
			if a, ok := t.(*ast.Attribute); ok && IsName(a.Value, self) && !slices.Contains(out, a.Attr) {
				out = append(out, a.Attr)
			}
		}
	})
	return out
}

// DefNamed returns the parameters and body of the last def named name
// among stmts (the one the name is bound to), or nil.
func DefNamed(stmts []ast.Stmt, name string) (*ast.Arguments, []ast.Stmt) {
	var args *ast.Arguments
	var body []ast.Stmt
	for _, st := range stmts {
		switch st := st.(type) {
		case *ast.FunctionDef:
			if st.Name == name {
				args, body = st.Args, st.Body
			}
		case *ast.AsyncFunctionDef:
			if st.Name == name {
				args, body = st.Args, st.Body
			}
		}
	}
	return args, body
}

// assignAll compiles targets = value, v compiled from value. `p = p or
// make()` binds p to the caller's value, when it passes one: it is
// compiled as the fallback's, and leaves p the caller's.
func (c *cgCompiler) assignAll(targets []ast.Expr, value ast.Expr, v valTree) {
	outer := c.unless
	if p := c.param(ownFallback(targets, value)); p != 0 {
		c.unless = p
	}
	for _, t := range targets {
		c.assign(t, v)
	}
	c.unless = outer
}

// param returns 1 + the index of name among the current def's
// parameters whose default is None, or 0: a fallback is for a parameter
// that may be left out, and None says that it was (a flag that is
// False by default is no client to build).
func (c *cgCompiler) param(name string) int32 {
	if name == "" || c.optional == 0 {
		return 0
	}
	sl, ok := c.boundSlot(name)
	if !ok {
		return 0
	}
	sc := &c.s.scopes[c.cur]
	for i := sc.plo; i < sc.phi; i++ {
		if c.s.params[i] == sl {
			if p := i - sc.plo; c.optional&(1<<p) != 0 {
				return p + 1
			}
			return 0
		}
	}
	return 0
}

// boundSlot returns the current scope's slot of name, if it has one
// already (a parameter has).
func (c *cgCompiler) boundSlot(name string) (int32, bool) {
	n, ok := c.scr.nameIdx[name]
	if !ok {
		return 0, false
	}
	sl, ok := c.scr.slotOf[slotKey{c.cur, n}]
	return sl, ok
}

// rebind records a store to slot sl, for a parameter of the current
// def: outside the parameter's own fallback, it is no longer what the
// caller passed.
func (c *cgCompiler) rebind(sl int32) {
	sc := &c.s.scopes[c.cur]
	for i := sc.plo; i < sc.phi; i++ {
		if c.s.params[i] == sl {
			p := i - sc.plo
			if p >= 64 {
				return
			}
			c.stored |= 1 << p
			if (c.optional != 0 || c.recv != "") && c.unless != p+1 {
				c.rebound |= 1 << p
			}
			return
		}
	}
}

// settleForwards unmarks flagForwards on the calls of scope sc when one
// of its parameters is bound again, in sc or, as nonlocal, in a nested
// scope (from index nonlocals of c.nonlocal): a call may pass the new
// value.
func (c *cgCompiler) settleForwards(sc int32, nonlocals int) {
	s := &c.s.scopes[sc]
	stored := c.stored != 0
	for _, name := range c.nonlocal[nonlocals:] {
		for i := s.plo; i < s.phi && !stored; i++ {
			stored = c.s.slots[c.s.params[i]].name == name
		}
	}
	if !stored {
		return
	}
	for _, i := range c.forwards {
		c.s.code[i].flags &^= flagForwards
	}
}

// settleFallbacks keeps flagUnless on the calls of scope sc that are
// the fallback for a parameter that is the caller's wherever it is
// tested: bound again nowhere but in its own fallback, in sc or, as
// nonlocal, in a nested scope (from index nonlocals of c.nonlocal).
func (c *cgCompiler) settleFallbacks(sc int32, nonlocals int) {
	s := &c.s.scopes[sc]
	for _, name := range c.nonlocal[nonlocals:] {
		for i := s.plo; i < s.phi; i++ {
			if p := i - s.plo; p < 64 && c.s.slots[c.s.params[i]].name == name {
				c.rebound |= 1 << p
			}
		}
	}
	for _, i := range c.fallbacks {
		in := &c.s.code[i]
		p := c.s.operands[in.b+in.c]
		if c.rebound&(1<<p) != 0 {
			in.flags &^= flagUnless
			continue
		}
		s.fallback = true
	}
}

func (c *cgCompiler) forLoop(target, iter ast.Expr, body, orelse []ast.Stmt) {
	it := c.expr(iter)
	c.loop(func() {
		e := c.emit(cgInstr{op: opIter, a: it, pos: iter.Pos()})
		c.assign(target, valTree{v: e})
		c.block(body)
	})
	c.branch(orelse)
}

// loop compiles a loop's body: its stores are weak, and the solver runs
// an outermost loop twice so that values flow along the back edge.
func (c *cgCompiler) loop(body func()) {
	at := c.emit(cgInstr{op: opLoop})
	c.weak++
	c.loops++
	body()
	c.loops--
	c.weak--
	c.s.code[at].a = int32(len(c.s.code))
}

func (c *cgCompiler) with(items []*ast.WithItem, body []ast.Stmt) {
	locks := c.locks
	for _, it := range items {
		if c.isLock(it.ContextExpr) {
			c.locks++
		}
		m := c.expr(it.ContextExpr)
		if _, call := it.ContextExpr.(*ast.Call); call && m >= 0 {
			c.s.code[m].flags |= flagManaged
		}
		v := c.emit(cgInstr{op: opEnter, a: m, pos: it.ContextExpr.Pos()})
		if it.OptionalVars != nil {
			c.assign(it.OptionalVars, valTree{v: v})
		}
	}
	c.block(body)
	c.locks = locks
}

func (c *cgCompiler) try(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) {
	c.block(body)
	// try: row = M.objects.select_for_update().get(...) / except
	// M.DoesNotExist: return. Past the handlers, the body ran to its
	// end: the locks it took are held, for its else, its finally and
	// the statements after it.
	held := c.tookLocks
	if len(handlers) == 0 || slices.ContainsFunc(handlers, func(h *ast.ExceptHandler) bool { return !jumpsAlways(h.Body) }) {
		held = 0
	}
	for _, h := range handlers {
		if h.Type != nil {
			c.expr(h.Type)
		}
		c.recvGone = c.recvGone || c.recv != "" && h.Name == c.recv
		if h.Name != "" {
			c.unnarrowName(h.Name)
		}
		failure := c.m.RecoversFromFailure(h)
		if failure {
			c.handlers++
		}
		c.branch(h.Body)
		if failure {
			c.handlers--
		}
	}
	c.locks += held
	c.branch(orelse)
	c.block(final)
}

// def compiles a def: defaults and decorators run in the current scope,
// the body in a scope of its own; the name is bound to the decorated
// function.
func (c *cgCompiler) def(n ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr) {
	decs := c.exprs(decorators)
	defaults := c.defaults(args)
	parent := c.cur
	node := c.m.defName(c.file, name, n.Pos())
	if acc := propertyAccessor(name, decorators); acc != "" && c.s.scopes[parent].kind == ClassNode {
		// A property's setter or deleter: a node of its own, which a
		// read of the property, running the getter, does not stand for.
		node = name + "." + acc
	}
	sc := c.open(c.child(node), FunctionNode, parent, n.Pos(), n.End())
	if k := c.s.scopes[parent].class; k != nil && c.s.scopes[parent].kind == ClassNode {
		c.s.scopes[sc].inClass = true
		c.s.scopes[sc].method = k.methodKind(name, decorators)
	}
	c.body(sc, args, func() {
		outer := c.defBody
		c.defBody = body
		c.block(body)
		c.settleReturns(body)
		c.settleOneRequests(body)
		c.defBody = outer
	})
	if _, async := n.(*ast.AsyncFunctionDef); !async {
		c.s.scopes[sc].returnsParam = returnedParam(args, body)
	}
	f := c.emit(cgInstr{op: opFunc, a: sc, b: defaults.lo, c: defaults.n, pos: n.Pos()})
	c.store(name, c.decorate(decs, f, decorators), n.Pos())
}

// returnedParam returns 1 + the index of the positional parameter that
// body gives back at each of its returns, unbound in between, and at its
// end; 0 when there is none (a return of anything else, a generator, a
// body that may end without a return).
func returnedParam(args *ast.Arguments, body []ast.Stmt) int32 {
	if args == nil || len(body) == 0 {
		return 0
	}
	last, ok := body[len(body)-1].(*ast.Return)
	if !ok {
		return 0
	}
	x, ok := last.Value.(*ast.Name)
	if !ok {
		return 0
	}
	index := int32(-1)
	for i, a := range slices.Concat(args.Posonlyargs, args.Args) {
		if a.Arg == x.Id {
			index = int32(i)
		}
	}
	if index < 0 {
		return 0
	}
	same := true
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda:
				return false // another scope
			case *ast.Return:
				if v, ok := n.Value.(*ast.Name); !ok || v.Id != x.Id {
					same = false
				}
			case *ast.Yield, *ast.YieldFrom:
				same = false
			case *ast.Name:
				if n.Id == x.Id && n.Ctx != ast.Load {
					same = false
				}
			case *ast.Global, *ast.Nonlocal:
				same = false
			}
			return same
		})
	}
	if !same {
		return 0
	}
	return index + 1
}

// propertyAccessor returns "setter" or "deleter" for a def named name
// decorated by `@name.setter` or `@name.deleter`, else "".
func propertyAccessor(name string, decorators []ast.Expr) string {
	for _, d := range decorators {
		if a, ok := d.(*ast.Attribute); ok && (a.Attr == "setter" || a.Attr == "deleter") && IsName(a.Value, name) {
			return a.Attr
		}
	}
	return ""
}

// body compiles a def's, lambda's or class's body in scope sc, then goes
// back to the enclosing scope.
func (c *cgCompiler) body(sc int32, args *ast.Arguments, compile func()) {
	parent, weak, loops, guards, held, handlers := c.cur, c.weak, c.loops, c.guards, c.held, c.handlers
	locks, lockNames, methodNames := c.locks, c.lockNames, c.methodNames
	c.locks, c.lockNames, c.methodNames = 0, nil, nil
	c.handlers = 0
	devOnly := c.devOnly
	c.devOnly = 0
	unless, optional, fallbacks, rebound, nonlocals := c.unless, c.optional, c.fallbacks, c.rebound, len(c.nonlocal)
	stored, forwards := c.stored, c.forwards
	c.stored, c.forwards = 0, nil
	recv, recvCalls, recvGone := c.recv, c.recvCalls, c.recvGone
	rets, returned, yields, received := c.rets, c.returned, c.yields, c.received
	c.rets, c.returned, c.yields, c.received = nil, nil, false, nil
	c.cur, c.weak, c.loops, c.guards, c.held = sc, 0, 0, 0, nil
	guardAttrs := c.guardAttrs
	c.guardAttrs = nil
	inBranch := c.inBranch
	c.branches++
	c.inBranch = c.branches
	c.unless, c.optional, c.fallbacks, c.rebound = 0, noneDefaults(args), nil, 0
	if c.optional != 0 {
		if c.optionalOf == nil {
			c.optionalOf = map[int32]uint64{}
		}
		c.optionalOf[sc] = c.optional
	}
	c.recv, c.recvCalls, c.recvGone = receiver(&c.s.scopes[sc], args, c.optional), nil, false
	c.params(sc, args)
	firstGuard := len(c.s.guards)
	compile()
	if c.rebound != 0 && len(c.s.guards) > firstGuard {
		// A parameter bound again in the def no longer says what the
		// callers passed.
		kept := slices.DeleteFunc(c.s.guards[firstGuard:], func(g paramGuard) bool {
			return g.scope == sc && c.rebound&(1<<(g.param-1)) != 0
		})
		c.s.guards = c.s.guards[:firstGuard+len(kept)]
	}
	if len(c.s.guards) > firstGuard && slices.ContainsFunc(c.s.guards[firstGuard:], func(g paramGuard) bool { return g.scope == sc }) {
		c.s.scopes[sc].guarded = true
	}
	if len(c.fallbacks) > 0 {
		c.settleFallbacks(sc, nonlocals)
	}
	if len(c.recvCalls) > 0 {
		c.settleSelfCalls(nonlocals)
	}
	if len(c.forwards) > 0 {
		c.settleForwards(sc, nonlocals)
	}
	c.settleOptionalArgs(sc, nonlocals)
	c.close(sc)
	c.stored, c.forwards = stored, forwards
	c.cur, c.weak, c.loops, c.guards, c.held, c.handlers = parent, weak, loops, guards, held, handlers
	c.devOnly = devOnly
	c.locks, c.lockNames, c.methodNames = locks, lockNames, methodNames
	c.inBranch = inBranch
	c.guardAttrs = guardAttrs
	c.unless, c.optional, c.fallbacks, c.rebound = unless, optional, fallbacks, rebound
	c.recv, c.recvCalls, c.recvGone = recv, recvCalls, recvGone
	c.rets, c.returned, c.yields, c.received = rets, returned, yields, received
}

// holdForReturn remembers a local bound, outside a loop, to a call's
// result (`c = Client(url)`), for a return statement that returns it
// (store forgets it when it is bound again).
func (c *cgCompiler) holdForReturn(targets []ast.Expr, value ast.Expr, v int32) {
	n, ok := targets[0].(*ast.Name)
	if !ok || len(targets) != 1 || c.loops > 0 || v < 0 || c.s.code[v].op != opCall {
		return
	}
	if _, call := value.(*ast.Call); call {
		c.rets = append(c.rets, heldCall{slot: c.slot(n.Id), call: v})
	}
}

// markReturned records the call whose result a return statement
// returns, v compiled from value (`return f(...)`, `return await
// f(...)`, `return c`), for settleReturns.
func (c *cgCompiler) markReturned(value ast.Expr, v int32) {
	if c.s.scopes[c.cur].kind != FunctionNode || v < 0 {
		return
	}
	if a, ok := value.(*ast.Await); ok {
		value = a.Value // compiled as its value
	}
	switch value := value.(type) {
	case *ast.Call:
		if c.s.code[v].op == opCall {
			c.returned = append(c.returned, returnedCall{call: v})
		}
	case *ast.Name:
		sl, ok := c.boundSlot(value.Id)
		if !ok {
			return
		}
		for _, h := range c.rets {
			if h.slot == sl {
				c.returned = append(c.returned, returnedCall{name: value.Id, call: h.call})
			}
		}
	}
}

// markOneUse marks flagOneUse on the call a method call e is made on at
// once (`Session().get(url)`), f compiled from e's callee, and records
// the local of rets one is made on (`http.get(url)`), for
// settleOneRequests. A set-up call (ClientSetups: `mount`) is no
// request.
func (c *cgCompiler) markOneUse(e *ast.Call, f int32) {
	a, ok := e.Func.(*ast.Attribute)
	if !ok {
		return
	}
	request := func() bool {
		libs := c.m.Libraries()
		return libs != nil && !libs.IsClientSetup(a.Attr)
	}
	switch v := a.Value.(type) {
	case *ast.Call:
		if f >= 0 && c.s.code[f].op == opAttr {
			if in := c.s.code[f].a; in >= 0 && c.s.code[in].op == opCall && request() {
				c.s.code[in].flags |= flagOneUse
			}
		}
	case *ast.Name:
		if len(c.rets) == 0 || !request() {
			return
		}
		if sl, ok := c.boundSlot(v.Id); ok {
			for _, h := range c.rets {
				if h.slot == sl {
					if c.received == nil {
						c.received = map[string]int32{}
					}
					c.received[v.Id] = h.call
				}
			}
		}
	}
}

// settleOneRequests marks flagOneUse on the calls whose results the
// locals of body that received a method call hold, where body makes one
// request on the local (OneRequest), whose only binding that is.
func (c *cgCompiler) settleOneRequests(body []ast.Stmt) {
	if len(c.received) == 0 {
		return
	}
	setup, looped := c.m.Libraries().IsClientSetup, LoopedCalls(body)
	for name, call := range c.received {
		if OneRequest(body, looped, name, setup) != "" {
			c.s.code[call].flags |= flagOneUse
		}
	}
}

// settleReturns marks flagReturns on the calls whose results the def of
// body returns: at once, or through a local that body reads nowhere but
// in a return statement and for its attributes (onlyReturned). Not in a
// generator: what it returns, its callers never get.
func (c *cgCompiler) settleReturns(body []ast.Stmt) {
	if c.yields {
		return
	}
	for _, r := range c.returned {
		if r.name == "" || onlyReturned(body, r.name) {
			c.s.code[r.call].flags |= flagReturns
		}
	}
}

// onlyReturned reports whether body, nested scopes included, reads the
// local name only as `return name` and for an attribute of it (`name.x
// = y`, `name.mount(...)`), but for a call that closes it (close,
// aclose, dispose, __exit__, __aexit__): not in a with statement, not
// passed on, not stored elsewhere.
func onlyReturned(body []ast.Stmt, name string) bool {
	ok := true
	allowed := map[*ast.Name]bool{}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Return:
				if x, is := n.Value.(*ast.Name); is && x.Id == name {
					allowed[x] = true
				}
			case *ast.Call:
				if a, is := n.Func.(*ast.Attribute); is && IsName(a.Value, name) && closers[a.Attr] {
					ok = false
				}
			case *ast.Attribute:
				if x, is := n.Value.(*ast.Name); is && x.Id == name {
					allowed[x] = true
				}
			case *ast.Name:
				if n.Id == name && n.Ctx == ast.Load && !allowed[n] {
					ok = false
				}
			}
			return ok
		})
	}
	return ok
}

// closers are the methods that close a client.
var closers = map[string]bool{"close": true, "aclose": true, "dispose": true, "__exit__": true, "__aexit__": true}

// receiver returns the name of the receiver of the method sc, its first
// positional parameter, or "": a staticmethod's, a def's outside a class
// body, a lambda's or a class body's, and one that defaults to None (a
// method called on no receiver).
func receiver(sc *cgScope, args *ast.Arguments, optional uint64) string {
	if sc.kind != FunctionNode || !sc.inClass || args == nil || optional&1 != 0 {
		return ""
	}
	return selfParam(sc.method, args)
}

// settleSelfCalls marks flagSelf on the calls of recv.m(...) of the
// method being compiled, unless it binds recv again anywhere: by a
// store or an augmented assignment (rebound's bit 0), a del, an except
// clause or a match pattern (recvGone), or, as nonlocal, in a nested
// scope (from index nonlocals of c.nonlocal).
func (c *cgCompiler) settleSelfCalls(nonlocals int) {
	if c.rebound&1 != 0 || c.recvGone {
		return
	}
	for _, name := range c.nonlocal[nonlocals:] {
		if c.s.names[name] == c.recv {
			return
		}
	}
	for _, i := range c.recvCalls {
		c.s.code[i].flags |= flagSelf
	}
}

// deletes reports whether the del target t unbinds name (`del self`,
// `del a, self`; not `del self.x`).
func deletes(t ast.Expr, name string) bool {
	switch t := t.(type) {
	case *ast.Name:
		return t.Id == name
	case *ast.Tuple:
		return slices.ContainsFunc(t.Elts, func(e ast.Expr) bool { return deletes(e, name) })
	case *ast.List:
		return slices.ContainsFunc(t.Elts, func(e ast.Expr) bool { return deletes(e, name) })
	}
	return false
}

// captures reports whether the match pattern p binds name.
func captures(p ast.Pattern, name string) bool {
	found := false
	ast.Inspect(p, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.MatchAs:
			found = found || n.Name == name
		case *ast.MatchStar:
			found = found || n.Name == name
		case *ast.MatchMapping:
			found = found || n.Rest == name
		}
		return !found
	})
	return found
}

type span struct{ lo, n int32 }

// defaults compiles the default values of args, as pairs (parameter
// index, value) in the operands, and their annotations (annotated).
func (c *cgCompiler) defaults(args *ast.Arguments) span {
	var pairs []int32
	npos := len(args.Posonlyargs) + len(args.Args)
	for i, d := range args.Defaults {
		pairs = append(pairs, int32(npos-len(args.Defaults)+i), c.expr(d))
	}
	kwBase := npos
	if args.Vararg != nil {
		kwBase++
	}
	for i, d := range args.KwDefaults {
		if d != nil {
			pairs = append(pairs, int32(kwBase+i), c.expr(d))
		}
	}
	pairs = c.annotated(args, pairs)
	if len(pairs) == 0 {
		return span{}
	}
	lo := int32(len(c.s.operands))
	c.s.operands = append(c.s.operands, pairs...)
	return span{lo, int32(len(pairs))}
}

// annotated adds to pairs the classes the parameters of args are
// annotated with, as pairs (-1 - parameter index, class): a parameter
// holds an instance of its class whoever passes it, as a framework
// does (FastAPI's `tasks: BackgroundTasks`, a view's `request:
// HttpRequest`) where the graph sees no caller. The annotations run
// where the defaults do, in the scope that defines the def. The
// elements of *args and **kwargs are left out.
func (c *cgCompiler) annotated(args *ast.Arguments, pairs []int32) []int32 {
	i := int32(0)
	each := func(list []*ast.Arg) {
		for _, a := range list {
			for _, k := range annotationClasses(a.Annotation) {
				pairs = append(pairs, -1-i, c.expr(k))
			}
			i++
		}
	}
	each(args.Posonlyargs)
	each(args.Args)
	if args.Vararg != nil {
		i++
	}
	each(args.Kwonlyargs)
	return pairs
}

// annotationClasses returns the expressions naming the classes whose
// instances an annotation admits: the name itself, each side of `X |
// Y`, the members of Optional[...] and Union[...], the type of
// Annotated[...], and a dotted name in a string (a forward reference).
// A generic's arguments are its elements' classes, not its own: list[X]
// gives none.
func annotationClasses(e ast.Expr) []ast.Expr {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute:
		return []ast.Expr{e}
	case *ast.BinOp:
		if e.Op == ast.BitOr {
			return append(annotationClasses(e.Left), annotationClasses(e.Right)...)
		}
	case *ast.Subscript:
		members := []ast.Expr{e.Slice}
		if t, ok := e.Slice.(*ast.Tuple); ok {
			members = t.Elts
		}
		switch lastName(DottedPath(e.Value)) {
		case "Optional", "Union":
			var out []ast.Expr
			for _, m := range members {
				out = append(out, annotationClasses(m)...)
			}
			return out
		case "Annotated":
			return annotationClasses(members[0])
		}
	case *ast.Constant:
		if s, ok := e.Value.(string); ok {
			return annotationClasses(dottedExpr(s, e.Span))
		}
	}
	return nil
}

// dottedExpr is the expression of a dotted name written in a string,
// at span; nil when s is not one.
func dottedExpr(s string, span ast.Span) ast.Expr {
	if !isDotted(s) {
		return nil
	}
	var out ast.Expr
	for part := range strings.SplitSeq(s, ".") {
		if out == nil {
			out = &ast.Name{Id: part, Ctx: ast.Load, Span: span}
		} else {
			out = &ast.Attribute{Value: out, Attr: part, Ctx: ast.Load, Span: span}
		}
	}
	return out
}

// params binds the parameters of sc in order: positional, *args,
// keyword-only, **kwargs.
func (c *cgCompiler) params(sc int32, args *ast.Arguments) {
	s := &c.s.scopes[sc]
	s.plo = int32(len(c.s.params))
	if args == nil {
		s.phi = s.plo
		return
	}
	add := func(a *ast.Arg) {
		sl := c.slot(a.Arg)
		c.s.slots[sl].flags |= slotLocal
		c.s.params = append(c.s.params, sl)
	}
	for _, a := range args.Posonlyargs {
		add(a)
	}
	for _, a := range args.Args {
		add(a)
	}
	s.posParams = int32(len(c.s.params)) - s.plo
	s.required = s.posParams - int32(len(args.Defaults))
	if args.Vararg != nil {
		s.vararg = int32(len(c.s.params)) - s.plo
		add(args.Vararg)
	}
	for _, a := range args.Kwonlyargs {
		add(a)
	}
	if args.Kwarg != nil {
		s.kwarg = int32(len(c.s.params)) - s.plo
		add(args.Kwarg)
	}
	s.phi = int32(len(c.s.params))
	for _, d := range slices.Concat(args.Defaults, args.KwDefaults) {
		switch d.(type) {
		case *ast.List, *ast.Dict, *ast.Set, *ast.ListComp, *ast.DictComp, *ast.SetComp, *ast.Call:
			s.mutableDefault = true
		}
	}
}

// decorate applies decorators (already compiled, in source order) to v,
// the innermost first.
func (c *cgCompiler) decorate(decs []int32, v int32, nodes []ast.Expr) int32 {
	for i := len(decs) - 1; i >= 0; i-- {
		lo := int32(len(c.s.operands))
		c.s.operands = append(c.s.operands, v, argPositional)
		v = c.emit(cgInstr{op: opCall, flags: flagDecorator, a: decs[i], b: lo, c: 2, pos: nodes[i].Pos()})
	}
	return v
}

func (c *cgCompiler) class(n *ast.ClassDef) {
	decs := c.exprs(n.DecoratorList)
	for _, b := range n.Bases {
		c.expr(b)
	}
	for _, k := range n.Keywords {
		c.expr(k.Value)
	}
	parent := c.cur
	sc := c.open(c.child(n.Name), ClassNode, parent, n.Pos(), n.End())
	c.s.scopes[sc].class = c.classOf[n.Pos()]
	c.s.scopes[sc].opaque = slices.ContainsFunc(n.Keywords, func(k *ast.Keyword) bool {
		return k.Arg != "metaclass" || c.m.Resolve(k.Value) != "abc.ABCMeta"
	})
	stmt, scope := c.classStmt, c.classScope
	c.classStmt, c.classScope = n, sc
	c.body(sc, nil, func() { c.block(n.Body) })
	c.classStmt, c.classScope = stmt, scope
	v := c.emit(cgInstr{op: opClass, a: sc, pos: n.Pos()})
	c.store(n.Name, c.decorate(decs, v, n.DecoratorList), n.Pos())
}

func (c *cgCompiler) exprs(es []ast.Expr) []int32 {
	if len(es) == 0 {
		return nil
	}
	out := make([]int32, len(es))
	for i, e := range es {
		out[i] = c.expr(e)
	}
	return out
}

// valTree is a compiled value, with its elements when it is a tuple or
// list display, for unpacking without building and indexing a sequence.
type valTree struct {
	v    int32
	elts []valTree
}

func (c *cgCompiler) valueTree(e ast.Expr) valTree {
	var elts []ast.Expr
	kind := dispTuple
	switch e := e.(type) {
	case *ast.Tuple:
		elts = e.Elts
	case *ast.List:
		elts, kind = e.Elts, dispList
	default:
		return valTree{v: c.expr(e)}
	}
	t := valTree{elts: make([]valTree, len(elts))}
	for i, x := range elts {
		if _, star := x.(*ast.Starred); star {
			return valTree{v: c.expr(e)}
		}
		t.elts[i] = c.valueTree(x)
	}
	t.v = c.seq(kind, t.elts)
	return t
}

func (c *cgCompiler) seq(kind displayKind, elts []valTree) int32 {
	lo := int32(len(c.s.operands))
	for _, x := range elts {
		c.s.operands = append(c.s.operands, x.v)
	}
	return c.emit(cgInstr{op: opSeq, a: int32(kind), b: lo, c: int32(len(elts))})
}

// assign compiles target = v.
func (c *cgCompiler) assign(target ast.Expr, v valTree) {
	switch t := target.(type) {
	case *ast.Name:
		c.store(t.Id, v.v, t.Pos())
	case *ast.Attribute:
		c.emit(cgInstr{op: opSetAttr, flags: c.weakFlag(), a: c.expr(t.Value), b: c.name(t.Attr), c: v.v, pos: t.Pos()})
	case *ast.Subscript:
		obj := c.expr(t.Value)
		c.emit(cgInstr{op: opSetSubscr, flags: c.weakFlag(), a: obj, b: c.key(t.Slice), c: v.v, pos: t.Pos()})
	case *ast.Starred:
		c.assign(t.Value, v)
	case *ast.Tuple:
		c.unpack(t.Elts, v)
	case *ast.List:
		c.unpack(t.Elts, v)
	}
}

// unpack assigns v to the targets of a, b, *c = v: element by element
// when v is a display of known length, else by indexing v.
func (c *cgCompiler) unpack(targets []ast.Expr, v valTree) {
	star := -1
	for i, t := range targets {
		if _, ok := t.(*ast.Starred); ok {
			star = i
		}
	}
	if v.elts != nil && (star < 0 && len(v.elts) == len(targets) || star >= 0 && len(v.elts) >= len(targets)-1) {
		after := len(targets) - 1 - star
		for i, t := range targets {
			switch {
			case star < 0 || i < star:
				c.assign(t, v.elts[i])
			case i == star:
				mid := v.elts[star : len(v.elts)-after]
				c.assign(t, valTree{v: c.seq(dispList, mid)})
			default:
				c.assign(t, v.elts[len(v.elts)-(len(targets)-i)])
			}
		}
		return
	}
	for i, t := range targets {
		if i == star {
			c.assign(t, valTree{v: v.v})
			continue
		}
		k := c.emit(cgInstr{op: opConst, a: constInt, b: int32(i)})
		if star >= 0 && i > star {
			k = -1
		}
		c.assign(t, valTree{v: c.emit(cgInstr{op: opSubscr, a: v.v, b: k})})
	}
}

// key compiles a subscript: its value, or -1 for a slice.
func (c *cgCompiler) key(e ast.Expr) int32 {
	if s, ok := e.(*ast.Slice); ok {
		for _, x := range []ast.Expr{s.Lower, s.Upper, s.Step} {
			if x != nil {
				c.expr(x)
			}
		}
		return -1
	}
	return c.expr(e)
}

// expr compiles e and returns the instruction of its value, or -1 when
// it has none the graph follows.
func (c *cgCompiler) expr(e ast.Expr) int32 {
	switch e := e.(type) {
	case *ast.Name:
		return c.load(e.Id)
	case *ast.Attribute:
		v := c.expr(e.Value)
		return c.emit(cgInstr{op: opAttr, a: v, b: c.name(e.Attr), pos: e.Pos()})
	case *ast.Call:
		return c.call(e)
	case *ast.Constant:
		switch v := e.Value.(type) {
		case string:
			if len(v) <= maxConstKey {
				return c.emit(cgInstr{op: opConst, a: constStr, b: c.name(v)})
			}
		case int64:
			if v >= 0 && v <= 1<<30 {
				return c.emit(cgInstr{op: opConst, a: constInt, b: int32(v)})
			}
		}
		return -1
	case *ast.Lambda:
		defaults := c.defaults(e.Args)
		k := &c.lambdas[len(c.lambdas)-1]
		*k++
		sc := c.open(c.child("<lambda"+strconv.Itoa(int(*k))+">"), LambdaNode, c.cur, e.Pos(), e.End())
		c.body(sc, e.Args, func() { c.emit(cgInstr{op: opReturn, a: c.expr(e.Body)}) })
		return c.emit(cgInstr{op: opFunc, a: sc, b: defaults.lo, c: defaults.n, pos: e.Pos()})
	case *ast.IfExp:
		c.expr(e.Test)
		outer := c.unless
		if p := c.param(testsUnset(e.Test)); p != 0 {
			c.unless = p
		}
		body := c.expr(e.Body)
		c.unless = outer
		if p := c.param(testsSet(e.Test)); p != 0 {
			c.unless = p
		}
		orelse := c.expr(e.Orelse)
		c.unless = outer
		return c.union(body, orelse)
	case *ast.BoolOp:
		v := int32(-1)
		outer := c.unless
		for i, x := range e.Values {
			v = c.union(v, c.expr(x))
			// `p or make()`: what follows p runs while it is unset.
			if n, ok := x.(*ast.Name); ok && i < len(e.Values)-1 && e.Op == ast.Or {
				if p := c.param(n.Id); p != 0 {
					c.unless = p
				}
			}
		}
		c.unless = outer
		return v
	case *ast.NamedExpr:
		v := c.expr(e.Value)
		c.assign(e.Target, valTree{v: v})
		return v
	case *ast.BinOp:
		c.effects(e.Left)
		c.effects(e.Right)
	case *ast.UnaryOp:
		c.effects(e.Operand)
	case *ast.Compare:
		c.effects(e.Left)
		for _, x := range e.Comparators {
			c.effects(x)
		}
	case *ast.Dict:
		var pairs []int32
		for i, v := range e.Values {
			k := int32(-2)
			if e.Keys[i] != nil {
				k = c.expr(e.Keys[i])
			}
			pairs = append(pairs, k, c.expr(v))
		}
		lo := int32(len(c.s.operands))
		c.s.operands = append(c.s.operands, pairs...)
		return c.emit(cgInstr{op: opDict, b: lo, c: int32(len(pairs)), pos: e.Pos()})
	case *ast.List:
		return c.display(dispList, e.Elts, e.Pos())
	case *ast.Tuple:
		return c.display(dispTuple, e.Elts, e.Pos())
	case *ast.Set:
		return c.display(dispSet, e.Elts, e.Pos())
	case *ast.ListComp:
		return c.comprehension(dispList, e.Generators, e.Elt, nil, e.Pos())
	case *ast.SetComp:
		return c.comprehension(dispSet, e.Generators, e.Elt, nil, e.Pos())
	case *ast.GeneratorExp:
		return c.comprehension(dispList, e.Generators, e.Elt, nil, e.Pos())
	case *ast.DictComp:
		return c.comprehension(dispList, e.Generators, e.Key, e.Value, e.Pos())
	case *ast.Await:
		return c.expr(e.Value)
	case *ast.Yield:
		c.yields = true
		if e.Value != nil {
			c.emit(cgInstr{op: opReturn, a: c.expr(e.Value)})
		}
	case *ast.YieldFrom:
		c.yields = true
		v := c.emit(cgInstr{op: opIter, a: c.expr(e.Value), pos: e.Pos()})
		c.emit(cgInstr{op: opReturn, a: v})
	case *ast.Starred:
		return c.expr(e.Value)
	case *ast.Subscript:
		v := c.expr(e.Value)
		return c.emit(cgInstr{op: opSubscr, a: v, b: c.key(e.Slice), pos: e.Pos()})
	case *ast.JoinedStr:
		for _, x := range e.Values {
			c.effects(x)
		}
	case *ast.FormattedValue:
		c.expr(e.Value)
	}
	return -1
}

// effects compiles e for the calls in it only: its value goes nowhere.
func (c *cgCompiler) effects(e ast.Expr) {
	if _, ok := e.(*ast.Constant); !ok {
		c.expr(e)
	}
}

// maxConstKey bounds the strings kept as constants (dictionary keys).
const maxConstKey = 64

func (c *cgCompiler) union(a, b int32) int32 {
	switch {
	case a < 0:
		return b
	case b < 0:
		return a
	}
	return c.emit(cgInstr{op: opUnion, a: a, b: b})
}

func (c *cgCompiler) display(kind displayKind, elts []ast.Expr, pos token.Pos) int32 {
	vals := make([]int32, len(elts))
	for i, x := range elts {
		if s, ok := x.(*ast.Starred); ok {
			vals[i] = c.expr(s.Value)
			if vals[i] >= 0 {
				vals[i] |= seqStar
			}
			continue
		}
		vals[i] = c.expr(x)
	}
	lo := int32(len(c.s.operands))
	c.s.operands = append(c.s.operands, vals...)
	return c.emit(cgInstr{op: opSeq, a: int32(kind), b: lo, c: int32(len(vals)), pos: pos})
}

// comprehension compiles a comprehension in the current scope (its
// variables are the scope's, weakly): a sequence of elt, or a dict of
// key: value.
func (c *cgCompiler) comprehension(kind displayKind, gens []*ast.Comprehension, elt, value ast.Expr, pos token.Pos) int32 {
	c.weak++
	c.inComp++
	for i, g := range gens {
		it := c.expr(g.Iter)
		if i == 0 {
			c.loops++ // all but the first iterable run at each iteration
		}
		e := c.emit(cgInstr{op: opIter, a: it, pos: g.Iter.Pos()})
		c.assign(g.Target, valTree{v: e})
		for _, x := range g.Ifs {
			c.expr(x)
		}
	}
	k := c.expr(elt)
	c.weak--
	v := int32(-1)
	if value != nil {
		c.weak++
		v = c.expr(value)
		c.weak--
	}
	c.inComp--
	if len(gens) > 0 {
		c.loops--
	}
	if value != nil {
		lo := int32(len(c.s.operands))
		c.s.operands = append(c.s.operands, -1, v)
		return c.emit(cgInstr{op: opDict, b: lo, c: 2, pos: pos})
	}
	if k >= 0 {
		k |= seqAny
	}
	lo := int32(len(c.s.operands))
	c.s.operands = append(c.s.operands, k)
	return c.emit(cgInstr{op: opSeq, a: int32(kind), b: lo, c: 1, pos: pos})
}

func (c *cgCompiler) call(e *ast.Call) int32 {
	if a, ok := e.Func.(*ast.Attribute); ok && !c.rowLocked {
		if libs := c.m.Libraries(); libs != nil && libs.IsRowLock(a.Attr) {
			c.rowLocked = true
		}
	}
	f := c.expr(e.Func)
	c.markOneUse(e, f)
	var ops []int32
	for _, a := range e.Args {
		if s, ok := a.(*ast.Starred); ok {
			ops = append(ops, c.expr(s.Value), argStar)
			continue
		}
		ops = append(ops, c.arg(a), argPositional)
	}
	for _, k := range e.Keywords {
		kw := int32(argStarStar)
		if k.Arg != "" {
			kw = c.name(k.Arg)
		}
		ops = append(ops, c.arg(k.Value), kw)
	}
	lo := int32(len(c.s.operands))
	c.s.operands = append(c.s.operands, ops...)
	in := cgInstr{op: opCall, a: f, b: lo, c: int32(len(ops)), pos: e.Pos()}
	if slices.ContainsFunc(e.Args, isConstant) || slices.ContainsFunc(e.Keywords, func(k *ast.Keyword) bool { return isConstant(k.Value) }) {
		in.flags |= flagLiteral
	}
	switch same, forwards := c.sameArgs(e); {
	case same:
		in.flags |= flagSameArgs | flagForwards
	case forwards:
		in.flags |= flagForwards
		c.forwards = append(c.forwards, int32(len(c.s.code)))
	}
	if a, ok := e.Func.(*ast.Attribute); ok && c.recv != "" && IsName(a.Value, c.recv) {
		c.recvCalls = append(c.recvCalls, int32(len(c.s.code)))
	}
	if c.unless != 0 {
		// The parameter, past the arguments.
		c.s.operands = append(c.s.operands, c.unless-1)
		in.flags |= flagUnless
		c.fallbacks = append(c.fallbacks, int32(len(c.s.code)))
	}
	out := c.emit(in)
	// getattr(x, "a") is x.a; getattr(x, "visit_" + kind) any attribute
	// of x whose name the pattern matches (attrPattern); the default,
	// when given, is what it may also be.
	names, pattern := c.getattrNames(e)
	for _, name := range names {
		attr := cgInstr{op: opAttr, a: ops[0], b: c.name(name), pos: e.Pos()}
		if pattern {
			attr.c = attrPattern
		}
		out = c.union(out, c.emit(attr))
	}
	if len(names) > 0 && len(e.Args) == 3 {
		out = c.union(out, ops[4])
	}
	return out
}

// getattrNames returns the names call e may read by the builtin
// getattr: getattrName's, a pattern or not; or, for the name of the
// request's method (`getattr(self, request.method.lower())`, a
// dispatch by hand as Django's View.dispatch), the HTTP methods'.
func (c *cgCompiler) getattrNames(e *ast.Call) ([]string, bool) {
	if name, ok := c.getattrName(e); ok {
		return []string{name}, strings.IndexByte(name, '*') >= 0
	}
	if IsName(e.Func, "getattr") && len(e.Args) >= 2 && !c.defLocal("getattr") && c.m.Bindings["getattr"] == nil {
		if x, ok := e.Args[1].(*ast.Name); ok && c.methodNames[x.Id] || requestMethodName(e.Args[1]) {
			return libraries.HTTPMethods(), false
		}
	}
	return nil, false
}

// getattrName returns the name call e reads by the builtin getattr, when
// it is one: the string given, or a pattern of it where part of it is
// computed, "*" standing for what is (`"visit_" + kind`: "visit_*";
// f"{op}_type": "*_type").
func (c *cgCompiler) getattrName(e *ast.Call) (string, bool) {
	if !IsName(e.Func, "getattr") || len(e.Args) < 2 || len(e.Args) > 3 || len(e.Keywords) > 0 ||
		c.defLocal("getattr") || c.m.Bindings["getattr"] != nil {
		return "", false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return "", false
		}
	}
	// The name's pieces, in order: a string known, or one computed ("").
	type piece struct {
		text     string
		computed bool
	}
	var parts []piece
	// around adds a format's text, a piece computed between each two.
	around := func(texts []string) {
		for i, t := range texts {
			if i > 0 {
				parts = append(parts, piece{computed: true})
			}
			parts = append(parts, piece{text: t})
		}
	}
	var flatten func(x ast.Expr)
	flatten = func(x ast.Expr) {
		switch x := x.(type) {
		case *ast.BinOp:
			if x.Op == ast.Add {
				flatten(x.Left)
				flatten(x.Right)
				return
			}
			// "do_%s" % method: one piece computed for each conversion.
			if s, ok := StringConstant(x.Left); ok && x.Op == ast.Mod {
				around(percentPieces(s))
				return
			}
		case *ast.Call:
			// "do_{}".format(method), likewise for each field.
			if f, ok := x.Func.(*ast.Attribute); ok && f.Attr == "format" {
				if s, ok := StringConstant(f.Value); ok {
					around(formatPieces(s))
					return
				}
			}
		case *ast.JoinedStr:
			for _, v := range x.Values {
				flatten(v)
			}
			return
		}
		if s, ok := StringConstant(x); ok {
			parts = append(parts, piece{text: s})
		} else {
			parts = append(parts, piece{computed: true})
		}
	}
	flatten(e.Args[1])
	var prefix, suffix strings.Builder
	computed := false
	for _, x := range parts {
		switch {
		case x.computed:
			computed = true
			suffix.Reset()
		case computed:
			suffix.WriteString(x.text)
		default:
			prefix.WriteString(x.text)
		}
	}
	if !computed {
		return prefix.String(), prefix.Len() > 0
	}
	// A name computed whole (getattr(self, name)) is left alone: it reads
	// data more often than it dispatches, and where it dispatches (an
	// RPC server's _dispatch, a route's method by its name) it opens all
	// of a class to every request.
	return prefix.String() + "*" + suffix.String(), prefix.Len()+suffix.Len() > 0
}

// percentPieces splits a printf-style format (`"do_%s"`) at its
// conversions: the text around them, one more piece than conversions;
// `%%` is a percent sign.
func percentPieces(format string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// Skip the conversion: a mapping key, flags, width, precision,
		// then its type letter.
		i++
		if i < len(format) && format[i] == '(' {
			for i < len(format) && format[i] != ')' {
				i++
			}
			i++
		}
		for i < len(format) && strings.IndexByte("#0- +.*123456789hlL", format[i]) >= 0 {
			i++
		}
		out = append(out, b.String())
		b.Reset()
	}
	return append(out, b.String())
}

// formatPieces splits a str.format format (`"do_{}"`) at its fields: the
// text around them, one more piece than fields; `{{` and `}}` are braces.
func formatPieces(format string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		switch c := format[i]; {
		case (c == '{' || c == '}') && i+1 < len(format) && format[i+1] == c:
			b.WriteByte(c)
			i++
		case c == '{':
			for i < len(format) && format[i] != '}' {
				i++
			}
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(out, b.String())
}

// sameArgs reports whether every argument of call e is the same at every
// run of the scope it is in: it reads no parameter or local of a def
// around it, nor a request's or a thread's own object (Flask's request,
// a threading.local), only constants, module-level names, builtins and
// what is read from them (`get_client(settings.KEY)`). forwards reports
// whether each is that or reads parameters of the scope's own def
// (`update(config, config.dir)`), which settleForwards unmarks if the
// def binds one again.
func (c *cgCompiler) sameArgs(e *ast.Call) (same, forwards bool) {
	same, forwards = true, true
	read := func(x ast.Expr) {
		ast.Inspect(x, func(n ast.Node) bool {
			name, attr := "", ""
			switch n := n.(type) {
			case *ast.Name:
				name = n.Id
			case *ast.Attribute:
				if x, ok := n.Value.(*ast.Name); ok {
					name, attr = x.Id, n.Attr
				}
			case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
				forwards = false // their own names are no parameters
			}
			if name != "" && c.varies(name, attr) {
				same = false
				forwards = forwards && c.ownParam(name)
			}
			return forwards && attr == "" // x asked with its attribute, once
		})
	}
	for _, a := range e.Args {
		if forwards {
			read(a)
		}
	}
	for _, k := range e.Keywords {
		if forwards {
			read(k.Value)
		}
	}
	return same && forwards, forwards
}

// ownParam reports whether name is a parameter of the current scope
// other than a method's receiver, which its callers do not pass as an
// argument.
func (c *cgCompiler) ownParam(name string) bool {
	if name == c.recv {
		return false
	}
	sl, ok := c.boundSlot(name)
	if !ok {
		return false
	}
	sc := &c.s.scopes[c.cur]
	return slices.Contains(c.s.params[sc.plo:sc.phi], sl)
}

// varies reports whether name (or its attribute attr, when not "") read
// in the current scope may differ from run to run: a parameter or a
// local of a def around it, a name neither the module nor the code
// compiled so far binds (a local bound later, in a loop or by the def
// around a closure), or an object that holds one value per request,
// thread or context (`from flask import request`, `flask.g`,
// `state = threading.local()`).
func (c *cgCompiler) varies(name, attr string) bool {
	if c.defLocal(name) {
		return true
	}
	b := c.m.Bindings[name]
	if b == nil {
		return !pythonBuiltins[name]
	}
	libs := c.m.Libraries()
	switch b.Kind {
	case BindImport, BindAlias:
		// Only a name the tables know an instance by is joined: the
		// arguments of every call of the tree come through here.
		return libs.IsContextLocal(libs.InstanceClass(b.Target)) ||
			attr != "" && libs.IsInstanceName(attr) && libs.IsContextLocal(libs.InstanceClass(b.Target+"."+attr))
	case BindValue:
		callee := b.Value.Callee
		return b.Value.Kind == Call && libs.IsContextLocalName(callee[strings.LastIndexByte(callee, '.')+1:]) &&
			libs.IsContextLocal(c.m.ResolvePath(callee))
	}
	return false
}

// pythonBuiltins are the names Python binds in every module.
var pythonBuiltins = map[string]bool{
	"abs": true, "aiter": true, "all": true, "anext": true, "any": true, "ascii": true, "bin": true,
	"bool": true, "breakpoint": true, "bytearray": true, "bytes": true, "callable": true, "chr": true,
	"classmethod": true, "compile": true, "complex": true, "delattr": true, "dict": true, "dir": true,
	"divmod": true, "enumerate": true, "eval": true, "exec": true, "filter": true, "float": true,
	"format": true, "frozenset": true, "getattr": true, "globals": true, "hasattr": true, "hash": true,
	"help": true, "hex": true, "id": true, "input": true, "int": true, "isinstance": true,
	"issubclass": true, "iter": true, "len": true, "list": true, "locals": true, "map": true, "max": true,
	"memoryview": true, "min": true, "next": true, "object": true, "oct": true, "open": true, "ord": true,
	"pow": true, "print": true, "property": true, "range": true, "repr": true, "reversed": true,
	"round": true, "set": true, "setattr": true, "slice": true, "sorted": true, "staticmethod": true,
	"str": true, "sum": true, "super": true, "tuple": true, "type": true, "vars": true, "zip": true,
	"__name__": true, "__file__": true, "__doc__": true, "__package__": true, "__spec__": true,
	"Ellipsis": true, "NotImplemented": true,
}

// defLocal reports whether name, read in the current scope, is a
// parameter or a local of a def around it, as far as the code compiled
// so far binds it.
func (c *cgCompiler) defLocal(name string) bool {
	n, ok := c.scr.nameIdx[name]
	if !ok {
		return false
	}
	for sc := c.cur; sc >= 0; sc = c.s.scopes[sc].parent {
		switch c.s.scopes[sc].kind {
		case ModuleNode:
			return false
		case ClassNode:
			continue // a class body's names are not its methods'
		}
		if sl, ok := c.scr.slotOf[slotKey{sc, n}]; ok && c.s.slots[sl].flags&(slotLocal|slotGlobal) == slotLocal {
			return true
		}
	}
	return false
}

// arg compiles an argument's value: argNothing for None or False.
func (c *cgCompiler) arg(e ast.Expr) int32 {
	if passesNothing(e) {
		return argNothing
	}
	v := c.expr(e)
	if n, ok := e.(*ast.Name); ok && v >= 0 && c.s.code[v].op == opLoad && len(c.optionalOf) > 0 {
		if sc, p := c.optionalParam(n.Id); sc >= 0 {
			c.optionalArgs = append(c.optionalArgs, v, sc, p, c.defsUp(sc))
		}
	}
	return v
}

// optionalParam returns the scope of the def whose parameter name is,
// where the name is one of the current def's or of a def around it,
// with None for its default, and the parameter's index; -1 otherwise.
func (c *cgCompiler) optionalParam(name string) (int32, int32) {
	n, ok := c.scr.nameIdx[name]
	if !ok {
		return -1, 0
	}
	for sc := c.cur; sc >= 0; sc = c.s.scopes[sc].parent {
		if c.s.scopes[sc].kind != FunctionNode {
			return -1, 0
		}
		sl, ok := c.scr.slotOf[slotKey{sc, n}]
		switch {
		case ok && c.s.slots[sl].flags&slotGlobal != 0:
			return -1, 0
		case !ok || c.s.slots[sl].flags&slotLocal == 0:
			continue // not bound here: a free name, of a def around
		}
		s := &c.s.scopes[sc]
		for i := s.plo; i < s.phi; i++ {
			if p := i - s.plo; c.s.params[i] == sl && p < 64 && c.optionalOf[sc]&(1<<p) != 0 {
				return sc, p
			}
		}
		return -1, 0
	}
	return -1, 0
}

// defsUp returns how many defs around the current one sc is: 0 for the
// current def, -1 past a class or a lambda, whose names the path of
// defs does not spell as its own.
func (c *cgCompiler) defsUp(sc int32) int32 {
	up := int32(0)
	for s := c.cur; s >= 0 && s != sc; s = c.s.scopes[s].parent {
		if c.s.scopes[s].kind != FunctionNode {
			return -1
		}
		up++
	}
	return up
}

// settleOptionalArgs marks flagMayBeNone on the loads of sc's parameters
// given as arguments, for a parameter sc never binds again, nor, as
// nonlocal, a scope nested in it (from index nonlocals of c.nonlocal).
func (c *cgCompiler) settleOptionalArgs(sc int32, nonlocals int) {
	kept := c.optionalArgs[:0]
	for i := 0; i < len(c.optionalArgs); i += 4 {
		load, of, p, up := c.optionalArgs[i], c.optionalArgs[i+1], c.optionalArgs[i+2], c.optionalArgs[i+3]
		if of != sc {
			kept = append(kept, load, of, p, up)
			continue
		}
		name := c.s.slots[c.s.params[c.s.scopes[sc].plo+p]].name
		if c.stored&(1<<p) == 0 && !slices.Contains(c.nonlocal[nonlocals:], name) {
			// Which parameter, of the def how many defs up from the
			// call's (Edge.ForwardsFrom).
			in := &c.s.code[load]
			in.flags |= flagMayBeNone
			in.b, in.c = p, up
			c.s.scopes[sc].handsOn = true
		}
	}
	c.optionalArgs = kept
	delete(c.optionalOf, sc)
}

// finish orders the slots scope by scope (a run's environment is then a
// slice), and resolves each free name to the scope that binds it.
func (c *cgCompiler) finish() {
	s := c.s
	// Counting sort of the slots by scope.
	ints := slices.Grow(c.scr.ints[:0], len(s.scopes)+1+len(s.slots))
	c.scr.ints = ints
	start := ints[:len(s.scopes)+1]
	clear(start)
	for _, sl := range s.slots {
		start[sl.scope+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	for i := range s.scopes {
		s.scopes[i].slo, s.scopes[i].shi = start[i], start[i+1]
	}
	next := start[:len(s.scopes)]
	renum := ints[len(start) : len(start)+len(s.slots)]
	sorted := make([]cgSlot, len(s.slots))
	for i, sl := range s.slots {
		renum[i] = next[sl.scope]
		sorted[next[sl.scope]] = sl
		next[sl.scope]++
	}
	s.slots = sorted
	for i := range s.code {
		if in := &s.code[i]; in.op == opLoad || in.op == opStore {
			in.a = renum[in.a]
		}
	}
	for i, p := range s.params {
		s.params[i] = renum[p]
	}
	for i := range s.slots {
		sl := &s.slots[i]
		sc := &s.scopes[sl.scope]
		switch {
		case sl.scope == 0:
			continue
		case sc.kind == ClassNode && sl.flags&slotLocal != 0:
			sl.flags |= slotCaptured // a class attribute
			continue
		case sl.flags&slotLocal != 0 || sl.flags&slotGlobal != 0:
			continue
		}
		for p := sc.parent; p > 0; p = s.scopes[p].parent {
			if s.scopes[p].kind == ClassNode {
				continue // a class body's names are not its methods'
			}
			j, ok := c.scr.slotOf[slotKey{p, sl.name}] // numbered before the sort
			if !ok {
				continue
			}
			j = renum[j]
			o := &s.slots[j]
			if o.flags&slotGlobal != 0 {
				break
			}
			if o.flags&slotLocal != 0 {
				sl.owner, sl.ownerSlot = p, j
				o.flags |= slotCaptured
				break
			}
		}
	}
}

// isConstant reports whether e is a literal constant: a string, a number,
// None, True or False.
func isConstant(e ast.Expr) bool {
	_, ok := e.(*ast.Constant)
	return ok
}
