package semantic

import (
	"slices"
	"testing"
)

// A format's text around its conversions, as getattr's patterns read it.
func TestFormatPieces(t *testing.T) {
	for _, c := range []struct {
		format string
		want   []string
		pieces func(string) []string
	}{
		{"do_%s", []string{"do_", ""}, percentPieces},
		{"%(kind)s_view", []string{"", "_view"}, percentPieces},
		{"100%% %-5d done", []string{"100% ", " done"}, percentPieces},
		{"plain", []string{"plain"}, percentPieces},
		{"on_{}_done", []string{"on_", "_done"}, formatPieces},
		{"{{x}}_{0}", []string{"{x}_", ""}, formatPieces},
	} {
		if got := c.pieces(c.format); !slices.Equal(got, c.want) {
			t.Errorf("pieces of %q = %q, want %q", c.format, got, c.want)
		}
	}
}
