package parser

import (
	"slices"
	"strconv"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

func (p *parser) parseModule() *ast.Module {
	mod := &ast.Module{}
	for p.kind() == token.NEWLINE {
		p.next()
	}
	for p.kind() != token.EOF {
		p.statementOrSkip(false)
	}
	mod.Body = p.popStmts(0)
	if len(p.errs) > 0 && p.legacy > 0 {
		p.legacyStatement()
	}
	if p.futureErr != nil && len(p.errs) == 0 && len(p.scanErrs) == 0 {
		p.errs = append(p.errs, *p.futureErr)
	}
	return mod
}

// legacyStatement reports an expression before the first error that
// starts with print or exec followed by star_expressions, as CPython's
// second pass does (its invalid_legacy_expression rule raises on such
// lines even when they are valid: "print -1", "print[0]").
func (p *parser) legacyStatement() {
	i := p.legacy - 1
	t := p.toks[i]
	if t.lo >= p.errs[0].Pos {
		return
	}
	p.i, p.prevHi = i+1, t.hi
	// A missing comma in what follows is what the rule raises then.
	ok := p.parses(func() { p.starExpressions(); p.missingComma() })
	if !ok && p.lastErr.Msg == "invalid syntax" {
		// CPython's parser backs up to the longest prefix that parses.
		_, k := p.backUp(i+1, p.lastErrTok)
		ok = k > i+1
	}
	if ok {
		name := p.text[t.lo:t.hi]
		e := p.mkError(t.lo, "Missing parentheses in call to '"+name+"'. Did you mean "+name+"(...)?")
		p.errs = slices.Insert(p.errs, 0, e)
	}
}

// resync skips from the start of a failed statement past the failure
// point to the next statement boundary at the statement's level. In a
// block it stops before the DEDENT that closes the block.
func (p *parser) resync(start int, inBlock bool) {
	failed := p.i
	level := 0
	j := start
	for j < len(p.toks)-1 {
		k := p.toks[j].kind
		switch k {
		case token.INDENT:
			level++
		case token.DEDENT:
			level--
		}
		if inBlock && level < 0 {
			break
		}
		j++
		if j > failed && level <= 0 && (k == token.NEWLINE || k == token.DEDENT) {
			break
		}
	}
	p.i = j
	for p.kind() == token.NEWLINE || !inBlock && p.kind() == token.DEDENT {
		p.next()
	}
}

// statementOrSkip parses a statement, and after a syntax error (already
// recorded) skips to the next one, so that one error loses only the
// statement it is in.
func (p *parser) statementOrSkip(inBlock bool) {
	start, ns, ne, depth := p.i, len(p.stmts), len(p.exprs), p.depth
	if p.guard(p.statement) {
		return
	}
	if p.specul > 0 {
		panic(bailout{}) // the alternative being tried fails as a whole
	}
	p.stmts = p.stmts[:ns]
	clear(p.exprs[ne:])
	p.exprs = p.exprs[:ne]
	p.depth = depth
	p.resync(start, inBlock)
}

// statement parses one statement (or a line of simple statements) and
// appends it to p.stmts.
func (p *parser) statement() {
	// The statement is parsed before p.stmts is read: its body pushes
	// onto p.stmts too.
	push := func(s ast.Stmt) { p.stmts = append(p.stmts, s) }
	switch p.kind() {
	case token.DEF:
		push(p.funcDef(nil, p.lo()))
	case token.CLASS:
		push(p.classDef(nil))
	case token.AT:
		push(p.decorated())
	case token.IF:
		push(p.ifStmt())
	case token.WHILE:
		push(p.whileStmt())
	case token.FOR:
		push(p.forStmt(p.lo(), false))
	case token.WITH:
		push(p.withStmt(p.lo(), false))
	case token.TRY:
		push(p.tryStmt())
	case token.ASYNC:
		lo := p.lo()
		switch p.peek(1) {
		case token.DEF:
			p.next()
			push(p.funcDef(nil, lo))
		case token.FOR:
			p.next()
			push(p.forStmt(lo, true))
		case token.WITH:
			p.next()
			push(p.withStmt(lo, true))
		default:
			p.next()
			p.syntaxError()
		}
	case token.NAME:
		if p.isSoft("match") && p.peek(1) != token.EQUAL && p.peek(1) != token.DOT {
			if s := p.matchStmt(); s != nil {
				push(s)
				return
			}
			// CPython's first pass reads the subject as far as it goes
			// before trying a simple statement. Its second pass tries
			// match_stmt first, so an error its rules raise in the subject
			// wins when the line is no simple statement either.
			failed, at := p.lastErr, p.lastErrTok
			p.far = max(p.far, at)
			if failed.Msg != "invalid syntax" {
				ns := len(p.stmts)
				if !p.parses(p.simpleStmts) {
					p.lastErr, p.lastErrTok = failed, at
					p.reraise()
				}
				clear(p.stmts[ns:]) // parsed again below
				p.stmts = p.stmts[:ns]
			}
		}
		p.simpleStmts()
	case token.INDENT:
		p.unexpectedIndent()
	case token.DEDENT:
		p.syntaxError()
	default:
		p.simpleStmts()
	}
}

// block parses the body of a compound statement; what and at name the
// statement for CPython's "expected an indented block" message.
func (p *parser) block(what string, at token.Pos) []ast.Stmt {
	base := len(p.stmts)
	if p.kind() != token.NEWLINE {
		p.simpleStmts()
		return p.popStmts(base)
	}
	p.next()
	if p.kind() != token.INDENT {
		line, _ := p.lines.Position(at)
		pos := p.lo()
		if p.kind() == token.EOF || p.kind() == token.DEDENT && int(pos) == len(p.src) {
			pos = p.lastLineEnd() // CPython's end-of-input tokens sit on the last line
		}
		p.errorAt(pos, "expected an indented block after "+what+" on line "+strconv.Itoa(line))
	}
	p.next()
	p.enter()
	for p.kind() != token.DEDENT && p.kind() != token.EOF {
		p.statementOrSkip(true)
	}
	p.leave()
	p.next()
	return p.popStmts(base)
}

// realEnd is where a compound statement ends: after the last token
// consumed that is not NEWLINE, INDENT or DEDENT (so a trailing ';'
// counts), as CPython's EXTRA computes it.
func (p *parser) realEnd() token.Pos {
	for j := p.i - 1; j >= 0; j-- {
		switch p.toks[j].kind {
		case token.NEWLINE, token.INDENT, token.DEDENT:
			continue
		}
		return p.toks[j].hi
	}
	return 0
}

// lastLineEnd returns the offset of the final line break of the source, or
// its end when there is none.
func (p *parser) lastLineEnd() token.Pos {
	n := len(p.src)
	if n > 0 && p.src[n-1] == '\n' {
		n--
		if n > 0 && p.src[n-1] == '\r' {
			n--
		}
	} else if n > 0 && p.src[n-1] == '\r' {
		n--
	}
	return token.Pos(n)
}

func (p *parser) simpleStmts() {
	switch p.kind() {
	case token.PASS, token.BREAK, token.CONTINUE:
		p.statementBeforeIf()
	}
	for {
		s := p.simpleStmt()
		p.stmts = append(p.stmts, s)
		if !p.got(token.SEMI) {
			break
		}
		if p.kind() == token.NEWLINE || p.kind() == token.EOF {
			break
		}
	}
	if !p.got(token.NEWLINE) && p.kind() != token.EOF {
		p.syntaxError()
	}
}

func (p *parser) simpleStmt() ast.Stmt {
	lo := p.lo()
	switch p.kind() {
	case token.PASS:
		p.next()
		return &ast.Pass{Span: p.span(lo)}
	case token.BREAK:
		p.next()
		return &ast.Break{Span: p.span(lo)}
	case token.CONTINUE:
		p.next()
		return &ast.Continue{Span: p.span(lo)}
	case token.RETURN:
		p.next()
		r := p.mem.returns.Alloc()
		if startsExpr(p.kind()) {
			r.Value = p.starExpressions()
		}
		r.Span = p.span(lo)
		return r
	case token.IMPORT:
		return p.importStmt()
	case token.FROM:
		return p.fromImport()
	case token.RAISE:
		p.next()
		r := &ast.Raise{}
		if startsExpr(p.kind()) {
			r.Exc = p.expression()
			if p.got(token.FROM) {
				r.Cause = p.expression()
			}
		}
		r.Span = p.span(lo)
		return r
	case token.DEL:
		return p.delStmt()
	case token.ASSERT:
		p.next()
		a := &ast.Assert{Test: p.expression()}
		if p.got(token.COMMA) {
			a.Msg = p.expression()
		}
		a.Span = p.span(lo)
		return a
	case token.GLOBAL, token.NONLOCAL:
		isGlobal := p.kind() == token.GLOBAL
		p.next()
		var names []string
		for {
			names = append(names, p.name())
			if !p.got(token.COMMA) {
				break
			}
		}
		if isGlobal {
			return &ast.Global{Names: names, Span: p.span(lo)}
		}
		return &ast.Nonlocal{Names: names, Span: p.span(lo)}
	case token.NAME:
		if p.isSoft("type") && p.peek(1) == token.NAME && (p.peek(2) == token.EQUAL || p.peek(2) == token.LSQB) {
			return p.typeAlias()
		}
	}
	return p.exprStmt()
}

// delStmt parses a del statement. Targets that do not parse, or are not
// followed by the end of the statement, are read again as CPython's
// invalid_del_stmt does, to name what cannot be deleted.
func (p *parser) delStmt() ast.Stmt {
	lo := p.lo()
	p.next()
	start, base := p.i, len(p.exprs)
	if !p.try(func() {
		for {
			e := p.target()
			p.exprs = append(p.exprs, e)
			if !p.got(token.COMMA) || !startsExpr(p.kind()) {
				break
			}
		}
		if k := p.kind(); k != token.SEMI && k != token.NEWLINE && k != token.EOF || !allTargets(p.exprs[base:], delTargets) {
			p.syntaxError()
		}
	}) {
		p.explainTarget(start, delTargets, p.starExpressions)
	}
	for _, e := range p.exprs[base:] {
		p.setCtx(e, ast.Del)
	}
	return &ast.Delete{Targets: p.popExprs(base), Span: p.span(lo)}
}

// allTargets reports whether every expression in list can be a target of
// the kind.
func allTargets(list []ast.Expr, kind targetKind) bool {
	for _, e := range list {
		if invalidTarget(e, kind) != nil {
			return false
		}
	}
	return true
}

// explainTarget raises what CPython's second pass raises after a target
// list starting at token start failed to parse (the failure is
// p.lastErr): its invalid_* rule reads the tokens again with read (nil if
// the rule does not match there) and names the first part that cannot be
// a target. When every part could be one, the first failure stands.
func (p *parser) explainTarget(start int, kind targetKind, read func() ast.Expr) {
	failed, at, far := p.lastErr, p.lastErrTok, p.far
	if failed.Msg == "invalid syntax" {
		p.i, p.prevHi = start, p.toks[start-1].hi
		var e ast.Expr
		if p.try(func() { e = read() }) {
			if t := invalidTarget(e, kind); e != nil && t != nil {
				p.far = far
				if kind == delTargets {
					p.errorAtNode(t, "cannot delete "+exprName(t))
				}
				p.errorAtNode(t, "cannot assign to "+exprName(t))
			}
		} else if p.lastErr.Msg != "invalid syntax" {
			p.reraise()
		}
	}
	// The generic error is where CPython's first pass stopped.
	p.far = far
	p.lastErr, p.lastErrTok = failed, at
	p.reraise()
}

// exprStmt parses an expression statement, assignment, annotated or
// augmented assignment.
func (p *parser) exprStmt() ast.Stmt {
	lo, start := p.lo(), p.i
	parenthesised := p.kind() == token.LPAR
	var first ast.Expr
	if p.kind() == token.YIELD {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	switch k := p.kind(); {
	case k == token.EQUAL:
		base := len(p.exprs)
		p.exprs = append(p.exprs, first)
		bareYield := -1 // the first target that is an unparenthesised yield
		if p.toks[start].kind == token.YIELD {
			bareYield = 0
		}
		var value ast.Expr
		for p.got(token.EQUAL) {
			if p.kind() == token.YIELD {
				if bareYield < 0 {
					bareYield = len(p.exprs) - base
				}
				value = p.yieldExpr()
			} else {
				value = p.starExpressions()
			}
			p.exprs = append(p.exprs, value)
		}
		p.exprs = p.exprs[:len(p.exprs)-1]
		for n, t := range p.exprs[base:] {
			if n == bareYield || !validTarget(t) {
				p.invalidAssignment(start, p.exprs[base:], bareYield)
			}
		}
		for _, t := range p.exprs[base:] {
			p.setCtx(t, ast.Store)
		}
		a := p.mem.assigns.Alloc()
		a.Targets = p.popExprs(base)
		a.Value = value
		a.Span = p.span(lo)
		return a
	case k == token.COLON:
		if _, ok := first.(*ast.Starred); ok {
			p.syntaxError() // not an expression, so no rule explains it
		}
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			// CPython reads past the ':' only to explain a bad target.
			if !startsExpr(p.toks[p.i+1].kind) {
				p.errorAt(p.lo(), "invalid syntax")
			}
		}
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			p.errorAtNode(first, "only single target (not tuple) can be annotated")
		case *ast.List:
			p.errorAtNode(first, "only single target (not list) can be annotated")
		default:
			p.errorAtNode(first, "illegal target for annotation")
		}
		p.setCtx(first, ast.Store)
		p.next()
		a := &ast.AnnAssign{Target: first, Annotation: p.expression()}
		if _, ok := first.(*ast.Name); ok && !parenthesised {
			a.Simple = 1
		}
		if p.got(token.EQUAL) {
			if p.kind() == token.YIELD {
				a.Value = p.yieldExpr()
			} else {
				a.Value = p.starExpressions()
			}
		}
		a.Span = p.span(lo)
		return a
	default:
		if op, ok := augOp(k); ok {
			switch first.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.errorAtNode(first, "'"+exprName(first)+"' is an illegal expression for augmented assignment")
			}
			p.setCtx(first, ast.Store)
			p.next()
			var v ast.Expr
			if p.kind() == token.YIELD {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			return &ast.AugAssign{Target: first, Op: op, Value: v, Span: p.span(lo)}
		}
	}
	if k := p.kind(); k == token.COLONEQUAL {
		p.namedItems(start)
		switch first.(type) {
		case *ast.Starred:
			p.syntaxError()
		case *ast.Tuple:
			if !p.parenthesised(start) {
				p.syntaxError() // "a, b := 1": no rule takes a tuple's items before ':='
			}
		}
		if _, ok := first.(*ast.Name); !ok || parenthesised {
			p.errorAtNode(first, "cannot use assignment expressions with "+exprName(first))
		}
	}
	if k := p.kind(); k != token.NEWLINE && k != token.SEMI && k != token.EOF {
		p.unexpectedAfterExpr(first)
	}
	s := p.mem.exprStmts.Alloc()
	*s = ast.ExprStmt{Value: first, Span: p.span(lo)}
	return s
}

