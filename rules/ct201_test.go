package rules_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// A cache decorator's message says how much it keeps: every result, or
// up to its maxsize.
func TestCachedFunctionSaysWhatItKeeps(t *testing.T) {
	want := map[string]string{
		"exchange": "whose cache decorator keeps every result,",
		"bounded":  "whose cache decorator keeps up to 16 results,",
		// lru_cache's maxsize when none is given.
		"default_bound": "whose cache decorator keeps up to 128 results,",
		"bare_bound":    "whose cache decorator keeps up to 128 results,",
	}
	for _, f := range fixtureFindings(t, rules.ProcessLocalCacheOfSharedData, "CT201", "shop") {
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
