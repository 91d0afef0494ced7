package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// frame writes messages as the protocol frames them.
func frame(bodies ...string) string {
	var b strings.Builder
	for _, body := range bodies {
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(body), body)
	}
	return b.String()
}

func TestServerCommandExitStatus(t *testing.T) {
	initialize := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`
	shutdown := `{"jsonrpc":"2.0","id":2,"method":"shutdown"}`
	exit := `{"jsonrpc":"2.0","method":"exit"}`
	for _, tc := range []struct {
		name   string
		args   []string
		in     string
		status int
		stderr string
	}{
		{"shutdown then exit", nil, frame(initialize, shutdown, exit), exitOK, ""},
		{"the client goes away", []string{"--stdio"}, frame(initialize), exitOK, "closed its end"},
		{"exit without shutdown", nil, frame(initialize, exit), 1, ""},
		{"not the protocol", nil, "hello\n", exitUsage, "a header line without a colon"},
		{"an argument", []string{"src"}, "", exitUsage, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := serve(tc.args, strings.NewReader(tc.in), &stdout, &stderr)
			if status != tc.status || !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, stderr.String(), tc.status, tc.stderr)
			}
			if tc.in != "" && tc.status != exitUsage && !strings.Contains(stdout.String(), `"name":"crosstalk"`) {
				t.Errorf("no initialize result: %q", stdout.String())
			}
		})
	}
}
