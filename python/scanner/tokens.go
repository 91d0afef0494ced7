package scanner

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// String prefix letters, as a bit set.
const (
	pB = 1 << iota
	pR
	pU
	pF
	pT
)

func prefixBit(c int) uint8 {
	switch c {
	case 'b', 'B':
		return pB
	case 'r', 'R':
		return pR
	case 'u', 'U':
		return pU
	case 'f', 'F':
		return pF
	case 't', 'T':
		return pT
	}
	return 0
}

// scanName scans an identifier, a keyword or a prefixed string starting at start.
func (s *Scanner) scanName(m *mode, start int) (token.Kind, int, int) {
	// A run of distinct prefix letters followed by a quote is a string prefix.
	var seen uint8
	// Most names cannot be prefixes: reject them on their first two bytes.
	maybePrefix := false
	if prefixBit(int(s.src[start])) != 0 {
		c1 := s.ch(start + 1)
		maybePrefix = c1 == '\'' || c1 == '"' || prefixBit(c1) != 0
	}
	for i := start; maybePrefix; {
		bit := prefixBit(s.ch(i))
		if bit == 0 || seen&bit != 0 {
			break
		}
		seen |= bit
		i++
		if q := s.ch(i); q == '"' || q == '\'' {
			return s.prefixedString(start, i, seen)
		}
	}

	src, i := s.src, start
	var high byte
	for i < len(src) {
		c := src[i]
		if class[c]&cIdentChar == 0 {
			break
		}
		high |= c
		i++
	}
	s.cur = i
	if high >= 0x80 {
		s.nonASCIINames = true
		if !s.verifyIdentifier(start, i) {
			return token.ILLEGAL, start, i
		}
	}
	return token.Keyword(s.src[start:i]), start, i
}

