package report

import (
	"bufio"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/python/parser"
)

const informationURI = "https://github.com/crosstalk-dev/crosstalk"

// The SARIF 2.1.0 objects we write, fields in the order of the spec's
// examples. See https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool sarifTool `json:"tool"`
		// Our columns count Unicode characters; SARIF's default is UTF-16
		// code units, which differ for characters outside the BMP.
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string             `json:"id"`
		Name                 string             `json:"name"`
		ShortDescription     sarifText          `json:"shortDescription"`
		FullDescription      *sarifText         `json:"fullDescription,omitempty"`
		Help                 *sarifText         `json:"help,omitempty"`
		DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	}
	sarifText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Rank      *float64        `json:"rank,omitempty"` // 0-100, how sure the finding is worth acting on
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
		CodeFlows []sarifCodeFlow `json:"codeFlows,omitempty"`
		Fixes     []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifText            `json:"message,omitempty"`
	}
	// A code flow is the request path that reaches a result: one thread
	// flow whose locations are the functions from the entry point on.
	sarifCodeFlow struct {
		Message     sarifText         `json:"message"`
		ThreadFlows []sarifThreadFlow `json:"threadFlows"`
	}
	sarifThreadFlow struct {
		Locations []sarifThreadFlowLocation `json:"locations"`
	}
	sarifThreadFlowLocation struct {
		Location sarifLocation `json:"location"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           sarifRegion           `json:"region"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	// sarifRegion's end is just past the range, as Finding's is.
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
	sarifFix struct {
		Description     sarifText             `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Replacements     []sarifReplacement    `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent *sarifText  `json:"insertedContent,omitempty"`
	}
)

// writeSARIF prints one SARIF run: the rules that ran (and the file codes) with their
// documentation, and one result per finding.
func writeSARIF(w *bufio.Writer, findings []check.Finding, opts Options) error {
	rules := slices.Clone(opts.Rules)
	index := map[string]int{}
	for i, a := range rules {
		index[a.Code] = i
	}
	addRule := func(a *analysis.Analyzer) {
		if _, ok := index[a.Code]; !ok {
			index[a.Code] = len(rules)
			rules = append(rules, a)
		}
	}
	for _, a := range analysis.FileRules() {
		addRule(a)
	}
	// A finding whose rule the caller left out still needs a rule for its
	// ruleIndex: describe it by its name.
	for _, f := range findings {
		addRule(&analysis.Analyzer{Code: f.Code, Name: f.Name, Doc: f.Name})
	}

	driver := sarifDriver{Name: "crosstalk", InformationURI: informationURI, Version: sarifVersion(opts.Version), Rules: []sarifRule{}}
	for _, a := range rules {
		driver.Rules = append(driver.Rules, toSARIFRule(a))
	}
	results := make([]sarifResult, 0, len(findings))
	for _, f := range findings {
		results = append(results, toSARIFResult(f, index[f.Code]))
	}
	return encodeJSON(w, sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: results}},
	})
}

// sarifVersion keeps the numeric part of a Go module version ("v0.3.0",
// "v0.3.1-0.20261201-abcdef" give "0.3.0", "0.3.1"): SARIF consumers compare
// dotted numbers (the validator warns on anything else). A build without a
// module version ("(devel)") is "0.0.0".
func sarifVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	end := 0
	for end < len(v) && (v[end] == '.' || '0' <= v[end] && v[end] <= '9') {
		end++
	}
	if v = strings.Trim(v[:end], "."); v == "" {
		return "0.0.0"
	}
	return v
}

func toSARIFRule(a *analysis.Analyzer) sarifRule {
	r := sarifRule{
		ID:                   a.Code,
		Name:                 a.Name,
		ShortDescription:     sarifText{Text: a.Summary()},
		DefaultConfiguration: sarifConfiguration{Level: level(a.Code)},
	}
	doc := strings.TrimSpace(a.Doc)
	if _, body, ok := strings.Cut(doc, "\n"); ok && strings.TrimSpace(body) != "" {
		body = strings.TrimSpace(body)
		r.FullDescription = &sarifText{Text: body, Markdown: body}
	}
	if doc != "" {
		r.Help = &sarifText{Text: doc, Markdown: doc}
	}
	return r
}