// unexpectedAfterExpr reports the token after a complete expression
// statement.
func (p *parser) unexpectedAfterExpr(e ast.Expr) {
	if n, ok := e.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && startsExpr(p.kind()) {
		p.errorAtNode(e, "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?")
	}
	p.syntaxError()
}

// parenthesised reports whether the tokens from start to the current one
// are one parenthesised group.
func (p *parser) parenthesised(start int) bool {
	if p.toks[start].kind != token.LPAR {
		return false
	}
	outer := p.toks[start].level - 1
	for j := start + 1; j < p.i; j++ {
		if p.toks[j].level == outer {
			return j == p.i-1
		}
	}
	return false
}

// validTarget reports whether e can be assigned to (star_targets).
func validTarget(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return true
	case *ast.Starred:
		return validTarget(e.Value)
	case *ast.Tuple:
		return !slices.ContainsFunc(e.Elts, func(x ast.Expr) bool { return !validTarget(x) })
	case *ast.List:
		return !slices.ContainsFunc(e.Elts, func(x ast.Expr) bool { return !validTarget(x) })
	}
	return false
}

// namedItems reads the statement from token start again as the
// star_named_expressions CPython's second pass tries there, raising what
// its invalid_named_expression rule raises for an item, if anything;
// otherwise it leaves the position as it was.
func (p *parser) namedItems(start int) {
	i, prev := p.i, p.prevHi
	p.i, p.prevHi = start, 0
	if start > 0 {
		p.prevHi = p.toks[start-1].hi
	}
	if !p.try(func() {
		p.starNamedExpression()
		for p.got(token.COMMA) && startsExpr(p.kind()) {
			p.starNamedExpression()
		}
	}) && p.lastErr.Msg != "invalid syntax" {
		p.reraise()
	}
	p.i, p.prevHi = i, prev
}

