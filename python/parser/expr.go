package parser

import (
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/literal"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

func normIdent(s string) string { return literal.Identifier(s) }

// startsExpr reports whether k can begin an expression.
func startsExpr(k token.Kind) bool {
	switch k {
	case token.NAME, token.NUMBER, token.STRING, token.FSTRING_START, token.TSTRING_START,
		token.LPAR, token.LSQB, token.LBRACE, token.MINUS, token.PLUS, token.TILDE,
		token.NOT, token.LAMBDA, token.AWAIT, token.STAR, token.ELLIPSIS,
		token.NONE, token.TRUE, token.FALSE:
		return true
	}
	return false
}

// starExpressions parses star_expressions: an unparenthesised tuple when
// there is a comma.
func (p *parser) starExpressions() ast.Expr {
	lo := p.lo()
	first := p.starExpression()
	if p.kind() != token.COMMA {
		return first
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, first)
	for p.got(token.COMMA) {
		if !startsExpr(p.kind()) {
			break
		}
		p.exprs = append(p.exprs, p.starExpression())
	}
	return p.mem.tuples.New(ast.Tuple{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(lo)})
}

func (p *parser) starExpression() ast.Expr {
	if p.kind() == token.STAR {
		lo := p.lo()
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Span: p.span(lo)}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() ast.Expr {
	if p.kind() == token.STAR {
		lo := p.lo()
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Span: p.span(lo)}
	}
	return p.namedExpression()
}

// displayItem parses the first item of a tuple, list or set display: a
// star_named_expression, where CPython also explains "*a = b" (only
// there: "[x, *a = 1]" is a generic error).
func (p *parser) displayItem() ast.Expr {
	star := p.i
	e := p.starNamedExpression()
	if p.toks[star].kind == token.STAR {
		p.starredAssign(star)
	}
	return e
}

// starredAssign reports "*a = b" where an item or an argument was
// expected, as CPython's invalid_starred_expression_unpacking does, once
// the starred item from token star has been read and is not followed by
// the end of an item.
func (p *parser) starredAssign(star int) {
	switch p.kind() {
	case token.COMMA, token.RPAR, token.RSQB, token.RBRACE, token.NEWLINE:
		return
	}
	i, prev, far := p.i, p.prevHi, p.far
	p.i = star + 1
	if p.parses(func() {
		p.expression()
		if p.kind() != token.EQUAL {
			p.syntaxError()
		}
		p.next()
		p.expression()
	}) {
		p.errorAt(p.toks[star].lo, "cannot assign to iterable argument unpacking")
	}
	p.i, p.prevHi, p.far = i, prev, far
}

// unpackingInComprehension reports a starred item before a comprehension's
// for clauses (gens, already parsed: their errors come first).
func (p *parser) unpackingInComprehension(elt ast.Expr) {
	if _, ok := elt.(*ast.Starred); ok {
		p.errorAtNode(elt, "iterable unpacking cannot be used in comprehension")
	}
}

// namedExpression parses NAME ':=' expression | expression, explaining a
// stray '=' as CPython does.
func (p *parser) namedExpression() ast.Expr {
	start := p.i
	e := p.namedExpr()
	if p.kind() == token.EQUAL {
		p.strayEqual(start, e)
	}
	return e
}

// strayEqual reports "x = y" where a named expression starting at token
// start was expected, as CPython's invalid_named_expression rule does.
func (p *parser) strayEqual(start int, e ast.Expr) {
	// What is not a bitwise_or is not the rule's target, unless it is
	// parenthesised (and so does not start where the item does).
	if e.Pos() == p.toks[start].lo {
		switch e := e.(type) {
		case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.NamedExpr:
			return
		case *ast.UnaryOp:
			if e.Op == ast.Not {
				return
			}
		}
	}
	// The rule's lookahead !(list|tuple|genexp|'True'|'None'|'False') looks
	// at the first atom only: "[a][0] = b" is left alone too.
	switch p.toks[start].kind {
	case token.TRUE, token.NONE, token.FALSE:
		return
	}
	switch leftmostAtom(e).(type) {
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
		if leftmostAtom(e).Pos() == p.toks[start].lo {
			return
		}
	}
	// The right side must be a bitwise_or not followed by '=' or ':='.
	i, prev := p.i, p.prevHi
	ok := p.try(func() {
		p.next()
		p.bitwiseOr()
		if k := p.kind(); k == token.EQUAL || k == token.COLONEQUAL {
			p.syntaxError()
		}
	})
	p.i, p.prevHi = i, prev
	if !ok {
		return
	}
	// Only a bare NAME gets the first message: "(a) = b" is the second.
	if _, isName := e.(*ast.Name); isName && p.toks[start].kind == token.NAME {
		p.errorAtNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	p.errorAtNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// leftmostAtom returns the atom a bitwise_or-level expression starts
// with: the first operand, callee or subscripted value, repeatedly.
func leftmostAtom(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.BinOp:
			e = x.Left
		case *ast.Attribute:
			e = x.Value
		case *ast.Subscript:
			e = x.Value
		case *ast.Call:
			e = x.Func
		default:
			return e
		}
	}
}

// namedExpr parses NAME ':=' expression | expression.
func (p *parser) namedExpr() ast.Expr {
	if p.kind() == token.NAME && p.peek(1) == token.COLONEQUAL {
		lo := p.lo()
		target := p.nameExpr(ast.Store)
		p.next()
		v := p.expression()
		return &ast.NamedExpr{Target: target, Value: v, Span: p.span(lo)}
	}
	e := p.expression()
	if p.kind() == token.COLONEQUAL {
		p.errorAtNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

func (p *parser) nameExpr(ctx ast.ExprContext) *ast.Name {
	t := p.toks[p.i]
	n := p.mem.names.Alloc()
	n.Id = p.name()
	n.Ctx = ctx
	n.Span = ast.Span{Lo: t.lo, Hi: t.hi}
	return n
}

func (p *parser) expression() ast.Expr {
	p.enter()
	x := p.ifExpression()
	p.leave()
	return x
}

func (p *parser) ifExpression() ast.Expr {
	if p.kind() == token.LAMBDA {
		return p.lambda()
	}
	start := p.i
	if p.legacy == 0 && p.kind() == token.NAME {
		p.noteLegacy()
	}
	if p.i+1 < len(p.toks) && plainOperand[p.toks[p.i].kind] && endsOperand[p.toks[p.i+1].kind] {
		// A lone name, number or string (an argument, a value, an item)
		// is the commonest expression: every level from disjunction down
		// to primary would return the atom unchanged.
		x := p.atom()
		p.lastDisj, p.lastDisjEnd, p.lastDisjNode = start, p.i, x
		return x
	}
	lo := p.lo()
	var x ast.Expr
	if startsPrimary[p.kind()] {
		// No prefix operator: every level down to primary would start
		// with the same token, so parse the primary and climb back up.
		x = p.primary()
		x = p.disjunctionTail(lo, p.conjunctionTail(lo, p.comparisonTail(lo, p.binaryTail(1, lo, p.powerTail(lo, x)))))
	} else {
		x = p.disjunction()
	}
	if p.kind() != token.IF {
		// An expression that is a bare disjunction is where CPython's
		// invalid_expression rule looks for a missing comma.
		p.lastDisj, p.lastDisjEnd, p.lastDisjNode = start, p.i, x
		return x
	}
	p.next()
	test := p.ifTest(lo)
	if !p.got(token.ELSE) {
		p.errorAt(lo, "expected 'else' after 'if' expression")
	}
	if k := p.kind(); !startsExpr(k) || k == token.STAR {
		p.errorAt(p.lo(), "expected expression after 'else', but statement is given")
	}
	orelse := p.expression()
	return &ast.IfExp{Test: test, Body: x, Orelse: orelse, Span: p.span(lo)}
}

// noteLegacy records the current NAME token in p.legacy if it is print or
// exec followed by what may start star_expressions (not '(').
func (p *parser) noteLegacy() {
	t := p.toks[p.i]
	if n := t.hi - t.lo; n != 5 && n != 4 || p.i+1 >= len(p.toks) {
		return
	}
	if k := p.toks[p.i+1].kind; k == token.LPAR || !startsExpr(k) {
		return
	}
	if s := p.text[t.lo:t.hi]; s == "print" || s == "exec" {
		p.legacy = p.i + 1
	}
}

// ifTest parses the test of a conditional expression starting at lo. As
// CPython's PEG parser backtracks to the longest test that parses, a test
// that fails with a generic syntax error after a valid first atom means a
// missing 'else'.
//
// While already speculating only success matters, and trying again at
// every level of nested conditionals would take exponential time.
func (p *parser) ifTest(lo token.Pos) ast.Expr {
	if p.specul > 0 {
		return p.disjunction()
	}
	var test ast.Expr
	if p.try(func() { test = p.disjunction() }) {
		return test
	}
	failed, at := p.lastErr, p.lastErrTok
	if failed.Msg == "invalid syntax" && p.parses(func() { p.atom() }) {
		p.errorAt(lo, "expected 'else' after 'if' expression")
	}
	p.lastErr, p.lastErrTok = failed, at
	p.reraise()
	return nil
}

// plainOperand holds the tokens that are a whole atom by themselves.
var plainOperand = [256]bool{
	token.NAME: true, token.NUMBER: true, token.STRING: true,
	token.NONE: true, token.TRUE: true, token.FALSE: true,
}

// startsPrimary holds the tokens atom accepts: an expression starting
// with one has no prefix operator (not, -, +, ~, await, lambda).
var startsPrimary = [256]bool{
	token.NAME: true, token.NUMBER: true, token.STRING: true,
	token.FSTRING_START: true, token.TSTRING_START: true,
	token.NONE: true, token.TRUE: true, token.FALSE: true, token.ELLIPSIS: true,
	token.LPAR: true, token.LSQB: true, token.LBRACE: true,
}

// endsOperand holds tokens that no level of an expression from
// disjunction down to primary takes after an atom: not a trailer ('.',
// '(', '['), nor a binary, comparison or boolean operator, nor 'if'.
var endsOperand = [256]bool{
	token.NEWLINE: true, token.COMMA: true, token.RPAR: true, token.RSQB: true,
	token.RBRACE: true, token.COLON: true, token.EQUAL: true, token.SEMI: true,
	token.FOR: true,
}

func (p *parser) disjunction() ast.Expr {
	lo := p.lo()
	return p.disjunctionTail(lo, p.conjunction())
}

// disjunctionTail finishes a disjunction at lo whose first operand is x.
func (p *parser) disjunctionTail(lo token.Pos, x ast.Expr) ast.Expr {
	if p.kind() != token.OR {
		return x
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, x)
	for p.got(token.OR) {
		p.exprs = append(p.exprs, p.conjunction())
	}
	return &ast.BoolOp{Op: ast.Or, Values: p.popExprs(base), Span: p.span(lo)}
}

func (p *parser) conjunction() ast.Expr {
	lo := p.lo()
	return p.conjunctionTail(lo, p.inversion())
}

// conjunctionTail finishes a conjunction at lo whose first operand is x.
func (p *parser) conjunctionTail(lo token.Pos, x ast.Expr) ast.Expr {
	if p.kind() != token.AND {
		return x
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, x)
	for p.got(token.AND) {
		p.exprs = append(p.exprs, p.inversion())
	}
	return &ast.BoolOp{Op: ast.And, Values: p.popExprs(base), Span: p.span(lo)}
}

func (p *parser) inversion() ast.Expr {
	if p.kind() == token.NOT {
		lo := p.lo()
		p.next()
		p.enter()
		x := p.inversion()
		p.leave()
		return &ast.UnaryOp{Op: ast.Not, Operand: x, Span: p.span(lo)}
	}
	return p.comparison()
}

func (p *parser) compareOp() (ast.CmpOperator, bool) {
	switch p.kind() {
	case token.EQEQUAL:
		return ast.Eq, true
	case token.NOTEQUAL:
		return ast.NotEq, true
	case token.LESS:
		return ast.Lt, true
	case token.LESSEQUAL:
		return ast.LtE, true
	case token.GREATER:
		return ast.Gt, true
	case token.GREATEREQUAL:
		return ast.GtE, true
	case token.IN:
		return ast.In, true
	case token.NOT:
		if p.peek(1) == token.IN {
			return ast.NotIn, true
		}
	case token.IS:
		if p.peek(1) == token.NOT {
			return ast.IsNot, true
		}
		return ast.Is, true
	}
	return 0, false
}

func (p *parser) comparison() ast.Expr {
	lo := p.lo()
	return p.comparisonTail(lo, p.bitwiseOr())
}

// comparisonTail finishes a comparison at lo whose first operand is x.
func (p *parser) comparisonTail(lo token.Pos, x ast.Expr) ast.Expr {
	op, ok := p.compareOp()
	if !ok {
		return x
	}
	ops := p.mem.cmpOps.Carve(1)[:0] // most comparisons have one operator
	base := len(p.exprs)
	for ok {
		if op == ast.NotEq {
			p.checkNotEqual()
		}
		p.next()
		if op == ast.NotIn || op == ast.IsNot {
			p.next()
		}
		ops = append(ops, op)
		p.exprs = append(p.exprs, p.bitwiseOr())
		op, ok = p.compareOp()
	}
	return p.mem.compares.New(ast.Compare{Left: x, Ops: ops, Comparators: p.popExprs(base), Span: p.span(lo)})
}

// checkNotEqual enforces PEP 401: "<>" only with barry_as_FLUFL, and then
// "!=" no more.
func (p *parser) checkNotEqual() {
	text := p.tokText()
	if p.barry && text == "!=" {
		p.errorAt(p.lo(), "with Barry as BDFL, use '<>' instead of '!='")
	}
	if !p.barry && text == "<>" {
		p.errorAt(p.lo(), "invalid syntax")
	}
}

// binop returns the operator and precedence of a binary operator token;
// precedence 0 means k is not one.
func binop(k token.Kind) (ast.Operator, int) {
	switch k {
	case token.VBAR:
		return ast.BitOr, 1
	case token.CIRCUMFLEX:
		return ast.BitXor, 2
	case token.AMPER:
		return ast.BitAnd, 3
	case token.LEFTSHIFT:
		return ast.LShift, 4
	case token.RIGHTSHIFT:
		return ast.RShift, 4
	case token.PLUS:
		return ast.Add, 5
	case token.MINUS:
		return ast.Sub, 5
	case token.STAR:
		return ast.Mult, 6
	case token.SLASH:
		return ast.Div, 6
	case token.DOUBLESLASH:
		return ast.FloorDiv, 6
	case token.PERCENT:
		return ast.Mod, 6
	case token.AT:
		return ast.MatMult, 6
	}
	return 0, 0
}

func (p *parser) bitwiseOr() ast.Expr { return p.binary(1) }

// binary parses left-associative binary operators of precedence >= min by
// precedence climbing.
func (p *parser) binary(min int) ast.Expr {
	lo := p.lo()
	return p.binaryTail(min, lo, p.factor())
}

// binaryTail finishes binary(min) at lo whose first operand is x.
func (p *parser) binaryTail(min int, lo token.Pos, x ast.Expr) ast.Expr {
	for n := 1; ; n++ {
		op, prec := binop(p.kind())
		if prec < min || prec == 0 {
			return x
		}
		p.chain(n)
		p.next()
		y := p.binary(prec + 1)
		b := p.mem.binops.Alloc()
		*b = ast.BinOp{Left: x, Op: op, Right: y, Span: p.span(lo)}
		x = b
	}
}

func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.kind() {
	case token.PLUS:
		op = ast.UAdd
	case token.MINUS:
		op = ast.USub
	case token.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	lo := p.lo()
	p.next()
	p.enter()
	x := p.factor()
	p.leave()
	return &ast.UnaryOp{Op: op, Operand: x, Span: p.span(lo)}
}

func (p *parser) power() ast.Expr {
	lo := p.lo()
	return p.powerTail(lo, p.awaitPrimary())
}

// powerTail finishes a power at lo whose first operand is x.
func (p *parser) powerTail(lo token.Pos, x ast.Expr) ast.Expr {
	if p.kind() != token.DOUBLESTAR {
		return x
	}
	p.next()
	p.enter()
	y := p.factor()
	p.leave()
	b := p.mem.binops.Alloc()
	*b = ast.BinOp{Left: x, Op: ast.Pow, Right: y, Span: p.span(lo)}
	return b
}

func (p *parser) awaitPrimary() ast.Expr {
	if p.kind() == token.AWAIT {
		lo := p.lo()
		p.next()
		x := p.primary()
		return &ast.Await{Value: x, Span: p.span(lo)}
	}
	return p.primary()
}

func (p *parser) primary() ast.Expr {
	lo := p.lo()
	x := p.atom()
	for n := 1; ; n++ {
		switch p.kind() {
		case token.DOT:
			if p.peek(1) != token.NAME {
				// PEG backtracking: the primary ends before the '.'.
				return x
			}
			p.next()
			a := p.mem.attrs.Alloc()
			a.Value = x
			a.Attr = p.name()
			a.Span = p.span(lo)
			x = a
		case token.LPAR:
			x = p.call(lo, x)
		case token.LSQB:
			p.next()
			s := p.mem.subs.Alloc()
			s.Value = x
			s.Slice = p.slices()
			p.expect(token.RSQB)
			s.Span = p.span(lo)
			x = s
		default:
			return x
		}
		p.chain(n)
	}
}

// slices parses a subscript: one slice, or a tuple of slices and starred
// expressions.
func (p *parser) slices() ast.Expr {
	lo := p.lo()
	first := p.slice()
	_, starred := first.(*ast.Starred)
	if p.kind() != token.COMMA && !starred {
		return first
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, first)
	for p.got(token.COMMA) {
		if p.kind() == token.RSQB {
			break
		}
		p.exprs = append(p.exprs, p.slice())
	}
	return p.mem.tuples.New(ast.Tuple{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(lo)})
}

func (p *parser) slice() ast.Expr {
	lo := p.lo()
	if p.kind() == token.STAR {
		star := p.i
		p.next()
		v := p.bitwiseOr()
		p.starredAssign(star)
		return &ast.Starred{Value: v, Ctx: ast.Load, Span: p.span(lo)}
	}
	var lower ast.Expr
	if p.kind() != token.COLON {
		lower = p.namedExpression()
		if p.kind() != token.COLON {
			return lower
		}
	}
	p.next()
	s := &ast.Slice{Lower: lower}
	if k := p.kind(); k != token.COLON && k != token.COMMA && k != token.RSQB {
		s.Upper = p.expression()
	}
	if p.got(token.COLON) {
		if k := p.kind(); k != token.COMMA && k != token.RSQB {
			s.Step = p.expression()
		}
	}
	s.Span = p.span(lo)
	return s
}

// call parses the arguments of a call of fn, which started at lo.
func (p *parser) call(lo token.Pos, fn ast.Expr) ast.Expr {
	c := p.mem.calls.Alloc()
	c.Func = fn
	open := p.lo()
	p.next()
	p.enter()
	base := len(p.exprs)
	var kws []*ast.Keyword
	sawKw, sawKwUnpack := false, false
	// CPython reports a misplaced positional argument only after reading
	// the whole argument list, at the token that ends it.
	late := ""
	for p.kind() != token.RPAR {
		alo := p.lo()
		switch {
		case p.kind() == token.STAR:
			comma, star := p.toks[p.i-1].lo, p.i
			p.next()
			v := p.expression()
			if p.kind() == token.FOR || p.kind() == token.ASYNC {
				p.comprehensions()
				if len(p.exprs) == base && len(kws) == 0 {
					p.errorAt(alo, "iterable unpacking cannot be used in comprehension")
				}
				p.errorAt(alo, "Generator expression must be parenthesized")
			}
			p.starredAssign(star)
			if sawKwUnpack {
				p.errorAt(comma, "iterable argument unpacking follows keyword argument unpacking")
			}
			p.exprs = append(p.exprs, &ast.Starred{Value: v, Ctx: ast.Load, Span: p.span(alo)})
		case p.kind() == token.DOUBLESTAR:
			p.next()
			v := p.expression()
			if p.kind() == token.EQUAL && p.parses(func() { p.next(); p.expression() }) {
				p.errorAt(alo, "cannot assign to keyword argument unpacking")
			}
			k := p.mem.keywords.Alloc()
			*k = ast.Keyword{Value: v, Span: p.span(alo)}
			kws = append(kws, k)
			sawKwUnpack = true
		case (p.kind() == token.TRUE || p.kind() == token.FALSE || p.kind() == token.NONE) && p.peek(1) == token.EQUAL:
			p.errorAt(alo, "cannot assign to "+p.tokText())
		case p.kind() == token.NAME && p.peek(1) == token.EQUAL:
			k := p.mem.keywords.Alloc()
			k.Arg = p.name()
			p.next()
			if p.kind() == token.COMMA || p.kind() == token.RPAR {
				p.errorAt(alo, "expected argument value expression")
			}
			k.Value = p.expression()
			if p.kind() == token.FOR || p.kind() == token.ASYNC && p.peek(1) == token.FOR {
				p.errorAt(alo, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			k.Span = p.span(alo)
			kws = append(kws, k)
			sawKw = true
		default:
			v := p.namedExpr()
			if p.kind() == token.FOR || p.kind() == token.ASYNC {
				gens := p.comprehensions()
				if len(p.exprs) != base || len(kws) != 0 || p.kind() == token.COMMA {
					p.errorAt(v.Pos(), "Generator expression must be parenthesized")
				}
				p.expect(token.RPAR)
				p.prevHi = p.toks[p.i-1].hi
				v = &ast.GeneratorExp{Elt: v, Generators: gens, Span: p.span(open)}
				p.exprs = append(p.exprs, v)
				p.leave()
				c.Args = p.popExprs(base)
				c.Span = p.span(lo)
				return c
			}
			if p.kind() == token.EQUAL {
				p.errorAt(v.Pos(), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if late == "" && sawKwUnpack {
				late = "positional argument follows keyword argument unpacking"
			} else if late == "" && sawKw {
				late = "positional argument follows keyword argument"
			}
			p.exprs = append(p.exprs, v)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	if p.kind() != token.RPAR {
		p.missingComma()
	}
	if late != "" {
		p.errorAt(p.legacyReach(), late)
	}
	p.expect(token.RPAR)
	p.leave()
	c.Args = p.popExprs(base)
	c.Keywords = kws
	c.Span = p.span(lo)
	return c
}

// legacyReach returns where CPython's parser has read to when it reports
// an argument-order error: after a name followed by something that starts
// an expression, its rule for Python 2 statements (print x) read on over
// star_expressions.
func (p *parser) legacyReach() token.Pos {
	if p.i == 0 || p.toks[p.i-1].kind != token.NAME || p.kind() == token.LPAR || !startsExpr(p.kind()) {
		return p.lo()
	}
	i, prev := p.i, p.prevHi
	var reach int
	if p.try(func() { p.starExpressions() }) {
		reach = p.i
	} else {
		reach = p.lastErrTok
	}
	p.i, p.prevHi = i, prev
	return p.toks[reach].lo
}

func (p *parser) comprehensions() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.kind() == token.FOR || (p.kind() == token.ASYNC && p.peek(1) == token.FOR) {
		c := &ast.Comprehension{}
		if p.got(token.ASYNC) {
			c.IsAsync = 1
		}
		p.next()
		c.Target = p.forTargets(true)
		c.Iter = p.disjunction()
		base := len(p.exprs)
		for p.got(token.IF) {
			p.exprs = append(p.exprs, p.disjunction())
		}
		c.Ifs = p.popExprs(base)
		gens = append(gens, c)
	}
	return gens
}

// forTargets parses the targets of a for statement or, if comp, of a
// comprehension's for clause, and the 'in' after them. When they do not
// parse, CPython's second pass reads them again: a comprehension's as
// bitwise_or items that must be followed by 'in', then (both) as
// star_expressions, to name the first part that cannot be assigned to.
func (p *parser) forTargets(comp bool) ast.Expr {
	start := p.i
	var t ast.Expr
	if p.try(func() {
		t = p.targetList(ast.Load)
		if p.kind() != token.IN || invalidTarget(t, starTargets) != nil {
			p.syntaxError()
		}
	}) {
		p.setCtx(t, ast.Store)
		p.next()
		return t
	}
	if comp && p.lastErr.Msg == "invalid syntax" {
		failed, at, far := p.lastErr, p.lastErrTok, p.far
		p.i = start
		if p.try(func() {
			p.bitwiseOr()
			for p.kind() == token.COMMA {
				p.next()
				if !p.try(func() { p.bitwiseOr() }) {
					break
				}
			}
		}) && p.kind() != token.IN {
			p.far = far
			p.errorAt(p.lo(), "'in' expected after for-loop variables")
		}
		p.far = far
		p.lastErr, p.lastErrTok = failed, at
	}
	p.explainTarget(start, forTargets, p.starExpressions)
	return nil
}

// targetList parses star_targets (as in for loops and comprehensions, where
// a bare "in" must not be read as a comparison) and sets their context;
// with ctx Load it leaves them unchecked, for the caller to set.
func (p *parser) targetList(ctx ast.ExprContext) ast.Expr {
	lo := p.lo()
	first := p.target()
	if p.kind() != token.COMMA {
		if ctx != ast.Load {
			p.setCtx(first, ctx)
		}
		return first
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, first)
	for p.got(token.COMMA) {
		if !startsExpr(p.kind()) {
			break
		}
		p.exprs = append(p.exprs, p.target())
	}
	t := p.mem.tuples.New(ast.Tuple{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(lo)})
	if ctx != ast.Load {
		p.setCtx(t, ctx)
	}
	return t
}

func (p *parser) target() ast.Expr {
	if p.kind() == token.STAR {
		lo := p.lo()
		p.next()
		p.enter()
		v := p.target()
		p.leave()
		return &ast.Starred{Value: v, Ctx: ast.Load, Span: p.span(lo)}
	}
	return p.bitwiseOr()
}

func (p *parser) atom() ast.Expr {
	t := p.toks[p.i]
	switch t.kind {
	case token.NAME:
		return p.nameExpr(ast.Load)
	case token.NUMBER:
		p.next()
		v, err := literal.Number(p.text[t.lo:t.hi])
		if err != nil {
			p.literalError(t.lo, err)
		}
		return p.constant(v, "", t.lo, t.hi)
	case token.TRUE:
		p.next()
		return p.constant(true, "", t.lo, t.hi)
	case token.FALSE:
		p.next()
		return p.constant(false, "", t.lo, t.hi)
	case token.NONE:
		p.next()
		return p.constant(nil, "", t.lo, t.hi)
	case token.ELLIPSIS:
		p.next()
		return p.constant(ast.Ellipsis{}, "", t.lo, t.hi)
	case token.STRING, token.FSTRING_START, token.TSTRING_START:
		return p.strings()
	case token.LPAR:
		return p.paren()
	case token.LSQB:
		return p.list()
	case token.LBRACE:
		return p.brace()
	case token.PASS, token.BREAK, token.CONTINUE:
		p.statementBeforeIf()
	}
	p.syntaxError()
	return nil
}

// statementBeforeIf reports "pass if a else b" (or break, continue) where
// an expression was expected, as CPython's invalid_expression does.
func (p *parser) statementBeforeIf() {
	if p.peek(1) == token.IF && p.parses(func() {
		p.next()
		p.next()
		p.disjunction()
		p.expect(token.ELSE)
		p.simpleStmt()
	}) {
		p.errorAt(p.lo(), "expected expression before 'if', but statement is given")
	}
}

func (p *parser) constant(v ast.Value, kind string, lo, hi token.Pos) *ast.Constant {
	c := p.mem.consts.Alloc()
	*c = ast.Constant{Value: v, Kind: kind, Span: ast.Span{Lo: lo, Hi: hi}}
	return c
}

// paren parses a parenthesised tuple, group, yield or generator expression.
func (p *parser) paren() ast.Expr {
	lo := p.lo()
	p.next()
	p.enter()
	defer p.leave()
	if p.got(token.RPAR) {
		return p.mem.tuples.New(ast.Tuple{Ctx: ast.Load, Span: p.span(lo)})
	}
	if p.kind() == token.YIELD {
		y := p.yieldExpr()
		p.expect(token.RPAR)
		return y
	}
	if p.kind() == token.DOUBLESTAR && p.parses(func() { p.next(); p.expression(); p.expect(token.RPAR) }) {
		p.errorAt(p.lo(), "cannot use double starred expression here")
	}
	first := p.displayItem()
	switch p.kind() {
	case token.FOR, token.ASYNC:
		gens := p.comprehensions()
		p.unpackingInComprehension(first)
		p.expect(token.RPAR)
		return &ast.GeneratorExp{Elt: first, Generators: gens, Span: p.span(lo)}
	case token.COMMA:
		base := len(p.exprs)
		p.exprs = append(p.exprs, first)
		for p.got(token.COMMA) {
			if p.kind() == token.RPAR {
				break
			}
			p.exprs = append(p.exprs, p.starNamedExpression())
		}
		p.expect(token.RPAR)
		return p.mem.tuples.New(ast.Tuple{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(lo)})
	}
	if p.kind() != token.RPAR {
		p.syntaxError()
	}
	p.next()
	if _, ok := first.(*ast.Starred); ok {
		p.errorAtNode(first, "cannot use starred expression here")
	}
	return first
}

func (p *parser) list() ast.Expr {
	lo := p.lo()
	p.next()
	p.enter()
	defer p.leave()
	if p.got(token.RSQB) {
		return p.mem.lists.New(ast.List{Ctx: ast.Load, Span: p.span(lo)})
	}
	first := p.displayItem()
	if p.kind() == token.FOR || p.kind() == token.ASYNC {
		gens := p.comprehensions()
		p.unpackingInComprehension(first)
		p.expect(token.RSQB)
		return &ast.ListComp{Elt: first, Generators: gens, Span: p.span(lo)}
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, first)
	for p.got(token.COMMA) {
		if p.kind() == token.RSQB {
			break
		}
		p.exprs = append(p.exprs, p.starNamedExpression())
	}
	if p.kind() != token.RSQB {
		p.syntaxError()
	}
	p.next()
	return p.mem.lists.New(ast.List{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(lo)})
}

// brace parses a dict, set, or their comprehensions.
func (p *parser) brace() ast.Expr {
	lo := p.lo()
	p.next()
	p.enter()
	defer p.leave()
	if p.got(token.RBRACE) {
		return p.mem.dicts.New(ast.Dict{Span: p.span(lo)})
	}
	if p.kind() == token.DOUBLESTAR {
		star, prev := p.i, p.prevHi
		p.next()
		v := p.bitwiseOr()
		if k := p.kind(); k == token.FOR || k == token.ASYNC {
			// Only here, where valid code never goes, read it again as
			// a comprehension: before every '{**', that nested its cost.
			p.i, p.prevHi = star, prev
			if p.parses(func() {
				p.next()
				p.bitwiseOr()
				p.comprehensions()
				p.expect(token.RBRACE)
			}) {
				p.errorAt(p.lo(), "dict unpacking cannot be used in dict comprehension")
			}
			p.next()
			v = p.bitwiseOr()
		}
		if !p.got(token.COMMA) && p.kind() != token.RBRACE {
			p.syntaxError()
		}
		return p.dictRest(lo, nil, v)
	}
	first := p.displayItem()
	if p.got(token.COLON) {
		p.valueAfterColon()
		v := p.expression()
		if p.kind() == token.FOR || p.kind() == token.ASYNC {
			gens := p.comprehensions()
			p.expect(token.RBRACE)
			return &ast.DictComp{Key: first, Value: v, Generators: gens, Span: p.span(lo)}
		}
		if !p.got(token.COMMA) {
			if p.kind() != token.RBRACE {
				p.syntaxError()
			}
			p.next()
			kv := p.mem.exprPool.Carve(2)
			kv[0], kv[1] = first, v
			return p.mem.dicts.New(ast.Dict{Keys: kv[:1:1], Values: kv[1:], Span: p.span(lo)})
		}
		return p.dictRest(lo, first, v)
	}
	if p.kind() == token.FOR || p.kind() == token.ASYNC {
		gens := p.comprehensions()
		p.unpackingInComprehension(first)
		p.expect(token.RBRACE)
		return &ast.SetComp{Elt: first, Generators: gens, Span: p.span(lo)}
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, first)
	for p.got(token.COMMA) {
		if p.kind() == token.RBRACE {
			break
		}
		p.exprs = append(p.exprs, p.starNamedExpression())
	}
	if p.kind() != token.RBRACE {
		p.syntaxError()
	}
	p.next()
	return &ast.Set{Elts: p.popExprs(base), Span: p.span(lo)}
}

// dictRest parses the remaining key: value and **mapping items of a dict
// display, after an optional first pair.
func (p *parser) dictRest(lo token.Pos, k0, v0 ast.Expr) ast.Expr {
	// The items go on the expression stack as key, value pairs (a nil
	// key for **mapping) and are split into two lists at the end.
	base := len(p.exprs)
	if v0 != nil {
		p.exprs = append(p.exprs, k0, v0)
	}
	for p.kind() != token.RBRACE {
		if p.got(token.DOUBLESTAR) {
			v := p.bitwiseOr()
			p.exprs = append(p.exprs, nil, v)
		} else {
			key := p.expression()
			if p.kind() != token.COLON {
				if len(p.exprs) == base {
					p.missingComma()
				}
				p.missingColon(key)
			}
			p.next()
			p.valueAfterColon()
			v := p.expression()
			p.exprs = append(p.exprs, key, v)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	if p.kind() != token.RBRACE {
		p.syntaxError()
	}
	p.next()
	d := p.mem.dicts.New(ast.Dict{Span: p.span(lo)})
	if n := (len(p.exprs) - base) / 2; n > 0 {
		d.Keys, d.Values = p.mem.exprPool.Carve(n), p.mem.exprPool.Carve(n)
		for i := range n {
			d.Keys[i], d.Values[i] = p.exprs[base+2*i], p.exprs[base+2*i+1]
		}
	}
	clear(p.exprs[base:])
	p.exprs = p.exprs[:base]
	return d
}

// missingColon reports a dict key (after the first item) not followed by
// ':'. CPython puts it on the key's first line, at the column where the
// key ends.
func (p *parser) missingColon(key ast.Expr) {
	e := p.mkError(key.Pos(), "':' expected after dictionary key")
	_, e.Col = p.lines.Position(key.End())
	p.raise(e)
}

// valueAfterColon reports a dict display's key with no value.
func (p *parser) valueAfterColon() {
	if k := p.kind(); k == token.RBRACE || k == token.COMMA {
		p.errorAt(p.toks[p.i-1].lo, "expression expected after dictionary key and ':'")
	}
}

func (p *parser) yieldExpr() ast.Expr {
	lo := p.lo()
	p.next()
	if p.got(token.FROM) {
		v := p.expression()
		return &ast.YieldFrom{Value: v, Span: p.span(lo)}
	}
	y := &ast.Yield{}
	if startsExpr(p.kind()) {
		y.Value = p.starExpressions()
	}
	y.Span = p.span(lo)
	return y
}

func (p *parser) lambda() ast.Expr {
	lo := p.lo()
	p.next()
	args := p.parameters(token.COLON, false)
	p.expect(token.COLON)
	body := p.expression()
	p.lambdas = append(p.lambdas, lo)
	return &ast.Lambda{Args: args, Body: body, Span: p.span(lo)}
}

// exprName is how CPython's error messages name an expression.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.TemplateStr, *ast.Interpolation:
		return "t-string expression"
	case *ast.Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// targetKind is what a target list is read for, as CPython's
// _PyPegen_get_invalid_target distinguishes them.
type targetKind int

const (
	starTargets targetKind = iota // assignment, with ... as
	delTargets
	forTargets // for and comprehension targets, where "a in b" is read as a comparison
)

// invalidTarget returns the first part of e, an expression read where a
// target list was expected, that cannot be a target: what CPython's
// second pass names in "cannot assign to X" and "cannot delete X". It
// returns nil when every part could be one (the error is then a generic
// one).
func invalidTarget(e ast.Expr, kind targetKind) ast.Expr {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Tuple:
		for _, el := range x.Elts {
			if t := invalidTarget(el, kind); t != nil {
				return t
			}
		}
		return nil
	case *ast.List:
		for _, el := range x.Elts {
			if t := invalidTarget(el, kind); t != nil {
				return t
			}
		}
		return nil
	case *ast.Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(x.Value, kind)
	case *ast.Compare:
		if kind == forTargets {
			// "for a in b" itself: only the left side was the target.
			if x.Ops[0] == ast.In {
				return invalidTarget(x.Left, kind)
			}
			return nil
		}
	}
	return e
}

// setCtx marks e as an assignment (Store) or deletion (Del) target,
// reporting what CPython reports for expressions that cannot be one.
func (p *parser) setCtx(e ast.Expr, ctx ast.ExprContext) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ctx
	case *ast.Attribute:
		e.Ctx = ctx
	case *ast.Subscript:
		e.Ctx = ctx
	case *ast.Starred:
		if ctx == ast.Del {
			p.errorAtNode(e, "cannot delete starred")
		}
		e.Ctx = ctx
		p.setCtx(e.Value, ctx)
	case *ast.Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setCtx(x, ctx)
		}
	case *ast.List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setCtx(x, ctx)
		}
	default:
		verb := "assign to"
		if ctx == ast.Del {
			verb = "delete"
		}
		p.errorAtNode(e, "cannot "+verb+" "+exprName(e))
	}
}
