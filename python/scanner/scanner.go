// Package scanner is the Python 3.14 tokenizer: it turns UTF-8 source into
// the token stream CPython's tokenizer produces (NEWLINE, INDENT, DEDENT,
// f-string and t-string parts, ...), without allocating per token.
package scanner

import "github.com/crosstalk-dev/crosstalk/python/token"

// ErrorHandler receives a tokenizer error: the offset CPython reports it at
// and CPython's message, e.g. "unterminated string literal (detected at line 3)".
type ErrorHandler func(pos token.Pos, msg string)

// Scanner holds the tokenizer's state. The zero value is not usable: call Init.
type Scanner struct {
	src []byte
	err ErrorHandler
}

// Init prepares s to tokenize src, which must be UTF-8 (see Decode).
// errh may be nil.
func (s *Scanner) Init(src []byte, errh ErrorHandler) {
	s.src, s.err = src, errh
}

// Scan returns the next token and its extent [lo, hi) in the source. The
// token's text is src[lo:hi]. At the end it returns token.EOF forever.
func (s *Scanner) Scan() (tok token.Kind, lo, hi token.Pos) {
	panic("scanner: not implemented yet")
}

// Decode returns src as UTF-8 per PEP 263: a UTF-8 BOM is dropped, a coding
// declaration on line 1 or 2 selects the source encoding (utf-8, latin-1,
// cp1252, ...). The error's message is CPython's SyntaxError message.
func Decode(src []byte) ([]byte, error) {
	panic("scanner: not implemented yet")
}
