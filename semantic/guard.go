package semantic

import (
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// A lazy-init guard runs code only while what it tests is not set yet:
// `if self._engine is None: self._engine = create_engine(...)`, or, after
// `if key in cache: return cache[key]`, the rest of the block. What the
// guarded code keeps is built once (per key), not at every run: CT301
// reads the guard in the def that builds a client, and the call graph's
// summary in a def that keeps what it calls (Edge.Kept).

// UnsetTest reports whether test checks that something is not set yet:
// `x is None` (or a sentinel: `x is _UNSET`), `not x`, `not
// hasattr(...)`, `x not in ...`, an attribute still of its placeholder's
// class (`isinstance(cls._client, ModelPrivateAttr)`), or any of those
// in a boolean operation. A test that a client it holds is closed
// (`self.connection.is_closed`, `session.closed`) is one too: what
// follows replaces it, as a reconnection does, not at every run.
func UnsetTest(test ast.Expr) bool {
	switch t := test.(type) {
	case *ast.Attribute:
		return closedStates[t.Attr]
	case *ast.Call:
		return placeholderTest(t) != nil
	case *ast.UnaryOp:
		return t.Op == ast.Not
	case *ast.Compare:
		if len(t.Ops) != 1 {
			return false
		}
		if unsetValue(t.Comparators[0]) && (t.Ops[0] == ast.Is || t.Ops[0] == ast.Eq) {
			return true
		}
		return t.Ops[0] == ast.NotIn
	case *ast.BoolOp:
		for _, v := range t.Values {
			if UnsetTest(v) {
				return true
			}
		}
	}
	return false
}

// closedStates are the attributes by which clients say they are closed
// (pika's and httpx's `is_closed`, aiohttp's and redis's `closed`).
var closedStates = map[string]bool{"is_closed": true, "closed": true}

// UnsetSubjects returns what the unset tests in test check (UnsetTest):
// x for `x is None`, `x == None` and `not x`; the container for `key not
// in cache` and `not cache.get(key)`; x.a for `not hasattr(x, "a")`.
func UnsetSubjects(test ast.Expr) []ast.Expr {
	switch t := test.(type) {
	case *ast.Attribute:
		if closedStates[t.Attr] {
			return []ast.Expr{t.Value}
		}
	case *ast.Call:
		if a := placeholderTest(t); a != nil {
			return []ast.Expr{a}
		}
	case *ast.UnaryOp:
		if t.Op != ast.Not {
			return nil
		}
		if call, ok := t.Operand.(*ast.Call); ok {
			if recv, attr, ok := AttrProbe(call); ok {
				return []ast.Expr{&ast.Attribute{Value: recv, Attr: attr}}
			}
			if f, ok := call.Func.(*ast.Attribute); ok && f.Attr == "get" {
				return []ast.Expr{f.Value}
			}
			return nil
		}
		return []ast.Expr{t.Operand}
	case *ast.Compare:
		if len(t.Ops) != 1 {
			return nil
		}
		if unsetValue(t.Comparators[0]) && (t.Ops[0] == ast.Is || t.Ops[0] == ast.Eq) {
			if recv, attr, ok := AttrProbe(t.Left); ok {
				return []ast.Expr{&ast.Attribute{Value: recv, Attr: attr}}
			}
			return []ast.Expr{t.Left}
		}
		if t.Ops[0] == ast.NotIn {
			return []ast.Expr{t.Comparators[0]}
		}
	case *ast.BoolOp:
		var out []ast.Expr
		for _, v := range t.Values {
			out = append(out, UnsetSubjects(v)...)
		}
		return out
	}
	return nil
}

// placeholderTest returns the attribute that `isinstance(x.a, T)` tests,
// or nil for another call. An attribute is so tested while it holds what
// its class declared (pydantic's ModelPrivateAttr); a guarded def sets
// it to what it builds, and the test does not hold again. A local or a
// parameter so tested is a dispatch on its type, not a guard.
func placeholderTest(c *ast.Call) *ast.Attribute {
	if !IsName(c.Func, "isinstance") || len(c.Args) != 2 || len(c.Keywords) > 0 {
		return nil
	}
	a, _ := c.Args[0].(*ast.Attribute)
	return a
}

// SetsSubject reports whether an assignment to target sets subject, what
// a lazy-init guard tests, beyond the run of the def (global says which
// names are): the name (a global), the attribute, or an item of the
// container.
func SetsSubject(target, subject ast.Expr, global func(name string) bool) bool {
	switch t := target.(type) {
	case *ast.Name:
		s, ok := subject.(*ast.Name)
		return ok && s.Id == t.Id && global(t.Id)
	case *ast.Attribute:
		p := DottedPath(t)
		return p != "" && p == DottedPath(subject)
	case *ast.Subscript:
		p := DottedPath(t.Value)
		return p != "" && p == DottedPath(subject)
	case *ast.Tuple, *ast.List:
		elts, _ := ast.Elts(t)
		for _, e := range elts {
			if SetsSubject(e, subject, global) {
				return true
			}
		}
	}
	return false
}

// KeepsBeyondCall reports whether an assignment to targets, in a def,
// keeps its value beyond the call: in a global the def declares (global
// says which), an attribute, or an item of a container.
func KeepsBeyondCall(targets []ast.Expr, global func(name string) bool) bool {
	for _, t := range targets {
		switch t := t.(type) {
		case *ast.Name:
			if global(t.Id) {
				return true
			}
		case *ast.Attribute, *ast.Subscript:
			return true
		}
	}
	return false
}

// SetGuard reports whether st leaves, when what it tests is set, with
// that value: `if key in cache: return cache[key]`, `if self._client is
// not None: return self._client`, `if cached is not None and cached[0]
// == pid: return cached[1]`. What runs after it, and its else branch,
// runs only while the value is unset (or stale): a lazy-init guard as
// `if <unset>:` is.
func SetGuard(st *ast.If) bool {
	if len(st.Body) == 0 {
		return false
	}
	ret, ok := st.Body[len(st.Body)-1].(*ast.Return)
	if !ok || ret.Value == nil {
		return false
	}
	return returnsSet(st.Test, ret.Value)
}

// returnsSet reports whether test checks that something is set (`x is
// not None`, `x`, `key in x`, `hasattr(x, "a")`, or one of those in a
// boolean operation) and v is that thing or an item of it.
func returnsSet(test, v ast.Expr) bool {
	switch t := test.(type) {
	case *ast.BoolOp:
		for _, x := range t.Values {
			if returnsSet(x, v) {
				return true
			}
		}
	case *ast.Compare:
		if len(t.Ops) != 1 {
			return false
		}
		switch t.Ops[0] {
		case ast.IsNot, ast.NotEq:
			if unsetValue(t.Comparators[0]) {
				return itemOf(v, itemBase(t.Left))
			}
		case ast.In:
			return itemOf(v, t.Comparators[0])
		}
	case *ast.Call:
		if base := itemBase(t); base != t {
			return itemOf(v, base) // cache.get(key)
		}
		// hasattr(x, "a") tests x.a.
		if f, ok := t.Func.(*ast.Name); ok && f.Id == "hasattr" && len(t.Args) == 2 {
			if k, ok := t.Args[1].(*ast.Constant); ok {
				if name, ok := k.Value.(string); ok {
					return itemOf(v, &ast.Attribute{Value: t.Args[0], Attr: name})
				}
			}
		}
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return itemOf(v, t)
	}
	return false
}

// itemBase returns x of `x.get(k)`, else e: a test of the item tests
// the container, as v is matched against it (`if cache.get(key): return
// cache[key]`).
func itemBase(e ast.Expr) ast.Expr {
	if c, ok := e.(*ast.Call); ok {
		if f, ok := c.Func.(*ast.Attribute); ok && f.Attr == "get" {
			return f.Value
		}
	}
	return e
}

// itemOf reports whether v is x, or an item of it (`x[k]`, `x.get(k)`).
func itemOf(v, x ast.Expr) bool {
	for {
		if sameRef(v, x) {
			return true
		}
		switch e := v.(type) {
		case *ast.Subscript:
			v = e.Value
		case *ast.Call:
			f, ok := e.Func.(*ast.Attribute)
			if !ok || f.Attr != "get" {
				return false
			}
			v = f.Value
		default:
			return false
		}
	}
}

// sameRef reports whether a and b name the same thing: one name or
// attribute path (`self._client`), or one item of it by a name or a
// constant key (`cache[key]`, `cache["k"]`).
func sameRef(a, b ast.Expr) bool {
	switch a := a.(type) {
	case *ast.Name, *ast.Attribute:
		p := DottedPath(a)
		return p != "" && p == DottedPath(b)
	case *ast.Subscript:
		s, ok := b.(*ast.Subscript)
		return ok && sameRef(a.Value, s.Value) && sameKey(a.Slice, s.Slice)
	}
	return false
}

// sameKey reports whether two subscripts' keys are one name or one
// constant string or int.
func sameKey(a, b ast.Expr) bool {
	switch a := a.(type) {
	case *ast.Name:
		k, ok := b.(*ast.Name)
		return ok && k.Id == a.Id
	case *ast.Constant:
		k, ok := b.(*ast.Constant)
		switch a.Value.(type) {
		case string, int64:
			return ok && k.Value == a.Value
		}
	}
	return false
}

// RecoversFromFailure reports whether the except handler h runs after a
// failure: it catches anything (a bare except) or an exception that is
// not only a lookup finding nothing (libraries' MissErrors), which is
// the miss of a lazy-init guard instead (`try: return self._c except
// AttributeError: self._c = build()`).
func (m *Module) RecoversFromFailure(h *ast.ExceptHandler) bool {
	if h.Type == nil {
		return true
	}
	types := []ast.Expr{h.Type}
	if elts, ok := ast.Elts(h.Type); ok {
		types = elts
	}
	libs := m.Libraries()
	for _, t := range types {
		if !libs.IsMissError(m.ResolvePath(DottedPath(t))) {
			return true
		}
	}
	return false
}

// TestedAttrs returns the attributes of the receiver recv that test
// looks at: `recv.a`, `getattr(recv, "a", None)`, `hasattr(recv, "a")`.
// A lazy-init guard on one of them runs what sets it once.
func TestedAttrs(test ast.Expr, recv string) []string {
	if recv == "" {
		return nil
	}
	var out []string
	ast.Inspect(test, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Attribute:
			if IsName(n.Value, recv) {
				out = append(out, n.Attr)
			}
		case *ast.Call:
			if r, name, ok := AttrProbe(n); ok && IsName(r, recv) {
				out = append(out, name)
			}
		}
		return true
	})
	return out
}

