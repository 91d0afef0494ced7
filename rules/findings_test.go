package rules_test

import (
	"bytes"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
)

// fixtureFindings returns what a reports, in default mode, on the
// fixture tree at testdata/path..., for a test that reads its messages;
// anything written to stderr fails the test.
func fixtureFindings(t *testing.T, a *analysis.Analyzer, path ...string) []check.Finding {
	t.Helper()
	dir := filepath.Join(append([]string{"testdata"}, path...)...)
	var stderr bytes.Buffer
	res := check.Run([]string{dir}, []*analysis.Analyzer{a}, config.Default(dir), &stderr)
	if stderr.Len() > 0 {
		t.Fatalf("%s: %s", dir, stderr.String())
	}
	return res.Findings
}

// wantMessages fails unless findings has, in the file named file, a
// finding at each line of want whose message holds want's text there.
func wantMessages(t *testing.T, findings []check.Finding, file string, want map[int]string) {
	t.Helper()
	want = maps.Clone(want)
	for _, f := range findings {
		if filepath.Base(f.Path) != file || want[f.Line] == "" {
			continue
		}
		if !strings.Contains(f.Message, want[f.Line]) {
			t.Errorf("%s:%d: %s\nwant it to say %s", file, f.Line, f.Message, want[f.Line])
		}
		delete(want, f.Line)
	}
	for row, w := range want {
		t.Errorf("%s:%d: no finding; want one that says %s", file, row, w)
	}
}
