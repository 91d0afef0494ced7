package rules

import "embed"

// A rule's user documentation is Markdown in doc/<CODE>.md, not a string
// in its Go file: the page can be read and reviewed as a page, and the
// rule's file holds its logic. docs/rules/<CODE>.md, the published page,
// is generated from it (cmd/crosstalk's TestRulePages).
//
//go:embed doc/*.md
var docFiles embed.FS

// doc returns the documentation of the rule with code, for its
// Analyzer's Doc: a one-line summary, then the sections What it does /
// Why is this bad? / Example / Use instead / Fix safety (/ Options).
// A missing file gives "", which TestDocFiles reports, rather than a
// panic while the package is being initialised.
func doc(code string) string {
	b, err := docFiles.ReadFile("doc/" + code + ".md")
	if err != nil {
		return ""
	}
	return string(b)
}
