package rules_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/analysis/analysistest"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A default assigned to an ORM relationship of self is Low, and the
// reason names the relationship: the ORM copies the items, and the
// default is kept nowhere.
func TestMutableDefaultAssignedToARelationshipSaysSo(t *testing.T) {
	dir := filepath.Join("testdata", "CT104")
	cfg := config.Default(dir)
	cfg.Strict = true
	reasons := map[string]string{} // by file:line:param
	for _, f := range analysistest.RunWithConfig(t, dir, cfg, rules.MutableDefaultArgument) {
		if f.Confidence == analysis.Low {
			param, _, _ := strings.Cut(strings.TrimPrefix(f.Message, "the default of `"), "`")
			reasons[filepath.Base(f.Path)+":"+param] = strings.Join(f.Lower, "; ")
		}
	}
	for key, want := range map[string]string{
		"flask_models.py:owers": "`Bill.__init__` assigns `owers` to `self.owers`, an ORM relationship: " +
			"the ORM copies its items into a collection of its own",
		"flask_models.py:watchers": "`Bill.__init__` assigns `watchers` to `self.watchers`, an ORM relationship: " +
			"the ORM copies its items into a collection of its own",
		"declarative.py:items": "`Bundle.__init__` assigns `items` to `self.items` and `self.pinned`, ORM relationships: " +
			"the ORM copies its items into a collection of its own",
		"reports.py:tags": "`Report.__init__` assigns `tags` to `self.tags`, an ORM relationship: " +
			"the ORM copies its items into a collection of its own",
	} {
		if got := reasons[key]; got != want {
			t.Errorf("%s: low because %q\nwant %q", key, got, want)
		}
	}
}
