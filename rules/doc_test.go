package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/rules"
)

// TestDocFiles holds the convention that a rule's documentation is
// doc/<CODE>.md, read with doc(code): every rule of All has a non-empty
// one and its Doc is that file, and every file in doc/ is a rule's (a
// stray file would be embedded and never shown, or not embedded at all).
func TestDocFiles(t *testing.T) {
	codes := map[string]bool{}
	for _, a := range rules.All() {
		codes[a.Code] = true
		b, err := os.ReadFile(filepath.Join("doc", a.Code+".md"))
		switch {
		case err != nil:
			t.Errorf("%s has no documentation: write rules/doc/%s.md (a one-line summary, then the sections of the other rules' pages) and set Doc: doc(%q)", a.Code, a.Code, a.Code)
		case strings.TrimSpace(string(b)) == "":
			t.Errorf("rules/doc/%s.md is empty: write %s's documentation there", a.Code, a.Code)
		case a.Doc != string(b):
			t.Errorf("%s's Doc is not rules/doc/%s.md: set Doc: doc(%q) in its Analyzer", a.Code, a.Code, a.Code)
		}
		// The page is where a user learns a rule's settings.
		_, options, _ := strings.Cut(a.Doc, "\n## Options\n")
		for _, o := range a.Options {
			if !strings.Contains(options, "`"+o.Name+"`") {
				t.Errorf("rules/doc/%s.md does not describe the option %s: add it to the page's ## Options section", a.Code, o.Name)
			}
		}
	}
	entries, err := os.ReadDir("doc")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		code, ok := strings.CutSuffix(e.Name(), ".md")
		if e.IsDir() || !ok || !codes[code] {
			t.Errorf("rules/doc/%s belongs to no rule of rules.All(): a rule's documentation is rules/doc/<CODE>.md; rename it after its rule's code, or remove it", e.Name())
		}
	}
}
