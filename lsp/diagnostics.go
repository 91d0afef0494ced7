package lsp

import (
	"bytes"
	"fmt"
	"os"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
)

var bom = []byte("\xef\xbb\xbf")

// findingsOf returns the findings of d's text.
func (s *Server) findingsOf(d *document) []check.Finding {
	if f := s.folderOf(d.path); f != nil && d.provisional != nil {
		return selectedOnly(d.provisional.findings, f.selected)
	}
	if f := s.folderOf(d.path); f != nil && f.contains(d.path) {
		return f.findings(d.path)
	}
	return d.alone
}

// diagnostics returns the diagnostics of d, never nil.
func (s *Server) diagnostics(d *document) []Diagnostic {
	out := []Diagnostic{}
	p := newPlacer(s, d)
	for _, f := range s.findingsOf(d) {
		out = append(out, p.diagnostic(f))
	}
	return out
}

// placer turns offsets of the sources findings were made for into
// positions of the documents the client has.
type placer struct {
	s     *Server
	doc   *document
	texts map[*parser.File]*text
	files map[string]*text // other files, for related information
}

func newPlacer(s *Server, d *document) *placer {
	return &placer{s: s, doc: d, texts: map[*parser.File]*text{}, files: map[string]*text{}}
}

// rangeOf returns the range of f in its document.
func (p *placer) rangeOf(f check.Finding) Range {
	if f.File == nil {
		t := newText(p.doc.text)
		start := t.characterPosition(f.Line, f.Col)
		return Range{Start: start, End: start}
	}
	return Range{Start: p.position(f.File, int(f.Pos)), End: p.position(f.File, int(f.End))}
}

// textOf returns the text of the source of file.
func (p *placer) textOf(file *parser.File) *text {
	t, ok := p.texts[file]
	if !ok {
		t = newText(file.Src)
		p.texts[file] = t
	}
	return t
}

// position returns the position in the document of offset off of src,
// the source the parser decoded from the document's text: the text less
// a byte order mark, which the client counts as a character of line 0.
func (p *placer) position(file *parser.File, off int) Position {
	pos := p.textOf(file).position(off)
	if pos.Line == 0 && bytes.HasPrefix(p.doc.text, bom) {
		pos.Character++
	}
	return pos
}

func (p *placer) diagnostic(f check.Finding) Diagnostic {
	d := Diagnostic{
		Range: p.rangeOf(f), Severity: severityWarning, Code: f.Code, Source: "crosstalk",
		Message: f.Message, Data: &diagnosticData{Rule: f.Name},
	}
	switch {
	case analysis.IsFileCode(f.Code):
		d.Severity = severityError
	case f.Confidence == analysis.Low:
		d.Severity = severityInformation
		if len(f.Lower) > 0 {
			d.Message += fmt.Sprintf(" (low confidence: %s)", joinReasons(f.Lower))
		}
	}
	if r := f.Reachability; r != nil {
		for i, step := range r.Path {
			msg := fmt.Sprintf("calls `%s`", step.Name)
			if i == 0 {
				msg = fmt.Sprintf("`%s` runs per request or task (%s)", step.Name, r.Kind)
			}
			d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{
				Location: Location{URI: p.s.uriFor(step.Path), Range: p.stepRange(step)},
				Message:  msg,
			})
		}
	}
	return d
}

func joinReasons(rs []string) string {
	var b bytes.Buffer
	for i, r := range rs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(r)
	}
	return b.String()
}

// stepRange returns the range of a step's def: its line and column are
// crosstalk's, in characters.
func (p *placer) stepRange(step check.Step) Range {
	t, ok := p.files[step.Path]
	if !ok {
		var src []byte
		if d := p.s.docs[step.Path]; d != nil {
			src = d.text
		} else if data, err := os.ReadFile(step.Path); err == nil {
			src = data
		}
		if dec, err := scanner.Decode(src); err == nil {
			src = dec
		}
		t = newText(src)
		p.files[step.Path] = t
	}
	pos := t.characterPosition(step.Line, step.Col)
	return Range{Start: pos, End: pos}
}
