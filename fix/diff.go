package fix

import (
	"bytes"
	"fmt"
	"io"
	"slices"
)

// context is how many unchanged lines a hunk shows around a change, as
// diff -u and Ruff.
const context = 3

// maxDPCells bounds the table of the exact line diff of one stretch
// between anchors; a larger stretch is shown as removed and added whole.
const maxDPCells = 1 << 22

// WriteDiff writes the unified diff from old to new of the file at path,
// headed "--- path" and "+++ path" as Ruff's --diff prints it (patch -p0
// applies it); nothing when they are equal.
func WriteDiff(w io.Writer, path string, old, new []byte) error {
	a, b := lines(old), lines(new)
	ops := diffLines(a, b)
	hunks := hunksOf(ops)
	if len(hunks) == 0 {
		return nil
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "--- %s\n+++ %s\n", path, path)
	for _, h := range hunks {
		first, last := h[0], h[len(h)-1]
		fmt.Fprintf(&buf, "@@ -%s +%s @@\n", hunkRange(first.i, last.i+last.len(opInsert)), hunkRange(first.j, last.j+last.len(opDelete)))
		for _, o := range h {
			for k := range o.n {
				switch o.kind {
				case opEqual:
					writeLine(&buf, ' ', a[o.i+k])
				case opDelete:
					writeLine(&buf, '-', a[o.i+k])
				case opInsert:
					writeLine(&buf, '+', b[o.j+k])
				}
			}
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// hunkRange is one side of a hunk header, as diff -u writes it: the
// first line and the count, the count left out when it is 1, and for an
// empty side the line before it.
func hunkRange(start, end int) string {
	switch n := end - start; n {
	case 1:
		return fmt.Sprint(start + 1)
	case 0:
		return fmt.Sprintf("%d,0", start)
	default:
		return fmt.Sprintf("%d,%d", start+1, n)
	}
}

func writeLine(buf *bytes.Buffer, mark byte, line []byte) {
	buf.WriteByte(mark)
	buf.Write(line)
	if !bytes.HasSuffix(line, []byte("\n")) {
		buf.WriteString("\n\\ No newline at end of file\n")
	}
}

// lines splits src after each "\n", keeping it.
func lines(src []byte) [][]byte {
	var out [][]byte
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n') + 1
		if i == 0 {
			i = len(src)
		}
		out = append(out, src[:i])
		src = src[i:]
	}
	return out
}

type opKind int

const (
	opEqual opKind = iota
	opDelete
	opInsert
)

// op is a run of n lines: equal at a[i:] and b[j:], deleted from a[i:],
// or inserted from b[j:].
type op struct {
	kind opKind
	i, j int
	n    int
}

// len is how many lines o covers on the side other than the one skip
// says it does not touch: an insertion covers no line of a, a deletion
// none of b.
func (o op) len(skip opKind) int {
	if o.kind == skip {
		return 0
	}
	return o.n
}

// diffLines returns the edit script from a to b. Lines that occur once
// in each are anchors, kept in the longest increasing run (patience
// diff); between two anchors the stretch is diffed exactly when small,
// else replaced whole. The result is always a correct script, and
// minimal for the small changes fixes make.
func diffLines(a, b [][]byte) []op {
	var ops []op
	emit := func(kind opKind, i, j, n int) {
		if n == 0 {
			return
		}
		if k := len(ops) - 1; k >= 0 && ops[k].kind == kind {
			ops[k].n += n
			return
		}
		ops = append(ops, op{kind, i, j, n})
	}
	i, j := 0, 0
	for _, an := range append(anchors(a, b), [2]int{len(a), len(b)}) {
		stretch(a[i:an[0]], b[j:an[1]], i, j, emit)
		if an[0] < len(a) {
			emit(opEqual, an[0], an[1], 1)
		}
		i, j = an[0]+1, an[1]+1
	}
	return ops
}

// anchors returns the pairs (i, j) of lines unique in a and in b with
// a[i] == b[j], the longest run of them increasing in both.
func anchors(a, b [][]byte) [][2]int {
	type count struct{ na, nb, i, j int }
	counts := map[string]*count{}
	for i, l := range a {
		c := counts[string(l)]
		if c == nil {
			c = &count{}
			counts[string(l)] = c
		}
		c.na++
		c.i = i
	}
	for j, l := range b {
		if c := counts[string(l)]; c != nil {
			c.nb++
			c.j = j
		}
	}
	var pairs [][2]int
	for i, l := range a {
		if c := counts[string(l)]; c.na == 1 && c.nb == 1 {
			pairs = append(pairs, [2]int{i, c.j})
		}
	}
	// Longest increasing subsequence of j, by patience sorting.
	var tops []int // index into pairs of the top of each pile
	prev := make([]int, len(pairs))
	for k, p := range pairs {
		pile, _ := slices.BinarySearchFunc(tops, p[1], func(t, j int) int { return pairs[t][1] - j })
		prev[k] = -1
		if pile > 0 {
			prev[k] = tops[pile-1]
		}
		if pile == len(tops) {
			tops = append(tops, k)
		} else {
			tops[pile] = k
		}
	}
	if len(tops) == 0 {
		return nil
	}
	out := make([][2]int, len(tops))
	for k, n := tops[len(tops)-1], len(tops)-1; k >= 0; k, n = prev[k], n-1 {
		out[n] = pairs[k]
	}
	return out
}

// stretch emits the script from a to b, which start at lines i and j:
// the common head and tail equal, the middle by a longest common
// subsequence when its table is small enough.
func stretch(a, b [][]byte, i, j int, emit func(kind opKind, i, j, n int)) {
	head := 0
	for head < len(a) && head < len(b) && bytes.Equal(a[head], b[head]) {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && bytes.Equal(a[len(a)-1-tail], b[len(b)-1-tail]) {
		tail++
	}
	emit(opEqual, i, j, head)
	ma, mb := a[head:len(a)-tail], b[head:len(b)-tail]
	i, j = i+head, j+head
	if len(ma)*len(mb) > maxDPCells || len(ma) == 0 || len(mb) == 0 {
		emit(opDelete, i, j, len(ma))
		emit(opInsert, i+len(ma), j, len(mb))
	} else {
		lcs(ma, mb, i, j, emit)
	}
	emit(opEqual, i+len(ma), j+len(mb), tail)
}

// lcs emits the script from a to b by the classic table of longest
// common suffixes, deletions before insertions in each change.
func lcs(a, b [][]byte, i0, j0 int, emit func(kind opKind, i, j, n int)) {
	w := len(b) + 1
	t := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if bytes.Equal(a[i], b[j]) {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && bytes.Equal(a[i], b[j]):
			emit(opEqual, i0+i, j0+j, 1)
			i, j = i+1, j+1
		case j == len(b) || i < len(a) && t[(i+1)*w+j] >= t[i*w+j+1]:
			emit(opDelete, i0+i, j0+j, 1)
			i++
		default:
			emit(opInsert, i0+i, j0+j, 1)
			j++
		}
	}
}

// hunksOf cuts the script into hunks: each change with up to context
// equal lines around it, changes closer than twice that in one hunk.
func hunksOf(ops []op) [][]op {
	var hunks [][]op
	var cur []op
	for k, o := range ops {
		if o.kind != opEqual {
			cur = append(cur, o)
			continue
		}
		first, last := k == 0, k == len(ops)-1
		switch {
		case first && last:
		case first:
			n := min(o.n, context)
			cur = append(cur, op{opEqual, o.i + o.n - n, o.j + o.n - n, n})
		case last:
			cur = append(cur, op{opEqual, o.i, o.j, min(o.n, context)})
		case o.n <= 2*context:
			cur = append(cur, o)
		default:
			cur = append(cur, op{opEqual, o.i, o.j, context})
			hunks = append(hunks, cur)
			cur = []op{{opEqual, o.i + o.n - context, o.j + o.n - context, context}}
		}
	}
	if slices.ContainsFunc(cur, func(o op) bool { return o.kind != opEqual }) {
		hunks = append(hunks, cur)
	}
	return hunks
}
