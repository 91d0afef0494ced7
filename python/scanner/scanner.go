// Package scanner is the Python 3.14 tokenizer: it turns UTF-8 source into
// the token stream CPython's tokenizer produces (NEWLINE, INDENT, DEDENT,
// f-string and t-string parts, ...), without allocating per token.
//
// # The token stream
//
// Scan returns the tokens CPython's tokenizer hands to its parser (no
// COMMENT, no NL), with these extents:
//
//   - NAME, NUMBER, STRING and operators: their source text.
//   - NEWLINE: the line break ("\n", "\r\n" or a lone "\r"), preceded by
//     the comment before it if any: CPython's parser-mode NEWLINE starts at
//     the comment (its "invalid syntax" errors point there), unlike the
//     tokenize module's. When the source does not end with a line break
//     CPython adds one; its NEWLINE is then empty at len(src).
//   - INDENT: from the start of the line to its first token; DEDENT: empty,
//     at the first token of the line (or at len(src) at the end).
//   - EOF: empty at len(src); returned forever once reached.
//
// Lines holding only blanks and comments give no token, and no NEWLINE is
// produced inside brackets, as in CPython.
//
// # f-strings and t-strings (PEP 701, PEP 750)
//
// An f-string is FSTRING_START (prefix and opening quote), then literal parts
// and replacement fields, then FSTRING_END (the closing quote). A t-string is
// the same with TSTRING_*.
//
//   - A literal part is one FSTRING_MIDDLE token holding the raw source text
//     of the whole run, escapes and doubled braces included: f"a{{b" gives
//     FSTRING_MIDDLE `a{{b`, which literal.FStringMiddle decodes to "a{b".
//     CPython splits such a run after each doubled brace, but the parser
//     merges the parts again into one Constant spanning the whole run, so a
//     single token is what the parser needs. Empty parts (which CPython
//     produces, e.g. for the spec of f"{x:}") are never emitted.
//   - A replacement field is LBRACE, the expression's tokens, optionally EQUAL
//     (the debug specifier "="), EXCLAMATION and a NAME (conversion), COLON and
//     the format spec, then RBRACE. The format spec is a sequence of
//     FSTRING_MIDDLE tokens and nested replacement fields. CPython positions
//     the spec's JoinedStr from the COLON to the end of its last part, or to
//     the end of the COLON when the spec is empty.
//   - Inside replacement fields, newlines are not NEWLINE tokens (the field
//     is a bracket), comments and backslash continuations are skipped.
//
// # Errors
//
// Errors are reported through the ErrorHandler with CPython's message and
// position, and Scan keeps going: it skips or wraps the offending text
// (sometimes as an ILLEGAL token) so that the parser can recover, and it
// always ends with EOF. LastError describes the last reported error in full
// (CPython's line and offset, exception type, and whether CPython raises it
// only when its parser reaches that point).
//
// Characters that are not Python tokens ('$', '?', '`') are ILLEGAL tokens
// without an error: CPython's parser reports them as "invalid syntax". The
// spelling "<>" is a NOTEQUAL token; CPython's parser rejects it unless
// barry_as_FLUFL is in effect, so the parser must check the token text.
package scanner

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// ErrorHandler receives a tokenizer error: the offset CPython reports it at
// and CPython's message, e.g. "unterminated string literal (detected at line 3)".
//
// The offset is chosen so that its line is CPython's lineno and one plus the
// number of characters between the start of that line and the offset is
// CPython's SyntaxError.offset. Scanner.LastError gives both directly.
type ErrorHandler func(pos token.Pos, msg string)

// Error is a tokenizer error as CPython reports it.
type Error struct {
	Pos  token.Pos // see ErrorHandler
	Line int       // CPython's SyntaxError.lineno
	Col  int       // CPython's SyntaxError.offset: 1-based, in characters (0 in rare cases, as in CPython)
	Msg  string
	Type string // "SyntaxError", "IndentationError" or "TabError"

	// Deferred is set for the conditions CPython's tokenizer signals with a
	// status code rather than an exception: unindent mismatch, inconsistent
	// tabs, too deep indentation, bad line continuation, and end of input
	// inside brackets or after a backslash. CPython's parser raises them
	// only when it reaches that point of the token stream, and they do not
	// override an earlier "invalid syntax" the way exceptions from the
	// tokenizer do.
	Deferred bool
}

