package rules_test

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// A base that leaves its nested Meta to its subclasses writes each
// subclass's: the message says so, and names the first.
func TestSubclassMetaWriteSaysEachSubclass(t *testing.T) {
	want := map[int]string{
		17: "writes `BaseSerializer.Meta.depth` on the class through `self.Meta` (the value",
		30: "writes `ScopeSerializer.Meta.fields` on the class through `self.Meta`, each subclass's Meta (`ScopeSerializer.Meta` is the first)",
	}
	wantMessages(t, fixtureFindings(t, rules.ClassAttributeWrittenFromMethod, "CT101", "nested_class.py"), "nested_class.py", want)
}
