package lsp

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The tests with real clients run when CROSSTALK_LSP_CLIENTS is set, as
// .ci/run sets it after installing them; then a client that is missing
// fails the test instead of skipping it.
func needClients(t *testing.T) {
	t.Helper()
	if os.Getenv("CROSSTALK_LSP_CLIENTS") == "" {
		t.Skip("CROSSTALK_LSP_CLIENTS is not set (.ci/run sets it, after installing Neovim and the npm packages)")
	}
}

// buildCrosstalk builds the command into a folder of the test's own.
func buildCrosstalk(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "crosstalk")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/crosstalk")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// Neovim's built-in LSP client, headless, on the fixture workspace: the
// diagnostics arrive, at the right places, and the noqa code action,
// applied by Neovim, adds the code to the line's noqa list.
func TestNeovim(t *testing.T) {
	needClients(t)
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Fatal("nvim is not installed: apt-get install -y neovim (.ci/run does)")
	}
	bin := buildCrosstalk(t)
	root := fixture(t)
	out := filepath.Join(t.TempDir(), "result.json")
	script, _ := filepath.Abs("testdata/nvim/session.lua")
	cmd := exec.Command(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+script)
	cmd.Env = append(os.Environ(), "CT_BIN="+bin, "CT_ROOT="+root, "CT_OUT="+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no result: %v", err)
	}
	var res struct {
		Errors         []string `json:"errors"`
		GotDiagnostics bool     `json:"got_diagnostics"`
		Diagnostics    []struct {
			Code    string `json:"code"`
			Lnum    int    `json:"lnum"`
			Col     int    `json:"col"`
			Message string `json:"message"`
			Source  string `json:"source"`
		} `json:"diagnostics"`
		Actions []string `json:"actions"`
		Line8   string   `json:"line8"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if len(res.Errors) > 0 || !res.GotDiagnostics {
		t.Fatalf("errors %q, diagnostics arrived: %v", res.Errors, res.GotDiagnostics)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Code+" "+itoa(d.Lnum)+":"+itoa(d.Col))
	}
	// Neovim counts columns in bytes: `def café(k, note="🙂", seen=[]):`
	// has é (2 bytes) and 🙂 (4) before the finding at character 28.
	want := []string{"CT104 3:31", "CT104 7:20"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("Neovim's diagnostics: %s, want %s", strings.Join(got, ", "), strings.Join(want, ", "))
	}
	if want := "def tally(k, counts={}):  # noqa: E501, CT104"; res.Line8 != want {
		t.Errorf("after the noqa action, line 8 is %q, want %q (actions offered: %q)", res.Line8, want, res.Actions)
	}
}

// Microsoft's protocol library (vscode-languageserver-protocol, pinned
// in testdata/vscode/package-lock.json; .ci/run runs npm ci there)
// drives the server from Node: capabilities, pushed and pulled
// diagnostics, code actions, hover, shutdown and exit.
func TestVSCodeProtocolLibrary(t *testing.T) {
	needClients(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not installed")
	}
	if _, err := os.Stat("testdata/vscode/node_modules/vscode-languageserver-protocol"); err != nil {
		t.Fatal("the npm packages are not installed: (cd lsp/testdata/vscode && npm ci)")
	}
	bin := buildCrosstalk(t)
	root := fixture(t)
	cmd := exec.Command(node, "client.js", bin, root)
	cmd.Dir = "testdata/vscode"
	cmd.Stderr = os.Stderr
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("node client.js: %v\n%s", err, data)
	}
	type pos struct{ Line, Character int }
	var res struct {
		ServerName         string `json:"serverName"`
		DiagnosticProvider bool   `json:"diagnosticProvider"`
		Pushed             []struct {
			Code     string `json:"code"`
			Start    pos    `json:"start"`
			Severity int    `json:"severity"`
			Source   string `json:"source"`
		} `json:"pushed"`
		PulledKind string `json:"pulledKind"`
		Pulled     []struct {
			Code  string `json:"code"`
			Start pos    `json:"start"`
		} `json:"pulled"`
		Actions  []struct{ Title, Kind string } `json:"actions"`
		Hover    string                         `json:"hover"`
		ExitCode int                            `json:"exitCode"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if res.ServerName != "crosstalk" || !res.DiagnosticProvider {
		t.Errorf("initialize: server %q, diagnostic provider %v", res.ServerName, res.DiagnosticProvider)
	}
	var pushed, pulled []string
	for _, d := range res.Pushed {
		pushed = append(pushed, d.Code+" "+itoa(d.Start.Line)+":"+itoa(d.Start.Character)+" "+d.Source)
	}
	for _, d := range res.Pulled {
		pulled = append(pulled, d.Code+" "+itoa(d.Start.Line)+":"+itoa(d.Start.Character)+" crosstalk")
	}
	want := "CT104 3:28 crosstalk, CT104 7:20 crosstalk"
	if strings.Join(pushed, ", ") != want || strings.Join(pulled, ", ") != want || res.PulledKind != "full" {
		t.Errorf("pushed %q, pulled %s %q; want %s", pushed, res.PulledKind, pulled, want)
	}
	var kinds []string
	for _, a := range res.Actions {
		kinds = append(kinds, a.Kind)
	}
	if strings.Join(kinds, " ") != "quickfix quickfix source.fixAll.crosstalk" {
		t.Errorf("code actions %+v", res.Actions)
	}
	if res.Hover != "# CT104 mutable-default-argument" || res.ExitCode != 0 {
		t.Errorf("hover %q, exit code %d", res.Hover, res.ExitCode)
	}
}
