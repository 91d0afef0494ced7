package ast

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Dump returns what CPython 3.14 prints for
// ast.dump(node, include_attributes=True): one line, no trailing newline.
func Dump(n Node, lines *token.Lines) string {
	d := &dumper{lines: lines, buf: make([]byte, 0, 1024)}
	d.node(n)
	return string(d.buf)
}

// dumper writes nodes the way ast.dump does with its default arguments:
// fields as name=value, None-valued optional fields and empty lists left out.
type dumper struct {
	lines *token.Lines
	buf   []byte
	first []bool // per open node: no field written yet
}

func (d *dumper) open(name string) {
	d.buf = append(d.buf, name...)
	d.buf = append(d.buf, '(')
	d.first = append(d.first, true)
}

func (d *dumper) close() {
	d.first = d.first[:len(d.first)-1]
	d.buf = append(d.buf, ')')
}

func (d *dumper) field(name string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.buf = append(d.buf, ", "...)
	}
	d.first[top] = false
	d.buf = append(d.buf, name...)
	d.buf = append(d.buf, '=')
}

func (d *dumper) attributes(s Span) {
	line, col := d.lines.Position(s.Lo)
	endLine, endCol := d.lines.Position(s.Hi)
	d.field("lineno")
	d.buf = strconv.AppendInt(d.buf, int64(line), 10)
	d.field("col_offset")
	d.buf = strconv.AppendInt(d.buf, int64(col), 10)
	d.field("end_lineno")
	d.buf = strconv.AppendInt(d.buf, int64(endLine), 10)
	d.field("end_col_offset")
	d.buf = strconv.AppendInt(d.buf, int64(endCol), 10)
}

func (d *dumper) str(s string)  { d.buf = AppendStrRepr(d.buf, s) }
func (d *dumper) int(i int)     { d.buf = strconv.AppendInt(d.buf, int64(i), 10) }
func (d *dumper) enum(s string) { d.buf = append(append(d.buf, s...), "()"...) }

func (d *dumper) strs(ss []string) {
	d.buf = append(d.buf, '[')
	for i, s := range ss {
		if i > 0 {
			d.buf = append(d.buf, ", "...)
		}
		d.str(s)
	}
	d.buf = append(d.buf, ']')
}

func (d *dumper) value(v Value) {
	d.buf = AppendValueRepr(d.buf, v)
}

func (d *dumper) unknown(n Node) {
	if n == nil {
		d.buf = append(d.buf, "None"...)
		return
	}
	d.buf = fmt.Appendf(d.buf, "<unknown %T>", n)
}

// AppendValueRepr appends Python's repr of a constant value.
func AppendValueRepr(b []byte, v Value) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "None"...)
	case bool:
		if v {
			return append(b, "True"...)
		}
		return append(b, "False"...)
	case Ellipsis:
		return append(b, "Ellipsis"...)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case *big.Int:
		return v.Append(b, 10)
	case float64:
		return AppendFloatRepr(b, v)
	case complex128:
		return appendComplexRepr(b, v)
	case string:
		return AppendStrRepr(b, v)
	case Bytes:
		return AppendBytesRepr(b, string(v))
	}
	return fmt.Appendf(b, "<unknown value %T>", v)
}

// AppendFloatRepr appends Python's repr of a float: the shortest digits that
// round-trip, in positional form for exponents from -4 to 15, else in
// scientific form with at least two exponent digits.
func AppendFloatRepr(b []byte, f float64) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case math.IsNaN(f):
		return append(b, "nan"...)
	}
	return appendRepr(b, f, true)
}

// appendRepr formats f as Python's float_repr_style 'short' does; dotZero
// adds ".0" to integral positional values, as float repr (not complex) does.
func appendRepr(b []byte, f float64, dotZero bool) []byte {
	digits := strconv.FormatFloat(math.Abs(f), 'e', -1, 64) // d.ddddde±XX
	mant, expStr, _ := strings.Cut(digits, "e")
	exp, _ := strconv.Atoi(expStr)
	ds := strings.Replace(mant, ".", "", 1)
	if math.Signbit(f) {
		b = append(b, '-')
	}
	decpt := exp + 1 // position of the decimal point relative to ds
	if -4 < decpt && decpt <= 16 {
		switch {
		case decpt <= 0:
			b = append(b, "0."...)
			b = append(b, strings.Repeat("0", -decpt)...)
			b = append(b, ds...)
		case decpt >= len(ds):
			b = append(b, ds...)
			b = append(b, strings.Repeat("0", decpt-len(ds))...)
			if dotZero {
				b = append(b, ".0"...)
			}
		default:
			b = append(b, ds[:decpt]...)
			b = append(b, '.')
			b = append(b, ds[decpt:]...)
		}
		return b
	}
	b = append(b, ds[0])
	if len(ds) > 1 {
		b = append(b, '.')
		b = append(b, ds[1:]...)
	}
	b = append(b, 'e')
	e := decpt - 1
	if e < 0 {
		b = append(b, '-')
		e = -e
	} else {
		b = append(b, '+')
	}
	if e < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(e), 10)
}

// appendComplexRepr appends Python's repr of a complex: "imagj" when the
// real part is +0 (all that imaginary literals make), else "(real±imagj)";
// neither part gets float repr's ".0".
func appendComplexRepr(b []byte, c complex128) []byte {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return append(appendComplexPart(b, im), 'j')
	}
	b = append(b, '(')
	b = appendComplexPart(b, re)
	if !math.Signbit(im) || math.IsNaN(im) {
		b = append(b, '+')
	}
	b = appendComplexPart(b, im)
	return append(b, "j)"...)
}

func appendComplexPart(b []byte, f float64) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case math.IsNaN(f):
		return append(b, "nan"...)
	}
	return appendRepr(b, f, false)
}

// AppendStrRepr appends Python's repr of a str held in UTF-8 (WTF-8 for lone
// surrogates): single quotes unless the text has a ' and no ".
func AppendStrRepr(b []byte, s string) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, `\t`...)
			case c == '\n':
				b = append(b, `\n`...)
			case c == '\r':
				b = append(b, `\r`...)
			case c < ' ' || c == 0x7f:
				b = append(b, `\x`...)
				b = append(b, hexDigit[c>>4], hexDigit[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// A WTF-8 surrogate (ED A0..BF xx) or a stray byte.
			if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 {
				r = rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				b = appendEscape(b, 'u', r, 4)
				i += 3
				continue
			}
			b = appendEscape(b, 'x', rune(s[i]), 2)
			i++
			continue
		}
		i += size
		switch {
		case IsPrintable(r):
			b = append(b, s[i-size:i]...)
		case r <= 0xff:
			b = appendEscape(b, 'x', r, 2)
		case r <= 0xffff:
			b = appendEscape(b, 'u', r, 4)
		default:
			b = appendEscape(b, 'U', r, 8)
		}
	}
	return append(b, quote)
}

// AppendBytesRepr appends Python's repr of a bytes value.
func AppendBytesRepr(b []byte, s string) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b = append(b, 'b', quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, `\t`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c < ' ' || c >= 0x7f:
			b = append(b, `\x`...)
			b = append(b, hexDigit[c>>4], hexDigit[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, quote)
}

const hexDigit = "0123456789abcdef"

// appendEscape appends a backslash, kind and r as n lowercase hex digits.
func appendEscape(b []byte, kind byte, r rune, n int) []byte {
	b = append(b, '\\', kind)
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b = append(b, hexDigit[r>>shift&15])
	}
	return b
}
