// Package textdiff finds where two texts first differ, for tests that
// compare what a run wrote with what it should have.
package textdiff

import "strings"

// FirstLine returns the 1-based number of the first line where a and b
// differ, and that line of each without its newline ("" past the end);
// n is 0 when they are equal. A line differs from the same line without
// its newline.
func FirstLine(a, b string) (n int, la, lb string) {
	if a == b {
		return 0, "", ""
	}
	sa, sb := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	for i := range max(len(sa), len(sb)) {
		var x, y string
		if i < len(sa) {
			x = sa[i]
		}
		if i < len(sb) {
			y = sb[i]
		}
		if x != y {
			return i + 1, strings.TrimSuffix(x, "\n"), strings.TrimSuffix(y, "\n")
		}
	}
	return 0, "", "" // unreachable: a != b
}
