// Package lsp is crosstalk's language server: the Language Server
// Protocol 3.17 over a stream (stdio), JSON-RPC 2.0 framed by
// Content-Length headers. It keeps one check.Workspace per workspace
// folder, analysed once when the client is initialized and updated as
// documents change, and pushes (textDocument/publishDiagnostics) and
// answers (textDocument/diagnostic) the findings of open documents as
// diagnostics. Code actions offer a finding's fix, a `# noqa: CODE` for
// its line and "fix all crosstalk findings"; hover on a noqa comment
// shows the rule's page.
//
// A Server serves one session and handles one message at a time, in the
// order they arrive (an edit's analysis holds the next request up until
// it is done); all of its state is its own.
package lsp

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
)

// Options configures a Server.
type Options struct {
	// All is the rule table: what configuration may name.
	All []*analysis.Analyzer
	// Select returns, for a folder's configuration, the analyzers to run
	// and the codes selected (file codes included), as `crosstalk check`
	// selects them with no flags.
	Select func(cfg *config.Config) (analyzers []*analysis.Analyzer, selected map[string]bool)
	// RulePage returns the page of the rule with code, in Markdown, as
	// `crosstalk rule CODE` prints it; ok is false for no such rule.
	RulePage func(code string) (page string, ok bool)
	// Debounce is how long after the last change of a document its
	// diagnostics wait (the default, when zero, is 150 ms).
	Debounce time.Duration
	// Log receives what the server has to say outside the protocol: the
	// internal errors of a run, a message that could not be read.
	Log io.Writer
	// Version is the server's version, for initialize's serverInfo.
	Version string
	// Background checks the workspace folders while the server answers
	// (the command's choice): a large tree takes seconds, and the open
	// documents are checked on their own meanwhile. Tests leave it off
	// for exchanges in a fixed order.
	Background bool
}

// MemoryLimit is the soft memory limit the command gives the Go
// runtime for a session (runtime/debug.SetMemoryLimit), unless GOMEMLIMIT
// says otherwise: the workspace's models stay live, and each edit links
// a new program and call graph beside them, so without a limit the heap
// peaks at twice what is live.
const MemoryLimit = 896 << 20

// GCPercent is the GC target the command gives a session unless GOGC
// says otherwise: twice the default, as `crosstalk check`'s. The
// folder's first check keeps every model it makes, and each collection
// marks them all: on the 3.11 tree it takes 6.8 s instead of 7.5 on one
// core, 4.6 s instead of 4.9 on two. MemoryLimit still bounds the heap.
const GCPercent = 200

// Server is one language server session.
type Server struct {
	opts Options
	out  *writer
	log  io.Writer

	initialized  bool
	shuttingDown bool
	watch        bool // the client registers file watchers on request

	folders []*folder
	docs    map[string]*document // open documents, by path
	// configDiags are the diagnostics published on configuration files.
	configDiags map[string][]Diagnostic

	flushC  chan struct{}
	loadedC chan loaded
	done    chan struct{} // closed when Serve returns

	// An edit's update of a workspace runs off the loop (it takes
	// seconds on a large tree): meanwhile busy is true, the messages that
	// need a workspace wait in queued, and so do the folders checked in
	// the background (loads) and another flush (flushAgain).
	busy       bool
	queued     [][]byte
	loads      []loaded
	flushAgain bool
	updatedC   chan []updateJob
	// updating, when set (by tests), is called off the loop before an
	// update runs.
	updating func()

	timer  *time.Timer
	nextID int
}

