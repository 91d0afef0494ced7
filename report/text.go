package report

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
)

const (
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[1;31m"
	ansiBlue  = "\x1b[1;34m"
	ansiReset = "\x1b[0m"
)

// writeText prints each finding, its source line and a caret range:
//
//	app/cart.py:3:18: CT104 the default of `cart` ...
//	  3 | def add_item(item, cart=[]):
//	    |                         ^^
func writeText(w *bufio.Writer, findings []check.Finding, opts Options) error {
	for _, f := range findings {
		writeHeadline(w, f, opts.Color)
		writeSource(w, f, opts.Color)
		writeReachability(w, f)
	}
	return nil
}

// writeReachability prints the request path that reaches the finding:
//
//	reached from shop.views.checkout (django-view) -> shop.sync.push_order
func writeReachability(w *bufio.Writer, f check.Finding) {
	r := f.Reachability
	if r == nil || len(r.Path) == 0 {
		return
	}
	fmt.Fprintf(w, "  reached from %s (%s)", Printable(r.Entry()), Printable(r.Kind))
	for _, s := range r.Path[1:] {
		fmt.Fprintf(w, " -> %s", Printable(s.Name))
	}
	w.WriteByte('\n')
}

// writeConcise prints one line per finding: `path:line:col: CODE message`.
func writeConcise(w *bufio.Writer, findings []check.Finding, opts Options) error {
	for _, f := range findings {
		writeHeadline(w, f, opts.Color)
	}
	return nil
}

func writeHeadline(w *bufio.Writer, f check.Finding, color bool) {
	fmt.Fprintf(w, "%s:%d:%d: %s %s\n", paint(color, ansiBold, Printable(f.Path)), f.Line, f.Col, paint(color, ansiRed, f.Code), Printable(message(f)))
}

// message is the finding's message with, for a Low one, why it is lower:
//
//	... shares it [low: `Registry.register` is a registration API by its name]
func message(f check.Finding) string {
	if f.Confidence != analysis.Low {
		return f.Message
	}
	return f.Message + " [low: " + strings.Join(f.Lower, "; ") + "]"
}

// writeSource prints the finding's first line with a gutter and, under it,
// carets from Col to EndCol (to the end of the line for a range that goes
// on to later lines).
func writeSource(w *bufio.Writer, f check.Finding, color bool) {
	line, ok := sourceLine(f)
	if !ok {
		return
	}
	num := fmt.Sprint(f.Line)
	gutter := strings.Repeat(" ", len(num))
	fmt.Fprintf(w, "  %s %s %s\n", paint(color, ansiBlue, num), paint(color, ansiBlue, "|"), Printable(line))
	// The caret line copies the tabs of the source so that it lines up
	// whatever the terminal's tab width.
	pad := []rune(line)[:min(f.Col-1, utf8.RuneCountInString(line))]
	for i, r := range pad {
		if r != '\t' {
			pad[i] = ' '
		}
	}
	width := 1
	if f.EndLine == f.Line && f.EndCol > f.Col {
		width = f.EndCol - f.Col
	} else if f.EndLine > f.Line {
		width = max(utf8.RuneCountInString(line)-(f.Col-1), 1)
	}
	fmt.Fprintf(w, "  %s %s %s%s\n", gutter, paint(color, ansiBlue, "|"), string(pad), paint(color, ansiRed, strings.Repeat("^", width)))
}

// sourceLine returns the text of the finding's first line; false when
// there is none to show (no file, a line out of range, invalid UTF-8).
func sourceLine(f check.Finding) (string, bool) {
	if f.File == nil || f.Line < 1 || f.Line > f.File.Lines.Count() {
		return "", false
	}
	start := int(f.File.Lines.LineStart(f.Line))
	end := len(f.File.Src)
	if f.Line < f.File.Lines.Count() {
		end = int(f.File.Lines.LineStart(f.Line + 1))
	}
	if start > end || end > len(f.File.Src) {
		return "", false
	}
	line := strings.TrimRight(string(f.File.Src[start:end]), "\r\n")
	return line, utf8.ValidString(line)
}

// paint wraps s in an ANSI style when color is on.
func paint(color bool, style, s string) string {
	if !color {
		return s
	}
	return style + s + ansiReset
}

// Printable replaces what a terminal would act on instead of showing, one
// character for one so that the carets under a line still line up: the
// C0 controls but the tab and DEL by their Control Pictures (an escape
// shows as ␛ rather than clearing the screen), the C1 controls, bytes
// that are not UTF-8 (in a path) and the bidirectional overrides, which
// reorder what is shown around them, by U+FFFD.
func Printable(s string) string {
	i := strings.IndexFunc(s, unprintable)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case !unprintable(r):
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune(0x2421)
		default:
			b.WriteRune(utf8.RuneError)
		}
	}
	return b.String()
}

// unprintable includes utf8.RuneError, what ranging over a string gives
// for a byte that is not UTF-8: a lone 0x9b is a control sequence to an
// 8-bit terminal.
func unprintable(r rune) bool {
	return r < 0x20 && r != '\t' || 0x7f <= r && r <= 0x9f || r == utf8.RuneError ||
		0x202a <= r && r <= 0x202e || 0x2066 <= r && r <= 0x2069
}
