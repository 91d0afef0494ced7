package lsp

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Requests the server cannot answer get an error response, and the
// session goes on: before initialize, an unknown method, params that are
// not the method's, a message that is not JSON, a document not open.
func TestBadRequestsGetErrorsAndTheSessionGoesOn(t *testing.T) {
	root := fixture(t)
	c := startServer(t, root, testOptions())
	if resp := c.call("textDocument/hover", map[string]any{}); resp.Error == nil || resp.Error.Code != codeServerNotInitialized {
		t.Errorf("before initialize: %+v", resp.Error)
	}
	c.initialize(root)
	if resp := c.call("textDocument/references", map[string]any{}); resp.Error == nil || resp.Error.Code != codeMethodNotFound {
		t.Errorf("unknown method: %+v", resp.Error)
	}
	if resp := c.call("textDocument/hover", []int{1}); resp.Error == nil || resp.Error.Code != codeInvalidParams {
		t.Errorf("params of another shape: %+v", resp.Error)
	}
	missing := filepath.Join(root, "nowhere.py")
	if resp := c.call("textDocument/diagnostic", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(missing)}}); resp.Error == nil ||
		!strings.Contains(resp.Error.Message, "open Python documents") {
		t.Errorf("diagnostics of a file not open: %+v", resp.Error)
	}
	body := "{not json"
	fmt.Fprintf(c.toSrv, "Content-Length: %d\r\n\r\n%s", len(body), body)
	if resp := <-c.resps; resp.Error == nil || resp.Error.Code != codeParseError {
		t.Errorf("not JSON: %+v", resp.Error)
	}
	// A document that is no file of the workspace is checked on its own;
	// one that is not a file at all is not checked, and not a crash.
	c.notify("textDocument/didOpen", map[string]any{"textDocument": TextDocumentItem{URI: "untitled:Untitled-1", LanguageID: "python", Version: 1, Text: "x = [\n"}})
	other := t.TempDir()
	alone := filepath.Join(other, "alone.py")
	os.WriteFile(alone, []byte("def f(x, acc=[]):\n    acc.append(x)\n"), 0o644)
	c.open(alone, "\n"+readText(t, alone), 1)
	if ds := c.diagnosticsFor(uriOf(alone)).Diagnostics; len(ds) != 1 || ds[0].Code != "CT104" || ds[0].Range.Start.Line != 1 {
		t.Errorf("a file outside the workspace: %+v, want its CT104 on line 1", ds)
	}
	c.shutdown()
}

// A panic while answering a request is an internal error of that
// request, and the server answers the next one.
func TestAPanicIsAnErrorOfItsRequestAlone(t *testing.T) {
	root := fixture(t)
	opts := testOptions()
	opts.RulePage = func(code string) (string, bool) { panic("rule pages are broken") }
	c := startServer(t, root, opts)
	c.initialize(root)
	util := filepath.Join(root, "shop", "util.py")
	c.open(util, readText(t, util), 1)
	c.diagnosticsFor(uriOf(util))
	resp := c.call("textDocument/hover", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(util)}, "position": Position{12, 30}})
	if resp.Error == nil || resp.Error.Code != codeInternalError || !strings.Contains(resp.Error.Message, "rule pages are broken") {
		t.Errorf("a panicking hover: %+v", resp.Error)
	}
	if len(c.pull(util)) != 2 {
		t.Error("the server does not answer after a panic")
	}
	c.shutdown()
}

