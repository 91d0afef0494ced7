package ast

import "unicode"

// IsPrintable reports whether str.isprintable() holds for r, which decides
// whether repr escapes it. The table is generated from CPython 3.14 itself,
// because Go's unicode package follows an older Unicode version.
func IsPrintable(r rune) bool {
	if r < 0x80 {
		return ' ' <= r && r < 0x7f
	}
	return unicode.Is(printable, r)
}
