package check

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// testKnown is a rule table of four rules, as the real one has more.
var testKnown = newKnownCodes([]*analysis.Analyzer{{Code: "CT101"}, {Code: "CT102"}, {Code: "CT104"}, {Code: "CT105"}})

func TestDirectiveForms(t *testing.T) {
	for _, tc := range []struct {
		comment string
		off     []string // of CT101, CT102, CT104, E999 (asked of line 1)
		warns   bool
	}{
		{"# noqa", []string{"CT101", "CT102", "CT104", "E999"}, false},
		{"# NOQA:CT101", []string{"CT101"}, false},
		{"# noqa : CT101", []string{"CT101"}, false}, // as Ruff
		{"# noqa: CT101 the lock is held", []string{"CT101"}, false},
		{"# noqa: CT101 CT102, because", []string{"CT101", "CT102"}, false},
		{"# noqa: CT101,", []string{"CT101"}, false},
		{"# noqa: CT1", []string{"CT101", "CT102", "CT104"}, false},
		{"# noqa: CT101 py3", []string{"CT101"}, false}, // not crosstalk's letters: a reason
		{"# noqa: CT101\u00a0why", []string{"CT101"}, false},
		{"# noqa: CT101 ct102", nil, true},
		{"# noqa: CT", nil, true}, // letters alone are no code
		{"# noqa: F401", nil, false},
		{"# noqa: f401", nil, false}, // another tool's, spelt its way
		{"# noqa: C901: too complex", nil, false},
		{"# noqa E721", nil, false}, // every code to flake8; none of ours
		{"# noqa'd as it is exported", nil, false},
		{"# noqa: trailing-whitespace", nil, true},
		{"# noqa: 401", nil, true},
		{"# noqa: CT999", nil, true},
		{"# noqa;CT101", nil, true},
		{"# noqa because of the lock", []string{"CT101", "CT102", "CT104", "E999"}, false},
		{"# noqa ct101", nil, true},
		{"# noqa: CT101abc", nil, true},
		{"# noqa-ish", nil, false},
		{"# type: ignore  # noqa: CT102", []string{"CT102"}, false},
		{"# noqa: ct101  # noqa: CT102", []string{"CT102"}, true}, // each directive stands alone
		{"# crosstalk: ignore", []string{"CT101", "CT102", "CT104", "E999"}, false},
		{"# crosstalk: ignore, the lock is held", nil, true},
		{"# crosstalk: ignore the lock is held", []string{"CT101", "CT102", "CT104", "E999"}, false},
		{"# crosstalk: ignore [CT101] held", []string{"CT101"}, false},
		{"# crosstalk: ignore: CT101", nil, true},
		{"# crosstalk: ignore[CT101][CT102]", []string{"CT101"}, false},
		{"# crosstalk: ignore[CT101, F401]", []string{"CT101"}, true},
		{"# crosstalk: ignore[CT101 CT999]", []string{"CT101"}, true},
		{"# crosstalk: Ignore", nil, true},
		{"# crosstalk: this module is thread-safe", nil, false},
		{"# crosstalk: ignore-file[CT104]", []string{"CT104"}, false},
		{"# crosstalk: ignore-file the whole thing", []string{"CT101", "CT102", "CT104", "E999"}, false},
		{"# crosstalk: ignore_file", nil, true},
	} {
		src := []byte("x = 1  " + tc.comment + "\n")
		s, warnings := readSuppressions(src, token.NewLines(src), testKnown)
		var off []string
		for _, code := range []string{"CT101", "CT102", "CT104", "E999"} {
			if s.suppressed(code, 1) {
				off = append(off, code)
			}
		}
		if !reflect.DeepEqual(off, tc.off) || (len(warnings) > 0) != tc.warns {
			t.Errorf("%q: turns off %q, warnings %v; want %q, warnings: %v", tc.comment, off, warnings, tc.off, tc.warns)
		}
	}
}

// Whitespace as strings.TrimSpace and unicode.IsSpace see it.
const sp = `[\t\n\v\f\r \x{85}\x{A0}\p{Z}]`

var (
	lineBreak = regexp.MustCompile(`\r\n|\r|\n`)
	// Each is what a line must hold for a directive on it to name no
	// code and so turn off every one: a bare noqa, ignore, ignore-file,
	// maybe followed by a reason.
	bareNoqa       = regexp.MustCompile(`#` + sp + `*(?i:noqa)(?:` + sp + `*(?:#|$)|` + sp + `+[^:])`)
	bareIgnore     = regexp.MustCompile(`#` + sp + `*crosstalk:` + sp + `*ignore(?:` + sp + `*(?:#|$)|` + sp + `+[^\[:])`)
	bareIgnoreFile = regexp.MustCompile(`#` + sp + `*crosstalk:` + sp + `*ignore-file(?:` + sp + `*(?:#|$)|` + sp + `+[^\[:])`)
	ignoreFile     = regexp.MustCompile(`#` + sp + `*crosstalk:` + sp + `*ignore-file`)
)

