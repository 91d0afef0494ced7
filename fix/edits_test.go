package fix

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

func edit(pos, end int, s string) analysis.Edit {
	return analysis.Edit{Pos: token.Pos(pos), End: token.Pos(end), New: s}
}

func fixOf(edits ...analysis.Edit) *analysis.Fix { return &analysis.Fix{Edits: edits, Safe: true} }

func TestApply(t *testing.T) {
	src := []byte("0123456789")
	for _, tc := range []struct {
		name  string
		fixes []*analysis.Fix
		want  string
		n     int
	}{
		{"none", nil, "0123456789", 0},
		{"one replacement", []*analysis.Fix{fixOf(edit(2, 4, "ab"))}, "01ab456789", 1},
		{"given out of order, edits of one fix out of order",
			[]*analysis.Fix{fixOf(edit(8, 9, "Z")), fixOf(edit(5, 5, "+"), edit(0, 1, "A"))},
			"A1234+567Z9", 2},
		{"insertion and deletion", []*analysis.Fix{fixOf(edit(0, 0, ">")), fixOf(edit(3, 10, ""))}, ">012", 2},
		{"overlap: the later start is skipped",
			[]*analysis.Fix{fixOf(edit(4, 7, "x")), fixOf(edit(2, 5, "y"))}, "01y56789", 1},
		{"touching counts as overlap",
			[]*analysis.Fix{fixOf(edit(2, 4, "a")), fixOf(edit(4, 6, "b"))}, "01a456789", 1},
		{"two insertions at one place: the first only",
			[]*analysis.Fix{fixOf(edit(3, 3, "a")), fixOf(edit(3, 3, "b"))}, "012a3456789", 1},
		{"the fix that starts first wins, all its edits",
			[]*analysis.Fix{fixOf(edit(1, 2, "a")), fixOf(edit(0, 0, "<"), edit(1, 3, "b"))}, "<0b3456789", 1},
		{"interleaved with an applied fix: skipped whole",
			[]*analysis.Fix{fixOf(edit(1, 2, "a"), edit(6, 7, "a")), fixOf(edit(3, 4, "b"))}, "0a2345a789", 1},
		{"malformed: out of range, reversed, self-overlapping",
			[]*analysis.Fix{fixOf(edit(8, 11, "x")), fixOf(edit(5, 4, "x")), fixOf(edit(1, 3, "x"), edit(2, 4, "y")), nil, {}},
			"0123456789", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, n := Apply(src, tc.fixes)
			if string(got) != tc.want || n != tc.n {
				t.Errorf("Apply = %q, %d; want %q, %d", got, n, tc.want, tc.n)
			}
			if string(src) != "0123456789" {
				t.Fatalf("src modified: %q", src)
			}
		})
	}
}
