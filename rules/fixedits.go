package rules

import (
	"bytes"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// The source positions the rules' fixes are built from: where a
// statement's lines start and end, and the indentation to write at.

// wholeLines returns the edit deleting the lines of statement st, and
// false when another statement shares them.
func wholeLines(src []byte, st ast.Stmt) (analysis.Edit, bool) {
	start := token.StartOfLine(src, st.Pos())
	if strings.TrimLeft(string(src[start:st.Pos()]), " \t") != "" {
		return analysis.Edit{}, false
	}
	end := int(st.End())
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	if end < len(src) && src[end] == '#' { // a comment of the statement goes with it
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
	}
	switch {
	case end == len(src):
	case src[end] == '\n':
		end++
	case src[end] == '\r':
		end++
		if end < len(src) && src[end] == '\n' {
			end++
		}
	default:
		return analysis.Edit{}, false // `; more` on the line
	}
	return analysis.Edit{Pos: start, End: token.Pos(end)}, true
}

// tidy extends the deletion of whole lines e by the blank line after
// them when a blank line comes before them too: one gap, not two.
func tidy(src []byte, e analysis.Edit) analysis.Edit {
	if e.Pos > 0 && blankLine(src, token.StartOfLine(src, e.Pos-1), int(e.Pos)-1) {
		if next := bytes.IndexByte(src[e.End:], '\n'); next >= 0 && blankLine(src, e.End, int(e.End)+next) {
			e.End += token.Pos(next + 1)
		}
	}
	return e
}

// blankLine reports whether src[from:to] holds only spaces and tabs (and
// a carriage return).
func blankLine(src []byte, from token.Pos, to int) bool {
	return strings.TrimRight(string(src[from:to]), " \t\r") == ""
}

// indentOf returns where the line st starts and its indentation, when st
// is the first thing on it; a decorated def or class starts at its first
// decorator, so that what goes before it does not go between the two.
func indentOf(src []byte, st ast.Stmt) (token.Pos, string, bool) {
	at := st.Pos()
	decorators := decoratorsOf(st)
	if len(decorators) > 0 {
		at = decorators[0].Pos()
	}
	line := token.StartOfLine(src, at)
	prefix := string(src[line:at])
	if len(decorators) > 0 {
		prefix = strings.TrimSuffix(strings.TrimRight(prefix, " \t"), "@") // `@ property` too
	}
	return line, prefix, strings.TrimLeft(prefix, " \t") == ""
}

// firstAfterDocstring returns the first statement of a non-empty body
// that is not its docstring, or the docstring when it is alone.
func firstAfterDocstring(body []ast.Stmt) ast.Stmt {
	if len(body) > 1 && isDocstring(body[0]) {
		return body[1]
	}
	return body[0]
}

// isDocstring reports whether s is a string constant alone: a body's
// docstring when it comes first.
func isDocstring(s ast.Stmt) bool {
	e, ok := s.(*ast.ExprStmt)
	if !ok {
		return false
	}
	_, ok = semantic.StringConstant(e.Value)
	return ok
}
