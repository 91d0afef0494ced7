package textdiff

import "testing"

func TestFirstLine(t *testing.T) {
	for _, tc := range []struct {
		a, b   string
		n      int
		la, lb string
	}{
		{"x\ny\n", "x\ny\n", 0, "", ""},
		{"x\ny\n", "x\nz\n", 2, "y", "z"},
		{"x\n", "x\ny\n", 2, "", "y"},
		{"x\n", "x", 1, "x", "x"}, // the newline alone
		{"", "a", 1, "", "a"},
	} {
		n, la, lb := FirstLine(tc.a, tc.b)
		if n != tc.n || la != tc.la || lb != tc.lb {
			t.Errorf("FirstLine(%q, %q) = %d, %q, %q; want %d, %q, %q", tc.a, tc.b, n, la, lb, tc.n, tc.la, tc.lb)
		}
	}
}
