package semantic_test

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

func TestIsTestKnowsTheLayoutsOfTestCode(t *testing.T) {
	for _, tc := range []struct {
		name, path, src string
		test            bool
	}{
		{"shop.views", "shop/views.py", "", false},
		{"shop.tests.test_views", "shop/tests/test_views.py", "", true},
		{"shop.tests.factories", "shop/tests/factories.py", "", true},
		{"test.support", "test/support/__init__.py", "", true},
		{"flask.testing", "flask/testing.py", "", true},
		{"django.test.client", "django/test/client.py", "", true},
		{"shop.conftest", "shop/conftest.py", "", true},
		{"shop.views_tests", "shop/views_tests.py", "def test_list():\n    pass\n", true},
		{"shop.views_test", "shop/views_test.py", "import pytest\n", true},
		{"shop.cart_test", "shop/cart_test.py", "from django.test import TestCase as T\n\n\nclass CartTest(T):\n    pass\n", true},
		{"shop.order_test", "shop/order_test.py", "class TestOrder:\n    pass\n", true},
		// Named like a test file, by its suffix alone: pytest's pattern,
		// but a legal-aid means test is production code, and holds no
		// test and imports no test framework.
		{"checker.means_test", "checker/means_test.py", "class MeansTest:\n    def update(self, other={}):\n        pass\n", false},
		{"shop.testutils", "shop/testutils.py", "", true},
		{"shop.latest", "shop/latest.py", "", false},
		{"shop.ab_testing", "shop/ab_testing.py", "", false},
		{"contest.views", "contest/views.py", "", false},
		// End-to-end and integration suites, and what they run beside the
		// service (a mock identity provider).
		{"scripts.e2e.mock_oidc_idp", "scripts/e2e/mock_oidc_idp.py", "", true},
		{"integration_tests.helpers", "integration_tests/helpers.py", "", true},
		{"shop.e2e_checks", "shop/e2e_checks.py", "", false},
	} {
		m := semantic.NewModule(tc.name, false, parser.ParseFile(tc.path, []byte(tc.src)))
		if got := m.IsTest(); got != tc.test {
			t.Errorf("%s (%s): IsTest %v, want %v", tc.name, tc.path, got, tc.test)
		}
	}
}
