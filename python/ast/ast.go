// Package ast declares the syntax tree of Python 3.14 as CPython's ast module
// does: the same node names, fields, field order and ctx values, so that
// Dump prints exactly what ast.dump(..., include_attributes=True) prints.
//
// Nodes store byte offsets (a Span) into the file's UTF-8 source; a
// token.Lines turns them into CPython's lineno and col_offset on demand.
// Optional node fields are nil for None; optional string fields are "".
package ast

//go:generate go run ./internal/astgen

import (
	"math/big"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Node is any syntax tree node.
type Node interface {
	Pos() token.Pos // offset of the first byte
	End() token.Pos // offset just past the last byte
}

// Span is a node's source extent as byte offsets. CPython's lineno and
// col_offset come from Lo, end_lineno and end_col_offset from Hi.
type Span struct {
	Lo, Hi token.Pos
}

// Pos returns the offset of the node's first byte.
func (s Span) Pos() token.Pos { return s.Lo }

// End returns the offset just past the node's last byte.
func (s Span) End() token.Pos { return s.Hi }

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Node
	patternNode()
}

// TypeParam is a PEP 695 type parameter node.
type TypeParam interface {
	Node
	typeParamNode()
}

// Value is the value of a Constant or MatchSingleton. Its dynamic type is one
// of: nil (None), bool, Ellipsis, int64, *big.Int (ints that overflow int64),
// float64, complex128, string (a str, in UTF-8; lone surrogates from \ud800
// style escapes are kept in WTF-8 form) or Bytes.
type Value any

// Ellipsis is the value of the literal "...".
type Ellipsis struct{}

// Bytes is the value of a bytes literal.
type Bytes string

var _ = (*big.Int)(nil)

// Inspect traverses the tree rooted at n in depth-first order, calling f on
// each node; when f returns false, the node's children are skipped.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	inspectChildren(n, f)
}

// InspectChildren is Inspect of each child of n, not of n itself.
func InspectChildren(n Node, f func(Node) bool) {
	if n != nil {
		inspectChildren(n, f)
	}
}

// Elts returns the elements of a list, tuple or set display, and whether
// e is one.
func Elts(e Expr) ([]Expr, bool) {
	switch e := e.(type) {
	case *List:
		return e.Elts, true
	case *Tuple:
		return e.Elts, true
	case *Set:
		return e.Elts, true
	}
	return nil, false
}

// EachBlock calls f on each block of statements nested in the compound
// statement s, in source order; function and class bodies are not its
// blocks.
func EachBlock(s Stmt, f func([]Stmt)) {
	switch s := s.(type) {
	case *If:
		f(s.Body)
		f(s.Orelse)
	case *For:
		f(s.Body)
		f(s.Orelse)
	case *AsyncFor:
		f(s.Body)
		f(s.Orelse)
	case *While:
		f(s.Body)
		f(s.Orelse)
	case *With:
		f(s.Body)
	case *AsyncWith:
		f(s.Body)
	case *Try:
		f(s.Body)
		for _, h := range s.Handlers {
			f(h.Body)
		}
		f(s.Orelse)
		f(s.Finalbody)
	case *TryStar:
		f(s.Body)
		for _, h := range s.Handlers {
			f(h.Body)
		}
		f(s.Orelse)
		f(s.Finalbody)
	case *Match:
		for _, c := range s.Cases {
			f(c.Body)
		}
	}
}
