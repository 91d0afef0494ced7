package scanner

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Thousands of errors on one long line (brackets nested past the limit)
// get their columns from a running count; each must still be the one a
// fresh count gives, on that line and after it.
func TestErrorColumnsOnALongLineWithManyErrors(t *testing.T) {
	line := "x = " + strings.Repeat("é(", 5000) + "\n"
	src := []byte(line + line)
	var s Scanner
	var got []Error
	s.Init(src, func(pos token.Pos, msg string) { got = append(got, s.LastError()) })
	for {
		if k, _, _ := s.Scan(); k == token.EOF {
			break
		}
	}
	if len(got) < 1000 {
		t.Fatalf("%d errors, want one per bracket past the limit", len(got))
	}
	for _, e := range got {
		ls := strings.LastIndexByte(string(src[:e.Pos]), '\n') + 1
		want := utf8.RuneCount(src[ls:e.Pos]) + 1
		if e.Col != want || e.Line != strings.Count(string(src[:e.Pos]), "\n")+1 {
			t.Fatalf("error at %d: line %d col %d, want line %d col %d", e.Pos, e.Line, e.Col,
				strings.Count(string(src[:e.Pos]), "\n")+1, want)
		}
	}
}
