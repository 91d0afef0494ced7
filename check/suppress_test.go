package check_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// namesAs reports every Name node under code, so that tests can tell
// codes apart.
func namesAs(code string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "names-" + code, Code: code, Doc: "Reports every name.",
		Run: func(p *analysis.Pass) {
			ast.Inspect(p.File.Module, func(n ast.Node) bool {
				if nm, ok := n.(*ast.Name); ok {
					p.Reportf(nm.Pos(), nm.End(), "%s", nm.Id)
				}
				return true
			})
		},
	}
}

func findings(t *testing.T, root string, cfg *config.Config) []string {
	t.Helper()
	got, warnings := findingsAndWarnings(t, root, cfg)
	if len(warnings) > 0 {
		t.Fatalf("warnings: %q", warnings)
	}
	return got
}

// findingsAndWarnings runs CT101 and CT102 over root, and returns the
// findings and the lines of stderr, paths relative to root. Warnings do
// not fail the run.
func findingsAndWarnings(t *testing.T, root string, cfg *config.Config) (got, warnings []string) {
	t.Helper()
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{namesAs("CT101"), namesAs("CT102")}, cfg, &stderr)
	if res.Failed {
		t.Fatalf("failed: %s", stderr.String())
	}
	for _, f := range res.Findings {
		rel, _ := filepath.Rel(root, f.Path)
		got = append(got, fmt.Sprintf("%s:%d %s %s", filepath.ToSlash(rel), f.Line, f.Code, f.Message))
	}
	text := strings.ReplaceAll(stderr.String(), root+string(filepath.Separator), "")
	for line := range strings.Lines(text) {
		warnings = append(warnings, strings.TrimSuffix(line, "\n"))
	}
	return got, warnings
}

func TestSuppressionComments(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py": strings.Join([]string{
			"kept",
			"bare  # noqa",
			"upper  # NOQA",
			"one  # noqa: CT101",
			"both  # noqa: CT101, CT102 because reasons",
			"prefix  # noqa:CT1",
			"ours  # crosstalk: ignore[CT102]",
			"oursall  # crosstalk: ignore",
			"chained  # type: ignore  # noqa: CT102",
			`text = "# noqa"`,
			"multi = [  # noqa",
			"    inside,",
			"]",
		}, "\n") + "\n",
		"b.py": "# crosstalk: ignore-file\nx\n",
		"c.py": "# crosstalk: ignore-file[CT101]\nx\n",
	})
	got := findings(t, root, nil)
	want := []string{
		"a.py:1 CT101 kept", "a.py:1 CT102 kept",
		"a.py:4 CT102 one",
		"a.py:7 CT101 ours",
		"a.py:9 CT101 chained",
		"a.py:10 CT101 text", "a.py:10 CT102 text", // the # is in a string
		"a.py:12 CT101 inside", "a.py:12 CT102 inside", // the noqa is on another line
		"c.py:2 CT102 x",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
}

func TestSyntaxErrorsAreNotSuppressedByNoqa(t *testing.T) {
	root := writeTree(t, map[string]string{"bad.py": "x = (  # noqa\n"})
	got := findings(t, root, nil)
	if len(got) != 1 || !strings.Contains(got[0], "E999") {
		t.Errorf("findings = %q, want the E999", got)
	}
}

func TestConfigAppliesPerFileIgnoresExcludeAndStrict(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/views.py":          "v\n",
		"app/tests/test_x.py":   "t\n",
		"build/gen.py":          "g\n",
		"app/migrations/m.py":   "m\n",
		"crosstalk.toml":        "",
		"app/tests/__init__.py": "",
	})
	path := filepath.Join(root, "crosstalk.toml")
	text := "extend-exclude = [\"build\", \"**/migrations/\"]\nstrict = true\n[per-file-ignores]\n\"**/tests/*\" = [\"CT101\"]\n\"__init__.py\" = [\"CT1\"]\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	all := []*analysis.Analyzer{namesAs("CT101"), namesAs("CT102")}
	cfg, err := config.Load(path, all)
	if err != nil {
		t.Fatal(err)
	}
	got := findings(t, root, cfg)
	want := []string{
		"app/tests/test_x.py:1 CT102 t",
		"app/views.py:1 CT101 v", "app/views.py:1 CT102 v",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}

	// Strict shows the Low findings; without it they are counted only.
	lowProbe := &analysis.Analyzer{Name: "probe", Code: "CT199", Run: func(p *analysis.Pass) {
		p.Report(p.Diagnosticf(0, 1, "probe").Lowered("a probe"))
	}}
	var stderr bytes.Buffer
	views := []string{filepath.Join(root, "app", "views.py")}
	if res := check.Run(views, []*analysis.Analyzer{lowProbe}, cfg, &stderr); len(res.Findings) != 1 || res.Hidden != 0 {
		t.Errorf("strict = true: %d findings, %d hidden; want the Low one shown", len(res.Findings), res.Hidden)
	}
	if res := check.Run(views, []*analysis.Analyzer{lowProbe}, nil, &stderr); len(res.Findings) != 0 || res.Hidden != 1 {
		t.Errorf("default: %d findings, %d hidden; want the Low one hidden", len(res.Findings), res.Hidden)
	}
}

