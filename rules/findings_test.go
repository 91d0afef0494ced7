package rules_test

import (
	"bytes"
	"path/filepath"
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
