package lsp

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
)

// folder is a workspace folder: its configuration, and the workspace
// checked with it.
type folder struct {
	root string
	uri  string
	cfg  *config.Config
	// cfgErr is why the configuration could not be read: the folder is
	// checked with the defaults meanwhile.
	cfgErr    error
	analyzers []*analysis.Analyzer
	selected  map[string]bool
	ws        *check.Workspace // nil until loaded
	loading   bool             // being checked in the background
	gen       int              // counts the loads, so that a stale one is dropped
}

// addFolder adds the folder of uri, not loaded yet.
func (s *Server) addFolder(uri string) *folder {
	root, ok := pathOf(uri)
	if !ok {
		fmt.Fprintf(s.log, "crosstalk server: the workspace folder %s is not a local folder: it is not checked\n", uri)
		return nil
	}
	for _, f := range s.folders {
		if f.root == root {
			return f
		}
	}
	f := &folder{root: root, uri: uri}
	s.folders = append(s.folders, f)
	return f
}

// loadFolders reads the configuration of every folder not loaded yet,
// and checks it.
func (s *Server) loadFolders() {
	for _, f := range s.folders {
		if f.ws == nil && !f.loading {
			s.load(f)
		}
	}
	s.publishConfigErrors()
}

// loaded is a folder's workspace, checked.
type loaded struct {
	f     *folder
	gen   int
	ws    *check.Workspace
	texts map[string][]byte // the documents' texts it was checked with
	took  time.Duration
}

// load reads f's configuration and checks its files, with the text of
// the documents open in it. With Options.Background the check runs
// while the server goes on: until it is done, the documents of f are
// checked on their own, as `crosstalk check FILE` would.
func (s *Server) load(f *folder) {
	f.cfg, f.cfgErr = s.readConfig(f.root)
	f.analyzers, f.selected = s.selectFor(f.cfg)
	f.gen++
	texts := map[string][]byte{}
	for path, d := range s.docs {
		if strings.HasSuffix(path, ".py") && hasPrefixPath(path, f.root) {
			texts[path] = analysedBytes(d.text)
		}
	}
	l := loaded{f: f, gen: f.gen, texts: texts}
	cfg, analyzers := f.cfg, f.analyzers
	run := func() loaded {
		start := time.Now()
		l.ws = check.NewWorkspace([]string{f.root}, analyzers, s.opts.All, cfg, texts, s.log)
		l.took = time.Since(start)
		return l
	}
	if !s.opts.Background {
		s.install(run())
		return
	}
	f.ws, f.loading = nil, true
	go func() {
		l := run()
		select {
		case s.loadedC <- l:
		case <-s.done: // the session is over
		}
	}()
}

// install makes a checked workspace its folder's, brings it up to date
// with the documents changed meanwhile, and publishes the diagnostics of
// the folder's open documents.
func (s *Server) install(l loaded) {
	f := l.f
	if l.gen != f.gen || !slices.Contains(s.folders, f) {
		return // its configuration changed, or it was removed, meanwhile
	}
	f.ws, f.loading = l.ws, false
	// A document closed while the folder was checked goes back to its
	// file.
	for _, path := range sortedKeys(l.texts) {
		if s.docs[path] == nil {
			f.ws.Update(path, nil)
		}
	}
	res := f.ws.Result()
	fmt.Fprintf(s.log, "crosstalk server: %s checked in %v: %d files, %d findings\n", f.root, l.took.Round(time.Millisecond), res.Files, len(res.Findings))
	for _, d := range s.sortedDocs() {
		if !strings.HasSuffix(d.path, ".py") || s.folderOf(d.path) != f {
			continue
		}
		if text, ok := l.texts[d.path]; ok && bytes.Equal(text, analysedBytes(d.text)) {
			d.analysed, d.dirty, d.provisional = true, false, nil
		} else {
			d.dirty = true
			s.analyse(d)
		}
		s.publish(d)
	}
}

// readConfig reads the configuration that `crosstalk check` run in dir
// would: the nearest crosstalk.toml or pyproject.toml with a
// [tool.crosstalk] table, else the defaults. A configuration that
// cannot be read gives the defaults and the error.
func (s *Server) readConfig(dir string) (*config.Config, error) {
	path, err := config.Find(dir)
	if err != nil {
		return config.Default(dir), err
	}
	if path == "" {
		return config.Default(dir), nil
	}
	cfg, err := config.Load(path, s.opts.All)
	if err != nil {
		return config.Default(dir), err
	}
	return cfg, nil
}