// A typo in a directive must not turn every rule off: each of these once
// suppressed every code. Now they suppress nothing, and each gets one
// warning that says what to write instead.
func TestMalformedSuppressionsSuppressNothingAndWarn(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py": strings.Join([]string{
			"a  # crosstalk: ignore[ct101]",
			"b  # crosstalk: ignore[CT-101]",
			"c  # noqa: ct104",
			"d  # crosstalk: ignore[",
			"e  # crosstalk: ignore[]",
			"f  # noqa:",
			"g  # noqa: because the lock is held",
			"h  # noqa CT101",
			"i  # noqaCT101",
			"j  # crosstalk: ignore CT101",
			"k  # noqa: CT101, ct102",
			"l  # crosstalk: ignore[CT101 because]",
			"m  # crosstalk: ignored",
		}, "\n") + "\n",
		"b.py": "# crosstalk: ignore-file[ct101]\nx\n",
		"c.py": "# crosstalk: ignore-files[CT101]\nx\n",
		"d.py": "# crosstalk: ignore-file[]\nx\n",
	})
	got, warnings := findingsAndWarnings(t, root, nil)
	var want []string
	for i, name := range "abcdefghijklm" {
		want = append(want, fmt.Sprintf("a.py:%d CT101 %c", i+1, name), fmt.Sprintf("a.py:%d CT102 %c", i+1, name))
	}
	for _, f := range []string{"b", "c", "d"} {
		want = append(want, f+".py:2 CT101 x", f+".py:2 CT102 x")
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	const w = "crosstalk: warning: "
	wantWarnings := []string{
		w + `a.py:1: malformed suppression "# crosstalk: ignore[ct101]" suppresses nothing: codes are upper-case letters then digits, as CT101`,
		w + `a.py:2: malformed suppression "# crosstalk: ignore[CT-101]" suppresses nothing: codes are upper-case letters then digits, as CT101`,
		w + `a.py:3: malformed suppression "# noqa: ct104" suppresses nothing: codes are upper-case letters then digits, as CT104`,
		w + `a.py:4: malformed suppression "# crosstalk: ignore[" suppresses nothing: the "[" is not closed`,
		w + `a.py:5: malformed suppression "# crosstalk: ignore[]" suppresses nothing: the brackets name no code; a bare "# crosstalk: ignore" ignores every code`,
		w + `a.py:6: malformed suppression "# noqa:" suppresses nothing: codes follow "noqa:", as "# noqa: CT101"; a bare "# noqa" turns off every code on the line`,
		w + `a.py:7: malformed suppression "# noqa: because the lock is held" suppresses nothing: codes follow "noqa:", as "# noqa: CT101"; a bare "# noqa" turns off every code on the line`,
		w + `a.py:8: malformed suppression "# noqa CT101" suppresses nothing: codes follow a colon, as "# noqa: CT101"`,
		w + `a.py:9: malformed suppression "# noqaCT101" suppresses nothing: codes follow a colon, as "# noqa: CT101"`,
		w + `a.py:10: malformed suppression "# crosstalk: ignore CT101" suppresses nothing: codes go in brackets, as "# crosstalk: ignore[CT101]"`,
		w + `a.py:11: malformed suppression "# noqa: CT101, ct102" suppresses nothing: codes are upper-case letters then digits, as CT102`,
		w + `a.py:12: malformed suppression "# crosstalk: ignore[CT101 because]" suppresses nothing: "because" is not a code`,
		w + `a.py:13: malformed suppression "# crosstalk: ignored" suppresses nothing: "ignored" is neither "ignore" nor "ignore-file"`,
		w + `b.py:1: malformed suppression "# crosstalk: ignore-file[ct101]" suppresses nothing: codes are upper-case letters then digits, as CT101`,
		w + `c.py:1: malformed suppression "# crosstalk: ignore-files[CT101]" suppresses nothing: "ignore-files" is neither "ignore" nor "ignore-file"`,
		w + `d.py:1: malformed suppression "# crosstalk: ignore-file[]" suppresses nothing: the brackets name no code; a bare "# crosstalk: ignore-file" ignores every code`,
	}
	if !slices.Equal(warnings, wantWarnings) {
		t.Errorf("warnings:\n got %s\nwant %s", strings.Join(warnings, "\n     "), strings.Join(wantWarnings, "\n     "))
	}
}

