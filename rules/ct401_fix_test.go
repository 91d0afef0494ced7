package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// The fix of CT401 replaces the rebinding with the ORM's in-place reload:
// the fixed source parses, and CT401 finds nothing in it.
func TestSelfReboundFix(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{
			name: "django",
			src:  "from django.db import models\n\n\nclass Order(models.Model):\n    def refresh(self):\n        self = Order.objects.get(pk=self.pk)\n",
			want: "from django.db import models\n\n\nclass Order(models.Model):\n    def refresh(self):\n        self.refresh_from_db()\n",
		},
		{
			name: "mongoengine, a comment kept",
			src:  "import mongoengine\n\n\nclass Doc(mongoengine.Document):\n    def refresh(self):\n        self = Doc.objects.get(id=self.id)  # reload\n        return None\n",
			want: "import mongoengine\n\n\nclass Doc(mongoengine.Document):\n    def refresh(self):\n        self.reload()  # reload\n        return None\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := func(src string) check.Result {
				dir := t.TempDir()
				if err := os.WriteFile(filepath.Join(dir, "m.py"), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
				cfg := config.Default(dir)
				cfg.Strict = true
				var stderr bytes.Buffer
				return check.Run([]string{dir}, []*analysis.Analyzer{rules.SelfRebound}, cfg, &stderr)
			}
			res := run(tc.src)
			if len(res.Findings) != 1 || res.Findings[0].Fix == nil {
				t.Fatalf("%d findings, want 1 with a fix", len(res.Findings))
			}
			fix := res.Findings[0].Fix
			if fix.Safe {
				t.Error("the reload fix is marked safe; it may read other fields than the query did")
			}
			got := applyFix([]byte(tc.src), fix)
			if got != tc.want {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, tc.want)
			}
			if f := parser.ParseFile("fixed.py", []byte(got)); len(f.Errors) > 0 {
				t.Errorf("the fix does not parse: %s", f.Errors[0].Msg)
			}
			if again := run(got); len(again.Findings) != 0 {
				t.Errorf("the fixed source still has %d CT401 findings", len(again.Findings))
			}
		})
	}
}
