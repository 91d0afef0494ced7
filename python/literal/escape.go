package literal

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// decodeStr decodes the escapes of a str literal's body as CPython's
// decode_unicode_with_escapes does. CPython first rewrites every non-ASCII
// code point as a 10-byte "\UXXXXXXXX" escape (and a backslash before one as
// "\u005c"), and its error messages give positions in that rewritten text:
// pos tracks them.
func decodeStr(s string) (string, *Error) {
	b := make([]byte, 0, len(s))
	pos := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if c < utf8.RuneSelf {
				b = append(b, c)
				i++
				pos++
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			b = append(b, s[i:i+size]...)
			i += size
			pos += 10
			continue
		}
		start := pos
		i++
		pos++
		if i >= len(s) || s[i] >= utf8.RuneSelf {
			// Rewritten as "\u005c": a literal backslash; the non-ASCII
			// character after it is then copied as usual.
			b = append(b, '\\')
			pos += 5
			continue
		}
		c = s[i]
		i++
		pos++
		switch c {
		case '\n':
			// Line continuation: nothing.
		case '\\', '\'', '"':
			b = append(b, c)
		case 'a':
			b = append(b, '\a')
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, '\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			r := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && '0' <= s[i] && s[i] <= '7'; k++ {
				r = r<<3 | rune(s[i]-'0')
				i++
				pos++
			}
			b = appendWTF8(b, r)
		case 'x', 'u', 'U':
			count, msg := 2, `truncated \xXX escape`
			if c == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var r uint32
			for ; count > 0; count-- {
				if i >= len(s) {
					return "", unicodeError(start, pos, msg)
				}
				d := digitValue(s[i])
				if d >= 16 {
					return "", unicodeError(start, pos, msg)
				}
				r = r<<4 | uint32(d)
				i++
				pos++
			}
			if r > utf8.MaxRune {
				return "", unicodeError(start, pos, "illegal Unicode character")
			}
			b = appendWTF8(b, rune(r))
		case 'N':
			const malformed = `malformed \N character escape`
			if i >= len(s) || s[i] != '{' {
				return "", unicodeError(start, pos, malformed)
			}
			i++
			pos++
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return "", unicodeError(start, pos+rewrittenLen(s[i:], true), malformed)
			}
			name := s[i : i+j]
			pos += rewrittenLen(name, false)
			i += j
			if j == 0 {
				return "", unicodeError(start, pos, malformed)
			}
			i++
			pos++
			r, ok := LookupName(name)
			if !ok {
				return "", unicodeError(start, pos, "unknown Unicode character name")
			}
			b = utf8.AppendRune(b, r)
		default:
			// An invalid escape (a SyntaxWarning in CPython) is kept as is.
			b = append(b, '\\', c)
		}
	}
	return string(b), nil
}

// rewrittenLen is the length of t in CPython's rewritten form (see
// decodeStr); t starts outside an escape, and atEnd says whether it runs to
// the end of the literal, where a trailing backslash becomes "\u005c".
func rewrittenLen(t string, atEnd bool) int {
	n := 0
	for k := 0; k < len(t); {
		c := t[k]
		switch {
		case c == '\\':
			n++
			k++
			if k >= len(t) {
				if atEnd {
					n += 5
				}
			} else if t[k] >= utf8.RuneSelf {
				n += 5
			} else {
				n++
				k++
			}
		case c >= utf8.RuneSelf:
			_, size := utf8.DecodeRuneInString(t[k:])
			n += 10
			k += size
		default:
			n++
			k++
		}
	}
	return n
}

func unicodeError(start, end int, msg string) *Error {
	return &Error{Msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
		strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + msg}
}

// appendWTF8 appends r in UTF-8, encoding a surrogate code point the same
// way (three bytes) so that lone surrogates survive, as in CPython's str.
func appendWTF8(b []byte, r rune) []byte {
	if 0xD800 <= r && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// decodeBytes decodes the escapes of a bytes literal's (ASCII) body as
// CPython's _PyBytes_DecodeEscape does.
func decodeBytes(s string) (string, *Error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if c != '\\' {
			b = append(b, c)
			continue
		}
		if i >= len(s) {
			return "", &Error{Msg: `(value error) Trailing \ in string`}
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b = append(b, c)
		case 'a':
			b = append(b, '\a')
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, '\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && '0' <= s[i] && s[i] <= '7'; k++ {
				v = v<<3 | int(s[i]-'0')
				i++
			}
			b = append(b, byte(v)) // \400 and up wrap, as in CPython
		case 'x':
			if i+1 < len(s) && digitValue(s[i]) < 16 && digitValue(s[i+1]) < 16 {
				b = append(b, byte(digitValue(s[i])<<4|digitValue(s[i+1])))
				i += 2
				continue
			}
			return "", &Error{Msg: `(value error) invalid \x escape at position ` + strconv.Itoa(i-2)}
		default:
			b = append(b, '\\', c)
		}
	}
	return string(b), nil
}