// A noqa comment is shared with Ruff and flake8: a code of another tool
// (F401, E501) is theirs, so it neither suppresses a crosstalk code nor
// draws a warning. A code with crosstalk's letters that names no rule is
// a typo, and a crosstalk directive owns every code it names.
func TestUnknownCodesSuppressNothingAndOursAreWarnedAbout(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py": strings.Join([]string{
			"a  # noqa: F401",
			"b  # noqa: CT999",
			"c  # crosstalk: ignore[F401]",
			"d  # noqa: CT101, F401",
			"e  # noqa: CT101, CT998 CT999",
			"f  # noqa: E999, E501",
			"g  # crosstalk: ignore[E902, E9, CT1]",
			"h  # crosstalk: ignore-file[CT998]",
		}, "\n") + "\n",
	})
	got, warnings := findingsAndWarnings(t, root, nil)
	want := []string{
		"a.py:1 CT101 a", "a.py:1 CT102 a",
		"a.py:2 CT101 b", "a.py:2 CT102 b",
		"a.py:3 CT101 c", "a.py:3 CT102 c",
		"a.py:4 CT102 d",
		"a.py:5 CT102 e",
		"a.py:6 CT101 f", "a.py:6 CT102 f",
		"a.py:8 CT101 h", "a.py:8 CT102 h",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	const w = "crosstalk: warning: "
	wantWarnings := []string{
		w + "a.py:2: unknown code \"CT999\" in \"# noqa: CT999\" suppresses nothing; `crosstalk rules` lists the codes",
		w + "a.py:3: unknown code \"F401\" in \"# crosstalk: ignore[F401]\" suppresses nothing; `crosstalk rules` lists the codes",
		w + "a.py:5: unknown codes \"CT998\", \"CT999\" in \"# noqa: CT101, CT998 CT999\" suppress nothing; `crosstalk rules` lists the codes",
		w + "a.py:8: unknown code \"CT998\" in \"# crosstalk: ignore-file[CT998]\" suppresses nothing; `crosstalk rules` lists the codes",
	}
	if !slices.Equal(warnings, wantWarnings) {
		t.Errorf("warnings:\n got %s\nwant %s", strings.Join(warnings, "\n     "), strings.Join(wantWarnings, "\n     "))
	}
}

// The keyword is matched in any case, as Ruff does, however the rest of
// the file is spelt.
func TestNoqaInAnyCase(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "x  # Noqa\ny  # nOQA: CT101\n"})
	got := findings(t, root, nil)
	if want := []string{"a.py:2 CT102 y"}; !slices.Equal(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// Suppressions are read in the files with findings, and there every
// directive is checked, on a line with a finding or not. A file without
// findings is not read again: a directive that suppresses nothing hides
// nothing there, and the warning comes with the file's first finding.
func TestSuppressionsAreCheckedInEveryFileWithFindings(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py": "x\npass  # noqa: ct101\n",
		"b.py": "pass  # noqa: ct101\n",
	})
	got, warnings := findingsAndWarnings(t, root, nil)
	wantFindings := []string{"a.py:1 CT101 x", "a.py:1 CT102 x"}
	want := []string{`crosstalk: warning: a.py:2: malformed suppression "# noqa: ct101" suppresses nothing: codes are upper-case letters then digits, as CT101`}
	if !slices.Equal(got, wantFindings) || !slices.Equal(warnings, want) {
		t.Errorf("findings %q, warnings %q; want %q and %q", got, warnings, wantFindings, want)
	}
}
