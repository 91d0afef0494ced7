package rules_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// A singleton's __init__ is said to set again only what it sets at every
// call: not what it sets under a check that it is unset.
func TestSingletonInitSaysWhatEveryCallSets(t *testing.T) {
	found := false
	for _, f := range fixtureFindings(t, rules.SingletonInitReruns, "CT202") {
		if !strings.Contains(f.Message, "`Backend.__init__`") {
			continue
		}
		found = true
		if !strings.Contains(f.Message, "sets `self.url_prefix` on it") {
			t.Errorf("%s\nwant it to name `self.url_prefix` alone", f.Message)
		}
	}
	if !found {
		t.Error("Backend: no finding")
	}
}
