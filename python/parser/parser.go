// Package parser is a hand-written parser for Python 3.14 that builds the
// same tree as CPython's ast.parse (see package ast), reports the first
// syntax error where CPython does, and recovers so the rest of the module
// still yields a tree.
//
// The source is tokenized into a slice first, so the parser can look ahead
// arbitrarily (soft keywords, parenthesised with-items) and backtrack
// cheaply. Node positions come from tokens, as CPython's EXTRA does: a node
// spans from the first token its rule consumed to the last one.
package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/crosstalk-dev/crosstalk/internal/slab"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/literal"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// File is one parsed source file.
type File struct {
	Name   string
	Src    []byte // the source as UTF-8, after PEP 263 decoding
	Lines  *token.Lines
	Module *ast.Module // never nil: with errors, the statements that parsed
	Errors []Error     // in source order; Errors[0] is the one CPython reports
	// Lambdas are where the tree's lambdas start, in order: a walk that
	// looks for them can skip the statements that hold none.
	Lambdas []token.Pos
}

// Error is a syntax error. Line is 1-based; Col is 1-based and counts
// characters, as CPython's SyntaxError.offset does. Like CPython, a few
// errors have no column (Col 0, or -1 for source that cannot be decoded,
// which also has Line 0).
type Error struct {
	Pos  token.Pos
	Line int
	Col  int
	Msg  string
}

func (e Error) Error() string { return e.Msg }

// ParseFile decodes raw (PEP 263) and parses it as a module. The File and
// its tree share raw's memory (identifiers, Src), so raw must not be
// modified afterwards.
func ParseFile(name string, raw []byte) *File {
	var ps Parser
	return ps.ParseFile(name, raw)
}

// ParseSource parses src, which must already be UTF-8, as a module. The
// File and its tree share src's memory, so src must not be modified
// afterwards.
func ParseSource(name string, src []byte) *File {
	var ps Parser
	return ps.ParseSource(name, src)
}

// A Parser parses files one after another, reusing its token buffer between
// them, which saves allocating and zeroing about twice each file's size,
// and its scanner's and its own scratch stacks. Give each goroutine its
// own; the zero value is ready to use.
type Parser struct {
	// Recycle makes each parse reuse the memory of the trees this Parser
	// returned before, which are then invalid: for a caller that is done
	// with a tree, and with everything that points into it, before it
	// parses the next file.
	Recycle bool

	toks  []tok
	exprs []ast.Expr
	stmts []ast.Stmt
	sc    scanner.Scanner
	mem   *nodeMem // kept when Recycle is set
}

// maxKeptTokens bounds the buffer a Parser keeps, so that one huge
// generated file does not pin its tokens' memory for the rest of a run.
const maxKeptTokens = 1 << 20

// Source returns the source a File parsed from raw holds: raw decoded
// (PEP 263), or raw itself when it cannot be decoded. Code that reads a
// file again to place positions in it reads it this way.
func Source(raw []byte) []byte {
	if src, err := scanner.Decode(raw); err == nil {
		return src
	}
	return raw
}

// ParseFile decodes raw (PEP 263) and parses it as a module; raw must not
// be modified afterwards (see the function ParseFile).
func (ps *Parser) ParseFile(name string, raw []byte) *File {
	src, err := scanner.Decode(raw)
	if err != nil {
		e := Error{Line: 1, Col: 1, Msg: err.Error()}
		if se, ok := err.(*scanner.Error); ok {
			// CPython's position, which may be line 0 and offset -1 (none).
			e.Pos, e.Line, e.Col = se.Pos, se.Line, se.Col
		}
		return &File{Name: name, Src: raw, Lines: token.NewLines(raw), Module: &ast.Module{}, Errors: []Error{e}}
	}
	return ps.ParseSource(name, src)
}

// ParseSource parses src, which must already be UTF-8, as a module; src
// must not be modified afterwards.
func (ps *Parser) ParseSource(name string, src []byte) *File {
	p := newParser(src, ps)
	mod := p.parseModule()
	if cap(p.toks) <= maxKeptTokens {
		ps.toks = p.toks[:0] // no node refers to a token: the buffer is free
	}
	// What a failed statement left on the scratch stacks must not keep
	// its nodes alive.
	clear(p.exprs)
	clear(p.stmts)
	ps.exprs, ps.stmts = p.exprs[:0], p.stmts[:0]
	slices.Sort(p.lambdas) // made inner first
	return &File{Name: name, Src: src, Lines: p.lines, Module: mod, Errors: p.errors(), Lambdas: slices.Compact(p.lambdas)}
}

