package lsp

import (
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// text is a document's text with its line starts. A line ends at "\n",
// "\r\n" or "\r", as in both Python and the protocol. Positions are in
// UTF-16 code units, the protocol's default encoding: a character
// outside the Basic Multilingual Plane counts two.
type text struct {
	src    []byte
	starts []int
}

func newText(src []byte) *text {
	t := &text{src: src, starts: []int{0}}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			t.starts = append(t.starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			t.starts = append(t.starts, i+1)
		}
	}
	return t
}

// lineEnd returns the offset of the end of 0-based line, before its
// line break.
func (t *text) lineEnd(line int) int {
	end := len(t.src)
	if line+1 < len(t.starts) {
		end = t.starts[line+1]
	}
	for end > t.starts[line] && (t.src[end-1] == '\n' || t.src[end-1] == '\r') {
		end--
	}
	return end
}

// position returns the position of byte offset off, clamped to the text.
func (t *text) position(off int) Position {
	off = min(max(off, 0), len(t.src))
	line := 0
	lo, hi := 0, len(t.starts)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if t.starts[mid] <= off {
			line, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	return Position{Line: line, Character: utf16Len(t.src[t.starts[line]:off])}
}

// offset returns the byte offset of p, clamped to its line and the text.
func (t *text) offset(p Position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(t.starts) {
		return len(t.src)
	}
	i, end := t.starts[p.Line], t.lineEnd(p.Line)
	for units := 0; i < end && units < p.Character; {
		r, size := utf8.DecodeRune(t.src[i:])
		units += utf16RuneLen(r)
		i += size
	}
	return i
}

// characterPosition returns the position of 1-based line and 1-based
// column counted in characters (code points), crosstalk's own.
func (t *text) characterPosition(line, col int) Position {
	if line < 1 || line > len(t.starts) {
		return Position{Line: max(line-1, 0)}
	}
	i, end := t.starts[line-1], t.lineEnd(line-1)
	for n := 1; i < end && n < col; n++ {
		_, size := utf8.DecodeRune(t.src[i:])
		i += size
	}
	return t.position(i)
}

// end returns the position just past the text.
func (t *text) end() Position { return t.position(len(t.src)) }

// line returns the text of 0-based line, without its line break.
func (t *text) line(n int) []byte {
	if n < 0 || n >= len(t.starts) {
		return nil
	}
	return t.src[t.starts[n]:t.lineEnd(n)]
}

func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += utf16RuneLen(r)
		b = b[size:]
	}
	return n
}

func utf16RuneLen(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// pathOf returns the file path of a file: URI; ok is false for another
// scheme (an unsaved buffer's "untitled:", a remote file).
func pathOf(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	return filepath.Clean(filepath.FromSlash(u.Path)), true
}

// uriOf returns the file: URI of path, as clients spell them.
func uriOf(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	return u.String()
}

// isConfigFile reports whether path is a file that configures crosstalk.
func isConfigFile(path string) bool {
	base := filepath.Base(path)
	return base == "pyproject.toml" || base == "crosstalk.toml"
}

// hasPrefixPath reports whether path is dir or under it.
func hasPrefixPath(path, dir string) bool {
	return path == dir || strings.HasPrefix(path, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}