// verifyIdentifier checks a name holding non-ASCII characters against
// CPython's identifier rules (XID_Start, XID_Continue).
func (s *Scanner) verifyIdentifier(start, end int) bool {
	for i := start; i < end; {
		r, size := utf8.DecodeRune(s.src[i:end])
		var ok bool
		switch {
		case r == utf8.RuneError && size == 1:
			ok = false
		case r < 0x80:
			ok = class[r]&cIdentChar != 0 && (i > start || class[r]&cIdentStart != 0)
		case i == start:
			ok = inRanges(xidStart[:], r)
		default:
			ok = inRanges(xidContinue[:], r)
		}
		if !ok {
			if r == utf8.RuneError && size == 1 {
				r = utf8.RuneError
			}
			if r >= 0x80 && inRanges(printable[:], r) {
				s.errorAt(i+size, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
			} else {
				s.errorAt(i+size, fmt.Sprintf("invalid non-printable character U+%04X", r))
			}
			return false
		}
		i += size
	}
	return true
}

type runeRange struct{ lo, hi rune }

func inRanges(t []runeRange, r rune) bool {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < t[m].lo:
			hi = m
		case r > t[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// prefixedString scans a string whose prefix is src[start:q] (the letters
// in seen) and whose opening quote is at q.
func (s *Scanner) prefixedString(start, q int, seen uint8) (token.Kind, int, int) {
	var bad string
	switch {
	case seen&pU != 0 && seen&pB != 0:
		bad = "'u' and 'b'"
	case seen&pU != 0 && seen&pR != 0:
		bad = "'u' and 'r'"
	case seen&pU != 0 && seen&pF != 0:
		bad = "'u' and 'f'"
	case seen&pU != 0 && seen&pT != 0:
		bad = "'u' and 't'"
	case seen&pB != 0 && seen&pF != 0:
		bad = "'b' and 'f'"
	case seen&pB != 0 && seen&pT != 0:
		bad = "'b' and 't'"
	case seen&pF != 0 && seen&pT != 0:
		bad = "'f' and 't'"
	}
	if bad != "" {
		s.report(start, s.lineOf(start), s.colOf(start), bad+" prefixes are incompatible", "SyntaxError", false)
		// Go on as if the prefix were valid: the string's extent is the same.
		if seen&pB != 0 || seen&pU != 0 {
			seen &^= pF | pT
		}
	}
	if seen&(pF|pT) != 0 {
		return s.fstringStart(start, q, seen&pR != 0, seen&pF == 0)
	}
	return s.scanString(start, q)
}

// fstringStart scans the prefix and opening quote of an f-string or
// t-string and pushes its mode.
func (s *Scanner) fstringStart(start, q int, raw, tstring bool) (token.Kind, int, int) {
	quote := s.src[q]
	size := 1
	if s.ch(q+1) == int(quote) && s.ch(q+2) == int(quote) {
		size = 3
	}
	if len(s.modes) >= maxFStringLevel {
		s.errorAt(q+size, "too many nested f-strings or t-strings")
		// Take the rest as a plain string so that its text is skipped.
		k, lo, hi := s.scanString(start, q)
		if k == token.STRING {
			k = token.ILLEGAL
		}
		return k, lo, hi
	}
	s.cur = q + size
	s.modes = append(s.modes, mode{
		inLiteral: true,
		quote:     quote,
		quoteSize: size,
		raw:       raw,
		tstring:   tstring,
		start:     start,
		exprStart: -1,
		parenBase: len(s.parens),
	})
	if tstring {
		return token.TSTRING_START, start, s.cur
	}
	return token.FSTRING_START, start, s.cur
}

// scanString scans a string or bytes literal whose prefix is src[start:q]
// and whose opening quote is at q.
func (s *Scanner) scanString(start, q int) (token.Kind, int, int) {
	quote := int(s.src[q])
	size := 1
	i := q + 1
	if s.ch(i) == quote {
		if s.ch(i+1) != quote {
			s.cur = i + 1
			return token.STRING, start, s.cur // empty string
		}
		size = 3
		i += 2
	}
	endQuotes := 0
	escapedQuote := false
	for endQuotes != size {
		if size == 3 && endQuotes == 0 {
			// In a triple-quoted string only quotes and backslashes
			// matter: jump to the next one.
			rest := s.src[min(i, s.n):]
			j := bytes.IndexByte(rest, byte(quote))
			if j < 0 {
				j = len(rest)
			}
			if k := bytes.IndexByte(rest[:j], '\\'); k >= 0 {
				j = k
			}
			i += j
		}
		// Skip ordinary characters quickly.
		if i < s.n && class[s.src[i]]&cStrStop == 0 {
			endQuotes = 0
			for i < s.n && class[s.src[i]]&cStrStop == 0 {
				i++
			}
		}
		if c := s.ch(i); c != quote && (c == '\'' || c == '"') {
			// The other quote character is ordinary text.
			i++
			endQuotes = 0
			continue
		}
		c := s.ch(i)
		if c == -1 || size == 1 && (c == '\n' || c == '\r') {
			return s.unterminatedString(start, q, i, size, escapedQuote)
		}
		i++
		if c == quote {
			endQuotes++
			continue
		}
		endQuotes = 0
		if c == '\\' {
			switch s.ch(i) {
			case -1:
			case quote:
				escapedQuote = true
				i++
			case '\r':
				i++
				if s.ch(i) == '\n' {
					i++
				}
			default:
				i++
			}
		}
	}
	s.cur = i
	return token.STRING, start, i
}

// unterminatedString reports a string literal that runs into the end of
// its line (at) or of the input, as CPython does: at the string's first
// character, with the line where the end was detected.
func (s *Scanner) unterminatedString(start, q, at, size int, escapedQuote bool) (token.Kind, int, int) {
	detected := s.lineOf(max(min(at, s.n)-1, 0))
	if at >= s.n {
		detected = s.lineOf(s.n)
		if s.n > 0 && !s.virtNL {
			detected = s.lineOf(s.n - 1)
		}
	}
	m := &s.modes[len(s.modes)-1]
	s.cur = at
	if len(s.modes) > 1 && m.quote == s.src[q] && m.quoteSize == size {
		// A quote closing the enclosing f-string inside a replacement field.
		s.report(start, s.lineOf(start), s.colOf(start), m.prefixed("-string: expecting '}'"), "SyntaxError", false)
		s.cur = q + size
		return s.endFString(q)
	}
	var msg string
	switch {
	case size == 3:
		msg = fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected)
	case escapedQuote:
		msg = fmt.Sprintf("unterminated string literal (detected at line %d); perhaps you escaped the end quote?", detected)
	default:
		msg = fmt.Sprintf("unterminated string literal (detected at line %d)", detected)
	}
	s.report(start, s.lineOf(start), s.colOf(start), msg, "SyntaxError", false)
	return token.ILLEGAL, start, at
}

// endFString pops the innermost f-string (whose closing quote starts at q
// and has been consumed) and returns its end token.
func (s *Scanner) endFString(q int) (token.Kind, int, int) {
	m := &s.modes[len(s.modes)-1]
	k := token.FSTRING_END
	if m.tstring {
		k = token.TSTRING_END
	}
	// Brackets left open inside the f-string's fields cannot be closed
	// later: forget them so that the rest of the file scans normally.
	// CPython's parser reports the missing '}'.
	s.parens = s.parens[:m.parenBase]
	s.modes = s.modes[:len(s.modes)-1]
	return k, q, s.cur
}

// scanLiteral scans the literal text of an f-string or t-string, or its
// end, as CPython's tok_get_fstring_mode does, except that doubled braces
// and \N{...} escapes do not split the text.
func (s *Scanner) scanLiteral(m *mode) (token.Kind, int, int) {
	start := s.cur
	i := start
	kind := token.FSTRING_MIDDLE
	if m.tstring {
		kind = token.TSTRING_MIDDLE
	}
	inSpec := m.inFormatSpec && m.exprStart >= 0
	unicodeEscape := false
	for {
		// Skip ordinary characters quickly.
		for i < s.n {
			c := s.src[i]
			if c == m.quote || c == '{' || c == '}' || c == '\\' || c == '\n' || c == '\r' {
				break
			}
			i++
		}
		c := s.ch(i)
		if c == int(m.quote) {
			j := i + 1
			for j < i+m.quoteSize && s.ch(j) == int(m.quote) {
				j++
			}
			if j-i == m.quoteSize {
				if i > start {
					s.cur = i
					return kind, start, i
				}
				s.cur = j
				return s.endFString(i)
			}
			i = j
			continue
		}
		if c == -1 || m.quoteSize == 1 && (c == '\n' || c == '\r') {
			if i > start {
				s.cur = i
				return kind, start, i
			}
			if inSpec && c != -1 {
				_, size := s.newlineAt(i)
				s.errorAt(i+size, m.prefixed("-string: newlines are not allowed in format specifiers for single quoted ")+m.prefixed("-strings"))
				// Let the regular mode take the line break.
				m.inLiteral = false
				m.inFormatSpec = false
				return s.scanNormal(m)
			}
			detected := s.lineOf(max(min(i, s.n)-1, 0))
			if c == -1 && s.n > 0 && s.virtNL {
				detected = s.lineOf(s.n)
			}
			what := "-string literal"
			if m.quoteSize == 3 {
				what = "triple-quoted " + m.prefixed(what)
			} else {
				what = m.prefixed(what)
			}
			if m.quoteSize == 3 {
				what = "unterminated " + what
			} else {
				what = "unterminated " + what
			}
			s.report(m.start, s.lineOf(m.start), s.colOf(m.start), fmt.Sprintf("%s (detected at line %d)", what, detected), "SyntaxError", false)
			s.cur = i
			return s.endFString(i)
		}
		switch c {
		case '{':
			if s.ch(i+1) == '{' && !inSpec {
				i += 2
				continue
			}
			if i > start {
				// The field starts with the next call.
				s.cur = i
				return kind, start, i
			}
			m.exprStart++
			m.inLiteral = false
			m.inFormatSpec = false
			if m.exprStart >= maxExprNesting {
				s.errorAt(i, m.prefixed("-string: expressions nested too deeply"))
			}
			return s.scanNormal(m)
		case '}':
			if unicodeEscape {
				unicodeEscape = false
				i++
				continue
			}
			if s.ch(i+1) == '}' && !inSpec && m.depth == 0 {
				i += 2
				continue
			}
			if i > start {
				s.cur = i
				return kind, start, i
			}
			m.inLiteral = false
			m.inFormatSpec = false
			return s.scanNormal(m)
		case '\\':
			i++
			p := s.ch(i)
			if p == '\r' && s.ch(i+1) == '\n' {
				i++
				p = '\n'
			}
			if p == '{' || p == '}' || p == -1 {
				continue // the brace is not escaped
			}
			i++
			if !m.raw && p == 'N' && s.ch(i) == '{' {
				unicodeEscape = true
				i++
			}
		default: // a line break in a triple-quoted string
			i++
		}
	}
}

// scanNumber scans a number starting with a digit at start.
func (s *Scanner) scanNumber(start int) (token.Kind, int, int) {
	i := start
	if s.src[i] == '0' {
		i++
		c := s.ch(i)
		switch c {
		case 'x', 'X':
			i++
			c = s.ch(i)
			for {
				if c == '_' {
					i++
					c = s.ch(i)
				}
				if c < 0 || class[c]&cHex == 0 {
					return s.badNumber(start, i, i, "invalid hexadecimal literal")
				}
				for c >= 0 && class[c]&cHex != 0 {
					i++
					c = s.ch(i)
				}
				if c != '_' {
					break
				}
			}
			return s.endNumber(start, i, "hexadecimal")
		case 'o', 'O', 'b', 'B':
			top, name := '8', "octal"
			if c == 'b' || c == 'B' {
				top, name = '2', "binary"
			}
			i++
			c = s.ch(i)
			for {
				if c == '_' {
					i++
					c = s.ch(i)
				}
				if c < '0' || c >= int(top) {
					if isDigit(c) {
						return s.badNumber(start, i+1, i, fmt.Sprintf("invalid digit '%c' in %s literal", c, name))
					}
					return s.badNumber(start, i, i, "invalid "+name+" literal")
				}
				for c >= '0' && c < int(top) {
					i++
					c = s.ch(i)
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.badNumber(start, i+1, i, fmt.Sprintf("invalid digit '%c' in %s literal", c, name))
			}
			return s.endNumber(start, i, name)
		}
		// A decimal starting with zeros: only zeros, or a float.
		nonzero := false
		for {
			if c == '_' {
				i++
				c = s.ch(i)
				if !isDigit(c) {
					return s.badNumber(start, i, i, "invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			i++
			c = s.ch(i)
		}
		if isDigit(c) {
			nonzero = true
			var ok bool
			if i, ok = s.decimalTail(i); !ok {
				return s.badNumber(start, i, i, "")
			}
			c = s.ch(i)
		}
		switch {
		case c == '.':
			return s.scanNumberFraction(start, i+1)
		case c == 'e' || c == 'E':
			return s.exponent(start, i)
		case c == 'j' || c == 'J':
			return s.endNumber(start, i+1, "imaginary")
		case nonzero:
			s.report(start, s.lineOf(start), s.colOf(start),
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "SyntaxError", false)
			return s.skipBadNumber(start, i)
		}
		return s.endNumber(start, i, "decimal")
	}
	i, ok := s.decimalTail(i)
	if !ok {
		return s.badNumber(start, i, i, "")
	}
	if s.ch(i) == '.' {
		return s.scanNumberFraction(start, i+1)
	}
	return s.afterFraction(start, i)
}

// decimalTail scans digits and single underscores between digits from i,
// which holds a digit. It returns the index after them; on a misplaced
// underscore it reports CPython's error and returns false.
func (s *Scanner) decimalTail(i int) (int, bool) {
	for {
		for i < s.n && isDigit(int(s.src[i])) {
			i++
		}
		if s.ch(i) != '_' {
			return i, true
		}
		i++
		if !isDigit(s.ch(i)) {
			s.errorAt(i, "invalid decimal literal")
			return i, false
		}
	}
}

// scanNumberFraction scans the rest of a number after its '.', at i.
func (s *Scanner) scanNumberFraction(start, i int) (token.Kind, int, int) {
	if isDigit(s.ch(i)) {
		var ok bool
		if i, ok = s.decimalTail(i); !ok {
			return s.badNumber(start, i, i, "")
		}
	}
	return s.afterFraction(start, i)
}

// afterFraction scans the exponent and imaginary suffix of a decimal
// number, from i.
func (s *Scanner) afterFraction(start, i int) (token.Kind, int, int) {
	switch s.ch(i) {
	case 'e', 'E':
		return s.exponent(start, i)
	case 'j', 'J':
		return s.endNumber(start, i+1, "imaginary")
	}
	return s.endNumber(start, i, "decimal")
}

// exponent scans an exponent whose 'e' is at i.
func (s *Scanner) exponent(start, e int) (token.Kind, int, int) {
	i := e + 1
	c := s.ch(i)
	if c == '+' || c == '-' {
		i++
		if !isDigit(s.ch(i)) {
			return s.badNumber(start, i, i, "invalid decimal literal")
		}
	} else if !isDigit(c) {
		// The 'e' is not part of the number: "1else" is 1 else.
		return s.endNumber(start, e, "decimal")
	}
	i, ok := s.decimalTail(i)
	if !ok {
		return s.badNumber(start, i, i, "")
	}
	if c := s.ch(i); c == 'j' || c == 'J' {
		return s.endNumber(start, i+1, "imaginary")
	}
	return s.endNumber(start, i, "decimal")
}

// endNumber ends a number at i, checking what follows as CPython's
// verify_end_of_number does: a keyword that may follow a number is fine
// (CPython only warns), another identifier character is an error.
func (s *Scanner) endNumber(start, i int, kind string) (token.Kind, int, int) {
	c := s.ch(i)
	if c >= 0 && c < 0x80 && class[c]&cIdentChar != 0 && !s.keywordAfterNumber(i) {
		return s.badNumber(start, i, i, "invalid "+kind+" literal")
	}
	s.cur = i
	return token.NUMBER, start, i
}

// keywordAfterNumber reports whether the text at i starts like one of the
// keywords CPython lets follow a number directly (with a warning).
func (s *Scanner) keywordAfterNumber(i int) bool {
	has := func(w string) bool {
		for k := 0; k < len(w); k++ {
			if s.ch(i+k) != int(w[k]) {
				return false
			}
		}
		return true
	}
	switch s.ch(i) {
	case 'a':
		return has("and")
	case 'e':
		return has("else")
	case 'f':
		return has("for")
	case 'i':
		c := s.ch(i + 1)
		return c == 'f' || c == 'n' || c == 's'
	case 'o':
		return has("or")
	case 'n':
		return has("not")
	}
	return false
}

// badNumber reports msg (unless empty: already reported) with CPython's
// cursor at cur, and returns the malformed number from start as ILLEGAL.
func (s *Scanner) badNumber(start, cur, i int, msg string) (token.Kind, int, int) {
	if msg != "" {
		s.errorAt(cur, msg)
	}
	return s.skipBadNumber(start, i)
}

// skipBadNumber returns an ILLEGAL token from start to the end of the
// letters, digits and dots that follow i, so that the parser does not see
// the rest of a malformed number as more tokens.
func (s *Scanner) skipBadNumber(start, i int) (token.Kind, int, int) {
	for i < s.n && (class[s.src[i]]&cIdentChar != 0 && s.src[i] < 0x80 || s.src[i] == '.') {
		i++
	}
	s.cur = i
	return token.ILLEGAL, start, i
}

// operator returns the operator of two or three characters starting with
// c, c2, c3 and its length, or a length below 2.
func operator(c, c2, c3 int) (token.Kind, int) {
	switch c {
	case '!':
		if c2 == '=' {
			return token.NOTEQUAL, 2
		}
	case '%':
		if c2 == '=' {
			return token.PERCENTEQUAL, 2
		}
	case '&':
		if c2 == '=' {
			return token.AMPEREQUAL, 2
		}
	case '*':
		if c2 == '*' {
			if c3 == '=' {
				return token.DOUBLESTAREQUAL, 3
			}
			return token.DOUBLESTAR, 2
		}
		if c2 == '=' {
			return token.STAREQUAL, 2
		}
	case '+':
		if c2 == '=' {
			return token.PLUSEQUAL, 2
		}
	case '-':
		if c2 == '=' {
			return token.MINEQUAL, 2
		}
		if c2 == '>' {
			return token.RARROW, 2
		}
	case '/':
		if c2 == '/' {
			if c3 == '=' {
				return token.DOUBLESLASHEQUAL, 3
			}
			return token.DOUBLESLASH, 2
		}
		if c2 == '=' {
			return token.SLASHEQUAL, 2
		}
	case ':':
		if c2 == '=' {
			return token.COLONEQUAL, 2
		}
	case '<':
		switch c2 {
		case '<':
			if c3 == '=' {
				return token.LEFTSHIFTEQUAL, 3
			}
			return token.LEFTSHIFT, 2
		case '=':
			return token.LESSEQUAL, 2
		case '>':
			return token.NOTEQUAL, 2
		}
	case '=':
		if c2 == '=' {
			return token.EQEQUAL, 2
		}
	case '>':
		switch c2 {
		case '>':
			if c3 == '=' {
				return token.RIGHTSHIFTEQUAL, 3
			}
			return token.RIGHTSHIFT, 2
		case '=':
			return token.GREATEREQUAL, 2
		}
	case '@':
		if c2 == '=' {
			return token.ATEQUAL, 2
		}
	case '^':
		if c2 == '=' {
			return token.CIRCUMFLEXEQUAL, 2
		}
	case '|':
		if c2 == '=' {
			return token.VBAREQUAL, 2
		}
	}
	return token.ILLEGAL, 1
}

var oneChars = [128]token.Kind{
	'(': token.LPAR, ')': token.RPAR, '[': token.LSQB, ']': token.RSQB,
	'{': token.LBRACE, '}': token.RBRACE, ':': token.COLON, ',': token.COMMA,
	';': token.SEMI, '+': token.PLUS, '-': token.MINUS, '*': token.STAR,
	'/': token.SLASH, '|': token.VBAR, '&': token.AMPER, '<': token.LESS,
	'>': token.GREATER, '=': token.EQUAL, '.': token.DOT, '%': token.PERCENT,
	'~': token.TILDE, '^': token.CIRCUMFLEX, '@': token.AT, '!': token.EXCLAMATION,
}

func oneChar(c int) token.Kind {
	if c >= 0 && c < 128 {
		return oneChars[c]
	}
	return token.ILLEGAL
}

// errorAt reports msg as CPython's tokenizer does with its cursor at cur:
// the offset counts the characters from the start of the line to cur.
func (s *Scanner) errorAt(cur int, msg string) {
	s.reportAt(cur, msg, "SyntaxError", false)
}

func (s *Scanner) reportAt(cur int, msg, typ string, deferred bool) {
	extra := 0
	if cur > s.n {
		cur, extra = s.n, 1 // past the virtual line break
	}
	pos := cur
	if pos > 0 && extra == 0 {
		_, size := utf8.DecodeLastRune(s.src[:pos])
		pos -= size
	}
	s.report(pos, s.lineOf(pos), s.runes(s.lineStartOf(pos), cur)+extra, msg, typ, deferred)
}

func (s *Scanner) report(pos, line, col int, msg, typ string, deferred bool) {
	s.nerr++
	s.lastErr = Error{Pos: token.Pos(pos), Line: line, Col: col, Msg: msg, Type: typ, Deferred: deferred}
	if s.err != nil {
		s.err(token.Pos(pos), msg)
	}
}

// colOf returns CPython's 1-based character column of pos.
func (s *Scanner) colOf(pos int) int {
	return s.runes(s.lineStartOf(pos), pos) + 1
}

// seekLine moves the line cache to pos (clamped to the source).
func (s *Scanner) seekLine(pos int) {
	pos = max(min(pos, s.n), 0)
	if pos < s.lnOff {
		s.lnOff, s.lnNum, s.lnStart = 0, 1, 0
	}
	for i := s.lnOff; i < pos; i++ {
		switch s.src[i] {
		case '\n':
			s.lnNum++
			s.lnStart = i + 1
		case '\r':
			if i+1 < s.n && s.src[i+1] == '\n' {
				continue
			}
			s.lnNum++
			s.lnStart = i + 1
		}
	}
	s.lnOff = pos
}

func (s *Scanner) lineOf(pos int) int {
	s.seekLine(pos)
	return s.lnNum
}

func (s *Scanner) lineStartOf(pos int) int {
	s.seekLine(pos)
	return s.lnStart
}