// ParseExpr parses src as a single expression, as ast.parse(src,
// mode="eval") does, and returns it with the errors found. The tree shares
// src's memory, so src must not be modified afterwards.
func ParseExpr(src []byte) (ast.Expr, *token.Lines, []Error) {
	p := newParser(src, nil)
	var e ast.Expr
	p.guard(func() {
		for p.kind() == token.NEWLINE || p.kind() == token.INDENT {
			p.next()
		}
		e = p.starExpressions()
		for p.kind() == token.NEWLINE {
			p.next()
		}
		if p.kind() != token.EOF {
			p.syntaxError()
		}
	})
	return e, p.lines, p.errors()
}

type tok struct {
	kind   token.Kind
	level  int16 // bracket nesting after the token, as CPython's tokenizer counts it
	lo, hi token.Pos
}

// scanError is a tokenizer error and the index of the token being
// produced when it was found.
type scanError struct {
	e        Error
	deferred bool
	tok      int
}

// bailout unwinds a failed statement; the error is already recorded.
type bailout struct{}

// maxDepth bounds recursion so that deeply nested input reports an error
// instead of exhausting the stack. Brackets alone never reach it (the
// scanner refuses more than 200 levels, as CPython's tokenizer does): only
// chains of prefix forms (not, unary operators, lambda, conditional
// expressions) do, which CPython refuses past some 6,000 levels of its
// parser's rules (3,000 lambdas): we refuse at 3,000 levels.
const maxDepth = 3000

type parser struct {
	src    []byte
	text   string // src's memory as a string, shared by every identifier
	lines  *token.Lines
	toks   []tok
	i      int
	prevHi token.Pos // end of the last consumed token

	asciiNames bool // no NAME token holds a non-ASCII character

	errs     []Error
	scanErrs []scanError
	errTok   int // index of the token the parser was at when it recorded errs[0]

	// The last disjunction parsed spans tokens [lastDisj, lastDisjEnd):
	// CPython suggests a missing comma when another expression follows it.
	lastDisj, lastDisjEnd int
	lastDisjNode          ast.Expr
	lastErr               Error // the last error raised, even while speculating
	lastErrTok            int   // and the token the parser was at
	far                   int   // the furthest token looked at
	// The furthest token reached, also by an alternative abandoned since:
	// CPython raises a tokenizer error (such as an unclosed bracket at the
	// end) as soon as any rule of either pass fetches the token.
	reached   int
	depth     int
	specul    int    // >0 while trying an alternative that may be abandoned
	barry     bool   // from __future__ import barry_as_FLUFL: "<>" is "!="
	fsErr     string // a bad escape in the current f-string's text, reported at its end
	futureErr *Error // a bad __future__ import, reported only if nothing else is wrong
	// legacy is 1 + the index of the first "print" or "exec" token an
	// expression started with, followed by what may start another one: a
	// valid line ("print -1") that CPython's second pass reports anyway
	// when a later line is broken. 0 means none.
	legacy int

	exprs []ast.Expr // scratch stack for building lists
	stmts []ast.Stmt

	lambdas []token.Pos // File.Lambdas, as parsed (an abandoned alternative may repeat one)

	mem *nodeMem // the tree's nodes and lists

	params []*ast.Arg // scratch stack of a parameter list
}

