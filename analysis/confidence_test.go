package analysis

import (
	"slices"
	"testing"
)

// Evidence for a finding never undoes a reason it is lower, in whatever
// order a rule applies them.
func TestRaisedKeepsALowFindingLow(t *testing.T) {
	d := Diagnostic{Code: "CT101"}
	if got := d.Raised(); got.Confidence != High {
		t.Errorf("medium raised: %s, want high", got.Confidence)
	}
	low := d.Lowered("the write holds a lock")
	if got := low.Raised(); got.Confidence != Low || !slices.Equal(got.Lower, []string{"the write holds a lock"}) {
		t.Errorf("low raised: %s %q, want low with its reason", got.Confidence, got.Lower)
	}
	if got := d.Raised().Lowered("a test"); got.Confidence != Low {
		t.Errorf("high lowered: %s, want low", got.Confidence)
	}
	if got := d.Lowered(); got.Confidence != Medium || got.Lower != nil {
		t.Errorf("lowered for no reason: %s %q, want medium", got.Confidence, got.Lower)
	}
	// Lowering a copy leaves the original's reasons alone.
	a := d.Lowered("one")
	b := a.Lowered("two")
	c := a.Lowered("three")
	if !slices.Equal(b.Lower, []string{"one", "two"}) || !slices.Equal(c.Lower, []string{"one", "three"}) {
		t.Errorf("reasons share memory: %q, %q", b.Lower, c.Lower)
	}
}