// selectFor returns the analyzers cfg selects, and the codes.
func (s *Server) selectFor(cfg *config.Config) ([]*analysis.Analyzer, map[string]bool) {
	if s.opts.Select != nil {
		return s.opts.Select(cfg)
	}
	selected := map[string]bool{}
	for _, c := range analysis.FileCodes() {
		selected[c] = true
	}
	for _, a := range s.opts.All {
		selected[a.Code] = true
	}
	return s.opts.All, selected
}

// folderOf returns the innermost folder holding path, or nil.
func (s *Server) folderOf(path string) *folder {
	var best *folder
	for _, f := range s.folders {
		if f.ws != nil && hasPrefixPath(path, f.root) && (best == nil || len(f.root) > len(best.root)) {
			best = f
		}
	}
	return best
}

// contains reports whether f's workspace checks the file at path.
func (f *folder) contains(path string) bool { return f.ws.Contains(path) }

// update checks the file at path again with src, or its bytes on disk
// when src is nil; ok is false when f does not check such a file.
func (f *folder) update(path string, src []byte) (changed []string, ok bool) {
	if src != nil {
		src = analysedBytes(src)
	}
	return f.ws.Update(path, src)
}

// findings returns the findings of path that f reports.
func (f *folder) findings(path string) []check.Finding {
	return selectedOnly(f.ws.Findings(path), f.selected)
}

// selectedOnly drops the file-level findings of codes not selected, as
// `crosstalk check` does.
func selectedOnly(findings []check.Finding, selected map[string]bool) []check.Finding {
	var out []check.Finding
	for _, f := range findings {
		if !analysis.IsFileCode(f.Code) || selected[f.Code] {
			out = append(out, f)
		}
	}
	return out
}

// checkAlone checks a document outside every folder as `crosstalk check
// FILE` would, with the configuration found from its folder.
func (s *Server) checkAlone(d *document) []check.Finding {
	if _, err := os.Stat(d.path); err != nil {
		fmt.Fprintf(s.log, "crosstalk server: %s is in no workspace folder and not on disk: save it to check it\n", d.path)
		return nil
	}
	cfg, err := s.readConfig(filepath.Dir(d.path))
	if err != nil {
		fmt.Fprintf(s.log, "crosstalk server: %v (checking %s with the defaults)\n", err, d.path)
	}
	analyzers, selected := s.selectFor(cfg)
	res := check.RunOverlay([]string{d.path}, analyzers, s.opts.All, cfg, map[string][]byte{d.path: analysedBytes(d.text)}, s.log)
	var out []check.Finding
	for _, f := range selectedOnly(res.Findings, selected) {
		if f.Path == d.path {
			out = append(out, f)
		}
	}
	return out
}

// changeFolders adds and removes workspace folders.
func (s *Server) changeFolders(p *didChangeWorkspaceFoldersParams) {
	for _, wf := range p.Event.Removed {
		root, _ := pathOf(wf.URI)
		s.folders = slices.DeleteFunc(s.folders, func(f *folder) bool { return f.root == root })
	}
	for _, wf := range p.Event.Added {
		s.addFolder(wf.URI)
	}
	s.loadFolders()
	s.reanalyseAll()
}

// reanalyseAll analyses every open document again, and publishes.
func (s *Server) reanalyseAll() {
	for _, d := range s.sortedDocs() {
		if strings.HasSuffix(d.path, ".py") {
			d.dirty = true
		}
	}
	for _, d := range s.sortedDocs() {
		if d.dirty {
			if f := s.folderOf(d.path); f != nil && !d.analysed && f.contains(d.path) && d.matchesDisk() {
				d.dirty, d.provisional = false, nil // the workspace read it from disk
			} else {
				s.analyse(d)
			}
			s.publish(d)
		}
	}
}

// watchedFilesChanged takes in what changed on disk: a configuration
// file, or a Python file that is not open.
func (s *Server) watchedFilesChanged(p *didChangeWatchedFilesParams) {
	var configs []string
	for _, c := range p.Changes {
		path, ok := pathOf(c.URI)
		if !ok {
			continue
		}
		switch {
		case isConfigFile(path):
			configs = append(configs, path)
		case strings.HasSuffix(path, ".py"):
			if d := s.docs[path]; d != nil && d.analysed {
				continue // the editor's text stands for it
			}
			f := s.folderOf(path)
			if f == nil {
				continue
			}
			var changed []string
			if c.Type == 3 {
				changed = f.ws.Remove(path)
			} else {
				changed, _ = f.update(path, nil)
			}
			s.publishChanged(changed)
		}
	}
	for _, path := range configs {
		s.configChanged(path)
	}
}