// newParser tokenizes src, into the memory ps keeps when ps is not nil.
func newParser(src []byte, ps *Parser) *parser {
	// No copy of the source: the callers promise not to modify it, and
	// copying it was a pass over every file and an eighth of what a parse
	// allocates.
	text := unsafe.String(unsafe.SliceData(src), len(src))
	p := &parser{src: src, text: text, lines: token.NewLines(src)}
	if ps != nil && ps.Recycle {
		if ps.mem == nil {
			ps.mem = newNodeMem(true)
		} else {
			ps.mem.rewind()
		}
		p.mem = ps.mem
	} else {
		p.mem = newNodeMem(false)
	}
	var buf []tok
	s := new(scanner.Scanner)
	if ps != nil {
		buf, p.exprs, p.stmts, s = ps.toks, ps.exprs, ps.stmts, &ps.sc
	}
	s.Init(src, func(pos token.Pos, msg string) {
		e := s.LastError()
		p.scanErrs = append(p.scanErrs, scanError{
			e:        Error{Pos: pos, Line: e.Line, Col: e.Col, Msg: msg},
			deferred: e.Deferred,
			tok:      len(p.toks),
		})
	})
	if want := len(src)/5 + 16; cap(buf) >= want {
		p.toks = buf[:0]
	} else {
		p.toks = make([]tok, 0, want)
	}
	limit := 4*len(src) + 64 // a scanner that never reaches EOF must not hang us
	var level int16
	for {
		k, lo, hi := s.Scan()
		if n := token.Pos(len(src)); hi > n || lo > hi || lo < 0 {
			// Spans must stay inside the source whatever the scanner says.
			hi = min(max(hi, 0), n)
			lo = min(max(lo, 0), hi)
		}
		switch k {
		case token.LPAR, token.LSQB, token.LBRACE:
			level++
		case token.RPAR, token.RSQB, token.RBRACE:
			level = max(level-1, 0)
		}
		p.toks = append(p.toks, tok{k, level, lo, hi})
		if k == token.EOF {
			break
		}
		if len(p.toks) > limit {
			n := token.Pos(len(src))
			p.toks = append(p.toks, tok{token.EOF, 0, n, n})
			break
		}
	}
	p.asciiNames = !s.NonASCIINames()
	s.Init(nil, nil) // a kept scanner must not keep this file alive
	return p
}

func (p *parser) mkError(pos token.Pos, msg string) Error {
	if int(pos) > len(p.src) {
		pos = token.Pos(len(p.src))
	}
	if pos < 0 {
		pos = 0
	}
	line, col := p.lines.CharPosition(pos)
	return Error{Pos: pos, Line: line, Col: col, Msg: msg}
}

// errors merges parser and scanner errors in the order CPython raises
// them. A tokenizer error on a token the parser reached before failing is
// raised first. After a parser error CPython tokenizes the rest of the
// file: the first tokenizer exception found there replaces the parser's
// error, except after "unexpected indent"; a deferred tokenizer condition
// stops that scan, and only an unclosed bracket on an earlier line than the
// parser's last token replaces it.
func (p *parser) errors() []Error {
	if len(p.scanErrs) == 0 {
		return p.errs
	}
	if len(p.errs) == 0 {
		return p.scanErrorList()
	}
	first := p.errs[0]
	for _, s := range p.scanErrs {
		if s.tok <= p.errTok {
			return append(p.scanErrorList()[:1:1], p.errs...)
		}
	}
	s := p.scanErrs[0]
	// CPython compares the bracket's line with that of the last token its
	// parser fetched, not with the error's line.
	reached, _ := p.lines.Position(p.toks[min(p.errTok, len(p.toks)-1)].lo)
	switch {
	case first.Msg == "unexpected indent":
	case inFString(s.e.Msg):
		// CPython lets the parser's error stand when the tokenizer's
		// comes from inside an f-string (its "expecting '}'" after a bad
		// field, say).
	case !s.deferred,
		strings.HasSuffix(s.e.Msg, "was never closed") && reached > s.e.Line:
		return append([]Error{s.e}, p.errs...)
	}
	return p.errs
}

// inFString reports whether msg is a tokenizer error raised inside an
// f-string or t-string.
func inFString(msg string) bool {
	return strings.HasPrefix(msg, "f-string: ") || strings.HasPrefix(msg, "t-string: ")
}

func (p *parser) scanErrorList() []Error {
	out := make([]Error, len(p.scanErrs))
	for i, s := range p.scanErrs {
		out[i] = s.e
	}
	return out
}

// Token access.

func (p *parser) kind() token.Kind { return p.toks[p.i].kind }
func (p *parser) peek(n int) token.Kind {
	if p.i+n < len(p.toks) {
		p.far = max(p.far, p.i+n)
		return p.toks[p.i+n].kind
	}
	return token.EOF
}
func (p *parser) lo() token.Pos   { return p.toks[p.i].lo }
func (p *parser) hi() token.Pos   { return p.toks[p.i].hi }
func (p *parser) tokText() string { return p.text[p.toks[p.i].lo:p.toks[p.i].hi] }

