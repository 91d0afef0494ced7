package parser

import (
	"strconv"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// matchStmt parses a match statement, or returns nil (having consumed
// nothing) when "match" starts an expression statement instead.
func (p *parser) matchStmt() ast.Stmt {
	lo := p.lo()
	var subject ast.Expr
	if !p.try(func() {
		p.next()
		subject = p.subject()
		if p.kind() != token.COLON {
			p.syntaxError()
		}
	}) {
		return nil
	}
	p.next()
	if !p.got(token.NEWLINE) {
		p.syntaxError()
	}
	if p.kind() != token.INDENT {
		line, _ := p.lines.Position(lo)
		p.errorAt(p.lo(), "expected an indented block after 'match' statement on line "+strconv.Itoa(line))
	}
	p.next()
	var cases []*ast.MatchCase
	for p.isSoft("case") {
		cases = append(cases, p.caseBlock())
	}
	if len(cases) == 0 || p.kind() != token.DEDENT {
		p.syntaxError()
	}
	p.next()
	return &ast.Match{Subject: subject, Cases: cases, Span: ast.Span{Lo: lo, Hi: p.realEnd()}}
}

func (p *parser) subject() ast.Expr {
	lo := p.lo()
	first := p.starNamedExpression()
	if p.kind() != token.COMMA {
		if _, ok := first.(*ast.Starred); ok {
			p.syntaxError()
		}
		return first
	}
	base := len(p.exprs)
	p.exprs = append(p.exprs, first)
	for p.got(token.COMMA) {
		if !startsExpr(p.kind()) {
			break
		}
		p.exprs = append(p.exprs, p.starNamedExpression())
	}
	return p.mem.tuples.New(ast.Tuple{Elts: p.popExprs(base), Ctx: ast.Load, Span: p.span(lo)})
}

func (p *parser) caseBlock() *ast.MatchCase {
	lo := p.lo()
	p.next()
	c := &ast.MatchCase{Pattern: p.patterns()}
	if p.got(token.IF) {
		c.Guard = p.namedExpression()
	}
	p.expectColon()
	c.Body = p.block("'case' statement", lo)
	return c
}

// patterns parses the top-level pattern of a case: an open sequence when
// there is a comma.
func (p *parser) patterns() ast.Pattern {
	lo := p.lo()
	first := p.maybeStarPattern()
	if p.kind() != token.COMMA {
		if _, ok := first.(*ast.MatchStar); ok {
			p.errorAt(p.lo(), "invalid syntax")
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(token.COMMA) {
		if p.kind() == token.COLON || p.kind() == token.IF {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Patterns: pats, Span: p.span(lo)}
}

func (p *parser) maybeStarPattern() ast.Pattern {
	if p.kind() == token.STAR {
		lo := p.lo()
		p.next()
		s := &ast.MatchStar{}
		if !p.isSoft("_") {
			s.Name = p.name()
		} else {
			p.next()
		}
		s.Span = p.span(lo)
		return s
	}
	return p.pattern()
}

// pattern parses as_pattern | or_pattern.
func (p *parser) pattern() ast.Pattern {
	lo := p.lo()
	x := p.orPattern()
	if p.got(token.AS) {
		if p.isSoft("_") {
			p.errorAt(p.lo(), "cannot use '_' as a target")
		}
		name := p.name()
		x = &ast.MatchAs{Pattern: x, Name: name, Span: p.span(lo)}
	}
	return x
}

func (p *parser) orPattern() ast.Pattern {
	lo := p.lo()
	x := p.closedPattern()
	if p.kind() != token.VBAR {
		return x
	}
	pats := []ast.Pattern{x}
	for p.got(token.VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Patterns: pats, Span: p.span(lo)}
}

func (p *parser) closedPattern() ast.Pattern {
	lo := p.lo()
	p.enter()
	defer p.leave()
	switch p.kind() {
	case token.NAME:
		if p.peek(1) != token.DOT && p.peek(1) != token.LPAR {
			if p.isSoft("_") {
				p.next()
				return &ast.MatchAs{Span: p.span(lo)}
			}
			return &ast.MatchAs{Name: p.name(), Span: p.span(lo)}
		}
		v := p.nameOrAttr()
		if p.kind() == token.LPAR {
			return p.classPattern(lo, v)
		}
		return &ast.MatchValue{Value: v, Span: p.span(lo)}
	case token.NONE:
		p.next()
		return &ast.MatchSingleton{Value: nil, Span: p.span(lo)}
	case token.TRUE:
		p.next()
		return &ast.MatchSingleton{Value: true, Span: p.span(lo)}
	case token.FALSE:
		p.next()
		return &ast.MatchSingleton{Value: false, Span: p.span(lo)}
	case token.LPAR, token.LSQB:
		closer := token.RPAR
		if p.kind() == token.LSQB {
			closer = token.RSQB
		}
		p.next()
		if p.got(closer) {
			return &ast.MatchSequence{Span: p.span(lo)}
		}
		first := p.maybeStarPattern()
		if closer == token.RPAR && p.kind() == token.RPAR {
			if _, ok := first.(*ast.MatchStar); !ok {
				p.next()
				return first
			}
		}
		pats := []ast.Pattern{first}
		for p.got(token.COMMA) {
			if p.kind() == closer {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(closer)
		return &ast.MatchSequence{Patterns: pats, Span: p.span(lo)}
	case token.LBRACE:
		return p.mappingPattern()
	}
	return &ast.MatchValue{Value: p.literalPatternExpr(), Span: p.span(lo)}
}

func (p *parser) nameOrAttr() ast.Expr {
	lo := p.lo()
	var x ast.Expr = p.nameExpr(ast.Load)
	for p.got(token.DOT) {
		a := p.mem.attrs.Alloc()
		a.Value = x
		a.Attr = p.name()
		a.Span = p.span(lo)
		x = a
	}
	return x
}

// literalPatternExpr parses a number (optionally signed, or a complex sum),
// a string, or a dotted value name.
func (p *parser) literalPatternExpr() ast.Expr {
	lo := p.lo()
	switch p.kind() {
	case token.STRING:
		return p.strings()
	case token.FSTRING_START, token.TSTRING_START:
		p.errorAt(lo, "patterns may only match literals and attribute lookups")
	case token.NAME:
		return p.nameOrAttr()
	}
	x := p.signedNumber()
	if k := p.kind(); k == token.PLUS || k == token.MINUS {
		op := ast.Add
		if k == token.MINUS {
			op = ast.Sub
		}
		p.next()
		y := p.signedNumber()
		return &ast.BinOp{Left: x, Op: op, Right: y, Span: p.span(lo)}
	}
	return x
}

func (p *parser) signedNumber() ast.Expr {
	lo := p.lo()
	if p.got(token.MINUS) {
		if p.kind() != token.NUMBER {
			p.syntaxError()
		}
		x := p.atom()
		return &ast.UnaryOp{Op: ast.USub, Operand: x, Span: p.span(lo)}
	}
	if p.kind() != token.NUMBER {
		p.syntaxError()
	}
	return p.atom()
}

func (p *parser) mappingPattern() ast.Pattern {
	lo := p.lo()
	p.next()
	m := &ast.MatchMapping{}
	for p.kind() != token.RBRACE {
		if p.got(token.DOUBLESTAR) {
			m.Rest = p.name()
			p.got(token.COMMA)
			if p.kind() != token.RBRACE {
				p.syntaxError()
			}
			break
		}
		var key ast.Expr
		switch p.kind() {
		case token.NONE, token.TRUE, token.FALSE:
			key = p.atom()
		default:
			key = p.literalPatternExpr()
		}
		m.Keys = append(m.Keys, key)
		p.expect(token.COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RBRACE)
	m.Span = p.span(lo)
	return m
}

func (p *parser) classPattern(lo token.Pos, cls ast.Expr) ast.Pattern {
	p.next()
	c := &ast.MatchClass{Cls: cls}
	for p.kind() != token.RPAR {
		if p.kind() == token.NAME && p.peek(1) == token.EQUAL {
			c.KwdAttrs = append(c.KwdAttrs, p.name())
			p.next()
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorAtNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RPAR)
	c.Span = p.span(lo)
	return c
}
