package token

import "testing"

func TestLinesPositionCountsEveryLineBreakKind(t *testing.T) {
	tests := []struct {
		src           string
		off           Pos
		line, col     int
		wantLineCount int
	}{
		{"a\nbc\n", 3, 2, 1, 3},
		{"a\r\nbc", 4, 2, 1, 2},
		{"a\rbc", 3, 2, 1, 2},
		{"a\r\rb", 3, 3, 0, 3},
		{"", 0, 1, 0, 1},
		{"abc", 2, 1, 2, 1},
		{"é\nx", 3, 2, 0, 2}, // columns are bytes: é is two
	}
	for _, tt := range tests {
		l := NewLines([]byte(tt.src))
		line, col := l.Position(tt.off)
		if line != tt.line || col != tt.col || l.Count() != tt.wantLineCount {
			t.Errorf("%q at %d: line %d col %d count %d; want %d %d %d", tt.src, tt.off, line, col, l.Count(), tt.line, tt.col, tt.wantLineCount)
		}
	}
}

func TestCharPositionCountsCharacters(t *testing.T) {
	l := NewLines([]byte("x = 1\nname = 'é' + y\r\nz"))
	for _, tt := range []struct {
		off       Pos
		line, col int
	}{
		{0, 1, 1}, {4, 1, 5}, {6, 2, 1}, {14, 2, 9}, // é is two bytes, one character
		{16, 2, 10}, {23, 3, 1}, {-3, 1, 1}, {99, 3, 2},
	} {
		if line, col := l.CharPosition(tt.off); line != tt.line || col != tt.col {
			t.Errorf("CharPosition(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}