// AttrProbe returns X and "a" of `getattr(X, "a")`, `getattr(X, "a",
// default)` or `hasattr(X, "a")`: a look at attribute a of X that a test
// makes without X.a.
func AttrProbe(e ast.Expr) (recv ast.Expr, attr string, ok bool) {
	c, isCall := e.(*ast.Call)
	if !isCall || len(c.Args) < 2 || len(c.Args) > 3 {
		return nil, "", false
	}
	f, isName := c.Func.(*ast.Name)
	if !isName || f.Id != "getattr" && (f.Id != "hasattr" || len(c.Args) != 2) {
		return nil, "", false
	}
	attr, ok = StringConstant(c.Args[1])
	return c.Args[0], attr, ok
}

// ClosedArmsInFinally returns the calls whose results the arms of
// body[i], an if statement, each bind last to one name (`if url: c =
// from_url(url) else: c = Redis()`) when the statement after it is a
// try whose finally block closes that name, as ClosedInFinally's.
func ClosedArmsInFinally(body []ast.Stmt, i int, closes func(string) bool) []*ast.Call {
	st, ok := body[i].(*ast.If)
	if !ok || i+1 >= len(body) {
		return nil
	}
	var calls []*ast.Call
	name := ""
	// last reports whether the last statement of an arm binds the name
	// a call's result that the try after the if closes.
	last := func(arm []ast.Stmt) bool {
		if len(arm) == 0 {
			return false
		}
		call := ClosedInFinally([]ast.Stmt{arm[len(arm)-1], body[i+1]}, 0, closes)
		if call == nil {
			return false
		}
		n := arm[len(arm)-1].(*ast.Assign).Targets[0].(*ast.Name).Id
		if name != "" && n != name {
			return false
		}
		name = n
		calls = append(calls, call)
		return true
	}
	for {
		if !last(st.Body) {
			return nil
		}
		// elif: an else of one if statement, whose arms are arms too.
		if next, ok := onlyIf(st.Orelse); ok {
			st = next
			continue
		}
		if !last(st.Orelse) {
			return nil
		}
		return calls
	}
}

