// Package codec decodes bytes as CPython 3.14's codecs do: the codec is
// found by name as codecs.lookup finds it (name normalisation, then the
// encodings.aliases table), and Decode fails where bytes.decode(name) with
// errors="strict" raises, with the same message.
//
// It exists for PEP 263 source encodings: a file may declare any text codec
// CPython has. Windows-only codecs (mbcs, oem) are unknown, as on the
// Linux and WebAssembly builds of CPython.
//
// Known gaps: the ISO-2022 codecs, Johab and the JIS X 0213 codecs decode
// only input that is ASCII to them, and give an error of crosstalk's own
// beyond (see decodeUnsupported); IDNA's nameprep is approximated (see
// decodeIDNA).
//
// The tables are generated from CPython itself: internal/gen (aliases,
// single-byte codecs) and internal/cjkgen (the CJK codecs' differences
// from golang.org/x/text).
package codec

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Decode returns src decoded from the named codec, as UTF-8. The error
// message is the str() of the exception CPython raises: a *DecodeError,
// an *EncodeError when the decoded text holds a lone surrogate (which
// CPython's tokenizer cannot turn into UTF-8), or an Error.
func Decode(name string, src []byte) ([]byte, error) {
	module, ok := lookup(name)
	if !ok {
		return nil, Error("unknown encoding: " + name)
	}
	if nonText[module] {
		return nil, Error(fmt.Sprintf("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", name))
	}
	if table, ok := charmaps[module]; ok {
		return decodeCharmap(src, table)
	}
	return decoders[module](src)
}

// lookup returns the name of the module of CPython's encodings package
// that implements the codec name selects, as encodings.search_function
// finds it, and whether crosstalk knows that codec.
func lookup(name string) (module string, ok bool) {
	n := normalize(name)
	candidates := []string{n}
	if a, ok := aliases[n]; ok {
		candidates = []string{a, n}
	} else if a, ok := aliases[strings.ReplaceAll(n, ".", "_")]; ok {
		candidates = []string{a, n}
	}
	for _, m := range candidates {
		if m == "" || strings.Contains(m, ".") {
			continue
		}
		if _, ok := decoders[m]; ok || nonText[m] || charmaps[m] != "" {
			return m, true
		}
	}
	return "", false
}

// normalize is codecs.lookup's normalisation followed by
// encodings.normalize_encoding: lower case, and every run of characters
// other than ASCII letters, digits and '.' becomes one '_', dropped at
// either end.
func normalize(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '.':
		default:
			punct = true
			continue
		}
		if punct && b.Len() > 0 {
			b.WriteByte('_')
		}
		punct = false
		b.WriteByte(c)
	}
	return b.String()
}

// decoders maps the codec modules other than the charmap ones (whose tables
// are in charmaps) and the non-text ones to their decoder.
var decoders = map[string]func([]byte) ([]byte, error){
	"ascii":              decodeASCII,
	"latin_1":            decodeLatin1,
	"charmap":            decodeLatin1, // codecs.charmap_decode without a mapping
	"utf_8":              decodeUTF8,
	"utf_8_sig":          decodeUTF8Sig,
	"utf_16":             func(b []byte) ([]byte, error) { return decodeUTF16(b, 0) },
	"utf_16_le":          func(b []byte) ([]byte, error) { return decodeUTF16(b, -1) },
	"utf_16_be":          func(b []byte) ([]byte, error) { return decodeUTF16(b, 1) },
	"utf_32":             func(b []byte) ([]byte, error) { return decodeUTF32(b, 0) },
	"utf_32_le":          func(b []byte) ([]byte, error) { return decodeUTF32(b, -1) },
	"utf_32_be":          func(b []byte) ([]byte, error) { return decodeUTF32(b, 1) },
	"utf_7":              decodeUTF7,
	"unicode_escape":     func(b []byte) ([]byte, error) { return decodeEscape(b, false) },
	"raw_unicode_escape": func(b []byte) ([]byte, error) { return decodeEscape(b, true) },
	"idna":               decodeIDNA,
	"punycode":           decodePunycodeCodec,
	"undefined":          func([]byte) ([]byte, error) { return nil, Error("undefined encoding") },

	"big5":            cjk("big5"),
	"big5hkscs":       cjk("big5hkscs"),
	"cp932":           cjk("cp932"),
	"cp949":           cjk("cp949"),
	"cp950":           cjk("cp950"),
	"euc_jis_2004":    cjk("euc_jis_2004"),
	"euc_jisx0213":    cjk("euc_jisx0213"),
	"euc_jp":          cjk("euc_jp"),
	"euc_kr":          cjk("euc_kr"),
	"gb18030":         cjk("gb18030"),
	"gb2312":          cjk("gb2312"),
	"gbk":             cjk("gbk"),
	"hz":              cjk("hz"),
	"iso2022_jp":      cjk("iso2022_jp"),
	"iso2022_jp_1":    cjk("iso2022_jp_1"),
	"iso2022_jp_2":    cjk("iso2022_jp_2"),
	"iso2022_jp_2004": cjk("iso2022_jp_2004"),
	"iso2022_jp_3":    cjk("iso2022_jp_3"),
	"iso2022_jp_ext":  cjk("iso2022_jp_ext"),
	"iso2022_kr":      cjk("iso2022_kr"),
	"johab":           cjk("johab"),
	"shift_jis":       cjk("shift_jis"),
	"shift_jis_2004":  cjk("shift_jis_2004"),
	"shift_jisx0213":  cjk("shift_jisx0213"),
}

