package codec

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"github.com/crosstalk-dev/crosstalk/python/codec/internal/cjkbase"
)

// The x/text decoders (cjkbase) follow the WHATWG encodings, which accept
// more than CPython and map some codes differently; cjkTables records
// every such difference for sequences of up to two bytes, and for
// EUC-JP's three-byte and GB18030's four-byte BMP sequences.

// cjkRun is a run of cjkTables: the byte sequences lo..hi (big-endian, as
// numbers) decode to r, r+1, ... when r > 0; r == 0 rejects them at
// their first byte; r == -1 means the sequence is the start of a longer
// one; r == -2, that it decodes to the two characters cjkTwo gives.
type cjkRun struct {
	lo, hi uint32
	r      rune
}

// cjk returns the decoder of the named CJK codec, which reports errors as
// CPython's multibytecodec does: "illegal multibyte sequence" at the
// first byte of a bad sequence, "incomplete multibyte sequence" from it to
// the end of the input when the input ends inside one.
func cjk(name string) func([]byte) ([]byte, error) {
	switch name {
	case "hz":
		return decodeHZ
	}
	base, ok := cjkbase.Of(name)
	if !ok {
		return func(src []byte) ([]byte, error) { return decodeUnsupported(name, src) }
	}
	return func(src []byte) ([]byte, error) {
		d := cjkDecoder{name: name, table: cjkTables[name], x: base.NewDecoder()}
		return d.decode(src)
	}
}

func (d *cjkDecoder) decode(src []byte) ([]byte, error) {
	var w writer
	for i := 0; i < len(src); {
		r, n, err := d.next(src, i)
		if err != nil {
			return nil, err
		}
		if r == -2 {
			two := cjkTwo[uint32(src[i])<<8|uint32(src[i+1])]
			w.rune(two[0])
			w.rune(two[1])
		} else {
			w.rune(r)
		}
		i += n
	}
	return w.result()
}

type cjkDecoder struct {
	name  string
	table []cjkRun
	x     *encoding.Decoder // the x/text decoder, for what table leaves out
	out   [8]byte           // xtext's output
}

// next decodes the character at src[i:] and returns it with its length;
// -2 stands for the two characters cjkTwo holds for a two-byte sequence.
func (d *cjkDecoder) next(src []byte, i int) (rune, int, error) {
	c := src[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, nil
	}
	illegal := func() (rune, int, error) {
		return 0, 0, decodeError(d.name, src, i, i+1, "illegal multibyte sequence")
	}
	incomplete := func() (rune, int, error) {
		return 0, 0, decodeError(d.name, src, i, len(src), "incomplete multibyte sequence")
	}
	switch r, _ := d.lookup(uint32(c)); r {
	case 0:
		return illegal()
	case -1:
	default:
		return r, 1, nil
	}
	if len(src)-i < 2 {
		return incomplete()
	}
	code := uint32(c)<<8 | uint32(src[i+1])
	r, ok := d.lookup(code)
	if !ok {
		r = d.xtext(src[i : i+2])
	}
	switch r {
	case 0:
		return illegal()
	case -1:
	default:
		return r, 2, nil
	}
	// The start of a longer sequence.
	n := 3 // EUC-JP's JIS X 0212 characters
	switch {
	case d.name == "gb18030":
		n = 4
	case d.name == "euc_kr":
		n = 8 // a KS X 1001:1998 Annex 3 make-up sequence
	}
	if len(src)-i < n {
		return incomplete()
	}
	seq := src[i : i+n]
	switch d.name {
	case "euc_kr":
		r = hangulMakeUp(seq)
	case "gb18030":
		r = d.gb18030(seq)
	default:
		code := code<<8 | uint32(seq[2])
		if r, ok = d.lookup(code); !ok {
			r = d.xtext(seq)
		}
	}
	if r <= 0 {
		return illegal()
	}
	return r, n, nil
}

// lookup finds code in the codec's table.
func (d *cjkDecoder) lookup(code uint32) (rune, bool) {
	k := sort.Search(len(d.table), func(k int) bool { return d.table[k].hi >= code })
	if k == len(d.table) || d.table[k].lo > code {
		return 0, false
	}
	run := d.table[k]
	if run.r <= 0 {
		return run.r, true
	}
	return run.r + rune(code-run.lo), true
}

// xtext decodes seq with the x/text decoder: one character, or 0 when it
// does not decode to exactly one character other than U+FFFD (which the
// tables cover where CPython decodes it).
func (d *cjkDecoder) xtext(seq []byte) rune {
	// One decoder for the file, reset for each sequence: a decoder and an
	// output slice per character would be most of the decoding's cost.
	d.x.Reset()
	n, _, err := d.x.Transform(d.out[:], seq, true)
	if err != nil {
		return 0
	}
	r, size := utf8.DecodeRune(d.out[:n])
	if size != n || r == utf8.RuneError {
		return 0
	}
	return r
}

