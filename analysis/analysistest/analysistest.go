// Package analysistest checks analyzers against fixtures whose expected
// findings are written in the fixture itself, as a comment on the line the
// finding starts on:
//
//	def f(x=[]):  # want: CT104
//	def g(x=[], y={}):  # want: CT104, CT104
//
// A finding the rule reports only in strict mode is marked want-strict;
// it is expected when the run is strict and must be absent otherwise, so
// one fixture checks both:
//
//	with cls._lock:
//	    cls._entries[k] = v  # want-strict: CT102
//
// Every finding must be wanted and every want found; a syntax error in a
// fixture is a finding like any other (E999).
package analysistest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
)

// wantRE matches a want comment; the codes follow, separated by commas or
// spaces.
var wantRE = regexp.MustCompile(`#\s*want(-strict)?:\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)`)

// Run checks the .py files under dir with analyzers and reports, as test
// errors naming file:line, each missing and each unexpected finding. It
// returns the findings for further assertions on messages and fixes.
func Run(t *testing.T, dir string, analyzers ...*analysis.Analyzer) []check.Finding {
	t.Helper()
	return RunWithConfig(t, dir, nil, analyzers...)
}

// RunWithConfig is Run with settings: strict mode, rule options,
// per-file-ignores (patterns relative to cfg.Root).
func RunWithConfig(t *testing.T, dir string, cfg *config.Config, analyzers ...*analysis.Analyzer) []check.Finding {
	t.Helper()
	var stderr bytes.Buffer
	res := check.Run([]string{dir}, analyzers, cfg, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Errorf("checking %s failed:\n%s", dir, stderr.String())
	}
	if res.Files == 0 {
		t.Fatalf("no .py files under %s", dir)
	}
	want, err := wants(dir, cfg != nil && cfg.Strict)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range res.Findings {
		key := fmt.Sprintf("%s:%d", f.Path, f.Line)
		got[key] = append(got[key], f.Code)
	}
	for _, key := range sortedKeys(want, got) {
		w, g := want[key], got[key]
		slices.Sort(w)
		slices.Sort(g)
		if !slices.Equal(w, g) {
			t.Errorf("%s: want %v, got %v%s", key, orNone(w), orNone(g), messages(res.Findings, key))
		}
	}
	return res.Findings
}

// wants reads the want comments of the .py files under dir, by file:line;
// want-strict comments count when strict is set.
func wants(dir string, strict bool) (map[string][]string, error) {
	want := map[string][]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for line := 1; sc.Scan(); line++ {
			m := wantRE.FindStringSubmatch(sc.Text())
			if m == nil || m[1] != "" && !strict {
				continue
			}
			key := fmt.Sprintf("%s:%d", path, line)
			want[key] = append(want[key], strings.FieldsFunc(m[2], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })...)
		}
		return sc.Err()
	})
	return want, err
}

func sortedKeys(a, b map[string][]string) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

func orNone(codes []string) any {
	if len(codes) == 0 {
		return "nothing"
	}
	return codes
}

func messages(findings []check.Finding, key string) string {
	var b strings.Builder
	for _, f := range findings {
		if fmt.Sprintf("%s:%d", f.Path, f.Line) == key {
			fmt.Fprintf(&b, "\n\t%s:%d:%d: %s %s", f.Path, f.Line, f.Col, f.Code, f.Message)
		}
	}
	return b.String()
}
