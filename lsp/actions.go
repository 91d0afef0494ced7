package lsp

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/fix"
	"github.com/crosstalk-dev/crosstalk/python/parser"
)

// fixAllKind is the kind of the source action that applies every safe
// fix of a document.
const fixAllKind = "source.fixAll.crosstalk"

func (s *Server) codeActions(p *codeActionParams) (any, *rpcError) {
	path, _ := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if d == nil {
		return nil, &rpcError{codeInvalidParams, "no code actions for " + p.TextDocument.URI + ": it is not an open document"}
	}
	if d.dirty {
		s.analyse(d)
	}
	findings := s.findingsOf(d)
	pl := newPlacer(s, d)
	actions := []CodeAction{}
	if wants(p.Context.Only, "quickfix") {
		for _, f := range findings {
			diag := pl.diagnostic(f)
			if !overlaps(diag.Range, p.Range) {
				continue
			}
			if f.Fix != nil && len(f.Fix.Edits) > 0 && f.File != nil {
				title := f.Code + ": " + f.Fix.Message
				if !f.Fix.Safe {
					title += " (unsafe: it may change what the code does)"
				}
				var edits []TextEdit
				for _, e := range f.Fix.Edits {
					edits = append(edits, TextEdit{Range: Range{Start: pl.position(f.File, int(e.Pos)), End: pl.position(f.File, int(e.End))}, NewText: e.New})
				}
				actions = append(actions, CodeAction{Title: title, Kind: "quickfix", Diagnostics: []Diagnostic{diag}, IsPreferred: f.Fix.Safe,
					Edit: &WorkspaceEdit{Changes: map[string][]TextEdit{d.uri: edits}}})
			}
			if edit, ok := noqaEdit(d.text, f); ok {
				actions = append(actions, CodeAction{Title: fmt.Sprintf("%s: suppress on this line (# noqa: %s)", f.Code, f.Code), Kind: "quickfix",
					Diagnostics: []Diagnostic{diag}, Edit: &WorkspaceEdit{Changes: map[string][]TextEdit{d.uri: {edit}}}})
			}
		}
	}
	if wants(p.Context.Only, fixAllKind) {
		if src, n := s.fixAll(d, findings); n > 0 {
			t := newText(d.text)
			actions = append(actions, CodeAction{Title: fmt.Sprintf("Fix all crosstalk findings (%d safe %s)", n, plural(n, "fix", "fixes")), Kind: fixAllKind,
				Edit: &WorkspaceEdit{Changes: map[string][]TextEdit{d.uri: {{Range: Range{End: t.end()}, NewText: string(src)}}}}})
		}
	}
	return actions, nil
}

// wants reports whether a request for the kinds only asks for kind:
// only empty, or one of them kind or a prefix of it at a dot.
func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	return slices.ContainsFunc(only, func(o string) bool { return o == kind || strings.HasPrefix(kind, o+".") })
}