// onlyIf returns the if statement that is all of block (an elif).
func onlyIf(block []ast.Stmt) (*ast.If, bool) {
	if len(block) != 1 {
		return nil, false
	}
	st, ok := block[0].(*ast.If)
	return st, ok
}

// ClosedInFinally returns the call whose result body[i] binds to a name
// (`c = make()`, `c = await make()`) when a try after it, past a few
// set-up statements only (calls, and assignments of other names:
// `c.mount(url, adapter)`, `timeout = config.timeout`), has a finally block that
// closes that name (`c.close()`, `await c.aclose()`; closes says which
// methods close): the result is closed as a with statement would close
// it. nil otherwise.
func ClosedInFinally(body []ast.Stmt, i int, closes func(string) bool) *ast.Call {
	if i+1 >= len(body) {
		return nil
	}
	a, ok := body[i].(*ast.Assign)
	if !ok || len(a.Targets) != 1 {
		return nil
	}
	name, ok := a.Targets[0].(*ast.Name)
	if !ok {
		return nil
	}
	v := a.Value
	if aw, ok := v.(*ast.Await); ok {
		v = aw.Value
	}
	call, ok := v.(*ast.Call)
	if !ok {
		return nil
	}
	var final []ast.Stmt
	// A few set-up statements at most: each assignment of a block looks
	// ahead, and a look as long as the block would cost its square.
	const maxSetUp = 8
	for j, st := range body[i+1:] {
		if j > maxSetUp {
			return nil
		}
		switch t := st.(type) {
		case *ast.Try:
			final = t.Finalbody
		case *ast.TryStar:
			final = t.Finalbody
		case *ast.ExprStmt:
			if _, ok := t.Value.(*ast.Call); ok {
				continue
			}
			return nil
		case *ast.Assign:
			if slices.ContainsFunc(t.Targets, func(e ast.Expr) bool { return IsName(e, name.Id) }) {
				return nil
			}
			continue
		default:
			return nil
		}
		break
	}
	for _, st := range final {
		if ClosedLocal(st, closes) == name.Id {
			return call
		}
	}
	return nil
}