func (e *Error) Error() string { return e.Msg }

// CPython's limits (Parser/tokenizer.h, Parser/lexer).
const (
	maxIndent       = 100 // MAXINDENT
	maxLevel        = 200 // MAXLEVEL: nested brackets
	maxFStringLevel = 150 // MAXFSTRINGLEVEL: nested f-strings
	maxExprNesting  = 3   // MAX_EXPR_NESTING: nested replacement fields
	tabSize         = 8
)

// mode is one entry of the tokenizer's mode stack: the bottom entry is the
// regular mode of the file, each open f-string or t-string pushes one.
type mode struct {
	inLiteral    bool // scanning literal text (CPython's TOK_FSTRING_MODE)
	quote        byte
	quoteSize    int
	raw          bool
	tstring      bool
	inFormatSpec bool
	inDebug      bool
	start        int // offset of the string's first prefix character
	depth        int // curly_bracket_depth
	exprStart    int // curly_bracket_expr_start_depth; -1 outside fields
	parenBase    int // len(Scanner.parens) when the string started
}

func (m *mode) prefix() byte {
	if m.tstring {
		return 't'
	}
	return 'f'
}

// Scanner holds the tokenizer's state. The zero value is not usable: call Init.
type Scanner struct {
	src    []byte
	err    ErrorHandler
	n      int  // len(src)
	end    int  // n, or n+1 when a virtual '\n' follows the source
	virtNL bool // the source lacks a final line break: CPython adds one

	cur     int // next byte to read
	atBOL   bool
	pendin  int // pending INDENT (>0) or DEDENT (<0) tokens
	indLo   int // start of the line of a pending INDENT
	contCol int
	done    bool // EOF returned
	last    token.Kind

	ind    []int // indentation columns; ind[0] == 0
	altind []int // the same with tabs counted as one column
	parens []paren
	modes  []mode

	nerr    int
	lastErr Error
	// Rune-count cache for error columns: src[rcStart:rcEnd] holds rcN
	// runes. Errors come in source order, often many on one long line
	// (a run of unclosed brackets), so each count extends the last.
	rcStart, rcEnd, rcN int

	nonASCIINames bool // a name with a non-ASCII character was scanned

	// Line cache for error positions: the line of lnOff is lnNum, starting at lnStart.
	lnOff, lnNum, lnStart int
}

type paren struct {
	c   byte
	pos int
}

// Init prepares s to tokenize src, which must be UTF-8 (see Decode).
// errh may be nil.
func (s *Scanner) Init(src []byte, errh ErrorHandler) {
	*s = Scanner{
		src:    src,
		err:    errh,
		n:      len(src),
		end:    len(src),
		atBOL:  true,
		ind:    append(s.ind[:0], 0),
		altind: append(s.altind[:0], 0),
		parens: s.parens[:0],
		modes:  append(s.modes[:0], mode{exprStart: -1}),
		lnNum:  1,
	}
	if n := len(src); n > 0 && src[n-1] != '\n' && src[n-1] != '\r' {
		s.virtNL = true
		s.end = n + 1
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		// CPython refuses the whole source before tokenizing it.
		s.report(i, s.lineOf(i), s.colOf(i), "source code string cannot contain null bytes", "SyntaxError", false)
	}
}

// NonASCIINames reports whether any name scanned so far holds a non-ASCII
// character. When none does, every NAME token's text is its identifier:
// there is nothing to NFKC-normalise.
func (s *Scanner) NonASCIINames() bool { return s.nonASCIINames }

// ErrorCount returns the number of errors reported so far.
func (s *Scanner) ErrorCount() int { return s.nerr }

// runes returns the number of runes in src[start:end], extending the
// previous count when it covers a prefix of the same range.
func (s *Scanner) runes(start, end int) int {
	if start != s.rcStart || end < s.rcEnd {
		s.rcStart, s.rcEnd, s.rcN = start, start, 0
	}
	s.rcN += utf8.RuneCount(s.src[s.rcEnd:end])
	s.rcEnd = end
	return s.rcN
}

// LastError returns the last error reported; it is meaningful inside the
// ErrorHandler and after ErrorCount() > 0.
func (s *Scanner) LastError() Error { return s.lastErr }

