package check

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// suppressions are what a file's comments turn off:
//
//	x = 1  # noqa                      every code on the line
//	x = 1  # noqa: CT102, CT101        these codes on the line
//	x = 1  # crosstalk: ignore[CT102]  the same, in crosstalk's words
//	x = 1  # crosstalk: ignore         every code on the line
//	# crosstalk: ignore-file           the whole file
//	# crosstalk: ignore-file[CT101]    these codes in the whole file
//
// A finding is suppressed by a comment on the line it starts on. Codes
// match by prefix, as in --ignore: CT1 is every CT1xx. A comment may hold
// several directives, each after its own '#' (`# type: ignore  # noqa`).
//
// Reading is strict, because a typo must not turn every rule off: a
// directive that names codes suppresses those and no others, and one that
// cannot be read suppresses nothing and draws a warning.
//
//   - "noqa" is matched in any case (`# NOQA`), as in Ruff; codes are
//     upper-case letters then digits (CT101, E999). After "noqa:", codes
//     are separated by commas or spaces, and the first word that is not a
//     code ends them, as in Ruff: `# noqa: CT101 the lock is held`.
//   - A code is checked against the run's rule table, E999 and E902; a
//     prefix of one (CT1) is fine. An unknown code suppresses nothing; the
//     known codes of its directive still do.
//   - A noqa comment is shared with Ruff and flake8, so a code of another
//     tool (F401, E501) is theirs: it turns none of crosstalk's off, and
//     is not warned about, however they spell it (`# noqa E721`, `# noqa:
//     C901: reason`). Only codes with the letters of crosstalk's own are
//     judged: an unknown one (CT999) or a misspelt one (ct101, CT-101,
//     CT101x), and a code of ours without the colon (`# noqa CT101`, which
//     flake8 and Ruff take for a bare noqa), are warned about. So is
//     "noqa:" followed by no code at all.
//   - A crosstalk directive owns all of its codes, and its syntax: a
//     keyword other than "ignore" and "ignore-file" (ignore-files), codes
//     outside brackets, a "[" not closed, empty brackets, a word in them
//     that is not a code, or a code that crosstalk does not know, are
//     warned about.
//
// Each directive with a problem gets one warning.
type suppressions struct {
	fileAll   bool
	fileCodes []string
	lineAll   map[int]bool
	lineCodes map[int][]string
}

// knownCodes is what a suppression comment may name without a warning.
type knownCodes struct {
	all []*analysis.Analyzer // the rule table
	// letters are those the rule table's codes begin with ("CT"): a noqa
	// code that has them but names no rule is crosstalk's, misspelt.
	letters []string
}

// newKnownCodes returns the codes of the rule table all, and of the
// findings that no analyzer reports.
func newKnownCodes(all []*analysis.Analyzer) knownCodes {
	k := knownCodes{all: all}
	for _, a := range all {
		if l := codeLetters(a.Code); l != "" && !slices.Contains(k.letters, l) {
			k.letters = append(k.letters, l)
		}
	}
	return k
}

// names reports whether code is a known code or a prefix of one: a rule's
// or a file code's, which a comment cannot turn off but may name.
func (k knownCodes) names(code string) bool { return analysis.SelectsSomething(code, k.all) }

// ours reports whether code has the letters of the rule table's codes.
func (k knownCodes) ours(code string) bool {
	return slices.Contains(k.letters, codeLetters(code))
}

// example returns a code to show in a warning.
func (k knownCodes) example() string {
	if len(k.all) > 0 {
		return k.all[0].Code
	}
	return "CT101"
}

// warning is a problem with the directive on line.
type warning struct {
	line int
	msg  string
}

// readSuppressions finds the directives in the comments of src. Comments
// are what lies between tokens from a '#' to the end of the line (the
// scanner's NEWLINE token starts at the comment before it), so a '#'
// inside a string is never taken for one.
func readSuppressions(src []byte, lines *token.Lines, known knownCodes) (suppressions, []warning) {
	r := reader{known: known}
	if !mayHoldDirective(src) {
		return r.s, nil
	}
	var sc scanner.Scanner
	sc.Init(src, nil)
	prev := 0
	for {
		tok, lo, hi := sc.Scan()
		gapEnd := int(lo)
		if tok == token.NEWLINE {
			gapEnd = int(hi)
		}
		gapEnd = min(gapEnd, len(src))
		for i := prev; i < gapEnd; i++ {
			if src[i] != '#' {
				continue
			}
			end := i + bytes.IndexAny(src[i:], "\r\n")
			if end < i {
				end = len(src)
			}
			line, _ := lines.Position(token.Pos(i))
			r.comment(string(src[i:end]), line)
			i = end
		}
		if tok == token.EOF {
			break
		}
		prev = max(prev, int(hi))
	}
	return r.s, r.warnings
}

