package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// applyFix applies the edits of a fix, last first so offsets stay valid.
func applyFix(src []byte, fix *analysis.Fix) string {
	edits := slices.Clone(fix.Edits)
	slices.SortFunc(edits, func(a, b analysis.Edit) int { return int(b.Pos - a.Pos) })
	out := slices.Clone(src)
	for _, e := range edits {
		out = slices.Concat(out[:e.Pos], []byte(e.New), out[e.End:])
	}
	return string(out)
}

func TestMutableDefaultFix(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		safe, none      bool
	}{
		{
			name: "read only: safe",
			src:  "def f(k, seen=[]):\n    return k in seen\n",
			want: "def f(k, seen=None):\n    if seen is None:\n        seen = []\n    return k in seen\n",
			safe: true,
		},
		{
			name: "mutated: unsafe",
			src:  "def f(k, acc={}):\n    acc[k] = 1\n    return acc\n",
			want: "def f(k, acc=None):\n    if acc is None:\n        acc = {}\n    acc[k] = 1\n    return acc\n",
		},
		{
			name: "mutating method: unsafe",
			src:  "def f(k, acc=[]):\n    acc.append(k)\n",
			want: "def f(k, acc=None):\n    if acc is None:\n        acc = []\n    acc.append(k)\n",
		},
		{
			name: "after the docstring, reads through get and len: safe",
			src:  "class C:\n    def m(self, opts=dict(a=1)):\n        \"\"\"Doc.\"\"\"\n        return opts.get('a'), len(opts)\n",
			want: "class C:\n    def m(self, opts=None):\n        \"\"\"Doc.\"\"\"\n        if opts is None:\n            opts = dict(a=1)\n        return opts.get('a'), len(opts)\n",
			safe: true,
		},
		{
			name: "only a docstring",
			src:  "def f(x=[]):\n    \"\"\"Doc.\"\"\"\n",
			want: "def f(x=None):\n    \"\"\"Doc.\"\"\"\n    if x is None:\n        x = []\n",
			safe: true,
		},
		{name: "body on the def line", src: "def f(x=[]): return x\n", none: true},
		{name: "annotated", src: "def f(x: list = []):\n    return x\n", none: true},
		{name: "lambda", src: "g = lambda x=[]: x\n", none: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "m.py")
			if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			// A default the body only reads is Low: shown under strict.
			cfg := config.Default(dir)
			cfg.Strict = true
			res := check.Run([]string{dir}, []*analysis.Analyzer{rules.MutableDefaultArgument}, cfg, &stderr)
			if len(res.Findings) != 1 {
				t.Fatalf("%d findings, want 1: %s", len(res.Findings), stderr.String())
			}
			if low := res.Findings[0].Confidence == analysis.Low; low != tc.safe {
				t.Errorf("confidence %s (%v), want low only when the body only reads the default", res.Findings[0].Confidence, res.Findings[0].Lower)
			}
			fix := res.Findings[0].Fix
			if tc.none {
				if fix != nil {
					t.Errorf("a fix where none is possible: %+v", fix)
				}
				return
			}
			if fix == nil {
				t.Fatal("no fix")
			}
			got := applyFix([]byte(tc.src), fix)
			if got != tc.want {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, tc.want)
			}
			if fix.Safe != tc.safe {
				t.Errorf("safe = %v, want %v", fix.Safe, tc.safe)
			}
			if f := parser.ParseFile("fixed.py", []byte(got)); len(f.Errors) > 0 {
				t.Errorf("the fix does not parse: %s", f.Errors[0].Msg)
			}
		})
	}
}
