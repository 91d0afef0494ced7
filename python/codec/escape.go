package codec

import (
	"github.com/crosstalk-dev/crosstalk/python/literal"
)

// decodeEscape is CPython's unicode_escape decoder (raw false) or its
// raw_unicode_escape decoder (raw true). Bytes other than escapes stand
// for the Latin-1 character of the same value. unicode_escape knows the
// escapes of a Python string literal; an unknown escape stays as written
// (CPython warns). raw_unicode_escape knows only \uXXXX and \UXXXXXXXX,
// and only after an odd number of backslashes.
func decodeEscape(src []byte, raw bool) ([]byte, error) {
	codec := "unicodeescape"
	if raw {
		codec = "rawunicodeescape"
	}
	var w writer
	for i := 0; i < len(src); {
		c := src[i]
		i++
		if c != '\\' || raw && i == len(src) {
			w.rune(rune(c))
			continue
		}
		start := i - 1
		if i == len(src) {
			return nil, decodeError(codec, src, start, i, "\\ at end of string")
		}
		c = src[i]
		i++
		var count int
		var message string
		switch {
		case c == 'u':
			count, message = 4, "truncated \\uXXXX escape"
		case c == 'U':
			count, message = 8, "truncated \\UXXXXXXXX escape"
		case raw:
			w.rune('\\')
			w.rune(rune(c))
			continue
		case c == 'x':
			count, message = 2, "truncated \\xXX escape"
		case c == '\n':
			continue
		case c == 'N':
			r, end, msg := nameEscape(src, i)
			if msg != "" {
				return nil, decodeError(codec, src, start, end, msg)
			}
			w.rune(r)
			i = end
			continue
		case '0' <= c && c <= '7':
			r := rune(c - '0')
			for k := 0; k < 2 && i < len(src) && '0' <= src[i] && src[i] <= '7'; k++ {
				r = r<<3 + rune(src[i]-'0')
				i++
			}
			w.rune(r)
			continue
		default:
			if r, ok := simpleEscapes[c]; ok {
				w.rune(r)
			} else {
				w.rune('\\')
				w.rune(rune(c))
			}
			continue
		}
		var r rune
		for ; count > 0; count-- {
			if i == len(src) {
				return nil, decodeError(codec, src, start, i, message)
			}
			d, ok := hexDigit(src[i])
			if !ok {
				return nil, decodeError(codec, src, start, i, message)
			}
			r = r<<4 | rune(d)
			i++
		}
		if uint32(r) > 0x10ffff {
			msg := "illegal Unicode character"
			if raw {
				msg = "\\Uxxxxxxxx out of range"
			}
			return nil, decodeError(codec, src, start, i, msg)
		}
		w.rune(r)
	}
	return w.result()
}

// simpleEscapes maps the character after a backslash to the character the
// escape stands for.
var simpleEscapes = map[byte]rune{
	'\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f',
	't': '\t', 'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}

// nameEscape decodes the \N{name} escape whose 'N' ends at src[i:]. It
// returns the character and where the escape ends, or CPython's message
// and the end of the bytes it blames.
func nameEscape(src []byte, i int) (r rune, end int, msg string) {
	const malformed = "malformed \\N character escape"
	if i == len(src) || src[i] != '{' {
		return 0, i, malformed
	}
	begin := i + 1
	j := begin
	for j < len(src) && src[j] != '}' {
		j++
	}
	if j == len(src) || j == begin {
		return 0, j, malformed
	}
	if r, ok := literal.LookupName(string(src[begin:j])); ok {
		return r, j + 1, ""
	}
	return 0, j + 1, "unknown Unicode character name"
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
