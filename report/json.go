package report

import (
	"bufio"
	"cmp"
	"encoding/json"
	"slices"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// jsonFinding is one element of Ruff's `--output-format json` array, keys
// in Ruff's (alphabetical) order, plus our rule name.
type jsonFinding struct {
	Cell *int   `json:"cell"` // notebook cell; we check no notebooks
	Code string `json:"code"`
	// Confidence and ConfidenceReasons are ours: "high", "medium" or
	// "low", and why a low one is lower; absent for E999 and E902.
	Confidence        string       `json:"confidence,omitempty"`
	ConfidenceReasons []string     `json:"confidence_reasons,omitempty"`
	EndLocation       jsonLocation `json:"end_location"`
	Filename          string       `json:"filename"`
	Fix               *jsonFix     `json:"fix"`
	Location          jsonLocation `json:"location"`
	Message           string       `json:"message"`
	Name              string       `json:"name"`
	NoqaRow           *int         `json:"noqa_row"` // the line a suppression comment goes on; null for E999, as Ruff
	// Reachability is ours: the request path that reaches the finding,
	// absent when none does.
	Reachability *jsonReachability `json:"reachability,omitempty"`
	URL          *string           `json:"url"` // no published rule pages yet
}

// jsonReachability names the entry point, its kind, and the functions
// from it to the finding's, in order.
type jsonReachability struct {
	Entry string   `json:"entry"`
	Kind  string   `json:"kind"`
	Path  []string `json:"path"`
}

// jsonLocation is 1-based; the column counts characters, as Ruff's does.
type jsonLocation struct {
	Column int `json:"column"`
	Row    int `json:"row"`
}

type jsonFix struct {
	Applicability string     `json:"applicability"` // "safe" or "unsafe"
	Edits         []jsonEdit `json:"edits"`
	Message       *string    `json:"message"`
}

type jsonEdit struct {
	Content     string       `json:"content"`
	EndLocation jsonLocation `json:"end_location"`
	Location    jsonLocation `json:"location"`
}

// writeJSON prints a JSON array, indented by two spaces like Ruff's; an
// empty run prints [].
func writeJSON(w *bufio.Writer, findings []check.Finding, _ Options) error {
	out := make([]jsonFinding, 0, len(findings))
	for _, f := range findings {
		jf := jsonFinding{
			Code:        f.Code,
			EndLocation: jsonLocation{Column: f.EndCol, Row: f.EndLine},
			Filename:    f.Path,
			Fix:         toJSONFix(f),
			Location:    jsonLocation{Column: f.Col, Row: f.Line},
			Message:     f.Message,
			Name:        f.Name,
		}
		if !analysis.IsFileCode(f.Code) {
			jf.NoqaRow = &f.Line
			jf.Confidence, jf.ConfidenceReasons = f.Confidence.String(), f.Lower
		}
		if r := f.Reachability; r != nil {
			jf.Reachability = &jsonReachability{Entry: r.Entry(), Kind: r.Kind, Path: r.Names()}
		}
		out = append(out, jf)
	}
	return encodeJSON(w, out)
}

func toJSONFix(f check.Finding) *jsonFix {
	if f.Fix == nil || f.File == nil {
		return nil
	}
	fix := &jsonFix{Applicability: "unsafe", Edits: []jsonEdit{}}
	if f.Fix.Safe {
		fix.Applicability = "safe"
	}
	if f.Fix.Message != "" {
		fix.Message = &f.Fix.Message
	}
	for _, e := range sortedEdits(f.Fix) {
		fix.Edits = append(fix.Edits, jsonEdit{
			Content:     e.New,
			EndLocation: location(f.File, e.End),
			Location:    location(f.File, e.Pos),
		})
	}
	return fix
}

// sortedEdits returns the fix's edits in source order, as Ruff lists them,
// whatever order the rule built them in.
func sortedEdits(fix *analysis.Fix) []analysis.Edit {
	edits := slices.Clone(fix.Edits)
	slices.SortStableFunc(edits, func(a, b analysis.Edit) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End))
	})
	return edits
}

// location is pos's place as a JSON location.
func location(f *parser.File, pos token.Pos) jsonLocation {
	line, col := f.Lines.CharPosition(pos)
	return jsonLocation{Row: line, Column: col}
}

// encodeJSON writes v indented by two spaces, without Go's HTML escaping
// of <, > and & (messages quote Python code; Ruff does not escape them).
func encodeJSON(w *bufio.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
