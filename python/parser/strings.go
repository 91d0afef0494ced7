package parser

import (
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/literal"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// strings parses adjacent string, f-string and t-string literals and folds
// them as CPython does: one Constant when all are plain, a JoinedStr when
// any is an f-string, a TemplateStr for t-strings.
func (p *parser) strings() ast.Expr {
	lo := p.lo()
	t := p.toks[p.i]
	if t.kind == token.STRING {
		if k := p.peek(1); k != token.STRING && k != token.FSTRING_START && k != token.TSTRING_START {
			p.next()
			v, kind, err := literal.String(p.text[t.lo:t.hi])
			if err != nil {
				p.literalError(t.lo, err)
			}
			return p.constant(v, kind, t.lo, t.hi)
		}
	}
	var sb strings.Builder
	firstKind := ""
	anyF, anyT, anyPlain, anyBytes, anyStr := false, false, false, false, false
	base := len(p.exprs)
	for i := 0; ; i++ {
		t := p.toks[p.i]
		switch t.kind {
		case token.STRING:
			p.next()
			v, kind, err := literal.String(p.text[t.lo:t.hi])
			if err != nil {
				p.literalError(t.lo, err)
			}
			if i == 0 {
				firstKind = kind
			}
			anyPlain = true
			switch v := v.(type) {
			case ast.Bytes:
				anyBytes = true
				sb.WriteString(string(v))
			case string:
				anyStr = true
				sb.WriteString(v)
				p.exprs = append(p.exprs, p.constant(v, "", t.lo, t.hi))
			}
			continue
		case token.FSTRING_START:
			anyF, anyStr = true, true
			p.fstring(false)
			continue
		case token.TSTRING_START:
			anyT = true
			p.fstring(true)
			continue
		}
		break
	}
	if anyBytes && anyStr {
		p.errorAt(p.prevHi, "cannot mix bytes and nonbytes literals")
	}
	if anyT && (anyPlain || anyF) {
		p.errorAt(lo, "cannot mix t-string literals with string or bytes literals")
	}
	sp := p.span(lo)
	if !anyF && !anyT {
		clear(p.exprs[base:])
		p.exprs = p.exprs[:base]
		if anyBytes {
			return p.constant(ast.Bytes(sb.String()), firstKind, sp.Lo, sp.Hi)
		}
		return p.constant(sb.String(), firstKind, sp.Lo, sp.Hi)
	}
	vals := p.mergeConstants(base)
	if anyT {
		return &ast.TemplateStr{Values: vals, Span: sp}
	}
	return &ast.JoinedStr{Values: vals, Span: sp}
}

// mergeConstants pops the parts pushed since base, joining adjacent
// Constants (spanning from the first to the last) and dropping empty ones.
func (p *parser) mergeConstants(base int) []ast.Expr {
	parts := p.exprs[base:]
	out := parts[:0]
	for i := 0; i < len(parts); i++ {
		c, ok := parts[i].(*ast.Constant)
		if !ok {
			out = append(out, parts[i])
			continue
		}
		j := i + 1
		for j < len(parts) {
			if _, ok := parts[j].(*ast.Constant); !ok {
				break
			}
			j++
		}
		if j > i+1 {
			var sb strings.Builder
			for _, x := range parts[i:j] {
				sb.WriteString(x.(*ast.Constant).Value.(string))
			}
			c = p.constant(sb.String(), "", c.Lo, parts[j-1].End())
		}
		if c.Value.(string) != "" {
			out = append(out, c)
		}
		i = j - 1
	}
	p.exprs = p.exprs[:base+len(out)]
	return p.popExprs(base)
}

// fstring parses one f-string or t-string, pushing its parts on p.exprs.
func (p *parser) fstring(isT bool) {
	start := p.toks[p.i]
	raw := strings.ContainsAny(p.text[start.lo:start.hi], "rR")
	p.next()
	end, middle := token.FSTRING_END, token.FSTRING_MIDDLE
	if isT {
		end, middle = token.TSTRING_END, token.TSTRING_MIDDLE
	}
	for {
		t := p.toks[p.i]
		switch t.kind {
		case middle:
			p.next()
			s, err := literal.FStringMiddle(p.text[t.lo:t.hi], raw)
			if err != nil && p.fsErr == "" {
				p.fsErr = err.Msg
			}
			p.exprs = append(p.exprs, p.constant(s, "", t.lo, t.hi))
		case token.LBRACE:
			p.replacementField(isT, raw, end, middle)
		case end:
			// CPython reports bad escapes in the literal text on the
			// closing quote.
			if p.fsErr != "" {
				msg := p.fsErr
				p.fsErr = ""
				p.errorAt(t.lo, msg)
			}
			p.next()
			return
		default:
			p.syntaxError()
		}
	}
}

// replacementField parses {expr[=][!c][:spec]}, pushing the debug text
// (if any) and the FormattedValue or Interpolation on p.exprs.
func (p *parser) replacementField(isT, raw bool, end, middle token.Kind) {
	p.field(isT, stringKind(isT), raw, end, middle)
}

// field is replacementField with kind, the string kind its messages name:
// a field nested in a t-string's format spec is a FormattedValue, but
// CPython's messages still say "t-string".
func (p *parser) field(isT bool, kind string, raw bool, end, middle token.Kind) {
	lo := p.lo()
	open := p.hi()
	p.next()
	p.enter()
	defer p.leave()
	switch k := p.kind(); k {
	case token.RBRACE, token.EXCLAMATION, token.COLON, token.EQUAL:
		p.errorAt(p.lo(), kind+": valid expression required before '"+k.String()+"'")
	}
	if p.kind() == token.LAMBDA {
		p.errorAt(p.lo(), kind+": lambda expressions are not allowed without parentheses")
	}
	var v ast.Expr
	first := p.i
	if !p.try(func() {
		if p.kind() == token.YIELD {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
	}) {
		p.fieldExprFailed(first, kind)
	}
	exprHi := p.prevHi
	debug := false
	if p.kind() == token.EQUAL {
		debug = true
		p.next()
		p.exprs = append(p.exprs, p.constant(p.text[open:p.lo()], "", open, p.lo()))
	}
	switch p.kind() {
	case token.EXCLAMATION, token.COLON, token.RBRACE:
	case token.RPAR, token.RSQB:
		p.errorAt(p.lo(), kind+": unmatched '"+p.tokText()+"'")
	default:
		if !debug {
			p.missingComma()
			p.errorAt(p.lo(), kind+": expecting '=', or '!', or ':', or '}'")
		}
		p.errorAt(p.lo(), kind+": expecting '!', or ':', or '}'")
	}
	conv := -1
	if p.got(token.EXCLAMATION) {
		t := p.toks[p.i]
		switch t.kind {
		case token.NAME:
		case token.COLON, token.RBRACE:
			p.errorAt(t.lo, kind+": missing conversion character")
		default:
			p.errorAt(t.lo, kind+": invalid conversion character")
		}
		if t.lo != p.prevHi {
			p.errorAt(p.toks[p.i-1].lo, kind+": conversion type must come right after the exclamation mark")
		}
		switch p.text[t.lo:t.hi] {
		case "s":
			conv = 's'
		case "r":
			conv = 'r'
		case "a":
			conv = 'a'
		default:
			p.errorAt(t.lo, kind+": invalid conversion character '"+p.text[t.lo:t.hi]+"': expected 's', 'r', or 'a'")
		}
		p.next()
		if k := p.kind(); k != token.COLON && k != token.RBRACE {
			p.errorAt(p.lo(), kind+": expecting ':' or '}'")
		}
	}
	var spec ast.Expr
	if p.kind() == token.COLON {
		slo := p.lo()
		p.next()
		base := len(p.exprs)
		specText := -1 // the spec's first literal text
		for p.kind() != token.RBRACE {
			t := p.toks[p.i]
			switch t.kind {
			case middle:
				if specText < 0 {
					specText = p.i
				}
				p.next()
				s, err := literal.FStringMiddle(p.text[t.lo:t.hi], raw)
				if err != nil && p.fsErr == "" {
					p.fsErr = err.Msg
				}
				p.exprs = append(p.exprs, p.constant(s, "", t.lo, t.hi))
			case token.LBRACE:
				// Fields nested in a t-string's format spec are plain
				// FormattedValues.
				p.field(false, kind, raw, end, middle)
			default:
				if middle == token.TSTRING_MIDDLE && specText >= 0 {
					// CPython's rule for t-strings skips only f-string
					// text, so it stops at the spec's first text.
					t = p.toks[specText]
				}
				p.errorAt(t.lo, kind+": expecting '}', or format specs")
			}
		}
		spec = &ast.JoinedStr{Values: p.mergeConstants(base), Span: p.span(slo)}
	}
	if debug && conv == -1 && spec == nil {
		conv = 'r'
	}
	if p.kind() != token.RBRACE {
		p.syntaxError()
	}
	p.next()
	if isT {
		p.exprs = append(p.exprs, &ast.Interpolation{Value: v, Str: p.text[open:exprHi], Conversion: conv, FormatSpec: spec, Span: p.span(lo)})
		return
	}
	p.exprs = append(p.exprs, &ast.FormattedValue{Value: v, Conversion: conv, FormatSpec: spec, Span: p.span(lo)})
}

// fieldExprFailed raises the error of a replacement field's expression,
// from token first, that failed (p.lastErr). A generic failure after an
// operator, or inside brackets, is where CPython's parser backs up to the
// longest expression that parses; its invalid_replacement_field rule then
// reports the token after that expression.
func (p *parser) fieldExprFailed(first int, kind string) {
	failed, at := p.lastErr, p.lastErrTok
	if failed.Msg == "invalid syntax" && at > first && at < len(p.toks) {
		j, k := p.backUp(first, at)
		switch {
		case k == first:
			p.errorAt(p.toks[k].lo, kind+": expecting a valid expression after '{'")
		case k < j || j < at:
			p.errorAt(p.toks[k].lo, kind+": expecting '=', or '!', or ':', or '}'")
		}
	}
	p.lastErr, p.lastErrTok = failed, at
	p.reraise()
}

// backUp approximates where CPython's parser ends an expression from
// token first that fails at token at: out of the brackets the failure is
// in (j, the outermost bracket opened at first's level), then back over
// the operators before it (k, the first of them; first when nothing
// parses).
func (p *parser) backUp(first, at int) (j, k int) {
	j, level := at, p.toks[first-1].level
	for o := at - 1; o >= first; o-- {
		if k := p.toks[o].kind; (k == token.LPAR || k == token.LSQB || k == token.LBRACE) && p.toks[o].level == level+1 {
			j = o
			break
		}
	}
	k = j
	for k > first && fieldOperator(p.toks[k-1].kind) {
		k--
	}
	return j, k
}

// fieldOperator reports whether k is an operator an expression cannot end
// with: one CPython's parser backs up over when what follows fails.
func fieldOperator(k token.Kind) bool {
	if _, prec := binop(k); prec > 0 {
		return true
	}
	switch k {
	case token.DOUBLESTAR, token.TILDE, token.EQEQUAL, token.NOTEQUAL, token.LESS, token.LESSEQUAL,
		token.GREATER, token.GREATEREQUAL, token.IN, token.NOT, token.IS, token.AND, token.OR,
		token.IF, token.AWAIT:
		return true
	}
	return false
}

func stringKind(isT bool) string {
	if isT {
		return "t-string"
	}
	return "f-string"
}