// ch returns the byte at i, '\n' for the virtual line break CPython appends
// to a source without a final one, and -1 past the end.
func (s *Scanner) ch(i int) int {
	if i < s.n {
		return int(s.src[i])
	}
	if i == s.n && s.virtNL {
		return '\n'
	}
	return -1
}

// Scan returns the next token and its extent [lo, hi) in the source. The
// token's text is src[lo:hi]. At the end it returns token.EOF forever.
func (s *Scanner) Scan() (tok token.Kind, lo, hi token.Pos) {
	if s.done {
		return token.EOF, token.Pos(s.n), token.Pos(s.n)
	}
	var l, h int
	m := &s.modes[len(s.modes)-1]
	if m.inLiteral {
		tok, l, h = s.scanLiteral(m)
	} else {
		tok, l, h = s.scanNormal(m)
	}
	if l > s.n {
		l = s.n
	}
	if h > s.n {
		h = s.n
	}
	if tok == token.EOF {
		s.done = true
	}
	s.last = tok
	return tok, token.Pos(l), token.Pos(h)
}

// newlineAt reports whether a line break starts at i and its length.
func (s *Scanner) newlineAt(i int) (bool, int) {
	switch s.ch(i) {
	case '\n':
		return true, 1
	case '\r':
		if s.ch(i+1) == '\n' {
			return true, 2
		}
		return true, 1
	}
	return false, 0
}

// Character classes of ASCII bytes.
const (
	cIdentStart = 1 << iota
	cIdentChar
	cDigit
	cHex
	cSpace
	cStrStop // ends a run of ordinary characters in a string: quotes, '\\', line breaks
)

var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c >= 0x80:
			t[c] = cIdentStart | cIdentChar
		case c >= '0' && c <= '9':
			t[c] = cIdentChar | cDigit
		}
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			t[c] |= cHex
		}
	}
	t[' '] = cSpace
	t['\t'] = cSpace
	t['\f'] = cSpace
	for _, c := range "'\"\\\n\r" {
		t[c] |= cStrStop
	}
	return
}()

func isDigit(c int) bool { return c >= '0' && c <= '9' }

// scanNormal is CPython's tok_get_normal_mode.
func (s *Scanner) scanNormal(m *mode) (token.Kind, int, int) {
nextline:
	blank := false
	if s.atBOL {
		s.atBOL = false
		s.indLo = s.cur
		blank = s.indentation()
	}

	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			return token.DEDENT, s.cur, s.cur
		}
		s.pendin--
		return token.INDENT, s.indLo, s.cur
	}

