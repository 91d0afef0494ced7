package report_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/report"
)

func TestParseFormatKnowsEveryNameAndListsThemOnError(t *testing.T) {
	if want := []string{"text", "concise", "json", "sarif", "github"}; !slices.Equal(report.Names(), want) {
		t.Errorf("Names() = %v, want %v", report.Names(), want)
	}
	for _, name := range report.Names() {
		f, err := report.ParseFormat(name)
		if err != nil || string(f) != name {
			t.Errorf("ParseFormat(%q) = %q, %v", name, f, err)
		}
	}
	for _, name := range []string{"xml", "JSON", "", "full"} {
		_, err := report.ParseFormat(name)
		want := `unknown output format "` + name + `"; use one of text, concise, json, sarif, github`
		if err == nil || err.Error() != want {
			t.Errorf("ParseFormat(%q) error = %v, want %s", name, err, want)
		}
	}
	if err := report.Write(&bytes.Buffer{}, "xml", nil, report.Options{}); err == nil || !strings.Contains(err.Error(), `unknown output format "xml"`) {
		t.Errorf("Write in format xml: %v", err)
	}
}

func TestOnlyTextFormatsAreHuman(t *testing.T) {
	for _, name := range report.Names() {
		f, _ := report.ParseFormat(name)
		want := f == report.Text || f == report.Concise
		if f.Human() != want {
			t.Errorf("%s.Human() = %v", f, f.Human())
		}
	}
}

func TestJSONParsesBackToRuffsFields(t *testing.T) {
	type loc struct{ Row, Column int }
	var got []struct {
		Cell        *int     `json:"cell"`
		Code        string   `json:"code"`
		Confidence  string   `json:"confidence"`
		Reasons     []string `json:"confidence_reasons"`
		Location    loc      `json:"location"`
		EndLocation loc      `json:"end_location"`
		Filename    string   `json:"filename"`
		Message     string   `json:"message"`
		Name        string   `json:"name"`
		NoqaRow     *int     `json:"noqa_row"`
		URL         *string  `json:"url"`
		Fix         *struct {
			Applicability string `json:"applicability"`
			Message       string `json:"message"`
			Edits         []struct {
				Content     string `json:"content"`
				Location    loc    `json:"location"`
				EndLocation loc    `json:"end_location"`
			} `json:"edits"`
		} `json:"fix"`
		Reachability *struct {
			Entry string   `json:"entry"`
			Kind  string   `json:"kind"`
			Path  []string `json:"path"`
		} `json:"reachability"`
	}
	findings := fixtureFindings(t)
	out := render(t, report.JSON, findings, report.Options{})
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got) != len(findings) {
		t.Fatalf("%d objects for %d findings", len(got), len(findings))
	}
	for i, f := range findings {
		g := got[i]
		if g.Code != f.Code || g.Name != f.Name || g.Filename != f.Path || g.Message != f.Message ||
			g.Location != (loc{f.Line, f.Col}) || g.EndLocation != (loc{f.EndLine, f.EndCol}) {
			t.Errorf("object %d = %+v, want the fields of %s at %d:%d-%d:%d", i, g, f.Code, f.Line, f.Col, f.EndLine, f.EndCol)
		}
		if g.Cell != nil || g.URL != nil {
			t.Errorf("%s: cell and url must be null", f.Code)
		}
		wantConfidence := f.Confidence.String()
		if f.Code == check.SyntaxErrorCode {
			wantConfidence = "" // said of the file, not graded
		}
		if g.Confidence != wantConfidence || !slices.Equal(g.Reasons, f.Lower) {
			t.Errorf("%s: confidence %q %q, want %q %q", f.Code, g.Confidence, g.Reasons, wantConfidence, f.Lower)
		}
		if f.Code == check.SyntaxErrorCode {
			if g.NoqaRow != nil {
				t.Errorf("E999 noqa_row = %d, want null as Ruff", *g.NoqaRow)
			}
		} else if g.NoqaRow == nil || *g.NoqaRow != f.Line {
			t.Errorf("%s noqa_row = %v, want %d", f.Code, g.NoqaRow, f.Line)
		}
		if (g.Fix == nil) != (f.Fix == nil) {
			t.Errorf("%s: fix %v, want one iff the finding has one", f.Code, g.Fix)
		}
		if r := f.Reachability; r == nil {
			if g.Reachability != nil {
				t.Errorf("%s: reachability %+v, want none", f.Code, g.Reachability)
			}
		} else if g.Reachability == nil || g.Reachability.Entry != r.Entry() || g.Reachability.Kind != r.Kind ||
			!slices.Equal(g.Reachability.Path, r.Names()) {
			t.Errorf("%s: reachability %+v, want %+v", f.Code, g.Reachability, r)
		}
	}

	// The safe fix edits after "é" and "ï": character columns, not bytes.
	ct102 := got[1].Fix
	if ct102.Applicability != "safe" || ct102.Message != "Spell it in ASCII" || len(ct102.Edits) != 1 ||
		ct102.Edits[0].Location != (loc{5, 28}) || ct102.Edits[0].EndLocation != (loc{5, 35}) || ct102.Edits[0].Content != `"naive"` {
		t.Errorf("CT102 fix = %+v", ct102)
	}
	// The unsafe fix: edits in source order; the second replaces line 10
	// whole, so it ends at the start of line 11.
	ct104 := got[2].Fix
	if ct104.Applicability != "unsafe" || len(ct104.Edits) != 2 ||
		ct104.Edits[0].Content != "None" || ct104.Edits[0].Location != (loc{9, 25}) || ct104.Edits[0].EndLocation != (loc{9, 27}) ||
		ct104.Edits[1].Location != (loc{10, 1}) || ct104.Edits[1].EndLocation != (loc{11, 1}) ||
		!strings.HasPrefix(ct104.Edits[1].Content, "\tif cart is None:\n") {
		t.Errorf("CT104 fix = %+v", ct104)
	}
	// Python code in messages reads as written: no \u003c for <.
	if !strings.Contains(out, "<shared> by every call & request") {
		t.Error("JSON escapes <, > or & in messages")
	}
}

