package ast

import "unicode"

// IsPrintable reports whether str.isprintable() holds for r, which decides
// whether repr escapes it. Python's definition (not in categories Cc, Cf,
// Cs, Co, Cn, Zl, Zp, Zs, but space) is Go's unicode.IsPrint; the two differ
// only where their Unicode versions do.
func IsPrintable(r rune) bool { return unicode.IsPrint(r) }