// level is "error" for what is said of a file as a whole (it does not
// parse, it was not read), "warning" for a rule's finding: the code runs,
// but leaks state.
func level(code string) string {
	if analysis.IsFileCode(code) {
		return "error"
	}
	return "warning"
}

func toSARIFResult(f check.Finding, ruleIndex int) sarifResult {
	artifact := artifactLocation(f.Path)
	r := sarifResult{
		RuleID:    f.Code,
		RuleIndex: ruleIndex,
		Level:     level(f.Code),
		Message:   sarifText{Text: message(f)},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: artifact,
			Region:           sarifRegion{StartLine: f.Line, StartColumn: f.Col, EndLine: f.EndLine, EndColumn: f.EndCol},
		}}},
	}
	if !analysis.IsFileCode(f.Code) {
		// SARIF's rank orders results by how much a reader should look
		// at them; a Low one is a note, the way a viewer dims it.
		rank := [...]float64{analysis.High: 90, analysis.Medium: 60, analysis.Low: 20}[f.Confidence]
		r.Rank = &rank
		if f.Confidence == analysis.Low {
			r.Level = "note"
		}
	}
	if reach := f.Reachability; reach != nil && len(reach.Path) > 0 {
		r.CodeFlows = []sarifCodeFlow{toSARIFCodeFlow(reach)}
	}
	if f.Fix != nil && f.File != nil {
		r.Fixes = []sarifFix{toSARIFFix(f.Fix, f.File, artifact)}
	}
	return r
}

// toSARIFCodeFlow describes a request path: each function at its def.
func toSARIFCodeFlow(reach *check.Reachability) sarifCodeFlow {
	var flow sarifThreadFlow
	for _, s := range reach.Path {
		flow.Locations = append(flow.Locations, sarifThreadFlowLocation{Location: sarifLocation{
			PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: artifactLocation(s.Path),
				Region:           sarifRegion{StartLine: s.Line, StartColumn: s.Col, EndLine: s.Line, EndColumn: s.Col},
			},
			Message: &sarifText{Text: s.Name},
		}})
	}
	return sarifCodeFlow{
		Message:     sarifText{Text: "reached from " + reach.Entry() + " (" + reach.Kind + ")"},
		ThreadFlows: []sarifThreadFlow{flow},
	}
}

func toSARIFFix(fix *analysis.Fix, file *parser.File, artifact sarifArtifactLocation) sarifFix {
	change := sarifArtifactChange{ArtifactLocation: artifact, Replacements: []sarifReplacement{}}
	for _, e := range sortedEdits(fix) {
		start, end := location(file, e.Pos), location(file, e.End)
		rep := sarifReplacement{DeletedRegion: sarifRegion{
			StartLine: start.Row, StartColumn: start.Column, EndLine: end.Row, EndColumn: end.Column,
		}}
		if e.New != "" {
			rep.InsertedContent = &sarifText{Text: e.New}
		}
		change.Replacements = append(change.Replacements, rep)
	}
	return sarifFix{Description: sarifText{Text: fix.Message}, ArtifactChanges: []sarifArtifactChange{change}}
}

// artifactLocation turns a file path into a URI: a relative path stays
// relative to %SRCROOT%, the root of the checked-out sources, which is how
// code-scanning services (GitHub's among them) map results to their files;
// an absolute path becomes a file:// URI.
func artifactLocation(p string) sarifArtifactLocation {
	slashed := filepath.ToSlash(p)
	if filepath.IsAbs(p) {
		if !strings.HasPrefix(slashed, "/") {
			slashed = "/" + slashed // C:/x.py is file:///C:/x.py
		}
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: slashed}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: path.Clean(slashed)}).String(), URIBaseID: "%SRCROOT%"}
}