// invalidAssignment reports an assignment (statement from token start,
// targets as parsed) with a target that is not one, as CPython's second
// pass does: invalid_named_expression looks at the statement's first
// items and what follows their '=' first, then invalid_assignment names
// the first bad target, or an unparenthesised yield (targets[bareYield]).
func (p *parser) invalidAssignment(start int, targets []ast.Expr, bareYield int) {
	p.namedItems(start)
	for n, t := range targets {
		if n == bareYield {
			p.errorAtNode(t, "assignment to yield expression not possible")
		}
		p.setCtx(t, ast.Store)
	}
}

func augOp(k token.Kind) (ast.Operator, bool) {
	switch k {
	case token.PLUSEQUAL:
		return ast.Add, true
	case token.MINEQUAL:
		return ast.Sub, true
	case token.STAREQUAL:
		return ast.Mult, true
	case token.SLASHEQUAL:
		return ast.Div, true
	case token.PERCENTEQUAL:
		return ast.Mod, true
	case token.AMPEREQUAL:
		return ast.BitAnd, true
	case token.VBAREQUAL:
		return ast.BitOr, true
	case token.CIRCUMFLEXEQUAL:
		return ast.BitXor, true
	case token.LEFTSHIFTEQUAL:
		return ast.LShift, true
	case token.RIGHTSHIFTEQUAL:
		return ast.RShift, true
	case token.DOUBLESTAREQUAL:
		return ast.Pow, true
	case token.DOUBLESLASHEQUAL:
		return ast.FloorDiv, true
	case token.ATEQUAL:
		return ast.MatMult, true
	}
	return 0, false
}

