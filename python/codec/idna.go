package codec

import (
	"bytes"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// decodeIDNA follows encodings/idna.py's Codec.decode: input without an
// "xn--" anywhere that is ASCII is returned as is; otherwise it is split
// into labels at '.', and each label must be ASCII, and if it starts with
// the ACE prefix "xn--", Punycode that round-trips through ToASCII.
//
// ToASCII's nameprep (RFC 3491) is approximated by case folding and NFKC
// from golang.org/x/text: its prohibited-character and bidi checks and its
// Unicode 3.2 tables are not reproduced. Only a label that starts with
// "xn--" and decodes to non-ASCII text reaches it.
func decodeIDNA(src []byte) ([]byte, error) {
	if len(src) == 0 {
		return src, nil
	}
	if !bytes.Contains(asciiLower(src), []byte("xn--")) {
		if _, err := decodeASCII(src); err == nil {
			return src, nil
		}
	}
	labels := bytes.Split(src, []byte("."))
	trailingDot := false
	if len(labels[len(labels)-1]) == 0 {
		trailingDot = true
		labels = labels[:len(labels)-1]
	}
	var w writer
	offset := 0
	for i, label := range labels {
		if i > 0 {
			w.rune('.')
		}
		if err := idnaToUnicode(&w, label); err != nil {
			if e, ok := err.(*DecodeError); ok {
				e.Codec = "idna"
				e.shift(offset, src)
			}
			return nil, err
		}
		offset += len(label) + 1
	}
	if trailingDot {
		w.rune('.')
	}
	return w.result()
}

// idnaToUnicode is idna.py's ToUnicode for a bytes label; a DecodeError's
// positions are within the label.
func idnaToUnicode(w *writer, label []byte) error {
	if len(label) > 1024 {
		return decodeError("idna", label, 0, len(label), "label way too long")
	}
	if !bytes.HasPrefix(asciiLower(label), []byte("xn--")) {
		if _, err := decodeASCII(label); err != nil {
			return err.(*DecodeError)
		}
		w.out = append(w.out, label...)
		w.chars += len(label)
		return nil
	}
	result, err := punycodeDecode(label[4:])
	if err != nil {
		if e, ok := err.(*DecodeError); ok {
			e.shift(4, label)
		}
		return err
	}
	label2, aerr := idnaToASCII(result)
	if aerr != nil {
		return aerr
	}
	if string(asciiLower(label)) != string(label2) {
		return decodeError("idna", label, 0, len(label),
			fmt.Sprintf("IDNA does not round-trip, '%s' != '%s'", ast.AppendBytesRepr(nil, string(label)), ast.AppendBytesRepr(nil, string(label2))))
	}
	for _, r := range result {
		w.rune(r)
	}
	return nil
}

// idnaToASCII is idna.py's ToASCII; its errors count characters of label,
// as the UnicodeEncodeError CPython turns into the decode error does.
func idnaToASCII(label []rune) ([]byte, *DecodeError) {
	checkLength := func(s []rune) ([]byte, *DecodeError) {
		switch {
		case len(s) == 0:
			return nil, &DecodeError{Codec: "idna", Start: 0, End: 1, Reason: "label empty"}
		case len(s) >= 64:
			return nil, &DecodeError{Codec: "idna", Start: 0, End: len(s), Reason: "label too long"}
		}
		return []byte(string(s)), nil
	}
	if isASCII(label) {
		return checkLength(label)
	}
	label = nameprep(label)
	if isASCII(label) {
		return checkLength(label)
	}
	if strings.HasPrefix(strings.ToLower(string(label)), "xn--") {
		return nil, &DecodeError{Codec: "idna", Start: 0, End: 4, Reason: "Label starts with ACE prefix"}
	}
	ascii := append([]byte("xn--"), punycodeEncode(label)...)
	if len(ascii) < 64 {
		return ascii, nil
	}
	return nil, &DecodeError{Codec: "idna", Start: 0, End: len(label), Reason: "label too long"}
}

// nameprep approximates RFC 3491's nameprep (see decodeIDNA).
func nameprep(label []rune) []rune {
	folded := cases.Fold().String(string(label))
	return []rune(norm.NFKC.String(folded))
}

func isASCII(s []rune) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodePunycodeCodec is the "punycode" codec itself.
func decodePunycodeCodec(src []byte) ([]byte, error) {
	r, err := punycodeDecode(src)
	if err != nil {
		return nil, err
	}
	var w writer
	for _, c := range r {
		w.rune(c)
	}
	return w.result()
}

// punycodeDecode follows encodings/punycode.py's punycode_decode with
// errors="strict", in arbitrary precision as Python computes.
func punycodeDecode(text []byte) ([]rune, error) {
	pos := bytes.LastIndexByte(text, '-')
	var base []rune
	extended := asciiUpper(text)
	if pos >= 0 {
		if _, err := decodeASCII(text[:pos]); err != nil {
			return nil, err.(*DecodeError)
		}
		for _, c := range text[:pos] {
			base = append(base, rune(c))
		}
		extended = asciiUpper(text[pos+1:])
	}
	out, err := insertionSort(base, extended)
	if e, ok := err.(*DecodeError); ok {
		e.Codec = "punycode"
		e.shift(pos+1, text)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// asciiLower is Python's bytes.lower: ASCII letters only.
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// asciiUpper is Python's bytes.upper: ASCII letters only.
func asciiUpper(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// insertionSort is RFC 3492's decoding loop (punycode.py's insertion_sort);
// its DecodeErrors count within extended. Python inserts each character
// into the string as it is decoded, which is quadratic in its length; the
// loop needs only the string's length, so here the insertions are
// recorded and placed at the end (place), in O(n log n): a file declared
// punycode cannot stall the run.
func insertionSort(base []rune, extended []byte) ([]rune, error) {
	var inserts []insertion
	length := len(base)
	char := big.NewInt(0x80)
	pos := big.NewInt(-1)
	bias := 72
	one := big.NewInt(1)
	for extpos := 0; extpos < len(extended); {
		newpos, delta, err := decodeGeneralizedNumber(extended, extpos, bias)
		if err != nil {
			return nil, err
		}
		if delta == nil {
			// pos would exceed an int64, and the character U+10FFFF: the
			// error CPython cannot raise for lack of a ssize_t.
			return nil, ErrOverflow
		}
		pos.Add(pos, delta)
		pos.Add(pos, one)
		n := big.NewInt(int64(length + 1))
		char.Add(char, new(big.Int).Div(pos, n))
		if char.Cmp(big.NewInt(0x10ffff)) > 0 {
			if !pos.IsInt64() {
				return nil, ErrOverflow
			}
			return nil, &DecodeError{Start: int(pos.Int64()) - 1, End: int(pos.Int64()),
				Reason: fmt.Sprintf("Invalid character U+%x", char)}
		}
		pos.Mod(pos, n)
		inserts = append(inserts, insertion{int(pos.Int64()), rune(char.Int64())})
		length++
		bias = adapt(new(big.Int).Set(delta), extpos == 0, length)
		extpos = newpos
	}
	return place(base, inserts), nil
}

// insertion is one decoded character and the index it is inserted at in
// the string as it is then.
type insertion struct {
	at int
	c  rune
}

// place returns base with the insertions made in order. Taken from the
// last, each insertion's character lands in the at+1-th slot of the
// result not taken by a later one: the later ones are what moved the
// characters around it. A Fenwick tree over the free slots finds it in
// O(log n).
func place(base []rune, inserts []insertion) []rune {
	n := len(base) + len(inserts)
	out := make([]rune, n)
	free := make([]int, n+1) // Fenwick tree: 1 for each free slot
	for i := 1; i <= n; i++ {
		free[i]++
		if j := i + i&-i; j <= n {
			free[j] += free[i]
		}
	}
	high := 1
	for high*2 <= n {
		high *= 2
	}
	take := func(k int) int { // the k-th free slot (1-based), taken
		slot := 0
		for step := high; step > 0; step /= 2 {
			if next := slot + step; next <= n && free[next] < k {
				slot = next
				k -= free[next]
			}
		}
		for i := slot + 1; i <= n; i += i & -i {
			free[i]--
		}
		return slot
	}
	for i := len(inserts) - 1; i >= 0; i-- {
		out[take(inserts[i].at+1)] = inserts[i].c
	}
	// The base characters fill what is left, in order.
	for i := len(base) - 1; i >= 0; i-- {
		out[take(i+1)] = base[i]
	}
	return out
}

// decodeGeneralizedNumber reads one variable-length integer (RFC 3492
// section 3.3) from extended at extpos. It returns a nil number when the
// number exceeds 64 bits: then only where it ends matters, and computing
// it would take time quadratic in its length.
func decodeGeneralizedNumber(extended []byte, extpos, bias int) (int, *big.Int, *DecodeError) {
	result := new(big.Int)
	w := big.NewInt(1)
	huge := false
	for j := 0; ; j++ {
		if extpos >= len(extended) {
			return 0, nil, &DecodeError{Start: extpos, End: extpos + 1, Reason: "incomplete punycode string"}
		}
		c := extended[extpos]
		extpos++
		var digit int64
		switch {
		case 'A' <= c && c <= 'Z':
			digit = int64(c - 'A')
		case '0' <= c && c <= '9':
			digit = int64(c) - 22
		default:
			return 0, nil, &DecodeError{Start: extpos - 1, End: extpos,
				Reason: "Invalid extended code point '" + strconv.Itoa(int(c)) + "'"}
		}
		t := punyT(j, bias)
		if !huge {
			result.Add(result, new(big.Int).Mul(big.NewInt(digit), w))
			w.Mul(w, big.NewInt(int64(36-t)))
			huge = result.BitLen() > 64
		}
		if digit < int64(t) {
			if huge {
				return extpos, nil, nil
			}
			return extpos, result, nil
		}
	}
}

func punyT(j, bias int) int {
	res := 36*(j+1) - bias
	return min(max(res, 1), 26)
}

func adapt(delta *big.Int, first bool, numchars int) int {
	if first {
		delta.Div(delta, big.NewInt(700))
	} else {
		delta.Div(delta, big.NewInt(2))
	}
	delta.Add(delta, new(big.Int).Div(delta, big.NewInt(int64(numchars))))
	divisions := 0
	for delta.Cmp(big.NewInt(455)) > 0 {
		delta.Div(delta, big.NewInt(35))
		divisions += 36
	}
	d := int(delta.Int64())
	return divisions + 36*d/(d+38)
}

// punycodeEncode is RFC 3492's encoder (punycode.py's punycode_encode),
// used only to check that an IDNA label round-trips.
func punycodeEncode(text []rune) []byte {
	var base []byte
	var extended []rune
	seen := map[rune]bool{}
	for _, r := range text {
		if r < 0x80 {
			base = append(base, byte(r))
		} else if !seen[r] {
			seen[r] = true
			extended = append(extended, r)
		}
	}
	sortRunes(extended)
	// insertion_unsort: the deltas.
	var deltas []int
	oldchar, oldindex := rune(0x80), -1
	for _, c := range extended {
		index, pos := -1, -1
		curlen := 0
		for _, r := range text {
			if r < c {
				curlen++
			}
		}
		delta := int(c-oldchar) * (curlen + 1)
		for {
			index, pos = findPos(text, c, index, pos)
			if index == -1 {
				break
			}
			delta += index - oldindex
			deltas = append(deltas, delta-1)
			oldindex, delta = index, 0
		}
		oldchar = c
	}
	// generate_integers
	var out []byte
	bias := 72
	for points, delta := range deltas {
		out = append(out, generalizedInteger(delta, bias)...)
		bias = adapt(big.NewInt(int64(delta)), points == 0, len(base)+points+1)
	}
	if len(base) > 0 {
		return append(append(base, '-'), out...)
	}
	return out
}

// findPos is punycode.py's selective_find: from pos, the next position of
// c in text, and its index among the characters up to c.
func findPos(text []rune, c rune, index, pos int) (int, int) {
	for {
		pos++
		if pos == len(text) {
			return -1, -1
		}
		r := text[pos]
		if r == c {
			return index + 1, pos
		}
		if r < c {
			index++
		}
	}
}

func generalizedInteger(n, bias int) []byte {
	const digits = "abcdefghijklmnopqrstuvwxyz0123456789"
	var out []byte
	for j := 0; ; j++ {
		t := punyT(j, bias)
		if n < t {
			return append(out, digits[n])
		}
		out = append(out, digits[t+(n-t)%(36-t)])
		n = (n - t) / (36 - t)
	}
}

func sortRunes(s []rune) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