again:
	// Skip blanks (locals keep the loop in registers).
	src, i := s.src, s.cur
	for i < len(src) && class[src[i]]&cSpace != 0 {
		i++
	}
	s.cur = i
	start := i
	c := -1
	if i < len(src) {
		c = int(src[i])
	} else if i == len(src) && s.virtNL {
		c = '\n'
	}

	if c == '#' {
		i = lineEnd(src, i)
		s.cur = i
		c = s.ch(i)
	}

	if c == -1 {
		return s.atEOF(start)
	}

	// Identifiers, keywords and string prefixes.
	if class[c]&cIdentStart != 0 {
		return s.scanName(m, start)
	}

	// Fast paths for the commonest punctuation outside f-strings.
	if len(s.modes) == 1 {
		switch c {
		case ',':
			s.cur++
			return token.COMMA, start, s.cur
		case '(', '[':
			if len(s.parens) < maxLevel {
				s.parens = append(s.parens, paren{byte(c), start})
				s.cur++
				return oneChars[c], start, s.cur
			}
		case ')', ']':
			if n := len(s.parens); n > 0 && s.parens[n-1].c == byte(c-1-(c>>6)) {
				// ')'-1 is '(' and ']'-2 is '['.
				s.parens = s.parens[:n-1]
				s.cur++
				return oneChars[c], start, s.cur
			}
		}
	}

	if c == '\n' || c == '\r' {
		_, size := s.newlineAt(s.cur)
		s.cur += size
		s.atBOL = true
		if blank || len(s.parens) > 0 {
			goto nextline
		}
		s.contCol = 0
		return token.NEWLINE, start, s.cur
	}

	if c == '.' {
		c2 := s.ch(s.cur + 1)
		if isDigit(c2) {
			return s.scanNumberFraction(start, s.cur+1)
		}
		if c2 == '.' && s.ch(s.cur+2) == '.' {
			s.cur += 3
			return token.ELLIPSIS, start, s.cur
		}
		s.cur++
		return token.DOT, start, s.cur
	}

	if isDigit(c) {
		return s.scanNumber(start)
	}

	if c == '\'' || c == '"' {
		return s.scanString(start, s.cur)
	}

	if c == '\\' {
		s.cur++
		if !s.continuation(start) {
			// Error reported; the rest of the line was skipped.
			goto again
		}
		goto again
	}

	// Punctuation that ends an expression part or opens a format spec
	// inside an f-string replacement field.
	if len(s.modes) > 1 && m.exprStart >= 0 && (c == ':' || c == '}' || c == '!' || c == '{') {
		cursor := m.depth
		if c != '{' {
			cursor--
		}
		if c == ':' && cursor == m.exprStart {
			m.inLiteral = true
			m.inFormatSpec = true
			s.cur++
			return token.COLON, start, s.cur
		}
	}

	if k, size := operator(c, s.ch(s.cur+1), s.ch(s.cur+2)); size > 1 {
		s.cur += size
		return k, start, s.cur
	}

	s.cur++
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			s.errorAt(s.cur, "too many nested parentheses")
			return token.ILLEGAL, start, s.cur
		}
		s.parens = append(s.parens, paren{byte(c), start})
		if len(s.modes) > 1 {
			m.depth++
		}
	case ')', ']', '}':
		if len(s.modes) > 1 && m.depth == 0 && c == '}' {
			s.errorAt(s.cur, m.prefixed("-string: single '}' is not allowed"))
			return token.ILLEGAL, start, s.cur
		}
		if len(s.parens) == 0 {
			s.errorAt(s.cur, fmt.Sprintf("unmatched '%c'", c))
			return token.ILLEGAL, start, s.cur
		}
		open := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if !(open.c == '(' && c == ')' || open.c == '[' && c == ']' || open.c == '{' && c == '}') {
			if len(s.modes) > 1 && open.c == '{' && m.depth-1 == m.exprStart {
				s.errorAt(s.cur, fmt.Sprintf("%c-string: unmatched '%c'", m.prefix(), c))
			} else if ol := s.lineOf(open.pos); ol != s.lineOf(start) {
				s.errorAt(s.cur, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.c, ol))
			} else {
				s.errorAt(s.cur, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.c))
			}
		}
		if len(s.modes) > 1 {
			m.depth--
			if m.depth < 0 {
				s.errorAt(s.cur, fmt.Sprintf("%c-string: unmatched '%c'", m.prefix(), c))
				m.depth = 0
			}
			if c == '}' && m.depth == m.exprStart {
				m.exprStart--
				m.inLiteral = true
				m.inFormatSpec = false
				m.inDebug = false
			}
		}
	}
	k := oneChar(c)
	if c < 0x20 || c == 0x7f {
		s.errorAt(s.cur, fmt.Sprintf("invalid non-printable character U+%04X", c))
	}
	if c == '=' && len(s.modes) > 1 && m.exprStart >= 0 {
		m.inDebug = true
	}
	return k, start, s.cur
}

func (m *mode) prefixed(msg string) string {
	return string(m.prefix()) + msg
}

// lineEnd returns the offset of the first line break at or after i, or
// len(src). It searches with bytes.IndexByte, which is much faster than a
// loop over long comments.
func lineEnd(src []byte, i int) int {
	j := bytes.IndexByte(src[i:], '\n')
	if j < 0 {
		j = len(src) - i
	}
	if k := bytes.IndexByte(src[i:i+j], '\r'); k >= 0 {
		j = k
	}
	return i + j
}

const eightSpaces = 0x2020202020202020

