package token

import (
	"bytes"
	"sort"
	"sync"
	"unicode/utf8"
)

// Pos is a byte offset into a file's UTF-8 source. Nodes and tokens store
// Pos values; line and column are computed on demand, as go/token does.
type Pos int32

// Lines maps byte offsets of a UTF-8 source to CPython's 1-based line numbers
// and 0-based UTF-8 byte columns. Line breaks are \n, \r\n and a lone \r,
// as CPython's tokenizer reads them.
//
// The line table is built on first use, once, safely from several
// goroutines: most parsed files never need a position (no error, no
// finding), and building it is a whole pass over the source.
type Lines struct {
	src    []byte
	once   sync.Once
	starts []int32 // byte offset where each line begins; starts[0] == 0
}

// NewLines returns the line table of src, which must not be modified
// afterwards.
func NewLines(src []byte) *Lines { return &Lines{src: src} }

// table returns the line starts, building them on first use.
func (l *Lines) table() []int32 {
	l.once.Do(func() { l.starts = lineStarts(l.src) })
	return l.starts
}

func lineStarts(src []byte) []int32 {
	starts := make([]int32, 1, len(src)/32+1)
	if bytes.IndexByte(src, '\r') < 0 {
		// The common case: only \n ends lines, and IndexByte finds it fast.
		for off := 0; ; {
			i := bytes.IndexByte(src[off:], '\n')
			if i < 0 {
				break
			}
			off += i + 1
			starts = append(starts, int32(off))
		}
		return starts
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, int32(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, int32(i+1))
		}
	}
	return starts
}

// Position returns the 1-based line and the 0-based byte column of off.
func (l *Lines) Position(off Pos) (line, col int) {
	starts := l.table()
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > int32(off) }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, int(off) - int(starts[i])
}

// CharPosition returns the 1-based line and the 1-based character column
// of off, clamped to the source: the convention of CPython's
// SyntaxError.offset, and of crosstalk's and Ruff's output.
func (l *Lines) CharPosition(off Pos) (line, col int) {
	off = min(max(off, 0), Pos(len(l.src)))
	line, byteCol := l.Position(off)
	start := int(off) - byteCol
	return line, utf8.RuneCount(l.src[start:off]) + 1
}

// StartOfLine returns the offset at which the line holding pos begins,
// by looking back through src: for a question or two about a file whose
// line table is not built.
func StartOfLine(src []byte, pos Pos) Pos {
	i := int(pos)
	for i > 0 && src[i-1] != '\n' && src[i-1] != '\r' {
		i--
	}
	return Pos(i)
}

// LineStart returns the offset at which 1-based line begins.
func (l *Lines) LineStart(line int) Pos {
	if line < 1 {
		return 0
	}
	starts := l.table()
	if line > len(starts) {
		line = len(starts)
	}
	return Pos(starts[line-1])
}

// Count returns the number of lines.
func (l *Lines) Count() int { return len(l.table()) }
