package lsp

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/rules"

	"github.com/crosstalk-dev/crosstalk/internal/textdiff"
)

var update = flag.Bool("update", false, "rewrite the golden files of the message exchanges")

// client drives a Server over pipes, as an editor would, and keeps the
// exchange for a golden file.
type client struct {
	t      *testing.T
	toSrv  *io.PipeWriter
	notes  chan message // notifications and requests from the server
	resps  chan message
	done   chan error
	root   string // replaced by $ROOT in the transcript
	mu     sync.Mutex
	script bytes.Buffer
	nextID int
	log    *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testOptions() Options {
	all := rules.All()
	return Options{
		All:      all,
		Debounce: 20 * time.Millisecond,
		RulePage: func(code string) (string, bool) {
			for _, a := range append(all, analysis.FileRules()...) {
				if a.Code == code {
					return "# " + a.Code + " " + a.Name + "\n\n" + strings.TrimSpace(a.Doc) + "\n", true
				}
			}
			return "", false
		},
	}
}

// startServer starts a server with opts on pipes; set, if given, may
// set the server's test hooks first.
func startServer(t *testing.T, root string, opts Options, set ...func(*Server)) *client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &client{t: t, toSrv: inW, notes: make(chan message, 1000), resps: make(chan message, 100), done: make(chan error, 1), root: root, log: &syncBuffer{}}
	opts.Log = c.log
	s := New(opts)
	for _, f := range set {
		f(s)
	}
	go func() {
		err := s.Serve(inR, outW)
		outW.Close()
		c.done <- err
	}()
	go func() {
		r := newReader(outR)
		for {
			body, err := r.read()
			if err != nil {
				close(c.notes)
				return
			}
			var m message
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("the server sent what is not JSON: %s", body)
				continue
			}
			c.record("<--", body)
			if m.Method != "" {
				c.notes <- m
			} else {
				c.resps <- m
			}
		}
	}()
	t.Cleanup(func() { inW.Close() })
	return c
}

// record adds a message to the transcript, with the root path replaced.
func (c *client) record(dir string, body []byte) {
	var v any
	json.Unmarshal(body, &v)
	pretty, _ := json.MarshalIndent(v, "", "  ")
	s := string(pretty)
	if c.root != "" {
		s = strings.ReplaceAll(s, uriOf(c.root), "file:///$ROOT")
		s = strings.ReplaceAll(s, c.root, "$ROOT")
	}
	c.mu.Lock()
	fmt.Fprintf(&c.script, "%s %s\n", dir, s)
	c.mu.Unlock()
}

func (c *client) send(v any) {
	c.t.Helper()
	body, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	c.record("-->", body)
	fmt.Fprintf(c.toSrv, "Content-Length: %d\r\n\r\n%s", len(body), body)
}

// call sends a request and returns its response.
func (c *client) call(method string, params any) message {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	select {
	case m := <-c.resps:
		if string(m.ID) != fmt.Sprint(id) {
			c.t.Fatalf("%s: the response has id %s, want %d", method, m.ID, id)
		}
		return m
	case <-time.After(60 * time.Second):
		c.t.Fatalf("%s: no response in 60 s; the server's log:\n%s", method, c.log.String())
	}
	return message{}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// next returns the next notification (or request) of the server.
func (c *client) next(method string) message {
	c.t.Helper()
	for {
		select {
		case m, ok := <-c.notes:
			if !ok {
				c.t.Fatalf("the server closed the connection waiting for %s; its log:\n%s", method, c.log.String())
			}
			if m.Method == method {
				return m
			}
		case <-time.After(60 * time.Second):
			c.t.Fatalf("no %s in 60 s; the server's log:\n%s", method, c.log.String())
		}
	}
}

// diagnosticsFor waits for the next diagnostics of uri.
func (c *client) diagnosticsFor(uri string) publishDiagnosticsParams {
	c.t.Helper()
	for {
		m := c.next("textDocument/publishDiagnostics")
		var p publishDiagnosticsParams
		json.Unmarshal(m.Params, &p)
		if p.URI == uri {
			return p
		}
	}
}

// diagnosticsOf waits for the next diagnostics of each of uris, in any
// order.
func (c *client) diagnosticsOf(uris ...string) map[string][]Diagnostic {
	c.t.Helper()
	out := map[string][]Diagnostic{}
	for len(out) < len(uris) {
		m := c.next("textDocument/publishDiagnostics")
		var p publishDiagnosticsParams
		json.Unmarshal(m.Params, &p)
		if _, seen := out[p.URI]; !seen && slices.Contains(uris, p.URI) {
			out[p.URI] = p.Diagnostics
		}
	}
	return out
}

// initialize initializes the server with the folders.
func (c *client) initialize(folders ...string) {
	c.t.Helper()
	var wfs []WorkspaceFolder
	for _, f := range folders {
		wfs = append(wfs, WorkspaceFolder{URI: uriOf(f), Name: filepath.Base(f)})
	}
	resp := c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "workspaceFolders": wfs,
		"capabilities": map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}}})
	if resp.Error != nil {
		c.t.Fatalf("initialize: %v", resp.Error)
	}
	c.notify("initialized", map[string]any{})
}

// shutdown ends the session as a client does, and checks the server
// exits cleanly.
func (c *client) shutdown() {
	c.t.Helper()
	if resp := c.call("shutdown", nil); resp.Error != nil {
		c.t.Fatalf("shutdown: %v", resp.Error)
	}
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		if err != nil {
			c.t.Fatalf("the server ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		c.t.Fatal("the server did not exit after exit")
	}
}

// golden compares the transcript with testdata/golden/name.txt.
func (c *client) golden(name string) {
	c.t.Helper()
	c.mu.Lock()
	got := c.script.String()
	c.mu.Unlock()
	path := filepath.Join("testdata", "golden", name+".txt")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			c.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		c.t.Fatalf("%v (go test ./lsp -run %s -update writes it)", err, c.t.Name())
	}
	if got != string(want) {
		n, g, w := textdiff.FirstLine(got, string(want))
		c.t.Errorf("the exchange differs from %s at line %d (go test ./lsp -update rewrites it, to review with git diff):\n got: %s\nwant: %s", path, n, g, w)
	}
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