// New returns a server with opts.
func New(opts Options) *Server {
	if opts.Debounce == 0 {
		opts.Debounce = 150 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	return &Server{opts: opts, log: opts.Log, docs: map[string]*document{}, configDiags: map[string][]Diagnostic{},
		flushC: make(chan struct{}, 1), loadedC: make(chan loaded), done: make(chan struct{}),
		updatedC: make(chan []updateJob)}
}

// ErrExitWithoutShutdown is Serve's error when the client sent exit
// before shutdown: the process should exit with status 1.
var ErrExitWithoutShutdown = errors.New("the client sent exit without shutdown first")

// Serve reads messages from in and writes to out until the client sends
// exit, or closes in. It returns nil after shutdown and exit and when in
// ends (a client that went away), ErrExitWithoutShutdown, or the error
// of a stream that is no sequence of messages.
func (s *Server) Serve(in io.Reader, out io.Writer) error {
	s.out = &writer{w: out}
	type read struct {
		body []byte
		err  error
	}
	msgs := make(chan read)
	done := s.done
	defer close(done)
	go func() {
		r := newReader(in)
		for {
			body, err := r.read()
			select {
			case msgs <- read{body, err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	defer func() {
		if s.timer != nil {
			s.timer.Stop()
		}
	}()
	for {
		select {
		case m := <-msgs:
			if m.err == io.EOF {
				fmt.Fprintln(s.log, "crosstalk server: the client closed its end of the connection; exiting")
				return nil
			}
			if m.err != nil {
				return fmt.Errorf("the client's messages cannot be read: %w", m.err)
			}
			if exit, err := s.handle(m.body); exit {
				return err
			}
		case <-s.flushC:
			s.flush()
		case l := <-s.loadedC:
			if s.busy {
				s.loads = append(s.loads, l)
			} else {
				s.install(l)
			}
		case jobs := <-s.updatedC:
			if exit, err := s.updated(jobs); exit {
				return err
			}
		}
		if s.out.err != nil {
			fmt.Fprintf(s.log, "crosstalk server: cannot write to the client (%v); exiting\n", s.out.err)
			return nil
		}
	}
}

// handle handles one message; exit is true when the session is over.
func (s *Server) handle(body []byte) (exit bool, err error) {
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		s.reply(json.RawMessage("null"), nil, &rpcError{codeParseError, "the message is not JSON-RPC: " + err.Error()})
		return false, nil
	}
	if m.Method == "" {
		return false, nil // a response to one of our requests
	}
	if s.busy && !whileBusy(m.Method) {
		if report, ok := s.pullAtOnce(&m); ok {
			s.reply(m.ID, report, nil)
			return false, nil
		}
		s.queued = append(s.queued, body)
		return false, nil
	}
	if m.Method == "exit" {
		if !s.shuttingDown {
			return true, ErrExitWithoutShutdown
		}
		return true, nil
	}
	result, rerr := s.dispatchSafely(&m)
	if m.isRequest() {
		s.reply(m.ID, result, rerr)
	} else if rerr != nil && rerr.Code != codeMethodNotFound {
		fmt.Fprintf(s.log, "crosstalk server: %s: %s\n", m.Method, rerr.Message)
	}
	return false, nil
}

// whileBusy reports whether method is handled while an update runs:
// it needs no workspace.
func whileBusy(method string) bool {
	switch method {
	case "textDocument/didChange", "textDocument/hover", "shutdown", "exit", "$/cancelRequest", "$/setTrace":
		return true
	}
	return false
}

// dispatchSafely runs the method; a panic is an internal error of this
// message alone.
func (s *Server) dispatchSafely(m *message) (result any, rerr *rpcError) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(s.log, "crosstalk server: internal error in %s: %v\n%s", m.Method, v, debug.Stack())
			result, rerr = nil, &rpcError{codeInternalError, fmt.Sprintf("crosstalk: internal error in %s: %v (please report it)", m.Method, v)}
		}
	}()
	return s.dispatch(m)
}

func (s *Server) dispatch(m *message) (any, *rpcError) {
	if !s.initialized && m.Method != "initialize" {
		if m.isRequest() {
			return nil, &rpcError{codeServerNotInitialized, "the server is not initialized: send initialize first"}
		}
		return nil, nil
	}
	if s.shuttingDown && m.isRequest() {
		return nil, &rpcError{codeInvalidRequest, "the server is shutting down: only exit is accepted"}
	}
	switch m.Method {
	case "initialize":
		if s.initialized {
			return nil, &rpcError{codeInvalidRequest, "initialize was sent twice"}
		}
		var p initializeParams
		if err := decodeParams(m.Params, &p); err != nil {
			return nil, err
		}
		return s.initialize(&p), nil
	case "initialized":
		s.loadFolders()
		s.registerWatchers()
		return nil, nil
	case "shutdown":
		s.shuttingDown = true
		return nil, nil
	case "textDocument/didOpen":
		return notify(m.Params, s.didOpen)
	case "textDocument/didChange":
		return call(m.Params, func(p *didChangeParams) (any, *rpcError) { return nil, s.didChange(p) })
	case "textDocument/didSave":
		return notify(m.Params, s.didSave)
	case "textDocument/didClose":
		return notify(m.Params, s.didClose)
	case "textDocument/diagnostic":
		return call(m.Params, s.pullDiagnostics)
	case "textDocument/codeAction":
		return call(m.Params, s.codeActions)
	case "textDocument/hover":
		return call(m.Params, s.hover)
	case "workspace/didChangeWorkspaceFolders":
		return notify(m.Params, s.changeFolders)
	case "workspace/didChangeWatchedFiles":
		return notify(m.Params, s.watchedFilesChanged)
	case "workspace/didChangeConfiguration":
		return nil, nil // crosstalk reads its settings from its files
	}
	if strings.HasPrefix(m.Method, "$/") || !m.isRequest() {
		return nil, &rpcError{codeMethodNotFound, "crosstalk does not handle " + m.Method}
	}
	return nil, &rpcError{codeMethodNotFound, "crosstalk does not handle the request " + m.Method}
}

// call decodes a request's params into a P and answers with h.
func call[P any](raw json.RawMessage, h func(*P) (any, *rpcError)) (any, *rpcError) {
	var p P
	if err := decodeParams(raw, &p); err != nil {
		return nil, err
	}
	return h(&p)
}

// notify decodes a notification's params into a P and hands them to h,
// which answers nothing.
func notify[P any](raw json.RawMessage, h func(*P)) (any, *rpcError) {
	var p P
	if err := decodeParams(raw, &p); err != nil {
		return nil, err
	}
	h(&p)
	return nil, nil
}

func decodeParams(raw json.RawMessage, v any) *rpcError {
	if len(raw) == 0 {
		return &rpcError{codeInvalidParams, "the params are missing"}
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return &rpcError{codeInvalidParams, "the params cannot be read: " + err.Error()}
	}
	return nil
}

// reply sends the response to the request id.
func (s *Server) reply(id json.RawMessage, result any, rerr *rpcError) {
	resp := struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  *any            `json:"result,omitempty"`
		Error   *rpcError       `json:"error,omitempty"`
	}{JSONRPC: "2.0", ID: id, Error: rerr}
	if rerr == nil {
		resp.Result = &result // null when there is none
	}
	s.out.write(resp)
}