// mayHoldDirective reports whether src has "crosstalk:" or "noqa" in any
// case: most files have neither, and need no scan.
func mayHoldDirective(src []byte) bool {
	if bytes.Contains(src, []byte("crosstalk:")) {
		return true
	}
	for _, q := range []byte{'q', 'Q'} {
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], q)
			if j < 0 {
				break
			}
			j += i
			if j >= 2 && j+1 < len(src) && src[j-2]|0x20 == 'n' && src[j-1]|0x20 == 'o' && src[j+1]|0x20 == 'a' {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// suppressed reports whether the comments turn off code at line.
func (s suppressions) suppressed(code string, line int) bool {
	return s.fileAll || s.lineAll[line] || analysis.MatchesAny(code, s.fileCodes) || analysis.MatchesAny(code, s.lineCodes[line])
}

// reader gathers the directives of one file.
type reader struct {
	known    knownCodes
	s        suppressions
	warnings []warning
}

// comment reads the directives of one comment, on line.
func (r *reader) comment(comment string, line int) {
	for part := range strings.SplitSeq(comment[1:], "#") {
		r.directive(part, line)
	}
}

// directive reads what follows one '#'.
func (r *reader) directive(part string, line int) {
	text := strings.TrimSpace(part)
	d := directive{r: r, line: line, quote: "#" + strings.TrimRightFunc(part, unicode.IsSpace)}
	switch {
	case len(text) >= 4 && strings.EqualFold(text[:4], "noqa"):
		d.noqa(text[4:])
	case strings.HasPrefix(text, "crosstalk:"):
		d.crosstalk(strings.TrimSpace(text[len("crosstalk:"):]))
	}
}

// directive is one directive being read.
type directive struct {
	r     *reader
	line  int
	quote string // as written, for warnings
}

// noqa reads what follows "noqa".
func (d directive) noqa(rest string) {
	after := strings.TrimLeftFunc(rest, unicode.IsSpace)
	switch {
	case rest == "":
		d.all(false)
	case after[0] == ':':
		d.noqaCodes(after[1:])
	default:
		// Codes without the colon ("# noqa CT101", "# noqaCT101") are
		// every code on the line to flake8 and Ruff: one of ours is a typo;
		// another tool's is its business, and turns none of ours off.
		word := firstWord(strings.TrimLeft(after, ";,.= \t"))
		switch {
		case d.ours(word):
			d.malformed("codes follow a colon, as %q", "# noqa: "+suggestion(word))
		case isCode(word):
		case after != rest:
			d.all(false) // a bare noqa, and why
		}
		// Else a word such as "noqa'd", not a directive.
	}
}

// noqaCodes reads the codes after "noqa:", separated by commas or spaces.
// The first word that is not a code ends them (the rest is a reason), as
// in Ruff, unless it is one of ours misspelt.
func (d directive) noqaCodes(list string) {
	var codes []string
words:
	for len(list) > 0 {
		if r, n := utf8.DecodeRuneInString(list); isSeparator(r) {
			list = list[n:]
			continue
		}
		word := firstWord(list)
		list = list[len(word):]
		switch {
		case isCode(word):
			codes = append(codes, word)
		case d.ours(word):
			d.notACode(word)
			return
		case len(codes) > 0:
			break words // a reason
		case suggestion(word) != "":
			return // another tool's code, in its own spelling ("C901:")
		default:
			break words
		}
	}
	if len(codes) == 0 {
		d.malformed("codes follow %q, as %q; a bare %q turns off every code on the line", "noqa:", "# noqa: "+d.r.known.example(), "# noqa")
		return
	}
	d.codes(codes, false, true)
}

// crosstalk reads what follows "crosstalk:".
func (d directive) crosstalk(rest string) {
	kw := rest[:len(rest)-len(strings.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"))]
	var file bool
	switch kw {
	case "ignore":
	case "ignore-file":
		file = true
	default:
		// Other words after "crosstalk:" are prose, unless they were meant
		// for a directive.
		if len(kw) >= 6 && strings.EqualFold(kw[:6], "ignore") {
			d.malformed("%q is neither %q nor %q", kw, "ignore", "ignore-file")
		}
		return
	}
	rest = rest[len(kw):]
	after := strings.TrimLeftFunc(rest, unicode.IsSpace)
	switch {
	case after == "":
		d.all(file)
	case after[0] == '[':
		d.bracketCodes(after[1:], kw, file)
	case after[0] == ':' || after != rest && (isCode(firstWord(after)) || d.ours(firstWord(after))):
		d.malformed("codes go in brackets, as %q", "# crosstalk: "+kw+"["+d.suggest(strings.TrimLeft(after, ": \t"))+"]")
	case after == rest: // "ignore." and the like
		word, _, _ := strings.Cut(rest, " ")
		d.malformed("%q is neither %q nor %q", kw+word, "ignore", "ignore-file")
	default: // a bare ignore, and why
		d.all(file)
	}
}

// bracketCodes reads "CT101, CT102]": every word must be a code.
func (d directive) bracketCodes(s, kw string, file bool) {
	inner, _, ok := strings.Cut(s, "]")
	if !ok {
		d.malformed("the %q is not closed", "[")
		return
	}
	codes := strings.FieldsFunc(inner, isSeparator)
	if len(codes) == 0 {
		d.malformed("the brackets name no code; a bare %q ignores every code", "# crosstalk: "+kw)
		return
	}
	for _, c := range codes {
		if !isCode(c) {
			d.notACode(c)
			return
		}
	}
	d.codes(codes, file, false)
}

// codes records the known codes among codes, and warns about the others:
// of a noqa, only about those that look like crosstalk's.
func (d directive) codes(codes []string, file, noqa bool) {
	var kept, unknown []string
	for _, c := range codes {
		switch {
		case d.r.known.names(c):
			kept = append(kept, strings.Clone(c))
		case !noqa || d.r.known.ours(c):
			unknown = append(unknown, fmt.Sprintf("%q", c))
		}
	}
	s := &d.r.s
	if file {
		s.fileCodes = append(s.fileCodes, kept...)
	} else if len(kept) > 0 {
		if s.lineCodes == nil {
			s.lineCodes = map[int][]string{}
		}
		s.lineCodes[d.line] = append(s.lineCodes[d.line], kept...)
	}
	switch len(unknown) {
	case 0:
	case 1:
		d.warn("unknown code %s in %q suppresses nothing; `crosstalk rules` lists the codes", unknown[0], shorten(d.quote))
	default:
		d.warn("unknown codes %s in %q suppress nothing; `crosstalk rules` lists the codes", strings.Join(unknown, ", "), shorten(d.quote))
	}
}

// all records a directive that names no code.
func (d directive) all(file bool) {
	s := &d.r.s
	if file {
		s.fileAll = true
		return
	}
	if s.lineAll == nil {
		s.lineAll = map[int]bool{}
	}
	s.lineAll[d.line] = true
}

// notACode reports word, where a code was expected.
func (d directive) notACode(word string) {
	if fix := suggestion(word); fix != "" {
		d.malformed("codes are upper-case letters then digits, as %s", fix)
	} else {
		d.malformed("%q is not a code", shorten(word))
	}
}

func (d directive) malformed(format string, args ...any) {
	d.warn("malformed suppression %q suppresses nothing: "+format, append([]any{shorten(d.quote)}, args...)...)
}

func (d directive) warn(format string, args ...any) {
	d.r.warnings = append(d.r.warnings, warning{d.line, fmt.Sprintf(format, args...)})
}

// ours reports whether word is a code with the letters of crosstalk's,
// maybe misspelt (ct101, CT-101).
func (d directive) ours(word string) bool {
	fix := suggestion(word)
	return fix != "" && d.r.known.ours(fix)
}

// suggest returns the code that s begins with, corrected, or an example.
func (d directive) suggest(s string) string {
	if fix := suggestion(firstWord(strings.TrimLeft(s, ":;,.= \t"))); fix != "" {
		return fix
	}
	return d.r.known.example()
}

// isCode reports whether s is a code or code prefix as a directive names
// it: upper-case letters, then digits ("CT102", "CT1", "E999").
func isCode(s string) bool {
	l := len(codeLetters(s))
	if l == 0 || l == len(s) {
		return false
	}
	for i := l; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// codeLetters returns the upper-case letters s begins with.
func codeLetters(s string) string {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return s[:i]
}

// suggestion returns the code that word was probably meant to be (ct101,
// CT-101, CT_101, "CT101]" are CT101), or "".
func suggestion(word string) string {
	w := strings.ToUpper(strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return -1
		}
		return r
	}, word))
	i := len(codeLetters(w))
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	if i == 0 || j == i {
		return ""
	}
	return w[:j]
}

// firstWord returns s up to its first space or comma.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, isSeparator); i >= 0 {
		return s[:i]
	}
	return s
}

// isSeparator reports whether r separates codes: a comma or a space, as
// strings.TrimSpace sees it.
func isSeparator(r rune) bool { return r == ',' || unicode.IsSpace(r) }

// shorten keeps a quoted comment to a line's worth.
func shorten(s string) string {
	const limit = 100
	if len(s) <= limit {
		return s
	}
	i := limit
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}