func TestNoFindingsIsAnEmptyDocumentInEveryFormat(t *testing.T) {
	for _, tc := range []struct {
		format report.Format
		want   string
	}{
		{report.Text, ""},
		{report.Concise, ""},
		{report.JSON, "[]\n"},
		{report.GitHub, ""},
	} {
		if got := render(t, tc.format, nil, report.Options{}); got != tc.want {
			t.Errorf("%s with no findings = %q, want %q", tc.format, got, tc.want)
		}
	}
	var log struct {
		Runs []struct {
			Results []any `json:"results"`
			Tool    struct {
				Driver struct{ Rules []struct{ ID string } }
			}
		}
	}
	if err := json.Unmarshal([]byte(render(t, report.SARIF, nil, report.Options{})), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 || log.Runs[0].Results == nil || len(log.Runs[0].Results) != 0 {
		t.Errorf("SARIF with no findings: runs %+v, want one run with results []", log.Runs)
	}
	if rules := log.Runs[0].Tool.Driver.Rules; len(rules) != 2 || rules[0].ID != "E999" || rules[1].ID != "E902" {
		t.Errorf("SARIF with no rules lists %v, want the file codes E999 and E902 alone", rules)
	}

	var b bytes.Buffer
	if err := report.WriteStatistics(&b, report.Text, nil, report.Options{}); err != nil || b.String() != "" {
		t.Errorf("text statistics of nothing = %q, %v; want nothing, as Ruff", b.String(), err)
	}
	b.Reset()
	if err := report.WriteStatistics(&b, report.JSON, nil, report.Options{}); err != nil || b.String() != "[]\n" {
		t.Errorf("JSON statistics of nothing = %q, %v; want []", b.String(), err)
	}
}

func TestGitHubEscapesPropertiesAndMessage(t *testing.T) {
	f := fixtureFindings(t)[3]
	f.Path = "dir:x/a,b%.py"
	f.Message = "50% of\r\nrequests, see: here"
	got := render(t, report.GitHub, []check.Finding{f}, report.Options{})
	// A Low finding is a notice, and says why it is lower.
	want := "::notice file=dir%3Ax/a%2Cb%25.py,line=10,col=2,endLine=10,endColumn=19,title=CT101::" +
		"50%25 of%0D%0Arequests, see: here [low: the write holds a lock; it is in test code]\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestStatisticsOnlyInTextAndJSON(t *testing.T) {
	for _, f := range []report.Format{report.SARIF, report.GitHub} {
		err := report.WriteStatistics(&bytes.Buffer{}, f, fixtureFindings(t), report.Options{})
		want := "--statistics is not available in the " + string(f) + " output format; use text, concise, json"
		if err == nil || err.Error() != want {
			t.Errorf("statistics in %s: %v, want %s", f, err, want)
		}
	}
}

// A source line, a path or a message that holds terminal controls (an
// escape that clears the screen, a bell, a bidirectional override) is
// shown, not obeyed: each control is one visible character, so the carets
// still line up under the range.
func TestHumanFormatsShowControlCharactersInsteadOfSendingThem(t *testing.T) {
	src := "x = \"\x1b[2J\a\u202e\" + y\x7f\n"
	f := parser.ParseFile("evil\x1b]0;title\a\x9b2J.py", []byte(src))
	at := strings.Index(src, "y")
	fd := check.Finding{
		Diagnostic: analysis.Diagnostic{Code: "CT101", Pos: token.Pos(at), End: token.Pos(at + 1), Message: "name `y\x1b[31m` \u0085here"},
		Name:       "class-attribute-written-from-method", Path: f.Name, File: f,
		Line: 1, Col: utf8.RuneCountInString(src[:at]) + 1, EndLine: 1, EndCol: utf8.RuneCountInString(src[:at]) + 2,
	}
	want := "evil␛]0;title␇\uFFFD2J.py:1:16: CT101 name `y␛[31m` \uFFFDhere\n" +
		"  1 | x = \"␛[2J␇\uFFFD\" + y␡\n" +
		"    |                ^\n"
	if got := render(t, report.Text, []check.Finding{fd}, report.Options{}); got != want {
		t.Errorf("text:\n%q\nwant\n%q", got, want)
	}
	if got := render(t, report.Concise, []check.Finding{fd}, report.Options{}); got != strings.SplitAfter(want, "\n")[0] {
		t.Errorf("concise: %q", got)
	}
	if got := render(t, report.GitHub, []check.Finding{fd}, report.Options{}); strings.ContainsAny(got, "\x1b\a\u0085") || !utf8.ValidString(got) {
		t.Errorf("github: %q", got)
	}
}