// notify sends a notification.
func (s *Server) notify(method string, params any) {
	s.out.write(struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}{"2.0", method, params})
}

// request sends a request to the client; its response is not awaited.
func (s *Server) request(method string, params any) {
	s.nextID++
	s.out.write(struct {
		JSONRPC string `json:"jsonrpc"`
		ID      string `json:"id"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}{"2.0", fmt.Sprintf("crosstalk-%d", s.nextID), method, params})
}

// showMessage tells the user something in the editor.
func (s *Server) showMessage(typ int, format string, args ...any) {
	s.notify("window/showMessage", showMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}

func (s *Server) initialize(p *initializeParams) any {
	s.initialized = true
	s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	switch {
	case len(p.WorkspaceFolders) > 0:
		for _, wf := range p.WorkspaceFolders {
			s.addFolder(wf.URI)
		}
	case p.RootURI != nil && *p.RootURI != "":
		s.addFolder(*p.RootURI)
	case p.RootPath != nil && *p.RootPath != "":
		s.addFolder(uriOf(*p.RootPath))
	}
	return map[string]any{
		"capabilities": map[string]any{
			"textDocumentSync": map[string]any{
				"openClose": true,
				"change":    1, // full
				"save":      map[string]any{"includeText": true},
			},
			"diagnosticProvider": map[string]any{
				"identifier":            "crosstalk",
				"interFileDependencies": true,
				"workspaceDiagnostics":  false,
			},
			"codeActionProvider": map[string]any{
				"codeActionKinds": []string{"quickfix", fixAllKind},
			},
			"hoverProvider": true,
			"workspace": map[string]any{
				"workspaceFolders": map[string]any{"supported": true, "changeNotifications": true},
			},
		},
		"serverInfo": map[string]any{"name": "crosstalk", "version": s.opts.Version},
	}
}

// registerWatchers asks the client to report changes of the
// configuration files and of the Python files on disk.
func (s *Server) registerWatchers() {
	if !s.watch {
		return
	}
	s.request("client/registerCapability", map[string]any{"registrations": []registration{{
		ID: "crosstalk-watch", Method: "workspace/didChangeWatchedFiles",
		RegisterOptions: map[string]any{"watchers": []map[string]any{
			{"globPattern": "**/pyproject.toml"}, {"globPattern": "**/crosstalk.toml"}, {"globPattern": "**/*.py"},
		}},
	}}})
}

// document is an open document.
type document struct {
	uri, path string
	version   int
	text      []byte
	dirty     bool // changed since it was last analysed
	// analysed is whether the workspace holds text for it (false: the
	// bytes on disk, which were the same when it was opened).
	analysed bool
	// alone holds the findings of a document outside every folder,
	// checked on its own.
	alone []check.Finding
	// provisional holds the findings of its text found at once, from its
	// folder's last whole run (check.Workspace.Provisional), until the
	// workspace has the text; nil when there are none.
	provisional *provisional
}

// provisional findings of a document's text: a change of the text
// drops them, so they are always of its version.
type provisional struct {
	findings []check.Finding
}

func (s *Server) didOpen(p *didOpenParams) {
	path, ok := pathOf(p.TextDocument.URI)
	if !ok {
		fmt.Fprintf(s.log, "crosstalk server: %s is not a file: it is not checked\n", p.TextDocument.URI)
		return
	}
	d := &document{uri: p.TextDocument.URI, path: path, version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.docs[path] = d
	if isConfigFile(path) || !strings.HasSuffix(path, ".py") {
		return
	}
	f := s.folderOf(path)
	d.dirty = f == nil || !f.contains(path) || !d.matchesDisk()
	if d.dirty {
		s.flush() // publishes, once d is analysed
		return
	}
	s.publish(d) // the workspace has its text already
}

// matchesDisk reports whether d's text is its file's bytes.
func (d *document) matchesDisk() bool {
	onDisk, err := os.ReadFile(d.path)
	return err == nil && string(onDisk) == string(d.text)
}

func (s *Server) didChange(p *didChangeParams) *rpcError {
	path, _ := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if d == nil {
		return &rpcError{codeInvalidParams, "didChange of a document that is not open: " + p.TextDocument.URI}
	}
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			d.text = []byte(c.Text)
			continue
		}
		t := newText(d.text)
		start, end := t.offset(c.Range.Start), t.offset(c.Range.End)
		if end < start {
			start, end = end, start
		}
		d.text = append(append(append([]byte{}, d.text[:start]...), c.Text...), d.text[end:]...)
	}
	d.version = p.TextDocument.Version
	if !strings.HasSuffix(path, ".py") {
		return nil
	}
	d.dirty, d.provisional = true, nil
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = time.AfterFunc(s.opts.Debounce, func() {
		select {
		case s.flushC <- struct{}{}:
		default:
		}
	})
	return nil
}

func (s *Server) didSave(p *didSaveParams) {
	path, _ := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if d == nil {
		return
	}
	if p.Text != nil {
		d.text = []byte(*p.Text)
	}
	if isConfigFile(path) {
		s.configChanged(path)
		return
	}
	if strings.HasSuffix(path, ".py") {
		d.dirty = true
		s.flush()
	}
}

func (s *Server) didClose(p *didCloseParams) {
	path, _ := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if d == nil {
		return
	}
	delete(s.docs, path)
	if f := s.folderOf(path); f != nil && d.analysed {
		// Back to the bytes on disk.
		changed, _ := f.update(path, nil)
		s.publishChanged(changed)
	}
	s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Diagnostics: []Diagnostic{}})
}

// flush analyses the documents changed since their last analysis, and
// publishes the diagnostics that changed.
func (s *Server) flush() {
	if s.timer != nil {
		s.timer.Stop()
	}
	s.answerAtOnce()
	if s.busy {
		s.flushAgain = true
		return
	}
	var jobs []updateJob
	for _, d := range s.sortedDocs() {
		if !d.dirty {
			continue
		}
		f := s.folderOf(d.path)
		if f == nil {
			s.analyse(d) // on its own: quick
			s.publish(d)
			continue
		}
		d.dirty = false
		jobs = append(jobs, updateJob{d: d, f: f, ws: f.ws, text: d.text})
	}
	if len(jobs) == 0 {
		return
	}
	s.busy = true
	go func() {
		if s.updating != nil {
			s.updating()
		}
		for i := range jobs {
			j := &jobs[i]
			j.changed, j.ok = j.ws.Update(j.d.path, analysedBytes(j.text))
		}
		select {
		case s.updatedC <- jobs:
		case <-s.done:
		}
	}()
}

// answerAtOnce publishes provisional diagnostics for the changed
// documents of folders, found in milliseconds from the folder's last
// whole run, also while an update runs; the update's own follow. They
// are the update's unless the edit changes what the rest of the tree
// derives from the document (check.Workspace.Provisional).
func (s *Server) answerAtOnce() {
	for _, d := range s.sortedDocs() {
		if !d.dirty || d.provisional != nil {
			continue
		}
		f := s.folderOf(d.path)
		if f == nil {
			continue
		}
		if fs, ok := f.ws.Provisional(d.path, analysedBytes(d.text)); ok {
			d.provisional = &provisional{fs}
			s.publish(d)
		}
	}
}

// updateJob is one document's update, run off the loop.
type updateJob struct {
	d       *document
	f       *folder
	ws      *check.Workspace
	text    []byte
	changed []string
	ok      bool
}

// updated takes in the updates run off the loop: it publishes their
// diagnostics, then handles what waited for them. exit is true when a
// message that waited ended the session.
func (s *Server) updated(jobs []updateJob) (exit bool, err error) {
	s.busy = false
	others := map[string]bool{}
	for _, j := range jobs {
		if j.ws != j.f.ws || s.docs[j.d.path] != j.d {
			continue // its folder was checked again, or it was closed, meanwhile
		}
		if !j.ok {
			j.d.alone = s.checkAlone(j.d)
		} else {
			j.d.analysed = true
		}
		j.d.provisional = nil // the workspace has the text now
		if !j.d.dirty {
			s.publish(j.d)
		}
		for _, path := range j.changed {
			if path != j.d.path {
				others[path] = true
			}
		}
	}
	s.publishChanged(sortedKeys(others))
	for len(s.queued) > 0 && !s.busy {
		body := s.queued[0]
		s.queued = s.queued[1:]
		if exit, err := s.handle(body); exit {
			return true, err
		}
	}
	for len(s.loads) > 0 && !s.busy {
		l := s.loads[0]
		s.loads = s.loads[1:]
		s.install(l)
	}
	if s.flushAgain && !s.busy {
		s.flushAgain = false
		s.flush()
	}
	return false, nil
}

// analyse brings the analysis of d up to date with its text, and
// publishes the diagnostics of the other open documents that it changes.
func (s *Server) analyse(d *document) {
	d.dirty, d.provisional = false, nil
	f := s.folderOf(d.path)
	if f == nil {
		d.alone = s.checkAlone(d)
		return
	}
	changed, ok := f.update(d.path, d.text)
	if !ok {
		d.alone = s.checkAlone(d)
		return
	}
	d.analysed = true
	var others []string
	for _, path := range changed {
		if path != d.path {
			others = append(others, path)
		}
	}
	s.publishChanged(others)
}

// publishChanged publishes the diagnostics of the open documents among
// paths.
func (s *Server) publishChanged(paths []string) {
	for _, path := range paths {
		if d := s.docs[path]; d != nil && !d.dirty {
			s.publish(d)
		}
	}
}

// publish pushes the diagnostics of d.
func (s *Server) publish(d *document) {
	version := d.version
	s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Version: &version, Diagnostics: s.diagnostics(d)})
}

// pullAtOnce answers a pull of diagnostics while an update runs, from
// the document's provisional findings (answerAtOnce) when they are of
// its text; ok is false when the pull must wait for the update.
func (s *Server) pullAtOnce(m *message) (report any, ok bool) {
	var p documentParams
	if m.Method != "textDocument/diagnostic" || !m.isRequest() || json.Unmarshal(m.Params, &p) != nil {
		return nil, false
	}
	path, _ := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if d == nil || d.provisional == nil || s.folderOf(path) == nil {
		return nil, false
	}
	return fullDocumentDiagnosticReport{Kind: "full", Items: s.diagnostics(d)}, true
}

func (s *Server) pullDiagnostics(p *documentParams) (any, *rpcError) {
	path, ok := pathOf(p.TextDocument.URI)
	d := s.docs[path]
	if !ok || d == nil {
		return nil, &rpcError{codeInvalidParams, "crosstalk has no diagnostics for " + p.TextDocument.URI + ": it reports on the open Python documents only"}
	}
	if isConfigFile(path) {
		items := s.configDiags[path]
		if items == nil {
			items = []Diagnostic{}
		}
		return fullDocumentDiagnosticReport{Kind: "full", Items: items}, nil
	}
	if d.dirty {
		s.analyse(d)
	}
	return fullDocumentDiagnosticReport{Kind: "full", Items: s.diagnostics(d)}, nil
}

// sortedDocs returns the open documents in the order of their paths.
func (s *Server) sortedDocs() []*document {
	var out []*document
	for _, d := range s.docs {
		out = append(out, d)
	}
	sortDocs(out)
	return out
}