// Error is a codec failure other than a decode error at a position:
// an unknown or non-text codec.
type Error string

func (e Error) Error() string { return string(e) }

// ErrOverflow is the OverflowError CPython raises, not a SyntaxError, when
// a Punycode error position exceeds its ssize_t (taken as 64 bits, as on
// the machines CPython runs on; the WebAssembly build's is 32).
const ErrOverflow = Error("Python int too large to convert to C ssize_t")

// DecodeError is CPython's UnicodeDecodeError: src[Start:End] is the
// offending input.
type DecodeError struct {
	Codec      string // the codec's name in the message: "utf-8", "charmap", "gbk", ...
	Start, End int
	Byte       byte // src[Start]
	Reason     string

	inRange bool // Start is within the input, so the message names Byte
}

// shift moves the error's positions by n, for a codec that reports an
// error of the codec it calls on part of its input src.
func (e *DecodeError) shift(n int, src []byte) {
	e.Start += n
	e.End += n
	e.inRange = 0 <= e.Start && e.Start < len(src)
	if e.inRange {
		e.Byte = src[e.Start]
	}
}

func (e *DecodeError) Error() string {
	if e.inRange && e.End == e.Start+1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.Codec, e.Byte, e.Start, e.Reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.Codec, e.Start, e.End-1, e.Reason)
}

func decodeError(codec string, src []byte, start, end int, reason string) *DecodeError {
	e := &DecodeError{Codec: codec, Start: start, End: end, Reason: reason}
	if 0 <= start && start < len(src) {
		e.Byte, e.inRange = src[start], true
	}
	return e
}

// EncodeError is the UnicodeEncodeError CPython's tokenizer meets when
// the decoded text holds lone surrogates, which UTF-8 cannot encode: the
// characters Start to End of the decoded text, the first being Char.
type EncodeError struct {
	Char       rune
	Start, End int
}

func (e *EncodeError) Error() string {
	if e.End == e.Start+1 {
		return fmt.Sprintf("'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed", e.Char, e.Start)
	}
	return fmt.Sprintf("'utf-8' codec can't encode characters in position %d-%d: surrogates not allowed", e.Start, e.End-1)
}

// writer collects decoded text as UTF-8. Some codecs can produce lone
// surrogates, which Go's UTF-8 cannot hold: the writer remembers the first
// run of them for the EncodeError CPython raises once decoding has
// succeeded.
type writer struct {
	out       []byte
	chars     int
	surrogate *EncodeError
}

func (w *writer) rune(r rune) {
	if 0xd800 <= r && r < 0xe000 {
		switch {
		case w.surrogate == nil:
			w.surrogate = &EncodeError{Char: r, Start: w.chars, End: w.chars + 1}
		case w.surrogate.End == w.chars:
			w.surrogate.End++
		}
	}
	w.out = utf8.AppendRune(w.out, r)
	w.chars++
}

func (w *writer) result() ([]byte, error) {
	if w.surrogate != nil {
		return nil, w.surrogate
	}
	return w.out, nil
}

func decodeASCII(src []byte) ([]byte, error) {
	for i, c := range src {
		if c >= utf8.RuneSelf {
			return nil, decodeError("ascii", src, i, i+1, "ordinal not in range(128)")
		}
	}
	return src, nil
}

func decodeLatin1(src []byte) ([]byte, error) {
	out := make([]byte, 0, len(src)+len(src)/4)
	for _, c := range src {
		out = utf8.AppendRune(out, rune(c))
	}
	return out, nil
}

