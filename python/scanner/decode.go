package scanner

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/codec"
)

// Decode returns src as UTF-8 per PEP 263: a UTF-8 BOM is dropped, a coding
// declaration on line 1 or 2 selects the source encoding (utf-8, latin-1,
// cp1252, ...). The error is an *Error carrying the SyntaxError CPython's
// ast.parse(bytes) raises: its message, and its lineno and offset (Line 0 and
// Col -1 when CPython gives none, as for an unknown encoding).
//
// Decode returns src itself (no copy) when it is UTF-8 without a BOM.
func Decode(src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, []byte("\xef\xbb\xbf"))
	if bom {
		src = src[3:]
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &Error{Msg: "source code string cannot contain null bytes", Type: "SyntaxError", Col: -1}
	}
	enc, err := codingSpec(src, bom)
	if err != nil {
		return nil, err
	}
	if enc == "utf-8" {
		if err := checkUTF8(src); err != nil {
			return nil, err
		}
		return src, nil
	}
	return decodeWith(src, enc)
}

// codingSpec returns the normalised name of the encoding declared on the
// first two lines of src, "utf-8" if none.
func codingSpec(src []byte, bom bool) (string, error) {
	line1, rest := cutLine(src)
	cs, onlyComment := lineCodingSpec(line1)
	line := 1
	if cs == "" && onlyComment && len(rest) > 0 && !endsWithBackslash(line1) {
		line2, _ := cutLine(rest)
		cs, _ = lineCodingSpec(line2)
		line = 2
	}
	if cs == "" {
		return "utf-8", nil
	}
	if bom && cs != "utf-8" {
		return "", &Error{Line: line, Col: 0, Msg: "encoding problem: " + cs + " with BOM", Type: "SyntaxError"}
	}
	return cs, nil
}

// endsWithBackslash reports whether a line continues on the next one: CPython
// does not look for a declaration on a continuation line.
func endsWithBackslash(line []byte) bool {
	line = bytes.TrimRight(line, "\r\n")
	return len(line) > 0 && line[len(line)-1] == '\\'
}

// cutLine splits src after its first line break (\n, \r\n or \r).
func cutLine(src []byte) (line, rest []byte) {
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			return src[:i+1], src[i+1:]
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				return src[:i+2], src[i+2:]
			}
			return src[:i+1], src[i+1:]
		}
	}
	return src, nil
}

// lineCodingSpec finds "coding[:=]\s*([-\w.]+)" in a line that holds only a
// comment. onlyComment reports whether the line is blank or a comment, the
// condition for looking at the second line.
func lineCodingSpec(line []byte) (spec string, onlyComment bool) {
	size := len(line)
	for size > 0 && (line[size-1] == '\n' || line[size-1] == '\r') {
		size--
	}
	i := 0
	for ; i < size; i++ {
		c := line[i]
		if c == '#' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return "", false
		}
	}
	onlyComment = true
	for ; i < size-6; i++ {
		if string(line[i:i+6]) != "coding" {
			continue
		}
		t := i + 6
		if line[t] != ':' && line[t] != '=' {
			continue
		}
		t++
		for t < size && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < size && (isAlnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.') {
			t++
		}
		if begin < t {
			return normalName(string(line[begin:t])), true
		}
	}
	return "", onlyComment
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// normalName maps the spellings of UTF-8 and Latin-1 to "utf-8" and
// "iso-8859-1", as CPython's get_normal_name does (it looks at the first
// 12 characters only); other names are returned as written.
func normalName(s string) string {
	b := []byte(s)
	if len(b) > 12 {
		b = b[:12]
	}
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		} else if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	n := string(b)
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// checkUTF8 returns CPython's error for the first byte of src that is not
// valid UTF-8.
func checkUTF8(src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	line, ls := 1, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				line, ls = line+1, i+1
			case '\r':
				if i+1 >= len(src) || src[i+1] != '\n' {
					line, ls = line+1, i+1
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return &Error{
				Line: line,
				Col:  utf8.RuneCount(src[ls:i]) + 1,
				Msg:  fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", c, line),
				Type: "SyntaxError",
				Pos:  0,
			}
		}
		i += size
	}
	return nil
}

// decodeWith decodes src from the declared encoding name, as CPython's
// tokenizer does for a string: through the codec of that name, the whole
// source at once. CPython raises the codec's exception as a SyntaxError
// with its message and no position; an OverflowError stays one.
func decodeWith(src []byte, name string) ([]byte, error) {
	out, err := codec.Decode(name, src)
	if err != nil {
		typ := "SyntaxError"
		if err == codec.ErrOverflow {
			typ = "OverflowError"
		}
		return nil, &Error{Msg: err.Error(), Type: typ, Col: -1}
	}
	return out, nil
}