// ClosedLocal returns the local that st, a statement of its own, closes
// (`c.close()`, `await c.aclose()`; closes says which methods close;
// also the close given to what runs it, `loop.run_until_complete(
// c.close())`), or "".
func ClosedLocal(st ast.Stmt, closes func(string) bool) string {
	e, ok := st.(*ast.ExprStmt)
	if !ok {
		return ""
	}
	x := e.Value
	if aw, ok := x.(*ast.Await); ok {
		x = aw.Value
	}
	if c, ok := x.(*ast.Call); ok && len(c.Args) == 1 {
		if inner, ok := c.Args[0].(*ast.Call); ok {
			x = inner // the coroutine of a close, run to completion
		}
	}
	if c, ok := x.(*ast.Call); ok {
		if f, ok := c.Func.(*ast.Attribute); ok && closes(f.Attr) {
			if n, ok := f.Value.(*ast.Name); ok {
				return n.Id
			}
		}
	}
	return ""
}

// sentinelWords name, in a sentinel's name, the value that stands for
// "not set yet" where None is a value (`_UNSET = object()`, `MISSING`,
// `_sentinel`).
var sentinelWords = []string{"unset", "notset", "missing", "sentinel", "undefined", "novalue", "notgiven", "uninitialized", "uninitialised"}

// unsetValue reports whether e stands for "not set": None, or a name
// that says it is a sentinel. Another constant compared with `is` is a
// state (`self._state is READY`), not unset.
func unsetValue(e ast.Expr) bool {
	if IsNone(e) {
		return true
	}
	var name string
	switch x := e.(type) {
	case *ast.Name:
		name = x.Id
	case *ast.Attribute: // sentinels.UNSET
		name = x.Attr
	default:
		return false
	}
	// Lower case and without underscores, in a buffer of its own: every
	// `if x == y:` of the tree asks, as summaries are made.
	var buf [64]byte
	folded := buf[:0]
	for i := 0; i < len(name) && len(folded) < len(buf); i++ {
		switch b := name[i]; {
		case b == '_':
		case 'A' <= b && b <= 'Z':
			folded = append(folded, b+'a'-'A')
		default:
			folded = append(folded, b)
		}
	}
	for _, w := range sentinelWords {
		if strings.Contains(string(folded), w) {
			return true
		}
	}
	return false
}

// InitBlock reports whether body, guarded by test, sets what test checks
// is unset, so that it stays set after the run (outlives says which
// names do) (a global, an attribute,
// an item of a container): `if _app is None: ...; _app = App()`, `if key
// not in cache: ...; cache[key] = v`. Its code runs once (per key).
func InitBlock(body []ast.Stmt, test ast.Expr, outlives func(name string) bool) bool {
	subjects := UnsetSubjects(test)
	if len(subjects) == 0 {
		return false
	}
	found := false
	var visit func(stmts []ast.Stmt)
	visit = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			if found {
				return
			}
			var targets []ast.Expr
			switch st := st.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
				continue
			case *ast.Assign:
				targets = st.Targets
			case *ast.AnnAssign:
				if st.Value != nil {
					targets = []ast.Expr{st.Target}
				}
			}
			for _, t := range targets {
				for _, subject := range subjects {
					if SetsSubject(t, subject, outlives) {
						found = true
					}
				}
			}
			ast.EachBlock(st, visit)
		}
	}
	visit(body)
	return found
}

// OnceGuard reports whether st leaves while what it tests is set, and
// rest, the statements after it, sets that: after `if _ready: return`
// (or `if reader: return`), rest runs once, the run that sets `_ready`.
func OnceGuard(st *ast.If, rest []ast.Stmt, outlives func(name string) bool) bool {
	return len(st.Orelse) == 0 && leaves(st.Body) && isRef(st.Test) &&
		InitBlock(rest, &ast.UnaryOp{Op: ast.Not, Operand: st.Test}, outlives)
}