// decodeCharmap decodes through a 256-character table, in which U+FFFE
// marks an undefined byte (as in CPython's charmap_decode).
func decodeCharmap(src []byte, table string) ([]byte, error) {
	var chars [256]rune
	i := 0
	for _, r := range table {
		chars[i] = r
		i++
	}
	out := make([]byte, 0, len(src)+len(src)/4)
	for i, c := range src {
		r := chars[c]
		if r == 0xfffe {
			return nil, decodeError("charmap", src, i, i+1, "character maps to <undefined>")
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// decodeUTF8 is CPython's strict UTF-8 decoder, with its messages: a
// truncated sequence at the end is "unexpected end of data" over the rest
// of the input, a bad byte inside one is "invalid continuation byte" over
// the valid prefix.
func decodeUTF8(src []byte) ([]byte, error) {
	if utf8.Valid(src) {
		return src, nil
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		var n int // the sequence length c announces
		lo, hi := byte(0x80), byte(0xbf)
		switch {
		case 0xc2 <= c && c <= 0xdf:
			n = 2
		case 0xe0 <= c && c <= 0xef:
			n = 3
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case 0xf0 <= c && c <= 0xf4:
			n = 4
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			return nil, decodeError("utf-8", src, i, i+1, "invalid start byte")
		}
		for k := 1; k < n; k++ {
			if i+k >= len(src) {
				return nil, decodeError("utf-8", src, i, len(src), "unexpected end of data")
			}
			b := src[i+k]
			if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xbf) {
				return nil, decodeError("utf-8", src, i, i+k, "invalid continuation byte")
			}
		}
		i += n
	}
	return src, nil
}

// decodeUTF8Sig drops a BOM and decodes the rest; like CPython, it counts
// error positions from after the BOM.
func decodeUTF8Sig(src []byte) ([]byte, error) {
	if len(src) >= 3 && string(src[:3]) == "\xef\xbb\xbf" {
		src = src[3:]
	}
	return decodeUTF8(src)
}

// byteOrder returns the byte order of UTF-16 or UTF-32 (width 2 or 4)
// that order asks for (-1 little, 1 big, 0: from a BOM, which is skipped,
// else little-endian as on the machines CPython runs on here), where the
// text starts, and the codec's name for messages.
func byteOrder(src []byte, order, width int) (binary.ByteOrder, int, string) {
	start := 0
	if order == 0 && len(src) >= width {
		pad := strings.Repeat("\x00", width-2) // U+FEFF in width bytes
		switch string(src[:width]) {
		case "\xff\xfe" + pad:
			start = width
		case pad + "\xfe\xff":
			order, start = 1, width
		}
	}
	name := fmt.Sprintf("utf-%d-", 8*width)
	if order == 1 {
		return binary.BigEndian, start, name + "be"
	}
	return binary.LittleEndian, start, name + "le"
}

// decodeUTF16 decodes UTF-16 in the byte order order gives (byteOrder).
func decodeUTF16(src []byte, order int) ([]byte, error) {
	bo, start, codec := byteOrder(src, order, 2)
	var w writer
	for i := start; i < len(src); {
		if len(src)-i < 2 {
			return nil, decodeError(codec, src, i, len(src), "truncated data")
		}
		u := rune(bo.Uint16(src[i:]))
		switch {
		case u < 0xd800 || u >= 0xe000:
			w.rune(u)
			i += 2
		case u >= 0xdc00:
			return nil, decodeError(codec, src, i, i+2, "illegal encoding")
		case len(src)-i < 4:
			return nil, decodeError(codec, src, i, len(src), "unexpected end of data")
		default:
			u2 := rune(bo.Uint16(src[i+2:]))
			if u2 < 0xdc00 || u2 >= 0xe000 {
				return nil, decodeError(codec, src, i, i+2, "illegal UTF-16 surrogate")
			}
			w.rune(0x10000 + (u-0xd800)<<10 + (u2 - 0xdc00))
			i += 4
		}
	}
	return w.result()
}

// decodeUTF32 decodes UTF-32 in the byte order order gives (byteOrder).
func decodeUTF32(src []byte, order int) ([]byte, error) {
	bo, start, codec := byteOrder(src, order, 4)
	var w writer
	for i := start; i < len(src); i += 4 {
		if len(src)-i < 4 {
			return nil, decodeError(codec, src, i, len(src), "truncated data")
		}
		switch u := bo.Uint32(src[i:]); {
		case u > 0x10ffff:
			return nil, decodeError(codec, src, i, i+4, "code point not in range(0x110000)")
		case 0xd800 <= u && u < 0xe000:
			return nil, decodeError(codec, src, i, i+4, "code point in surrogate code point range(0xd800, 0xe000)")
		default:
			w.rune(rune(u))
		}
	}
	return w.result()
}