func (p *parser) next() {
	p.prevHi = p.toks[p.i].hi
	if p.i < len(p.toks)-1 {
		p.i++
	}
}

func (p *parser) got(k token.Kind) bool {
	if p.toks[p.i].kind == k {
		p.next()
		return true
	}
	return false
}

// isSoft reports whether the current token is the NAME kw.
func (p *parser) isSoft(kw string) bool {
	t := p.toks[p.i]
	return t.kind == token.NAME && p.text[t.lo:t.hi] == kw
}

func (p *parser) span(lo token.Pos) ast.Span { return ast.Span{Lo: lo, Hi: p.prevHi} }

// Errors.

func (p *parser) errorAt(pos token.Pos, msg string) {
	e := p.mkError(pos, msg)
	if t := p.toks[p.i]; t.kind == token.DEDENT && pos == t.lo && int(pos) < len(p.src) {
		e.Col-- // CPython's DEDENT token starts one column early
	}
	p.raise(e)
}

// raise records e (unless speculating) and unwinds. The last error raised
// is kept even while speculating, so that a failed alternative's error can
// be raised again without parsing it twice.
func (p *parser) raise(e Error) {
	p.lastErr, p.lastErrTok = e, p.i
	if p.specul == 0 {
		p.addError(e)
	}
	panic(bailout{})
}

// reraise raises again the error of an alternative that failed while
// speculating.
func (p *parser) reraise() {
	p.i = p.lastErrTok
	p.raise(p.lastErr)
}

func (p *parser) addError(e Error) {
	if len(p.errs) == 0 {
		p.errTok = max(p.i, p.far, p.reached) // the furthest token the parser read
	}
	p.errs = append(p.errs, e)
}

// literalError reports a literal CPython rejects, in the token at lo.
func (p *parser) literalError(lo token.Pos, err *literal.Error) {
	if err.NoColumn {
		e := p.mkError(lo, err.Msg)
		e.Col = 0
		p.raise(e)
	}
	p.errorAt(lo+token.Pos(err.Offset), err.Msg)
}

func (p *parser) errorAtNode(n ast.Node, msg string) { p.errorAt(n.Pos(), msg) }

// syntaxError reports the current token as unexpected, with CPython's
// messages for tokens the grammar never accepts there.
func (p *parser) syntaxError() {
	t := p.toks[p.i]
	switch t.kind {
	case token.INDENT:
		p.unexpectedIndent()
	case token.DEDENT:
		// At the end CPython points past the last line's text.
		if int(t.lo) == len(p.src) {
			p.errorAt(p.lastLineEnd(), "unexpected unindent")
		}
		p.errorAt(t.lo, "unexpected unindent")
	case token.EOF:
		// CPython's end marker sits on the last line, without a column.
		e := p.mkError(p.lastLineEnd(), "invalid syntax")
		e.Col = 0
		p.raise(e)
	}
	p.missingComma()
	// CPython reports the furthest token its parser read, lookahead
	// included.
	p.errorAt(p.toks[max(p.i, p.far)].lo, "invalid syntax")
}

// missingComma reports "Perhaps you forgot a comma?" when, inside
// brackets, the current token starts an expression right after a complete
// one, except (as CPython) when that one starts with NAME STRING or a soft
// keyword.
func (p *parser) missingComma() {
	if p.i == 0 || p.lastDisjEnd != p.i || p.toks[p.i].level == 0 && p.toks[p.i-1].level == 0 {
		return
	}
	switch p.kind() {
	case token.NAME, token.NUMBER, token.STRING, token.FSTRING_START, token.TSTRING_START,
		token.LBRACE, token.NOT, token.LAMBDA, token.AWAIT, token.NONE, token.TRUE,
		token.FALSE, token.ELLIPSIS, token.TILDE:
	default:
		return
	}
	a, node := p.toks[p.lastDisj], p.lastDisjNode
	if a.kind == token.NAME {
		if p.toks[p.lastDisj+1].kind == token.STRING {
			return
		}
		switch p.text[a.lo:a.hi] {
		case "match", "case", "type", "_":
			return
		}
	}
	// What follows must begin an expression: CPython backtracks to the
	// longest valid prefix, so its first atom (or unary form) suffices.
	switch p.kind() {
	case token.NOT, token.LAMBDA, token.AWAIT, token.TILDE:
		if !p.parses(func() { p.expression() }) {
			return
		}
	default:
		if !p.parses(func() { p.atom() }) {
			return
		}
	}
	p.errorAt(node.Pos(), "invalid syntax. Perhaps you forgot a comma?") // a parenthesised one reports its inside
}

