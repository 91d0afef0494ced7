package fix

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestWriteDiff(t *testing.T) {
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"lines inserted in the middle of a long file",
			"1\n2\n3\n4\ndef f(k, seen=[]):\n    return k in seen\n5\n6\n7\n8\n",
			"1\n2\n3\n4\ndef f(k, seen=None):\n    if seen is None:\n        seen = []\n    return k in seen\n5\n6\n7\n8\n",
			"--- m.py\n+++ m.py\n@@ -2,7 +2,9 @@\n 2\n 3\n 4\n-def f(k, seen=[]):\n+def f(k, seen=None):\n+    if seen is None:\n+        seen = []\n     return k in seen\n 5\n 6\n"},
		{"two hunks", "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n", "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n",
			"--- m.py\n+++ m.py\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n"},
		{"into an empty file", "", "x\n", "--- m.py\n+++ m.py\n@@ -0,0 +1 @@\n+x\n"},
		{"no newline at the end", "x = 1", "x = 2", "--- m.py\n+++ m.py\n@@ -1 +1 @@\n-x = 1\n\\ No newline at end of file\n+x = 2\n\\ No newline at end of file\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteDiff(&b, "m.py", []byte(tc.old), []byte(tc.new)); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("diff:\n%s\nwant:\n%s", b.String(), tc.want)
			}
		})
	}
}

// Every diff, applied to the old text, gives the new one, and takes no
// more lines than replacing the whole.
func TestWriteDiffApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		var old []string
		for range r.IntN(40) {
			old = append(old, strconv.Itoa(r.IntN(8))) // repeated lines, few anchors
		}
		new := mutate(r, old)
		a, b := strings.Join(old, "\n"), strings.Join(new, "\n")
		if r.IntN(2) == 0 {
			a, b = a+"\n", b+"\n"
		}
		var d bytes.Buffer
		if err := WriteDiff(&d, "m.py", []byte(a), []byte(b)); err != nil {
			t.Fatal(err)
		}
		got, err := patch(a, d.String())
		if err != nil || got != b {
			t.Fatalf("case %d: %q -> %q\ndiff:\n%s\npatched: %q, %v", n, a, b, d.String(), got, err)
		}
	}
}

func mutate(r *rand.Rand, lines []string) []string {
	out := append([]string(nil), lines...)
	for range r.IntN(5) {
		i := r.IntN(len(out) + 1)
		switch r.IntN(3) {
		case 0:
			out = append(out[:i], append([]string{"new" + strconv.Itoa(r.IntN(3))}, out[i:]...)...)
		case 1:
			if i < len(out) {
				out = append(out[:i], out[i+1:]...)
			}
		case 2:
			if i < len(out) {
				out[i] = strconv.Itoa(r.IntN(8))
			}
		}
	}
	return out
}

// patch applies a unified diff to text, checking each context and
// removed line, as patch(1) does without fuzz.
func patch(text, diff string) (string, error) {
	if diff == "" {
		return text, nil
	}
	old := lines([]byte(text))
	var out []string
	i := 0
	dl := strings.SplitAfter(diff, "\n")
	if len(dl) < 2 || !strings.HasPrefix(dl[0], "--- ") || !strings.HasPrefix(dl[1], "+++ ") {
		return "", fmt.Errorf("no header")
	}
	for k := 2; k < len(dl) && dl[k] != ""; k++ {
		l := dl[k]
		if strings.HasPrefix(l, "@@ ") {
			var start int
			var rest string
			if _, err := fmt.Sscanf(l, "@@ -%d%s", &start, &rest); err != nil {
				return "", err
			}
			if strings.HasPrefix(rest, ",0") {
				start++ // an empty side names the line before
			}
			for ; i < start-1; i++ {
				out = append(out, string(old[i]))
			}
			continue
		}
		noEOL := k+1 < len(dl) && strings.HasPrefix(dl[k+1], `\ No newline`)
		body := l[1:]
		if noEOL {
			body = strings.TrimSuffix(body, "\n")
			k++
		}
		switch l[0] {
		case ' ', '-':
			if i >= len(old) || string(old[i]) != body {
				return "", fmt.Errorf("line %d is %q, the diff says %q", i+1, old[min(i, len(old)-1)], body)
			}
			if l[0] == ' ' {
				out = append(out, body)
			}
			i++
		case '+':
			out = append(out, body)
		default:
			return "", fmt.Errorf("bad line %q", l)
		}
	}
	for ; i < len(old); i++ {
		out = append(out, string(old[i]))
	}
	return strings.Join(out, ""), nil
}
