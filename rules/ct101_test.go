package rules_test

import (
	"path/filepath"
	"strings"
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
	for _, f := range fixtureFindings(t, rules.ClassAttributeWrittenFromMethod, "CT101", "nested_class.py") {
		if filepath.Base(f.Path) != "nested_class.py" || want[f.Line] == "" {
			continue
		}
		if !strings.Contains(f.Message, want[f.Line]) {
			t.Errorf("nested_class.py:%d: %s\nwant it to say %s", f.Line, f.Message, want[f.Line])
		}
		delete(want, f.Line)
	}
	for row, w := range want {
		t.Errorf("nested_class.py:%d: no finding; want one that says %s", row, w)
	}
}
