package conformance

import (
	"bytes"
	"fmt"
	"strings"
)

// FirstDifference returns the offset of the first byte where a and b
// differ, or -1 when they are equal.
func FirstDifference(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) == len(b) {
		return -1
	}
	return n
}

// Excerpt is s around offset at: before bytes ahead of it, after bytes
// from it, marked with "…" where cut.
func Excerpt(s string, at, before, after int) string {
	lo, hi := max(0, at-before), min(len(s), at+after)
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	b.WriteString(s[lo:hi])
	if hi < len(s) {
		b.WriteString("…")
	}
	return b.String()
}

// DumpContext names where in an ast.dump string offset at falls, as
// "Node.field" for the innermost node open there and the field being
// written, e.g. "Constant.end_col_offset". It reads the dump's syntax only:
// Name( opens a node, ) closes it, name= starts a field, and quoted reprs
// are skipped.
func DumpContext(dump string, at int) string {
	type frame struct{ node, field string }
	stack := []frame{{node: "?"}}
	word := 0 // start of the identifier being read
	for i := 0; i < at && i < len(dump); i++ {
		c := dump[i]
		switch {
		case c == '\'' || c == '"':
			i = skipRepr(dump, i)
			word = i + 1
		case c == '(':
			stack = append(stack, frame{node: dump[word:i]})
			word = i + 1
		case c == ')':
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			word = i + 1
		case c == '[' || c == ']':
			// A list keeps the enclosing node's field.
			word = i + 1
		case c == '=':
			stack[len(stack)-1].field = dump[word:i]
			word = i + 1
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
		default:
			word = i + 1
		}
	}
	top := stack[len(stack)-1]
	if top.node == "" {
		top.node = "?"
	}
	if top.field == "" {
		return top.node
	}
	return top.node + "." + top.field
}

// skipRepr returns the offset of the quote that closes the Python repr
// opened at dump[q].
func skipRepr(dump string, q int) int {
	for i := q + 1; i < len(dump); i++ {
		switch dump[i] {
		case '\\':
			i++
		case dump[q]:
			return i
		}
	}
	return len(dump)
}

// SourceLine returns line n (1-based) of src without its line break, for
// reports.
func SourceLine(src []byte, n int) string {
	for i := 1; len(src) > 0; i++ {
		end := bytes.IndexAny(src, "\r\n")
		line := src
		if end >= 0 {
			line = src[:end]
		}
		if i == n {
			return string(line)
		}
		if end < 0 {
			break
		}
		if src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
			end++
		}
		src = src[end+1:]
	}
	return fmt.Sprintf("<no line %d>", n)
}
