// Package literal computes the values of Python literals the way CPython
// does: numbers, strings and bytes with their escapes, f-string and t-string
// literal text, and identifiers (NFKC-normalised).
package literal

import "github.com/crosstalk-dev/crosstalk/python/ast"

// Error is a literal that CPython rejects: Offset is the byte offset within
// the token text at which CPython reports it, Msg is CPython's message.
type Error struct {
	Offset int
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// Number returns the value of a NUMBER token: int64, *big.Int, float64 or
// complex128.
func Number(text string) (ast.Value, *Error) {
	panic("literal: not implemented yet")
}

// String returns the value of one STRING token (prefix and quotes
// included): a string for str literals, ast.Bytes for bytes literals, and the
// Constant kind ("u" for a u-prefixed literal, else "").
func String(text string) (v ast.Value, kind string, err *Error) {
	panic("literal: not implemented yet")
}

// FStringMiddle returns the value of the literal text of an f-string or
// t-string part (an FSTRING_MIDDLE or TSTRING_MIDDLE token), given whether
// the string is raw: escapes decoded, "{{" and "}}" halved.
func FStringMiddle(text string, raw bool) (string, *Error) {
	panic("literal: not implemented yet")
}

// Identifier returns name as CPython stores it: NFKC-normalised when it is
// not ASCII.
func Identifier(name string) string {
	return name
}
