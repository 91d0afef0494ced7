package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/report"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// runEntryPoints is `crosstalk entrypoints [PATH...]`: the defs that
// frameworks run per request or task, and those that run once at
// startup, as crosstalk sees them.
func runEntryPoints(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("entrypoints", flag.ContinueOnError)
	flags.SetOutput(stderr)
	outputFormat := flags.String("output-format", "text", "output format: text or json")
	mf := addModelFlags(flags)
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosstalk entrypoints [flags] [PATH...]\n")
		printFlags(stderr, flags)
		fmt.Fprintf(stderr, "\nExit status: 0 listed, 1 a file has a syntax error, 2 usage, config or I/O error.\n")
	}
	paths, code, ok := parseInterleaved(flags, args)
	if !ok {
		return code
	}
	write, ok := entryWriters()[*outputFormat]
	if !ok {
		fmt.Fprintf(stderr, "crosstalk: --output-format: unknown format %q; use text or json\n", *outputFormat)
		return exitUsage
	}
	m, stop, ok := mf.load(paths, semantic.NoSummaries, stderr)
	if !ok {
		return exitUsage
	}
	defer stop()
	entries := check.EntryPoints(m.prog, m.cfg)
	if err := write(stdout, entries); err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	return m.exit
}

// entryWriters are the output formats of entrypoints.
func entryWriters() map[string]func(io.Writer, []semantic.EntryPoint) error {
	return map[string]func(io.Writer, []semantic.EntryPoint) error{
		"text": writeEntryText,
		"json": writeEntryJSON,
	}
}

// writeEntryText writes `path:row:col: kind name (registered by ...)`,
// with "startup" before the kind of the run-once ones, and "shared"
// before the kind of those run on one object for every request.
func writeEntryText(w io.Writer, entries []semantic.EntryPoint) error {
	for _, e := range entries {
		kind := e.Kind
		if e.Startup {
			kind = "startup " + kind
		}
		if e.Shared {
			kind = "shared " + kind
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s %s (registered by %s)\n",
			report.Printable(e.Path), e.Line, e.Col, kind, e.Name, report.Printable(e.RegisteredBy)); err != nil {
			return err
		}
	}
	return nil
}

// entryJSON is one entry point in the JSON output.
type entryJSON struct {
	Name         string       `json:"name"`
	Kind         string       `json:"kind"`
	Filename     string       `json:"filename"`
	Location     locationJSON `json:"location"`
	RegisteredBy string       `json:"registered-by"`
	Startup      bool         `json:"startup,omitempty"`
	// Shared: the def is a method run on one object that serves every
	// request (a middleware built once); CT106 reads it.
	Shared bool `json:"shared,omitempty"`
}

type locationJSON struct {
	Row    int `json:"row"`
	Column int `json:"column"`
}

func writeEntryJSON(w io.Writer, entries []semantic.EntryPoint) error {
	out := make([]entryJSON, 0, len(entries))
	for _, e := range entries {
		out = append(out, entryJSON{Name: e.Name, Kind: e.Kind, Filename: e.Path,
			Location: locationJSON{Row: e.Line, Column: e.Col}, RegisteredBy: e.RegisteredBy, Startup: e.Startup, Shared: e.Shared})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
