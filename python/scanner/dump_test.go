package scanner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// dumpTokens renders the token stream of src, one token a line, with
// errors interleaved where they were reported.
func dumpTokens(src string) string {
	var b strings.Builder
	var s Scanner
	lines := token.NewLines([]byte(src))
	s.Init([]byte(src), func(pos token.Pos, msg string) {
		e := s.LastError()
		fmt.Fprintf(&b, "error %d:%d %s\n", e.Line, e.Col, msg)
	})
	for i := 0; i < 10*len(src)+100; i++ {
		k, lo, hi := s.Scan()
		l1, c1 := lines.Position(lo)
		l2, c2 := lines.Position(hi)
		fmt.Fprintf(&b, "%s %q %d,%d-%d,%d\n", k, src[lo:hi], l1, c1, l2, c2)
		if k == token.EOF {
			break
		}
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1\n", `NAME "x" 1,0-1,1
= "=" 1,2-1,3
NUMBER "1" 1,4-1,5
NEWLINE "\n" 1,5-2,0
ENDMARKER "" 2,0-2,0
`},
		{"if x:\n\ty\n", `if "if" 1,0-1,2
NAME "x" 1,3-1,4
: ":" 1,4-1,5
NEWLINE "\n" 1,5-2,0
INDENT "\t" 2,0-2,1
NAME "y" 2,1-2,2
NEWLINE "\n" 2,2-3,0
DEDENT "" 3,0-3,0
ENDMARKER "" 3,0-3,0
`},
		{"f'a{{b{x!r:>{w}}}}'", `FSTRING_START "f'" 1,0-1,2
FSTRING_MIDDLE "a{{b" 1,2-1,6
{ "{" 1,6-1,7
NAME "x" 1,7-1,8
! "!" 1,8-1,9
NAME "r" 1,9-1,10
: ":" 1,10-1,11
FSTRING_MIDDLE ">" 1,11-1,12
{ "{" 1,12-1,13
NAME "w" 1,13-1,14
} "}" 1,14-1,15
} "}" 1,15-1,16
FSTRING_MIDDLE "}}" 1,16-1,18
FSTRING_END "'" 1,18-1,19
NEWLINE "" 1,19-1,19
ENDMARKER "" 1,19-1,19
`},
		{"x = 'abc\n", `NAME "x" 1,0-1,1
= "=" 1,2-1,3
error 1:5 unterminated string literal (detected at line 1)
ILLEGAL "'abc" 1,4-1,8
NEWLINE "\n" 1,8-2,0
ENDMARKER "" 2,0-2,0
`},
	}
	for _, tt := range tests {
		if got := dumpTokens(tt.src); got != tt.want {
			t.Errorf("tokens of %q:\n%s\nwant:\n%s", tt.src, got, tt.want)
		}
	}
}