// indentation measures the indentation of a new line and queues INDENT or
// DEDENT tokens, as the atbol part of CPython's tok_get_normal_mode.
// It reports whether the line is blank: only blanks and a comment.
func (s *Scanner) indentation() bool {
	col, altcol := 0, 0
	contCol := 0
	// Plain spaces first, the common case, eight at a time.
	i := s.cur
	for i+8 <= len(s.src) {
		if w := binary.LittleEndian.Uint64(s.src[i:]) ^ eightSpaces; w != 0 {
			i += bits.TrailingZeros64(w) / 8
			break
		}
		i += 8
	}
	for i < len(s.src) && s.src[i] == ' ' {
		i++
	}
	col = i - s.cur
	altcol = col
	s.cur = i
	for {
		c := s.ch(s.cur)
		if c == ' ' {
			col++
			altcol++
		} else if c == '\t' {
			col = (col/tabSize + 1) * tabSize
			altcol++
		} else if c == '\f' {
			col, altcol = 0, 0
		} else if c == '\\' {
			// Indentation cannot be split over physical lines: the first
			// backslash determines the indentation.
			if contCol == 0 {
				contCol = col
			}
			start := s.cur
			s.cur++
			if !s.continuation(start) {
				break
			}
			s.indLo = s.cur // CPython's INDENT starts on the last physical line
			continue
		} else {
			break
		}
		s.cur++
	}
	c := s.ch(s.cur)
	if c == '#' || c == '\n' || c == '\r' {
		return true // blank lines do not change the indentation
	}
	if len(s.parens) > 0 {
		return false
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	top := len(s.ind) - 1
	switch {
	case col == s.ind[top]:
		if altcol != s.altind[top] {
			s.tabError()
		}
	case col > s.ind[top]:
		if top+1 >= maxIndent {
			s.report(s.cur, s.lineOf(s.cur), 0, "too many levels of indentation", "IndentationError", true)
			return false
		}
		if altcol <= s.altind[top] {
			s.tabError()
		}
		s.pendin++
		s.ind = append(s.ind, col)
		s.altind = append(s.altind, altcol)
	default:
		for top > 0 && col < s.ind[top] {
			s.pendin--
			top--
		}
		s.ind = s.ind[:top+1]
		s.altind = s.altind[:top+1]
		if col != s.ind[top] {
			// CPython moves to the end of the line before reporting. After a
			// backslash at the end of input s.cur can be past the end.
			e := min(s.cur, s.n)
			for e < s.n && s.src[e] != '\n' && s.src[e] != '\r' {
				e++
			}
			line := s.lineOf(s.cur)
			s.report(e, line, s.runes(s.lineStartOf(s.cur), e)+1,
				"unindent does not match any outer indentation level", "IndentationError", true)
		} else if altcol != s.altind[top] {
			s.tabError()
		}
	}
	return false
}

func (s *Scanner) tabError() {
	ls := s.lineStartOf(s.cur)
	s.report(ls, s.lineOf(s.cur), 1, "inconsistent use of tabs and spaces in indentation", "TabError", true)
}

// continuation handles a backslash (already consumed, at start) outside
// strings: it must be followed by a line break, and not by the end of the
// input. It returns false after reporting an error.
func (s *Scanner) continuation(start int) bool {
	ok, size := s.newlineAt(s.cur)
	if !ok {
		// CPython reads the character after the backslash, then reports.
		at := s.cur
		if at < s.n {
			_, sz := utf8.DecodeRune(s.src[at:])
			at += sz
		}
		s.reportAt(at, "unexpected character after line continuation character", "SyntaxError", true)
		return false
	}
	s.cur += size
	if s.ch(s.cur) == -1 {
		s.report(start+1, s.lineOf(start), s.runes(s.lineStartOf(start), min(start+1, s.n))+1,
			"unexpected EOF while parsing", "SyntaxError", true)
		return false
	}
	return true
}

// atEOF handles the end of input in regular mode.
func (s *Scanner) atEOF(start int) (token.Kind, int, int) {
	if len(s.parens) > 0 || len(s.modes) > 1 {
		if len(s.parens) > 0 {
			p := s.parens[len(s.parens)-1]
			s.report(p.pos, s.lineOf(p.pos), s.colOf(p.pos),
				fmt.Sprintf("'%c' was never closed", p.c), "SyntaxError", true)
		}
		s.parens = s.parens[:0]
		s.modes = s.modes[:1]
		if s.last != token.NEWLINE && s.last != token.INDENT && s.last != token.DEDENT && s.last != 0 {
			s.atBOL = true
			return token.NEWLINE, s.n, s.n
		}
	}
	if len(s.ind) > 1 {
		s.ind = s.ind[:len(s.ind)-1]
		s.altind = s.altind[:len(s.altind)-1]
		return token.DEDENT, s.n, s.n
	}
	return token.EOF, s.n, s.n
}
