package main

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"

	"github.com/crosstalk-dev/crosstalk/internal/textdiff"
)

// The rule pages, docs/rules/<CODE>.md, are generated: this test
// rewrites them when updateRulePages is set to 1, and otherwise fails on
// any that drifted from what `crosstalk rule CODE` prints.
const (
	updateRulePages     = "CROSSTALK_UPDATE_RULE_PAGES"
	regenerateRulePages = updateRulePages + "=1 go test ./cmd/crosstalk -run TestRulePages"
)

// rulePagesDir is docs/rules, from this package's directory, where go
// test runs.
var rulePagesDir = filepath.Join("..", "..", "docs", "rules")

// TestRulePages holds docs/rules to exactly one page per code that
// `crosstalk rule` documents, each byte for byte what the command prints.
func TestRulePages(t *testing.T) {
	want := map[string]string{}
	for _, a := range documented() {
		code, out, errOut := runCLI("rule", a.Code)
		if code != exitOK {
			t.Fatalf("crosstalk rule %s: exit %d, %s", a.Code, code, errOut)
		}
		want[a.Code] = out
	}
	if os.Getenv(updateRulePages) == "1" {
		if err := writeRulePages(rulePagesDir, want); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range rulePageProblems(rulePagesDir, want) {
		t.Error(p)
	}
}

// TestRulePageProblems shows that the check of TestRulePages catches each
// kind of drift, and that writeRulePages repairs them all.
func TestRulePageProblems(t *testing.T) {
	dir := t.TempDir()
	want := map[string]string{"CT101": "# CT101 a\n\nOne.\n", "CT102": "# CT102 b\n\nTwo.\n", "E999": "# E999 c\n\nThree.\n"}
	files := map[string]string{
		"CT101.md":  want["CT101"],            // up to date
		"CT102.md":  "# CT102 b\n\nTwo!\n",    // drifted
		"CT100.md":  "# CT100 gone\n\nOld.\n", // its rule is gone
		"notes.txt": "not a page\n",           // not a page at all
	} // and E999's page is missing
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	problems := rulePageProblems(dir, want)
	for _, p := range problems {
		if !strings.Contains(p, regenerateRulePages) && !strings.Contains(p, "remove it") {
			t.Errorf("problem %q does not say how to fix it", p)
		}
	}
	joined := strings.Join(problems, "\n")
	for _, w := range []string{"CT102.md differs from `crosstalk rule CT102` at line 3", "E999 has no page", "CT100.md is the page of no rule", "notes.txt is not a rule page"} {
		if !strings.Contains(joined, w) {
			t.Errorf("the problems do not say %q:\n%s", w, joined)
		}
	}
	if strings.Contains(joined, "CT101") || len(problems) != 4 {
		t.Errorf("want exactly the 4 problems, got %d:\n%s", len(problems), joined)
	}

	if err := writeRulePages(dir, want); err != nil {
		t.Fatal(err)
	}
	if problems := rulePageProblems(dir, want); len(problems) != 1 || !strings.Contains(problems[0], "notes.txt") {
		t.Errorf("after writeRulePages, want only notes.txt left (it is not a page, so it is not removed), got %q", problems)
	}
	if _, err := os.Stat(filepath.Join(dir, "CT100.md")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("writeRulePages left the page of no rule: %v", err)
	}
}

// rulePageProblems compares the pages in dir with want, the pages by
// code, and returns what differs, each with what to do about it. The
// messages name dir docs/rules, as the developer sees it from the
// repository's root.
func rulePageProblems(dir string, want map[string]string) []string {
	var problems []string
	for _, code := range slices.Sorted(maps.Keys(want)) {
		name := code + ".md"
		got, err := os.ReadFile(filepath.Join(dir, name))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			problems = append(problems, fmt.Sprintf("%s has no page %s; generate it with: %s", code, "docs/rules/"+name, regenerateRulePages))
		case err != nil:
			problems = append(problems, err.Error())
		case string(got) != want[code]:
			line, _, _ := textdiff.FirstLine(string(got), want[code])
			problems = append(problems, fmt.Sprintf("%s differs from `crosstalk rule %s` at line %d. The page is generated from %s (edit that, not the page); regenerate the pages with: %s",
				"docs/rules/"+name, code, line, docSource(code), regenerateRulePages))
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return append(problems, err.Error())
	}
	for _, e := range entries {
		code, isPage := strings.CutSuffix(e.Name(), ".md")
		switch {
		case e.IsDir() || !isPage:
			problems = append(problems, fmt.Sprintf("%s is not a rule page: docs/rules holds only the generated <CODE>.md pages; remove it", "docs/rules/"+e.Name()))
		case want[code] == "":
			problems = append(problems, fmt.Sprintf("%s is the page of no rule (`crosstalk rule %s` knows none); remove it with: %s", "docs/rules/"+e.Name(), code, regenerateRulePages))
		}
	}
	return problems
}

// writeRulePages makes dir hold exactly the pages of want: it writes each
// and removes the .md pages of codes that are not in want.
func writeRulePages(dir string, want map[string]string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for code, page := range want {
		if err := os.WriteFile(filepath.Join(dir, code+".md"), []byte(page), 0o644); err != nil {
			return err
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if code, isPage := strings.CutSuffix(e.Name(), ".md"); isPage && !e.IsDir() && want[code] == "" {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// docSource names where code's documentation is written.
func docSource(code string) string {
	if analysis.IsFileCode(code) {
		return "the Doc of " + code + " in analysis.FileRules (analysis/analysis.go)"
	}
	return "rules/doc/" + code + ".md"
}
