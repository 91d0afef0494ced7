package rules_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A cache decorator's message says how much it keeps: every result, or
// up to its maxsize.
func TestCachedFunctionSaysWhatItKeeps(t *testing.T) {
	dir := filepath.Join("testdata", "CT201", "shop")
	var stderr bytes.Buffer
	res := check.Run([]string{dir}, []*analysis.Analyzer{rules.ProcessLocalCacheOfSharedData}, config.Default(dir), &stderr)
	want := map[string]string{
		"exchange": "whose cache decorator keeps every result,",
		"bounded":  "whose cache decorator keeps up to 16 results,",
	}
	for _, f := range res.Findings {
		for fn, w := range want {
			if strings.HasPrefix(f.Message, "`"+fn+"`") {
				if !strings.Contains(f.Message, w) {
					t.Errorf("%s: %s\nwant it to say %q", fn, f.Message, w)
				}
				delete(want, fn)
			}
		}
	}
	for fn := range want {
		t.Errorf("%s: no finding", fn)
	}
}
