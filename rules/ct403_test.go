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

// A lost update's message names what writes the field back: the query
// update of the field in the change's own branch, not a save in another
// branch, nor one whose update_fields leave the field out.
func TestLostUpdateNamesItsWriteBack(t *testing.T) {
	dir := filepath.Join("testdata", "CT403", "shop")
	var stderr bytes.Buffer
	res := check.Run([]string{dir}, []*analysis.Analyzer{rules.LostUpdate}, config.Default(dir), &stderr)
	want := map[int]string{
		128: "then `Article.objects.filter(pk=media.pk).update(views=",
		135: "then `Article.objects.filter(pk=pk).update(views=media.views)`",
		138: "then `media.save(update_fields=[\"likes\", \"title\"])`",
	}
	for _, f := range res.Findings {
		if filepath.Base(f.Path) != "views.py" || want[f.Line] == "" {
			continue
		}
		if !strings.Contains(f.Message, want[f.Line]) {
			t.Errorf("views.py:%d: %s\nwant it to say %s", f.Line, f.Message, want[f.Line])
		}
		delete(want, f.Line)
	}
	for row, w := range want {
		t.Errorf("views.py:%d: no finding; want one that says %s", row, w)
	}
}
