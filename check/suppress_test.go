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
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{namesAs("CT101"), namesAs("CT102")}, cfg, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed: %s", stderr.String())
	}
	var got []string
	for _, f := range res.Findings {
		rel, _ := filepath.Rel(root, f.Path)
		got = append(got, fmt.Sprintf("%s:%d %s %s", filepath.ToSlash(rel), f.Line, f.Code, f.Message))
	}
	return got
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

	var sawStrict bool
	strictProbe := &analysis.Analyzer{Name: "probe", Code: "CT199", Run: func(p *analysis.Pass) { sawStrict = p.Strict }}
	var stderr bytes.Buffer
	check.Run([]string{filepath.Join(root, "app", "views.py")}, []*analysis.Analyzer{strictProbe}, cfg, &stderr)
	if !sawStrict {
		t.Error("strict = true did not reach the Pass")
	}
}