// A client that goes away (its end of stdin closed) ends the session
// cleanly; exit without shutdown is an error the command exits 1 for.
func TestTheSessionEndsWhenTheClientGoes(t *testing.T) {
	root := fixture(t)
	c := startServer(t, root, testOptions())
	c.initialize(root)
	c.toSrv.Close()
	select {
	case err := <-c.done:
		if err != nil {
			t.Errorf("EOF: %v, want a clean end", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not end at EOF")
	}

	c = startServer(t, root, testOptions())
	c.initialize(root)
	c.notify("exit", nil)
	if err := <-c.done; !errors.Is(err, ErrExitWithoutShutdown) {
		t.Errorf("exit without shutdown: %v", err)
	}

	// A stream that breaks the framing ends the session with what is wrong.
	c = startServer(t, root, testOptions())
	io.WriteString(c.toSrv, "Content-Length: 12\r\n\r\n{\"a\"")
	c.toSrv.Close()
	if err := <-c.done; err == nil || !strings.Contains(err.Error(), "inside a message of 12 bytes") {
		t.Errorf("a truncated message: %v", err)
	}
}

// A configuration that cannot be read is a diagnostic on its file, the
// folder is checked with the defaults, and mending it (a watched-file
// change) reads it again and clears the diagnostic.
func TestABrokenConfigurationIsADiagnosticOnItsFile(t *testing.T) {
	root := fixture(t)
	toml := filepath.Join(root, "crosstalk.toml")
	os.WriteFile(toml, []byte("strict = true\nselct = [\"CT1\"]\n"), 0o644)
	c := startServer(t, root, testOptions())
	c.initialize(root)
	p := c.diagnosticsFor(uriOf(toml))
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Range.Start.Line != 1 || !strings.Contains(p.Diagnostics[0].Message, "selct") {
		t.Fatalf("broken config: %+v, want one diagnostic on line 1 naming selct", p.Diagnostics)
	}
	// A client that pulls diagnostics gets it too.
	c.open(toml, readText(t, toml), 1)
	if ds := c.pull(toml); len(ds) != 1 || ds[0].Range.Start.Line != 1 {
		t.Errorf("pulled from the broken config: %+v", ds)
	}
	util := filepath.Join(root, "shop", "util.py")
	c.open(util, readText(t, util), 1)
	// The defaults are not strict: the Low findings are not shown.
	if ds := c.diagnosticsFor(uriOf(util)).Diagnostics; len(ds) != 0 {
		t.Errorf("with the default settings, util.py has %+v, want none", ds)
	}
	os.WriteFile(toml, []byte("strict = true\n"), 0o644)
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": uriOf(toml), "type": 2}}})
	got := c.diagnosticsOf(uriOf(toml), uriOf(util))
	if ds := got[uriOf(toml)]; len(ds) != 0 {
		t.Errorf("mended config still has %+v", ds)
	}
	if ds := got[uriOf(util)]; len(ds) != 2 {
		t.Errorf("after the config is mended, util.py has %d diagnostics, want 2 (strict)", len(ds))
	}
	c.shutdown()
}

// Each workspace folder is checked with its own configuration, and a
// folder added later is checked when it is added.
func TestEachFolderHasItsOwnConfiguration(t *testing.T) {
	strict := fixture(t)
	lax := fixture(t)
	os.Remove(filepath.Join(lax, "crosstalk.toml"))
	c := startServer(t, strict, testOptions())
	c.initialize(strict)
	c.notify("workspace/didChangeWorkspaceFolders", map[string]any{"event": map[string]any{
		"added": []WorkspaceFolder{{URI: uriOf(lax), Name: "lax"}}, "removed": []WorkspaceFolder{}}})
	for root, want := range map[string]int{strict: 2, lax: 0} {
		util := filepath.Join(root, "shop", "util.py")
		c.open(util, readText(t, util), 1)
		if ds := c.diagnosticsFor(uriOf(util)).Diagnostics; len(ds) != want {
			t.Errorf("%s: %d diagnostics, want %d", root, len(ds), want)
		}
	}
	// Findings elsewhere follow an edit: sync.py's CT102 is reached from
	// the view, and not once the route is gone.
	sync := filepath.Join(strict, "shop", "sync.py")
	c.open(sync, readText(t, sync), 1)
	if ds := c.diagnosticsFor(uriOf(sync)).Diagnostics; len(ds) != 1 || len(ds[0].RelatedInformation) == 0 {
		t.Fatalf("sync.py: %+v", ds)
	}
	urls := filepath.Join(strict, "shop", "urls.py")
	c.open(urls, readText(t, urls), 1)
	c.diagnosticsFor(uriOf(urls))
	c.change(urls, "urlpatterns = []\n", 2)
	if ds := c.diagnosticsFor(uriOf(sync)).Diagnostics; len(ds) != 1 || len(ds[0].RelatedInformation) != 0 {
		t.Errorf("sync.py once no route reaches it: %+v, want its CT102 with no request path", ds)
	}
	c.shutdown()
}

// A document whose file declares another source encoding is text to the
// editor already: its positions are those of its characters.
func TestADocumentDeclaringLatin1IsCheckedAsTheEditorsText(t *testing.T) {
	root := fixture(t)
	c := startServer(t, root, testOptions())
	c.initialize(root)
	path := filepath.Join(root, "shop", "legacy.py")
	text := "# -*- coding: latin-1 -*-\ndef f(é, ü=[]):\n    ü.append(é)\n"
	os.WriteFile(path, []byte(strings.ReplaceAll(strings.ReplaceAll(text, "é", "\xe9"), "ü", "\xfc")), 0o644)
	c.open(path, text, 1)
	ds := c.diagnosticsFor(uriOf(path)).Diagnostics
	if len(ds) != 1 || ds[0].Range.Start != (Position{1, 11}) {
		t.Errorf("latin-1 file: %+v, want CT104 at 1:11", ds)
	}
	c.shutdown()
}

// In the background, a folder's check does not hold the session up: a
// document opened meanwhile is checked on its own, and gets the
// workspace's diagnostics (here, sync.py's request path through
// views.py) once the folder is checked.
func TestTheWorkspaceIsCheckedInTheBackground(t *testing.T) {
	root := fixture(t)
	opts := testOptions()
	opts.Background = true
	c := startServer(t, root, opts)
	c.initialize(root)
	sync := filepath.Join(root, "shop", "sync.py")
	c.open(sync, readText(t, sync), 1)
	for {
		ds := c.diagnosticsFor(uriOf(sync)).Diagnostics
		if len(ds) == 1 && len(ds[0].RelatedInformation) == 3 {
			break
		}
	}
	if ds := c.pull(sync); len(ds) != 1 || len(ds[0].RelatedInformation) != 3 {
		t.Errorf("pulled %+v", ds)
	}
	c.shutdown()
}

// An update runs off the loop: while it runs, hover is answered and
// changes are taken; a request that needs the workspace waits for it,
// and the changes made meanwhile are analysed after it, in one update.
func TestTheServerAnswersWhileAnUpdateRuns(t *testing.T) {
	root := fixture(t)
	started, release := make(chan struct{}, 10), make(chan struct{})
	c := startServer(t, root, testOptions(), func(s *Server) {
		s.updating = func() {
			started <- struct{}{}
			<-release
		}
	})
	c.initialize(root)
	util := filepath.Join(root, "shop", "util.py")
	text := readText(t, util)
	c.open(util, text, 1)
	c.diagnosticsFor(uriOf(util))
	c.change(util, "\n"+text, 2)
	<-started
	resp := c.call("textDocument/hover", map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(util)}, "position": Position{13, 30}})
	if resp.Error != nil || !strings.Contains(string(resp.Result), "CT104") {
		t.Errorf("hover during an update: %s %+v", resp.Result, resp.Error)
	}
	c.change(util, "\n\n"+text, 3)
	c.nextID++
	c.send(map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": "textDocument/diagnostic", "params": map[string]any{"textDocument": TextDocumentIdentifier{URI: uriOf(util)}}})
	release <- struct{}{}
	// The pull waited for the update, then analysed version 3 itself.
	pulled := <-c.resps
	var r fullDocumentDiagnosticReport
	json.Unmarshal(pulled.Result, &r)
	if len(r.Items) != 2 || r.Items[0].Range.Start.Line != 3+2 {
		t.Errorf("pulled after the update: %+v, want 2 diagnostics, the first on line 5", r.Items)
	}
	close(release)
	c.shutdown()
}