// unexpectedIndent reports an INDENT token where CPython does: at the last
// character of the indentation.
func (p *parser) unexpectedIndent() {
	t := p.toks[p.i]
	pos := t.hi
	if pos > t.lo {
		pos--
	}
	p.errorAt(pos, "unexpected indent")
}

func (p *parser) expect(k token.Kind) {
	if !p.got(k) {
		p.syntaxError()
	}
}

// expectColon consumes the ':' of a compound statement header; CPython
// says "expected ':'" when the line ends instead.
func (p *parser) expectColon() {
	if p.kind() == token.NEWLINE {
		p.errorAt(p.lo(), "expected ':'")
	}
	p.expect(token.COLON)
}

// forcedColon consumes a ':' that CPython's grammar forces (after def,
// try, else, finally): anything else is "expected ':'" at that token.
func (p *parser) forcedColon() {
	if !p.got(token.COLON) {
		p.errorAt(p.lo(), "expected ':'")
	}
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		// CPython's MemoryError, which has no position; ours is where
		// the limit was passed.
		p.errorAt(p.lo(), "Parser stack overflowed - Python source too complex to parse")
	}
}

func (p *parser) leave() { p.depth-- }

// chain bounds the depth of a left-deep chain (a + b + ..., f()()...,
// a.b.c...): the parser loops, but the tree is as deep as the chain is
// long, on top of the nesting around it, and whatever walks it recurses.
// CPython refuses such trees while building its ast objects.
func (p *parser) chain(n int) {
	if p.depth+n > maxDepth {
		p.errorAt(p.lo(), "maximum recursion depth exceeded during ast construction")
	}
}

// guard runs f, turning a bailout into a recorded error.
func (p *parser) guard(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(bailout); !is {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return true
}

// try runs f speculatively: on failure the position is restored, no error
// is kept and try returns false.
func (p *parser) try(f func()) bool {
	i, prev, depth, ne, ns, na := p.i, p.prevHi, p.depth, len(p.exprs), len(p.stmts), len(p.params)
	p.specul++
	ok := p.guard(f)
	p.specul--
	p.reached = max(p.reached, p.i)
	if !ok {
		p.i, p.prevHi, p.depth = i, prev, depth
		p.exprs, p.stmts, p.params = p.exprs[:ne], p.stmts[:ns], p.params[:na]
	}
	return ok
}

// parses reports whether f parses from the current token, always
// restoring the position.
func (p *parser) parses(f func()) bool {
	i, prev := p.i, p.prevHi
	ok := p.try(f)
	p.i, p.prevHi = i, prev
	return ok
}

// Scratch lists.

// pop moves the entries of the scratch stack above base into a list cut
// from pool, and clears them so that the stack keeps no node alive.
func pop[T any](stack *[]T, pool *slab.Slab[T], base int) []T {
	if len(*stack) == base {
		return nil
	}
	out := pool.Carve(len(*stack) - base)
	copy(out, (*stack)[base:])
	clear((*stack)[base:])
	*stack = (*stack)[:base]
	return out
}

func (p *parser) popExprs(base int) []ast.Expr  { return pop(&p.exprs, &p.mem.exprPool, base) }
func (p *parser) popStmts(base int) []ast.Stmt  { return pop(&p.stmts, &p.mem.stmtPool, base) }
func (p *parser) popParams(base int) []*ast.Arg { return pop(&p.params, &p.mem.argPool, base) }

// name returns the identifier of the current NAME token (NFKC-normalised
// when not ASCII) and consumes it.
func (p *parser) name() string {
	t := p.toks[p.i]
	if t.kind != token.NAME {
		p.syntaxError()
	}
	p.next()
	return p.ident(t.lo, t.hi)
}

func (p *parser) ident(lo, hi token.Pos) string {
	s := p.text[lo:hi]
	if p.asciiNames {
		return s
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return normIdent(s)
		}
	}
	return s
}
