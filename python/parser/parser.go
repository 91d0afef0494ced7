// Package parser is a hand-written parser for Python 3.14 that builds the
// same tree as CPython's ast.parse (see package ast), reports the first
// syntax error where CPython does, and recovers so the rest of the module
// still yields a tree.
package parser

import (
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// File is one parsed source file.
type File struct {
	Name   string
	Src    []byte // the source as UTF-8, after PEP 263 decoding
	Lines  *token.Lines
	Module *ast.Module // never nil: with errors, the statements that parsed
	Errors []Error     // in source order; Errors[0] is the one CPython reports
}

// Error is a syntax error. Line is 1-based; Col is 1-based and counts
// characters, as CPython's SyntaxError.offset does.
type Error struct {
	Pos  token.Pos
	Line int
	Col  int
	Msg  string
}

// ParseFile decodes raw (PEP 263) and parses it as a module.
func ParseFile(name string, raw []byte) *File {
	panic("parser: not implemented yet")
}
