package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/crosstalk-dev/crosstalk/internal/hugeheap"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/lsp"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// runServer is `crosstalk server`: the language server, speaking the
// Language Server Protocol on stdin and stdout. What it has to say
// outside the protocol goes to stderr, which editors keep in a log.
func runServer(args []string, stdout, stderr io.Writer) int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(lsp.MemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(lsp.GCPercent)
	}
	// The folder's model lives in the heap for the whole session: its
	// first check is a whole tree's (internal/hugeheap).
	hugeheap.Reserve(hugeheap.WholeTree)
	return serve(args, os.Stdin, stdout, stderr)
}

// serve is runServer reading from in.
func serve(args []string, in io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("server", flag.ContinueOnError)
	flags.SetOutput(stderr)
	// Editors start servers with --stdio; it is the only transport.
	flags.Bool("stdio", true, "speak the protocol on stdin and stdout (the only transport)")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosstalk server [--stdio]\n\nThe language server: start it from an editor's LSP client (README.md, \"Editor set-up\").\n")
		printFlags(stderr, flags)
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "crosstalk server: unexpected argument %q: the server checks the editor's workspace folders\n", flags.Arg(0))
		return exitUsage
	}
	all := rules.All()
	s := lsp.New(lsp.Options{
		All:        all,
		Select:     func(cfg *config.Config) ([]*analysis.Analyzer, map[string]bool) { return configSelection(all, cfg) },
		RulePage:   func(code string) (string, bool) { return rulePageOf(code) },
		Log:        stderr,
		Version:    versionNumber(),
		Background: true,
	})
	switch err := s.Serve(in, stdout); {
	case errors.Is(err, lsp.ErrExitWithoutShutdown):
		return exitFindings // the protocol's exit status 1
	case err != nil:
		fmt.Fprintf(stderr, "crosstalk server: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// configSelection returns the analyzers and codes that cfg selects, as
// `crosstalk check` with no selection flags.
func configSelection(all []*analysis.Analyzer, cfg *config.Config) ([]*analysis.Analyzer, map[string]bool) {
	selected := selectCodes(all, []selection{{selects: cfg.Select, extendSelects: cfg.ExtendSelect, ignores: cfg.Ignore}})
	var analyzers []*analysis.Analyzer
	for _, a := range all {
		if selected[a.Code] {
			analyzers = append(analyzers, a)
		}
	}
	return analyzers, selected
}

// rulePageOf returns the page `crosstalk rule CODE` prints.
func rulePageOf(code string) (string, bool) {
	for _, a := range documented() {
		if strings.EqualFold(a.Code, code) {
			return rulePage(a), true
		}
	}
	return "", false
}