// FuzzSuppressions reads arbitrary source and asks about arbitrary codes
// and lines: no panic; a code is turned off only by a directive that
// names it (or a prefix of it), or by a bare noqa, ignore or ignore-file;
// reading is deterministic and asking changes nothing; a directive gets
// at most one warning.
//
//	go test ./check -run XXX -fuzz FuzzSuppressions -parallel 1 -fuzztime 2m
func FuzzSuppressions(f *testing.F) {
	for _, seed := range []string{
		"x = 1  # noqa\n",
		"x = 1  # NOQA: CT101, CT102 because\n",
		"x = 1  # noqa:CT1\ny = 2  # noqa: ct104\n",
		"x  # crosstalk: ignore[CT102]\n# crosstalk: ignore-file[CT101]\n",
		"# crosstalk: ignore-file[ct101]\nx\n",
		"# crosstalk: ignore-file[CT-101]\nx  # crosstalk: ignore[\n",
		"x  # crosstalk: ignore[]\ny  # noqa:\nz  # noqa: F401\n",
		"s = '# noqa'\nt = \"\"\"\n# noqa\n\"\"\"  # noqa: CT999\n",
		"x  # type: ignore  # noqa: CT102\r\ny  # Noqa\rz  # crosstalk: ignore-files\n",
		"x  # noqa CT101\ny  # noqaCT101\nz  # crosstalk: ignore CT101\n",
		"def f(:\n    pass  # noqa: CT101\n",
		"x  # noqa:\u00a0CT101\u3000why\n# crosstalk:\u2028ignore-file\n",
	} {
		f.Add([]byte(seed), "CT101", 1)
	}
	f.Fuzz(func(t *testing.T, src []byte, code string, line int) {
		lines := token.NewLines(src)
		s, warnings := readSuppressions(src, lines, testKnown)
		s2, warnings2 := readSuppressions(src, token.NewLines(src), testKnown)
		if !reflect.DeepEqual(s, s2) || !reflect.DeepEqual(warnings, warnings2) {
			t.Fatalf("two readings differ:\n%+v %v\n%+v %v", s, warnings, s2, warnings2)
		}
		text := lineBreak.Split(string(src), -1)
		var fileText []string // the lines with an ignore-file
		for _, l := range text {
			if ignoreFile.MatchString(l) {
				fileText = append(fileText, l)
			}
		}
		perLine := map[int]int{}
		for _, w := range warnings {
			perLine[w.line]++
			if w.line < 1 || w.line > len(text) || perLine[w.line] > strings.Count(text[w.line-1], "#") {
				t.Fatalf("warning %+v: line %d holds %d directives at most", w, w.line, strings.Count(text[min(max(w.line, 1), len(text))-1], "#"))
			}
		}
		codes := []string{code, "CT101", "CT102", "CT1041", "E999", "F401"}
		for l := 0; l <= min(len(text), 40)+1; l++ {
			for _, c := range append(codes, "") {
				at := l
				if c == "" { // the fuzzed line, with the fuzzed code
					c, at = code, line
				}
				if !s.suppressed(c, at) {
					continue
				}
				lineText := ""
				if at >= 1 && at <= len(text) {
					lineText = text[at-1]
				}
				if s.fileAll {
					if !anyMatch(bareIgnoreFile, fileText) {
						t.Fatalf("every code turned off in the file, without a bare ignore-file:\n%q", src)
					}
					continue
				}
				if s.lineAll[at] {
					if !bareNoqa.MatchString(lineText) && !bareIgnore.MatchString(lineText) {
						t.Fatalf("every code turned off on line %d %q, without a bare noqa or ignore", at, lineText)
					}
					continue
				}
				if !namedIn(c, append([]string{lineText}, fileText...)) {
					t.Fatalf("%q turned off on line %d %q, which does not name it:\n%q", c, at, lineText, src)
				}
			}
		}
		if !reflect.DeepEqual(s, s2) {
			t.Fatalf("asking changed the answers:\n%+v\n%+v", s, s2)
		}
	})
}

func anyMatch(re *regexp.Regexp, texts []string) bool {
	for _, s := range texts {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// namedIn reports whether a prefix of code that is itself a code (CT1 of
// CT101) is written in one of texts.
func namedIn(code string, texts []string) bool {
	for n := 1; n <= len(code); n++ {
		p := code[:n]
		if !isCode(p) {
			continue
		}
		for _, s := range texts {
			if strings.Contains(s, p) {
				return true
			}
		}
	}
	return false
}
