package literal

import "strings"

// LookupName resolves the name in a \N{name} escape as CPython's
// unicodedata does for it: names and name aliases case-insensitively,
// Hangul syllables and CJK unified ideographs by their algorithmic names,
// which CPython matches in upper case only. Named sequences are not accepted.
func LookupName(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(rest)
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return 0, false
		}
		var r rune
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case '0' <= c && c <= '9':
				r = r<<4 | rune(c-'0')
			case 'A' <= c && c <= 'F':
				r = r<<4 | rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		return r, isUnifiedIdeograph(r)
	}
	upper := []byte(name)
	for i, c := range upper {
		if c >= 0x80 {
			return 0, false
		}
		if 'a' <= c && c <= 'z' {
			upper[i] = c - 'a' + 'A'
		}
	}
	return searchTable(string(upper))
}

// searchTable binary-searches nameTable, whose "NAME:HEX\n" lines are sorted
// by name, without any index built at run time.
func searchTable(name string) (rune, bool) {
	lo, hi := 0, len(nameTable) // whole lines
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(nameTable[lo:mid], '\n') + 1
		end := start + strings.IndexByte(nameTable[start:], '\n')
		line := nameTable[start:end]
		colon := strings.IndexByte(line, ':')
		switch c := strings.Compare(name, line[:colon]); {
		case c < 0:
			hi = start
		case c > 0:
			lo = end + 1
		default:
			var r rune
			for _, h := range []byte(line[colon+1:]) {
				r = r<<4 | rune(digitValue(h))
			}
			return r, true
		}
	}
	return 0, false
}

// hangulSyllable parses "GAG" and the like as CPython does: the longest
// leading, then vowel, then trailing jamo, which must use up the name.
func hangulSyllable(s string) (rune, bool) {
	// The short names of the Hangul jamo (Unicode's Jamo.txt), in the
	// order of the syllable formula.
	jamoL := [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV := [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT := [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
	l, n := longestJamo(s, jamoL[:])
	s = s[n:]
	v, n := longestJamo(s, jamoV[:])
	s = s[n:]
	t, n := longestJamo(s, jamoT[:])
	if l < 0 || v < 0 || t < 0 || n != len(s) {
		return 0, false
	}
	return rune(0xAC00 + (l*len(jamoV)+v)*len(jamoT) + t), true
}

func longestJamo(s string, names []string) (index, length int) {
	index, length = -1, -1
	for i, j := range names {
		if len(j) > length && strings.HasPrefix(s, j) {
			index, length = i, len(j)
		}
	}
	if length < 0 {
		length = 0
	}
	return index, length
}
