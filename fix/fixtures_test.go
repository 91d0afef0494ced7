package fix_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/conformance"
	"github.com/crosstalk-dev/crosstalk/fix"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// TestFixFixtures applies the fixes of each rule to the sources in
// testdata/CODE/NAME.py and compares the result with NAME.py.fixed. The
// first line of a source says what to expect:
//
//	# fix: safe      the safe fixes alone make NAME.py.fixed
//	# fix: unsafe    --unsafe-fixes makes it, and the safe fixes change nothing
//	# fix: none      a finding with no fix: nothing changes
//
// The fixed source must then be clean of the rule's findings, and CPython
// 3.14's own parser (Pyodide, the conformance reference) must accept it.
// CROSSTALK_UPDATE_FIXTURES=1 writes the .fixed files from what the fixes
// make, for review.
func TestFixFixtures(t *testing.T) {
	sources, err := filepath.Glob(filepath.Join("testdata", "*", "*.py"))
	if err != nil || len(sources) == 0 {
		t.Fatalf("no fixtures in testdata (%v)", err)
	}
	oracle := t.TempDir()
	var fixed []string // the fixed sources, for CPython
	for _, src := range sources {
		code := filepath.Base(filepath.Dir(src))
		name := strings.TrimSuffix(filepath.Base(src), ".py")
		t.Run(code+"/"+name, func(t *testing.T) {
			got := fixFixture(t, code, src)
			if got == nil {
				return
			}
			out := filepath.Join(oracle, code+"_"+name+".py")
			if err := os.WriteFile(out, got, 0o644); err != nil {
				t.Fatal(err)
			}
			fixed = append(fixed, out)
		})
	}
	if t.Failed() {
		return
	}
	ref := &conformance.Reference{Dir: filepath.Join("..", "conformance"), Workers: 1, Timeout: 3 * time.Minute}
	if err := ref.CheckInstalled(); err != nil {
		t.Fatal(err)
	}
	seen := 0
	err = ref.Run(fixed, false, func(r conformance.Result) {
		seen++
		if !r.Verdict() || !r.OK {
			t.Errorf("%s: CPython does not accept the fixed source: %s", r.Path, r.Describe())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != len(fixed) {
		t.Errorf("CPython judged %d of %d fixed sources", seen, len(fixed))
	}
}

// fixFixture checks one fixture and returns the fixed source, or nil for
// a fixture that expects no fix.
func fixFixture(t *testing.T, code, src string) []byte {
	t.Helper()
	before, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(before), "\n")
	expect := strings.TrimSpace(strings.TrimPrefix(first, "# fix:"))
	if !strings.HasPrefix(first, "# fix:") || !slices.Contains([]string{"safe", "unsafe", "none"}, expect) {
		t.Fatalf("first line %q: want `# fix: safe`, `# fix: unsafe` or `# fix: none`", first)
	}
	i := slices.IndexFunc(rules.All(), func(a *analysis.Analyzer) bool { return a.Code == code })
	if i < 0 {
		t.Fatalf("no rule %s", code)
	}
	rule := rules.All()[i]

	dir := t.TempDir()
	path := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(path, before, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default(dir)
	cfg.Strict = true // every finding, reached from an entry point or not
	chk := func(overlay map[string][]byte, stderr io.Writer) check.Result {
		return check.RunOverlay([]string{dir}, []*analysis.Analyzer{rule}, rules.All(), cfg, overlay, stderr)
	}
	found := len(chk(nil, io.Discard).Findings)
	if found == 0 {
		t.Fatalf("no %s finding in the fixture: it tests nothing", code)
	}
	apply := func(unsafe bool) []byte {
		var stderr bytes.Buffer
		out := fix.Run(chk, unsafe, &stderr)
		if stderr.Len() > 0 {
			t.Errorf("fixing said: %s", stderr.String())
		}
		if out.Fixed+len(out.Result.Findings) != found {
			t.Errorf("%d fixed and %d remaining, of the %d findings a check finds", out.Fixed, len(out.Result.Findings), found)
		}
		if len(out.Files) == 0 {
			return before
		}
		return out.Files[0].New
	}
	got := apply(expect == "unsafe")
	if expect == "unsafe" {
		if safe := apply(false); !bytes.Equal(safe, before) {
			t.Errorf("the safe fixes alone change the source: the fix should be marked unsafe:\n%s", safe)
		}
	}
	if expect == "none" {
		if !bytes.Equal(got, before) {
			t.Errorf("a fix where none should be offered:\n%s", got)
		}
		return nil
	}
	if os.Getenv("CROSSTALK_UPDATE_FIXTURES") != "" {
		if err := os.WriteFile(src+".fixed", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(src + ".fixed")
	if err != nil {
		t.Fatalf("%v (CROSSTALK_UPDATE_FIXTURES=1 writes it from what the fixes make)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("fixed source:\n%s\nwant:\n%s", got, want)
	}
	if err := os.WriteFile(path, got, 0o644); err != nil {
		t.Fatal(err)
	}
	if again := chk(nil, io.Discard); len(again.Findings) > 0 {
		t.Errorf("the fixed source still has %d %s findings, the first at line %d: %s",
			len(again.Findings), code, again.Findings[0].Line, again.Findings[0].Message)
	}
	return got
}