func (p *parser) typeAlias() ast.Stmt {
	lo := p.lo()
	p.next()
	name := p.nameExpr(ast.Store)
	tps := p.typeParams()
	p.expect(token.EQUAL)
	v := p.expression()
	return &ast.TypeAlias{Name: name, TypeParams: tps, Value: v, Span: p.span(lo)}
}

func (p *parser) typeParams() []ast.TypeParam {
	if p.kind() != token.LSQB {
		return nil
	}
	p.next()
	var tps []ast.TypeParam
	for p.kind() != token.RSQB {
		lo := p.lo()
		switch p.kind() {
		case token.STAR:
			p.next()
			tv := &ast.TypeVarTuple{Name: p.name()}
			if p.got(token.EQUAL) {
				tv.DefaultValue = p.starExpression()
			}
			tv.Span = p.span(lo)
			tps = append(tps, tv)
		case token.DOUBLESTAR:
			p.next()
			ps := &ast.ParamSpec{Name: p.name()}
			if p.got(token.EQUAL) {
				ps.DefaultValue = p.expression()
			}
			ps.Span = p.span(lo)
			tps = append(tps, ps)
		default:
			tv := &ast.TypeVar{Name: p.name()}
			if p.got(token.COLON) {
				tv.Bound = p.expression()
			}
			if p.got(token.EQUAL) {
				tv.DefaultValue = p.expression()
			}
			tv.Span = p.span(lo)
			tps = append(tps, tv)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RSQB)
	if len(tps) == 0 {
		p.errorAt(p.toks[p.i-1].lo, "Type parameter list cannot be empty")
	}
	return tps
}

func (p *parser) dottedName() string {
	lo := p.lo()
	s := p.name()
	simple := true
	for p.kind() == token.DOT {
		if p.toks[p.i-1].hi != p.lo() || p.hi() != p.toks[p.i+1].lo {
			simple = false
		}
		p.next()
		n := p.name()
		if !simple {
			s += "." + n
		}
	}
	if simple && p.prevHi-lo != token.Pos(len(s)) {
		return p.ident(lo, p.prevHi)
	}
	return s
}

func (p *parser) importStmt() ast.Stmt {
	lo := p.lo()
	p.next()
	if p.kind() == token.NEWLINE {
		p.errorAt(p.lo(), "Expected one or more names after 'import'")
	}
	var names []*ast.Alias
	for {
		alo := p.lo()
		a := &ast.Alias{Name: p.dottedName()}
		if p.got(token.AS) {
			a.Asname = p.asName()
		}
		a.Span = p.span(alo)
		names = append(names, a)
		if !p.got(token.COMMA) {
			break
		}
	}
	return &ast.Import{Names: names, Span: p.span(lo)}
}

func (p *parser) fromImport() ast.Stmt {
	lo := p.lo()
	p.next()
	s := &ast.ImportFrom{}
	for {
		if p.got(token.DOT) {
			s.Level++
		} else if p.got(token.ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.kind() != token.IMPORT || s.Level == 0 {
		s.Module = p.dottedName()
	}
	p.expect(token.IMPORT)
	if p.kind() == token.STAR {
		p.next()
		s.Names = []*ast.Alias{{Name: "*", Span: p.span(p.toks[p.i-1].lo)}}
		if s.Module == "__future__" && s.Level == 0 {
			p.checkFuture(s.Names[0])
		}
		s.Span = p.span(lo)
		return s
	}
	paren := p.got(token.LPAR)
	if !paren && p.kind() == token.NEWLINE {
		p.errorAt(p.lo(), "Expected one or more names after 'import'")
	}
	for {
		alo := p.lo()
		a := p.mem.aliases.Alloc()
		a.Name = p.name()
		if p.got(token.AS) {
			a.Asname = p.asName()
		}
		a.Span = p.span(alo)
		s.Names = append(s.Names, a)
		if s.Module == "__future__" && s.Level == 0 {
			p.checkFuture(a)
		}
		if !p.got(token.COMMA) {
			break
		}
		if paren && p.kind() == token.RPAR {
			break
		}
		if !paren && p.kind() == token.NEWLINE {
			p.errorAt(p.lo(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(token.RPAR)
	}
	s.Span = p.span(lo)
	return s
}

// asName parses the name after an import's 'as'. What is not a name
// followed by the end of the item is read as an expression, as CPython's
// invalid_dotted_as_name and invalid_import_from_as_name do, and named in
// the error; inside parentheses, another expression after it means a
// missing comma.
func (p *parser) asName() string {
	if p.kind() == token.NAME {
		switch p.peek(1) {
		case token.COMMA, token.RPAR, token.SEMI, token.NEWLINE:
			return p.name()
		}
	}
	far := p.far
	var e ast.Expr
	if p.try(func() { e = p.expression() }) {
		p.far = far
		p.missingComma()
		p.errorAtNode(e, "cannot use "+exprName(e)+" as import target")
	} else if p.lastErr.Msg != "invalid syntax" {
		p.reraise()
	}
	p.far = far
	return p.name()
}

// checkFuture notes unknown __future__ features, which ast.parse rejects, and
// notes barry_as_FLUFL, which makes "<>" the inequality operator.
func (p *parser) checkFuture(a *ast.Alias) {
	switch a.Name {
	case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
		"print_function", "unicode_literals", "generator_stop", "annotations":
	case "barry_as_FLUFL":
		p.barry = true
	case "braces":
		p.futureError(a.Lo, "not a chance")
	default:
		p.futureError(a.Lo, "future feature "+a.Name+" is not defined")
	}
}

// futureError records a bad __future__ import: CPython checks them only
// once the whole module has parsed, so it counts only without other errors.
func (p *parser) futureError(pos token.Pos, msg string) {
	if p.futureErr == nil && p.specul == 0 {
		e := p.mkError(pos, msg)
		p.futureErr = &e
	}
}

func (p *parser) decorated() ast.Stmt {
	base := len(p.exprs)
	for p.got(token.AT) {
		p.exprs = append(p.exprs, p.namedExpression())
		p.expect(token.NEWLINE)
	}
	decos := p.popExprs(base)
	switch p.kind() {
	case token.DEF:
		return p.funcDef(decos, p.lo())
	case token.ASYNC:
		lo := p.lo()
		p.next()
		if p.kind() != token.DEF {
			p.syntaxError()
		}
		return p.funcDef(decos, lo)
	case token.CLASS:
		return p.classDef(decos)
	}
	p.syntaxError()
	return nil
}

// funcDef parses a def whose first token (def or async) is at lo; the
// current token is def.
func (p *parser) funcDef(decos []ast.Expr, lo token.Pos) ast.Stmt {
	async := p.i > 0 && p.toks[p.i-1].kind == token.ASYNC && p.toks[p.i-1].lo == lo
	p.next()
	name := p.name()
	tps := p.typeParams()
	if !p.got(token.LPAR) {
		p.errorAt(p.lo(), "expected '('")
	}
	args := p.parameters(token.RPAR, true)
	p.expect(token.RPAR)
	var returns ast.Expr
	if p.kind() == token.RARROW {
		if !startsExpr(p.peek(1)) {
			// CPython backtracks over the '->' and expects ':' there.
			p.forcedColon()
		}
		p.next()
		start := p.i
		if !p.try(func() { returns = p.expression() }) {
			// Or over the part of the annotation that does not parse,
			// when its first atom does.
			failed, at := p.lastErr, p.lastErrTok
			p.i = start
			if failed.Msg == "invalid syntax" && p.try(func() { p.atom() }) {
				p.forcedColon()
			}
			p.lastErr, p.lastErrTok = failed, at
			p.reraise()
		}
	}
	p.forcedColon()
	body := p.block("function definition", lo)
	sp := ast.Span{Lo: lo, Hi: p.realEnd()}
	if async {
		return &ast.AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps, Span: sp}
	}
	f := p.mem.funcDefs.Alloc()
	*f = ast.FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps, Span: sp}
	return f
}

// parameters parses a def's or lambda's parameter list up to closer.
func (p *parser) parameters(closer token.Kind, annotations bool) *ast.Arguments {
	a := p.mem.arguments.Alloc()
	base := len(p.params)
	sawDefault, sawStar := false, false
	for p.kind() != closer {
		switch p.kind() {
		case token.LPAR:
			if p.peek(1) == token.NAME {
				what := "Function"
				if !annotations {
					what = "Lambda expression"
				}
				p.errorAt(p.lo(), what+" parameters cannot be parenthesized")
			}
			p.syntaxError()
		case token.SLASH:
			switch {
			case len(a.Posonlyargs) > 0:
				p.errorAt(p.lo(), "/ may appear only once")
			case sawStar:
				p.errorAt(p.lo(), "/ must be ahead of *")
			case len(p.params) == base:
				p.errorAt(p.lo(), "at least one argument must precede /")
			}
			p.next()
			a.Posonlyargs = p.popParams(base)
		case token.STAR:
			if sawStar {
				p.errorAt(p.lo(), "* argument may appear only once")
			}
			sawStar = true
			p.next()
			if p.kind() != token.COMMA && p.kind() != closer {
				a.Vararg = p.param(annotations, true)
			} else if p.kind() == closer || p.peek(1) == closer || p.peek(1) == token.DOUBLESTAR {
				// def reports the '*'; lambda, the token after the list.
				pos := p.toks[p.i-1].lo
				if !annotations {
					pos = p.lo()
					if p.kind() == token.COMMA {
						pos = p.toks[p.i+1].lo
					}
				}
				p.errorAt(pos, "named arguments must follow bare *")
			}
		case token.DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(annotations, false)
			p.got(token.COMMA)
			if p.kind() != closer {
				p.errorAt(p.lo(), "arguments cannot follow var-keyword argument")
			}
			continue
		default:
			arg := p.param(annotations, false)
			var def ast.Expr
			if p.kind() == token.EQUAL {
				if k := p.peek(1); k == token.COMMA || k == closer {
					p.errorAt(p.lo(), "expected default value expression")
				}
				p.next()
				def = p.expression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					sawDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if sawDefault {
					p.errorAt(arg.Lo, "parameter without a default follows parameter with a default")
				}
				p.params = append(p.params, arg)
			}
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	a.Args = p.popParams(base)
	return a
}

func (p *parser) param(annotations, star bool) *ast.Arg {
	lo := p.lo()
	arg := p.mem.argNodes.Alloc()
	arg.Arg = p.name()
	if annotations && p.got(token.COLON) {
		if star && p.kind() == token.STAR {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Span = p.span(lo)
	return arg
}

func (p *parser) classDef(decos []ast.Expr) ast.Stmt {
	lo := p.lo()
	p.next()
	c := &ast.ClassDef{Name: p.name(), DecoratorList: decos}
	c.TypeParams = p.typeParams()
	if p.kind() == token.LPAR {
		open := p.i
		call := p.call(lo, nil).(*ast.Call)
		c.Bases, c.Keywords = call.Args, call.Keywords
		if len(c.Bases) == 1 {
			if g, ok := c.Bases[0].(*ast.GeneratorExp); ok && g.Lo == p.toks[open].lo {
				p.errorAt(p.forOf(open), "invalid syntax")
			}
		}
	}
	p.expectColon()
	c.Body = p.block("class definition", lo)
	c.Span = ast.Span{Lo: lo, Hi: p.realEnd()}
	return c
}

// forOf returns the position of the first "for" inside the brackets
// opened at token index open.
func (p *parser) forOf(open int) token.Pos {
	depth := 0
	for j := open; j < p.i; j++ {
		switch p.toks[j].kind {
		case token.LPAR, token.LSQB, token.LBRACE:
			depth++
		case token.RPAR, token.RSQB, token.RBRACE:
			depth--
		case token.FOR, token.ASYNC:
			if depth == 1 {
				return p.toks[j].lo
			}
		}
	}
	return p.toks[open].lo
}

func (p *parser) ifStmt() ast.Stmt {
	lo := p.lo()
	what := "'if' statement"
	if p.kind() == token.ELIF {
		what = "'elif' statement"
	}
	p.next()
	s := p.mem.ifs.Alloc()
	s.Test = p.namedExpression()
	p.expectColon()
	s.Body = p.block(what, lo)
	end := p.realEnd()
	switch p.kind() {
	case token.ELIF:
		el := p.ifStmt()
		s.Orelse = []ast.Stmt{el}
		end = el.End()
	case token.ELSE:
		elo := p.lo()
		p.next()
		p.forcedColon()
		s.Orelse = p.block("'else' statement", elo)
		end = p.realEnd()
		if p.kind() == token.ELIF {
			p.errorAt(p.lo(), "'elif' block follows an 'else' block")
		}
	}
	s.Span = ast.Span{Lo: lo, Hi: end}
	return s
}

// elseBlock parses an optional else clause.
func (p *parser) elseBlock() []ast.Stmt {
	if p.kind() != token.ELSE {
		return nil
	}
	elo := p.lo()
	p.next()
	p.forcedColon()
	return p.block("'else' statement", elo)
}

func (p *parser) whileStmt() ast.Stmt {
	lo := p.lo()
	p.next()
	s := &ast.While{Test: p.namedExpression()}
	p.expectColon()
	s.Body = p.block("'while' statement", lo)
	s.Orelse = p.elseBlock()
	end := p.realEnd()
	if s.Orelse != nil {
		end = p.realEnd()
	}
	s.Span = ast.Span{Lo: lo, Hi: end}
	return s
}

func (p *parser) forStmt(lo token.Pos, async bool) ast.Stmt {
	p.next()
	target := p.forTargets(false)
	iter := p.starExpressions()
	p.expectColon()
	body := p.block("'for' statement", lo)
	orelse := p.elseBlock()
	end := p.realEnd()
	if orelse != nil {
		end = p.realEnd()
	}
	sp := ast.Span{Lo: lo, Hi: end}
	if async {
		return &ast.AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, Span: sp}
	}
	return &ast.For{Target: target, Iter: iter, Body: body, Orelse: orelse, Span: sp}
}

func (p *parser) withStmt(lo token.Pos, async bool) ast.Stmt {
	p.next()
	start := p.i
	var items []*ast.WithItem
	if p.kind() == token.LPAR {
		// "with (a, b):" lists items; "with (a, b) as c:" is one tuple item.
		// An item's error other than a generic one is CPython's too.
		ok := p.try(func() {
			p.next()
			var its []*ast.WithItem
			for p.kind() != token.RPAR {
				its = append(its, p.withItem())
				if !p.got(token.COMMA) {
					break
				}
			}
			p.expect(token.RPAR)
			if p.kind() != token.COLON || len(its) == 0 {
				p.syntaxError()
			}
			items = its
		})
		if !ok && p.lastErr.Msg != "invalid syntax" {
			p.reraise()
		}
	}
	if items == nil {
		parenErr, parenTok := p.lastErr, p.lastErrTok
		if !p.try(func() {
			for {
				items = append(items, p.withItem())
				if !p.got(token.COMMA) {
					break
				}
			}
		}) {
			// A generic error is reported where the furthest of the two
			// readings stopped.
			if p.toks[start].kind == token.LPAR && p.lastErr.Msg == "invalid syntax" && parenErr.Pos > p.lastErr.Pos {
				p.lastErr, p.lastErrTok = parenErr, parenTok
			}
			p.reraise()
		}
	}
	p.expectColon()
	body := p.block("'with' statement", lo)
	sp := ast.Span{Lo: lo, Hi: p.realEnd()}
	if async {
		return &ast.AsyncWith{Items: items, Body: body, Span: sp}
	}
	return &ast.With{Items: items, Body: body, Span: sp}
}

func (p *parser) withItem() *ast.WithItem {
	lo := p.lo()
	w := &ast.WithItem{ContextExpr: p.expression()}
	if p.got(token.AS) {
		start := p.i
		var t ast.Expr
		if !p.try(func() {
			t = p.target()
			if !withItemEnd(p.kind()) || invalidTarget(t, starTargets) != nil {
				p.syntaxError()
			}
		}) {
			// CPython's invalid_with_item: an expression followed by what
			// may end an item.
			p.explainTarget(start, starTargets, func() ast.Expr {
				e := p.expression()
				if !withItemEnd(p.kind()) {
					p.missingComma()
					return nil
				}
				return e
			})
		}
		p.setCtx(t, ast.Store)
		w.OptionalVars = t
	}
	w.Span = p.span(lo)
	return w
}

// withItemEnd reports whether k may follow a with item's target.
func withItemEnd(k token.Kind) bool {
	return k == token.COMMA || k == token.RPAR || k == token.COLON
}

func (p *parser) tryStmt() ast.Stmt {
	lo := p.lo()
	p.next()
	p.forcedColon()
	body := p.block("'try' statement", lo)
	var handlers []*ast.ExceptHandler
	star, plain := false, false
	for p.kind() == token.EXCEPT {
		hlo := p.lo()
		p.next()
		h := &ast.ExceptHandler{}
		what := "'except' statement"
		if p.got(token.STAR) {
			what = "'except*' statement"
			star = true
			if plain {
				p.errorAt(hlo, "cannot have both 'except' and 'except*' on the same 'try'")
			}
		} else {
			plain = true
			if star {
				p.errorAt(hlo, "cannot have both 'except' and 'except*' on the same 'try'")
			}
		}
		if p.kind() != token.COLON {
			tlo := p.lo()
			h.Type = p.expression()
			if p.kind() == token.COMMA {
				base := len(p.exprs)
				p.exprs = append(p.exprs, h.Type)
				for p.got(token.COMMA) {
					if !startsExpr(p.kind()) {
						break
					}
					p.exprs = append(p.exprs, p.expression())
				}
				h.Type = p.mem.tuples.New(ast.Tuple{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(tlo)})
				if p.kind() == token.AS {
					p.errorAt(tlo, "multiple exception types must be parenthesized when using 'as'")
				}
			}
			if p.got(token.AS) {
				h.Name = p.name()
			}
		} else if star {
			p.errorAt(p.lo(), "expected one or more exception types")
		}
		p.expectColon()
		h.Body = p.block(what, hlo)
		h.Span = ast.Span{Lo: hlo, Hi: p.realEnd()}
		handlers = append(handlers, h)
	}
	orelse := p.elseBlock()
	var final []ast.Stmt
	if p.kind() == token.FINALLY {
		flo := p.lo()
		p.next()
		p.forcedColon()
		final = p.block("'finally' statement", flo)
	}
	if handlers == nil && final == nil {
		p.errorAt(p.lo(), "expected 'except' or 'finally' block")
	}
	end := p.realEnd()
	switch {
	case final != nil:
		end = p.realEnd()
	case orelse != nil:
		end = p.realEnd()
	case handlers != nil:
		end = handlers[len(handlers)-1].Hi
	}
	sp := ast.Span{Lo: lo, Hi: end}
	if star {
		return &ast.TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Span: sp}
	}
	return &ast.Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Span: sp}
}