// overlaps reports whether ranges a and b share a line: a cursor
// anywhere on a finding's line asks for its actions, as editors expect.
func overlaps(a, b Range) bool {
	return a.Start.Line <= b.End.Line && b.Start.Line <= a.End.Line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// noqaList finds a `# noqa: CODES` comment: group 1 is its codes.
var noqaList = regexp.MustCompile(`(?i)#\s*noqa\s*:\s*([A-Z]+[0-9]+(?:[ \t]*,[ \t]*[A-Z]+[0-9]+|[ \t]+[A-Z]+[0-9]+)*)`)

// noqaEdit returns the edit that suppresses f on its line: its code
// added to the line's `# noqa:` list, or a new `# noqa: CODE` comment at
// the end of the line. ok is false for a file's own findings (a syntax
// error), which no comment suppresses, and for a line that goes on
// after a backslash.
func noqaEdit(src []byte, f check.Finding) (TextEdit, bool) {
	if analysis.IsFileCode(f.Code) {
		return TextEdit{}, false
	}
	t := newText(src)
	n := f.Line - 1
	line := t.line(n)
	if line == nil && n >= len(t.starts) {
		return TextEdit{}, false
	}
	if bytes.HasSuffix(bytes.TrimRight(line, " \t"), []byte(`\`)) {
		return TextEdit{}, false
	}
	start := t.starts[n]
	if m := noqaList.FindSubmatchIndex(line); m != nil {
		codes := strings.FieldsFunc(string(line[m[2]:m[3]]), func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		if slices.Contains(codes, f.Code) {
			return TextEdit{}, false
		}
		at := t.position(start + m[3])
		return TextEdit{Range: Range{Start: at, End: at}, NewText: ", " + f.Code}, true
	}
	end := start + len(line)
	trimmed := len(bytes.TrimRight(line, " \t"))
	from, to := t.position(start+trimmed), t.position(end)
	sep := "  "
	if trimmed == 0 {
		sep = ""
	}
	return TextEdit{Range: Range{Start: from, End: to}, NewText: sep + "# noqa: " + f.Code}, true
}

// fixAll applies the safe fixes of d in rounds, as `check --fix` does,
// and returns the fixed text and how many fixes it applied. The first
// round's findings are the workspace's; the later rounds check the fixed
// text of the file on its own.
func (s *Server) fixAll(d *document, findings []check.Finding) ([]byte, int) {
	hadBOM := bytes.HasPrefix(d.text, bom)
	src := bytes.TrimPrefix(d.text, bom)
	total := 0
	for round := 0; round < fix.MaxRounds; round++ {
		var fixes []*analysis.Fix
		for _, f := range findings {
			if fix.Applies(f.Fix, false) && f.File != nil && bytes.Equal(f.File.Src, src) {
				fixes = append(fixes, f.Fix)
			}
		}
		next, n := fix.Apply(src, fixes)
		if n == 0 {
			break
		}
		if parsed := parser.ParseFile(d.path, next); len(parsed.Errors) > 0 {
			fmt.Fprintf(s.log, "crosstalk server: %s: the fixes would make it a syntax error (line %d: %s), so the last round is left out; please report it\n", d.path, parsed.Errors[0].Line, parsed.Errors[0].Msg)
			break
		}
		src, total = next, total+n
		if _, err := os.Stat(d.path); err != nil {
			break // checking it alone needs the file on disk
		}
		alone := &document{uri: d.uri, path: d.path, text: src}
		findings = s.checkAlone(alone)
	}
	if hadBOM {
		src = append(bytes.Clone(bom), src...)
	}
	return src, total
}

// directiveCodes finds the codes of a suppression comment: `# noqa:
// CODES` or `# crosstalk: ignore[CODES]` (and ignore-file).
var directiveCodes = regexp.MustCompile(`(?i)#\s*(?:noqa\s*:\s*([A-Z0-9, \t]+)|crosstalk\s*:\s*ignore(?:-file)?\[([^\]]*)\])`)

var codeWord = regexp.MustCompile(`[A-Za-z]+[0-9]+`)

// hover shows the page of the rule whose code is under the cursor in a
// suppression comment, or of every code of the comment when the cursor
// is elsewhere on it.
func (s *Server) hover(p *positionParams) (any, *rpcError) {
	path, _ := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if d == nil {
		return nil, &rpcError{codeInvalidParams, "no hover for " + p.TextDocument.URI + ": it is not an open document"}
	}
	if s.opts.RulePage == nil {
		return nil, nil
	}
	t := newText(d.text)
	line := t.line(p.Position.Line)
	if line == nil {
		return nil, nil
	}
	start := t.starts[p.Position.Line]
	at := t.offset(p.Position) - start
	for _, m := range directiveCodes.FindAllSubmatchIndex(line, -1) {
		if at < m[0] || at > m[1] {
			continue
		}
		lo, hi := m[2], m[3]
		if lo < 0 {
			lo, hi = m[4], m[5]
		}
		var pages []string
		for _, c := range codeWord.FindAllIndex(line[lo:hi], -1) {
			code := strings.ToUpper(string(line[lo+c[0] : lo+c[1]]))
			page, ok := s.opts.RulePage(code)
			if !ok {
				continue
			}
			if at >= lo+c[0] && at <= lo+c[1] {
				r := Range{Start: t.position(start + lo + c[0]), End: t.position(start + lo + c[1])}
				return hover{Contents: markupContent{Kind: "markdown", Value: page}, Range: &r}, nil
			}
			pages = append(pages, page)
		}
		if len(pages) > 0 {
			r := Range{Start: t.position(start + m[0]), End: t.position(start + m[1])}
			return hover{Contents: markupContent{Kind: "markdown", Value: strings.Join(pages, "\n---\n\n")}, Range: &r}, nil
		}
	}
	return nil, nil
}