// gb18030 decodes a four-byte GB18030 sequence as CPython does: BMP
// characters from leads 0x81-0x84 (table, then x/text), supplementary
// ones by arithmetic from leads 0x90-0xE3, anything else rejected.
func (d *cjkDecoder) gb18030(seq []byte) rune {
	c, c2, c3, c4 := seq[0], seq[1], seq[2], seq[3]
	if c < 0x81 || c > 0xfe || c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39 {
		return 0
	}
	switch {
	case c <= 0x84:
		code := uint32(c)<<24 | uint32(c2)<<16 | uint32(c3)<<8 | uint32(c4)
		if r, ok := d.lookup(code); ok {
			return r
		}
		return d.xtext(seq)
	case c >= 0x90:
		r := 0x10000 + ((rune(c-0x90)*10+rune(c2-0x30))*1260 + rune(c3-0x81)*10 + rune(c4-0x30))
		if r <= 0x10ffff {
			return r
		}
	}
	return 0
}

// hangulMakeUp decodes EUC-KR's eight-byte spelling of a Hangul syllable
// as its initial, medial and final jamo (0xA4D4 0xA4xx 0xA4xx 0xA4xx), or
// returns 0.
func hangulMakeUp(seq []byte) rune {
	if seq[2] != 0xa4 || seq[4] != 0xa4 || seq[6] != 0xa4 {
		return 0
	}
	const none = -1
	// The jamo indexes of the KS X 1001 letters 0xA4A1-0xA4BE.
	choseong := [30]int{0, 1, none, 2, none, none, 3, 4, 5, none, none, none, none, none, none, none,
		6, 7, 8, none, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}
	jongseong := [30]int{1, 2, 3, 4, 5, 6, 7, none, 8, 9, 10, 11, 12, 13, 14, 15,
		16, 17, none, 18, 19, 20, 21, 22, none, 23, 24, 25, 26, 27}
	cho, jung, jong := none, none, none
	if c := seq[3]; 0xa1 <= c && c <= 0xbe {
		cho = choseong[c-0xa1]
	}
	if c := seq[5]; 0xbf <= c && c <= 0xd3 {
		jung = int(c - 0xbf)
	}
	switch c := seq[7]; {
	case c == 0xd4:
		jong = 0
	case 0xa1 <= c && c <= 0xbe:
		jong = jongseong[c-0xa1]
	}
	if cho == none || jung == none || jong == none {
		return 0
	}
	return rune(0xac00 + cho*588 + jung*28 + jong)
}

// decodeHZ is CPython's HZ decoder: ASCII, where "~~" is '~', "~\n" is
// nothing, and "~{" ... "~}" encloses GB2312 codes written in 7 bits.
func decodeHZ(src []byte) ([]byte, error) {
	gbk, _ := cjkbase.Of("gb2312")
	gb := cjkDecoder{name: "gb2312", table: cjkTables["gb2312"], x: gbk.NewDecoder()}
	var w writer
	inGB := false
	for i := 0; i < len(src); {
		c := src[i]
		if c == '~' || inGB && c < 0x80 {
			if len(src)-i < 2 {
				return nil, decodeError("hz", src, i, len(src), "incomplete multibyte sequence")
			}
		}
		if c == '~' {
			switch c2 := src[i+1]; {
			case c2 == '~' && !inGB:
				w.rune('~')
			case c2 == '{' && !inGB:
				inGB = true
			case c2 == '\n' && !inGB:
			case c2 == '}' && inGB:
				inGB = false
			default:
				return nil, decodeError("hz", src, i, i+1, "illegal multibyte sequence")
			}
			i += 2
			continue
		}
		if c >= 0x80 {
			return nil, decodeError("hz", src, i, i+1, "illegal multibyte sequence")
		}
		if !inGB {
			w.rune(rune(c))
			i++
			continue
		}
		c2 := src[i+1]
		if c2 >= 0x80 {
			return nil, decodeError("hz", src, i, i+1, "illegal multibyte sequence")
		}
		r, _, err := gb.next([]byte{c | 0x80, c2 | 0x80}, 0)
		if err != nil {
			return nil, decodeError("hz", src, i, i+1, "illegal multibyte sequence")
		}
		w.rune(r)
		i += 2
	}
	return w.result()
}

// decodeUnsupported decodes the CJK codecs crosstalk has no tables for
// (the ISO-2022 family, Johab, and the JIS X 0213 ones) where they agree
// with ASCII, which covers sources that declare one but are written in
// ASCII, and says so beyond.
func decodeUnsupported(name string, src []byte) ([]byte, error) {
	iso2022 := strings.HasPrefix(name, "iso2022")
	for i, c := range src {
		// ESC, SO and SI switch character sets in the ISO-2022 codecs.
		if c >= utf8.RuneSelf || iso2022 && (c == 0x1b || c == 0x0e || c == 0x0f) {
			return nil, Error(fmt.Sprintf("crosstalk cannot decode the %s codec beyond ASCII (byte 0x%02x in position %d)", name, c, i))
		}
	}
	return src, nil
}
