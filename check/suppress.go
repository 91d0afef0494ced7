package check

import (
	"bytes"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// suppressions are what a file's comments turn off:
//
//	x = 1  # noqa                      every finding on the line
//	x = 1  # noqa: CT102, CT101        these codes on the line
//	x = 1  # crosstalk: ignore[CT102]  the same, in crosstalk's words
//	# crosstalk: ignore-file           the whole file
//	# crosstalk: ignore-file[CT101]    these codes in the whole file
//
// Codes match by prefix, as in --ignore. A finding is suppressed by a
// comment on the line it starts on.
type suppressions struct {
	fileAll   bool
	fileCodes []string
	lineAll   map[int]bool
	lineCodes map[int][]string
}

// readSuppressions finds the directives in the comments of src. Comments
// are what lies between tokens from a '#' to the end of the line (the
// scanner's NEWLINE token starts at the comment before it), so a '#'
// inside a string is never taken for one.
func readSuppressions(src []byte, lines *token.Lines) suppressions {
	var s suppressions
	if !bytes.Contains(src, []byte("noqa")) && !bytes.Contains(src, []byte("NOQA")) && !bytes.Contains(src, []byte("crosstalk:")) {
		return s
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
			s.add(string(src[i:end]), line)
			i = end
		}
		if tok == token.EOF {
			break
		}
		prev = max(prev, int(hi))
	}
	return s
}

// add records the directives of one comment on line. A comment can hold
// several: `# type: ignore  # noqa: CT101`.
func (s *suppressions) add(comment string, line int) {
	for part := range strings.SplitSeq(comment, "#") {
		part = strings.TrimSpace(part)
		switch {
		case len(part) >= 4 && strings.EqualFold(part[:4], "noqa"):
			rest := strings.TrimSpace(part[4:])
			if after, ok := strings.CutPrefix(rest, ":"); ok {
				s.addLine(line, codeList(after))
			} else {
				s.addLine(line, nil)
			}
		case strings.HasPrefix(part, "crosstalk:"):
			rest := strings.TrimSpace(strings.TrimPrefix(part, "crosstalk:"))
			if after, ok := strings.CutPrefix(rest, "ignore-file"); ok {
				codes, all := bracketCodes(after)
				s.fileAll = s.fileAll || all
				s.fileCodes = append(s.fileCodes, codes...)
			} else if after, ok := strings.CutPrefix(rest, "ignore"); ok {
				codes, all := bracketCodes(after)
				if all {
					codes = nil
				}
				s.addLine(line, codes)
			}
		}
	}
}

// addLine records codes (nil: every code) for line.
func (s *suppressions) addLine(line int, codes []string) {
	if codes == nil {
		if s.lineAll == nil {
			s.lineAll = map[int]bool{}
		}
		s.lineAll[line] = true
		return
	}
	if s.lineCodes == nil {
		s.lineCodes = map[int][]string{}
	}
	s.lineCodes[line] = append(s.lineCodes[line], codes...)
}

// codeList reads "CT101, CT102 trailing words": the codes up to the first
// word that is not one. No code at all means every code, as a bare noqa.
func codeList(s string) []string {
	var codes []string
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if !isCode(f) {
			break
		}
		codes = append(codes, f)
	}
	return codes
}

// bracketCodes reads an optional "[CT101, CT102]"; all is true without
// one.
func bracketCodes(s string) (codes []string, all bool) {
	s = strings.TrimSpace(s)
	inner, ok := strings.CutPrefix(s, "[")
	if !ok {
		return nil, true
	}
	inner, _, _ = strings.Cut(inner, "]")
	codes = codeList(inner)
	return codes, len(codes) == 0
}

// isCode reports whether s looks like a code or code prefix: upper-case
// letters, then digits ("CT102", "CT1", "E999").
func isCode(s string) bool {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i == 0 {
		return false
	}
	for j := i; j < len(s); j++ {
		if s[j] < '0' || s[j] > '9' {
			return false
		}
	}
	return true
}

// suppressed reports whether the comments turn off code at line.
func (s suppressions) suppressed(code string, line int) bool {
	return s.fileAll || s.lineAll[line] || analysis.MatchesAny(code, s.fileCodes) || analysis.MatchesAny(code, s.lineCodes[line])
}
