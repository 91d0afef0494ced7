package rules_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// A public method whose class's own calls each bind the instance's
// container first still changes the class's when the framework calls it
// itself: Django runs a view's get with no fresh list. The helper only
// the class calls, after the binding, changes the instance's.
func TestPublicMethodTheFrameworkCallsKeepsTheClassContainer(t *testing.T) {
	res := strictRun(t, t.TempDir(), map[string]string{"views.py": `from django.views import View


class ReportView(View):
    rows = []
    state = {}

    def get(self, request):
        self.rows.append(request)

    def set_value(self, key, value):
        self.state[key] = value

    def post(self, request):
        self.rows = []
        self.state = {}
        self.set_value("a", 1)
        return self.get(request)
`}, rules.MutableClassAttributeMutated)
	if f := res.Findings[0]; f.Line != 9 || !strings.Contains(f.Message, "ReportView.rows") {
		t.Errorf("got %s:%d %s; want the append to rows in get, line 9", f.Path, f.Line, f.Message)
	}
}
