// Package literal computes the values of Python literals the way CPython
// does: numbers, strings and bytes with their escapes, f-string and t-string
// literal text, and identifiers (NFKC-normalised).
package literal

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// Error is a literal that CPython rejects: Offset is the byte offset within
// the token text at which CPython reports it, Msg is CPython's message.
//
// String errors are reported on the whole token (CPython's offset and
// end_offset are the token's). FStringMiddle errors are reported by CPython
// on the f-string's closing FSTRING_END token, which the caller must
// locate. When NoColumn is set (a decimal int over the digit limit), CPython
// gives the token's line but offset 0 and end_offset 0, not a column.
type Error struct {
	Offset   int
	Msg      string
	NoColumn bool
}

func (e *Error) Error() string { return e.Msg }

// maxStrDigits is CPython's default sys.int_max_str_digits: longer decimal
// int literals are a SyntaxError (non-decimal ones have no limit).
const maxStrDigits = 4300

// Number returns the value of a NUMBER token: int64, *big.Int, float64 or
// complex128. Underscores are allowed between digits as in Python; floats are
// correctly rounded, and overflow to inf as CPython's do.
func Number(text string) (ast.Value, *Error) {
	if text == "" {
		return nil, &Error{Msg: "invalid decimal literal"}
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, err := parseFloat(text[:len(text)-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(stripUnderscores(text[2:]), base, text)
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, err := parseFloat(text)
		if err != nil {
			return nil, err
		}
		return f, nil
	}
	digits := stripUnderscores(text)
	if strings.Trim(digits, "0") == "" && digits != "" {
		// "0", "00", "0_0": CPython never applies the digit limit to these.
		return int64(0), nil
	}
	if len(digits) > maxStrDigits {
		return nil, &Error{NoColumn: true, Msg: "Exceeds the limit (" + strconv.Itoa(maxStrDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(len(digits)) +
			" digits; use sys.set_int_max_str_digits() to increase the limit" +
			" - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."}
	}
	return parseInt(digits, 10, text)
}

func stripUnderscores(s string) string {
	if strings.IndexByte(s, '_') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "_", "")
}

func parseInt(digits string, base int, text string) (ast.Value, *Error) {
	if digits == "" {
		return nil, invalidNumber(text, base)
	}
	for i := 0; i < len(digits); i++ {
		if digitValue(digits[i]) >= base {
			return nil, invalidNumber(text, base)
		}
	}
	// The common case fits int64 and allocates nothing.
	if u, err := strconv.ParseUint(digits, base, 63); err == nil {
		return int64(u), nil
	}
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, invalidNumber(text, base)
	}
	return n, nil
}

func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// invalidNumber is the tokenizer's complaint about a malformed literal; a
// NUMBER token from the scanner is always well formed, so this only guards
// against misuse.
func invalidNumber(text string, base int) *Error {
	kind := "decimal"
	switch base {
	case 16:
		kind = "hexadecimal"
	case 8:
		kind = "octal"
	case 2:
		kind = "binary"
	}
	return &Error{Offset: len(text), Msg: "invalid " + kind + " literal"}
}

// parseFloat parses a decimal float literal (no j suffix). strconv.ParseFloat
// rounds correctly, as CPython's dtoa does, and its out-of-range results (±inf,
// 0) are the values CPython gives.
func parseFloat(text string) (float64, *Error) {
	s := stripUnderscores(text)
	if s == "" {
		return 0, invalidNumber(text, 10)
	}
	// Only Python's syntax: no sign, "inf", hex floats or other Go forms.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || c == '.' || c == 'e' || c == 'E' ||
			(c == '+' || c == '-') && i > 0 && (s[i-1] == 'e' || s[i-1] == 'E')) {
			return 0, invalidNumber(text, 10)
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && err.(*strconv.NumError).Err != strconv.ErrRange {
		return 0, invalidNumber(text, 10)
	}
	return f, nil
}

// String returns the value of one STRING token (prefix and quotes
// included): a string for str literals, ast.Bytes for bytes literals, and the
// Constant kind ("u" for a literal whose prefix is "u", lowercase, as in
// CPython, else ""). Errors are reported
// at Offset 0, the token's start, as CPython does.
func String(text string) (v ast.Value, kind string, err *Error) {
	var isBytes, raw bool
	if text != "" && text[0] == 'u' {
		kind = "u" // CPython checks only a lowercase first character
	}
	i := 0
	for ; i < len(text); i++ {
		switch text[i] {
		case 'b', 'B':
			isBytes = true
			continue
		case 'r', 'R':
			raw = true
			continue
		case 'u', 'U':
			continue
		}
		break
	}
	if i >= len(text) || text[i] != '\'' && text[i] != '"' {
		return nil, kind, &Error{Msg: "invalid string literal"}
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	if len(text)-i < 2*q {
		return nil, kind, &Error{Msg: "invalid string literal"}
	}
	body := normalizeNewlines(text[i+q : len(text)-q])
	hasEscape := !raw && strings.IndexByte(body, '\\') >= 0
	if isBytes {
		for j := 0; j < len(body); j++ {
			if body[j] >= utf8.RuneSelf {
				return nil, kind, &Error{Msg: "bytes can only contain ASCII literal characters"}
			}
		}
		if !hasEscape {
			return ast.Bytes(body), kind, nil
		}
		b, err := decodeBytes(body)
		if err != nil {
			return nil, kind, err
		}
		return ast.Bytes(b), kind, nil
	}
	if !hasEscape {
		return body, kind, nil
	}
	s, err := decodeStr(body)
	if err != nil {
		return nil, kind, err
	}
	return s, kind, nil
}

// FStringMiddle returns the value of the literal text of an f-string or
// t-string part (an FSTRING_MIDDLE or TSTRING_MIDDLE token), given whether
// the string is raw: escapes decoded, "{{" and "}}" halved.
//
// CPython decodes the text between doubled braces as separate pieces, so
// the positions in an error message count from the last "{{" or "}}" before
// the bad escape. CPython reports such errors at the end of the whole
// f-string, which only the parser knows: Offset is 0 here.
func FStringMiddle(text string, raw bool) (string, *Error) {
	text = normalizeNewlines(text)
	hasBrace := strings.Contains(text, "{{") || strings.Contains(text, "}}")
	hasEscape := !raw && strings.IndexByte(text, '\\') >= 0
	if !hasEscape {
		if !hasBrace {
			return text, nil
		}
		return halveBraces(text), nil
	}
	if !hasBrace {
		return decodeStr(text)
	}
	var sb strings.Builder
	sb.Grow(len(text))
	for text != "" {
		piece := text
		j := doubledBrace(text)
		if j >= 0 {
			// The piece keeps one brace of the pair.
			piece, text = text[:j+1], text[j+2:]
		} else {
			text = ""
		}
		s, err := decodeStr(piece)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	return sb.String(), nil
}

// doubledBrace returns the index of the first "{{" or "}}" in s that is not
// inside a \N{...} escape, or -1.
func doubledBrace(s string) int {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '\\':
			switch {
			case s[i+1] == 'N' && i+2 < len(s) && s[i+2] == '{':
				if k := strings.IndexByte(s[i+3:], '}'); k >= 0 {
					i += 3 + k
				}
			case s[i+1] == '\\':
				i++ // so that "\\N{" is no name escape
			}
		case '{', '}':
			if s[i+1] == s[i] {
				return i
			}
		}
	}
	return -1
}

func halveBraces(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		sb.WriteByte(s[i])
		if (s[i] == '{' || s[i] == '}') && i+1 < len(s) && s[i+1] == s[i] {
			i++
		}
	}
	return sb.String()
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n", as CPython's
// tokenizer does with the whole source before it sees a literal.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// Identifier returns name as CPython stores it: NFKC-normalised when it is
// not ASCII.
func Identifier(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return norm.NFKC.String(strings.Map(outlinedToASCII, name))
		}
	}
	return name
}

// outlinedToASCII maps the outlined Latin letters and digits of Unicode 16
// (U+1CCD6..U+1CCF9) to the ASCII characters they are compatibility
// equivalents of. x/text's norm predates Unicode 16; CPython 3.14 uses it,
// and these are the only single characters whose NFKC forms differ between
// the two (checked against every code point).
func outlinedToASCII(r rune) rune {
	switch {
	case 0x1CCD6 <= r && r <= 0x1CCEF:
		return 'A' + r - 0x1CCD6
	case 0x1CCF0 <= r && r <= 0x1CCF9:
		return '0' + r - 0x1CCF0
	}
	return r
}