// configChanged reads the configuration again for the folders that the
// file at path may configure, and checks them again.
func (s *Server) configChanged(path string) {
	dir := filepath.Dir(path)
	reloaded := false
	for _, f := range s.folders {
		if hasPrefixPath(f.root, dir) {
			s.load(f)
			reloaded = true
		}
	}
	s.publishConfigErrors()
	if reloaded {
		// The documents of no folder's workspace may be under it too.
		for _, d := range s.sortedDocs() {
			if f := s.folderOf(d.path); strings.HasSuffix(d.path, ".py") && (f == nil || !f.contains(d.path)) {
				d.alone = s.checkAlone(d)
				s.publish(d)
			}
		}
	}
}

// publishConfigErrors publishes a diagnostic on each configuration file
// that cannot be read, and clears those of the files mended.
func (s *Server) publishConfigErrors() {
	now := map[string][]Diagnostic{}
	for _, f := range s.folders {
		if f.cfgErr == nil {
			continue
		}
		var ce *config.Error
		if !errors.As(f.cfgErr, &ce) || ce.File == "" {
			s.showMessage(1, "crosstalk: %v; %s is checked with the default settings", f.cfgErr, f.root)
			continue
		}
		file, _ := filepath.Abs(ce.File)
		rng := Range{}
		if ce.Line > 0 {
			if data, err := os.ReadFile(file); err == nil {
				t := newText(data)
				rng = Range{Start: Position{Line: ce.Line - 1}, End: t.position(t.lineEnd(ce.Line - 1))}
			} else {
				rng = Range{Start: Position{Line: ce.Line - 1}, End: Position{Line: ce.Line - 1}}
			}
		}
		msg := ce.Msg
		if ce.Key != "" {
			msg = ce.Key + ": " + msg
		}
		msg += " (until this is mended, crosstalk checks with its default settings)"
		now[file] = append(now[file], Diagnostic{Range: rng, Severity: severityError, Source: "crosstalk", Message: msg})
	}
	for file := range s.configDiags {
		if _, still := now[file]; !still {
			s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: s.uriFor(file), Diagnostics: []Diagnostic{}})
			delete(s.configDiags, file)
		}
	}
	for _, file := range sortedKeys(now) {
		s.configDiags[file] = dedupe(now[file])
		s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: s.uriFor(file), Diagnostics: s.configDiags[file]})
	}
}

// uriFor returns the URI of path: the client's own when it is open.
func (s *Server) uriFor(path string) string {
	if d := s.docs[path]; d != nil {
		return d.uri
	}
	return uriOf(path)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// dedupe drops the repeats of a diagnostic (two folders under one
// configuration file).
func dedupe(ds []Diagnostic) []Diagnostic {
	var out []Diagnostic
	for _, d := range ds {
		if !slices.ContainsFunc(out, func(o Diagnostic) bool { return o.Message == d.Message && o.Range == d.Range }) {
			out = append(out, d)
		}
	}
	return out
}

func sortDocs(ds []*document) {
	slices.SortFunc(ds, func(a, b *document) int { return strings.Compare(a.path, b.path) })
}

// codingName finds the name of a source encoding declared on a line.
var codingName = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// analysedBytes returns the bytes to analyse for an editor's text. The
// editor has decoded the file already: a declaration of another source
// encoding (`# -*- coding: latin-1 -*-`) would make the parser decode
// the UTF-8 text again, as Latin-1. Its name is replaced by "utf-8",
// padded to its length so that no offset moves.
func analysedBytes(src []byte) []byte {
	if dec, err := scanner.Decode(src); err != nil || bytes.Equal(dec, bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))) {
		return src
	}
	out := bytes.Clone(src)
	t := newText(out)
	for line := 0; line < 2; line++ {
		start := 0
		if line < len(t.starts) {
			start = t.starts[line]
		}
		m := codingName.FindSubmatchIndex(t.line(line))
		if m == nil {
			continue
		}
		name := out[start+m[2] : start+m[3]]
		if len(name) >= len("utf-8") {
			copy(name, "utf-8"+strings.Repeat(" ", len(name)-len("utf-8")))
		}
		break
	}
	return out
}
