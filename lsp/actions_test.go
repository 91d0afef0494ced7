package lsp

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
)

// apply applies one edit to src.
func apply(src string, e TextEdit) string {
	t := newText([]byte(src))
	return src[:t.offset(e.Range.Start)] + e.NewText + src[t.offset(e.Range.End):]
}

func TestNoqaEditAddsTheCodeToTheLine(t *testing.T) {
	for _, tc := range []struct {
		name, src, code string
		line            int
		want            string
	}{
		{"a new comment", "x = [1]\ny = 2  \n", "CT104", 2, "x = [1]\ny = 2  # noqa: CT104\n"},
		{"merged into a noqa list", "y = 2  # noqa: E501, F401 the reason\n", "CT104", 1, "y = 2  # noqa: E501, F401, CT104 the reason\n"},
		{"a CRLF line", "y = 2\r\nz = 3\r\n", "CT101", 1, "y = 2  # noqa: CT101\r\nz = 3\r\n"},
		{"after non-ASCII text", "é = '🙂'\n", "CT101", 1, "é = '🙂'  # noqa: CT101\n"},
		{"already listed", "y = 2  # noqa: CT104\n", "CT104", 1, ""},
		{"a line going on after a backslash", "y = 1 + \\\n  2\n", "CT104", 1, ""},
		{"a syntax error", "y = (\n", analysis.SyntaxErrorCode, 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit, ok := noqaEdit([]byte(tc.src), check.Finding{Diagnostic: analysis.Diagnostic{Code: tc.code}, Line: tc.line})
			if !ok {
				if tc.want != "" {
					t.Fatalf("no edit, want %q", tc.want)
				}
				return
			}
			if got := apply(tc.src, edit); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// Hover on a code of a suppression comment shows its page; elsewhere on
// the comment, the pages of all its codes; off the comment, nothing.
func TestHoverOnSuppressionComments(t *testing.T) {
	root := fixture(t)
	c := startServer(t, root, testOptions())
	c.initialize(root)
	path := filepath.Join(root, "shop", "hover.py")
	text := "x = 1  # noqa: CT101, CT102\ny = 2  # crosstalk: ignore[CT104]\n"
	c.open(path, text, 1)
	c.diagnosticsFor(uriOf(path))
	for _, tc := range []struct {
		pos  Position
		want []string
	}{
		{Position{0, 24}, []string{"# CT102 "}},
		{Position{0, 8}, []string{"# CT101 ", "# CT102 "}},
		{Position{1, 30}, []string{"# CT104 "}},
		{Position{0, 2}, nil},
	} {
		resp := c.call("textDocument/hover", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(path)}, "position": tc.pos})
		var h *hover
		if err := jsonUnmarshal(resp.Result, &h); err != nil {
			t.Fatal(err)
		}
		var got []string
		if h != nil {
			for _, page := range strings.Split(h.Contents.Value, "\n---\n\n") {
				got = append(got, page[:len("# CT000 ")])
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("hover at %+v: %q, want %q", tc.pos, got, tc.want)
		}
	}
	c.shutdown()
}
