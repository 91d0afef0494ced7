// Command crosstalk is the crosstalk command line: one subcommand per file
// of this directory, dispatched from the table in commands.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/crosstalk-dev/crosstalk/report"
)

// Exit codes.
const (
	exitOK       = 0 // success, nothing found
	exitFindings = 1 // findings, syntax errors included
	exitUsage    = 2 // bad usage, a configuration error or an I/O error
)

// command is one subcommand.
type command struct {
	name    string
	usage   string // arguments, for help
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"check", "[--select CODES] [--ignore CODES] [--output-format FORMAT] [--statistics] [--fix] [--unsafe-fixes] [--diff] [--exit-zero] [--config FILE] [PATH...]", "check Python files for state shared between requests, instances and workers", runCheck},
		{"entrypoints", "[--output-format text|json] [--config FILE] [PATH...]", "list the defs run per request or task, and once at startup", runEntryPoints},
		{"callgraph", "[--format pycg|json|dot] [--config FILE] [PATH...]", "print the whole-program call graph", runCallGraph},
		{"server", "[--stdio]", "run the language server (LSP over stdio) for editors", runServer},
		{"rules", "", "list the rules", runRules},
		{"rule", "CODE", "print a rule's documentation", runRule},
		{"parse", "[-v] PATH... | --dump FILE", "parse Python files: a summary, or CPython's ast.dump of one file", runParse},
		{"version", "", "print the version", runVersion},
		{"help", "", "print this help", runHelp},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches args to a subcommand and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		writeHelp(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "-help" || name == "--help" {
		name = "help"
	}
	for _, c := range commands() {
		if c.name == name {
			out := &outputWriter{w: stdout}
			code := c.run(args[1:], out, stderrWriter{stderr})
			// A command that failed has said why; one that did not must
			// not end in success with its output lost.
			if out.err != nil && code != exitUsage {
				fmt.Fprintf(stderr, "crosstalk: cannot write the output: %v\n", out.err)
				return exitUsage
			}
			return code
		}
	}
	fmt.Fprintf(stderr, "crosstalk: unknown command %q\n\n", args[0])
	writeHelp(stderr)
	return exitUsage
}

func runHelp(args []string, stdout, stderr io.Writer) int {
	writeHelp(stdout)
	return exitOK
}

func writeHelp(w io.Writer) {
	fmt.Fprintf(w, "crosstalk finds state leaking between things that should be isolated in Python services.\n\nUsage:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %s\n        %s\n", strings.TrimSpace("crosstalk "+c.name+" "+c.usage), c.summary)
	}
	fmt.Fprintf(w, "\nExit status: 0 clean, 1 findings or syntax errors, 2 usage, configuration or I/O error.\n")
}

// printFlags is flag.PrintDefaults with the flags spelled as users type
// them, as Ruff's help has them: "--output-format", and "-q" for a
// one-letter flag (the flag package takes either form, and prints "-").
func printFlags(w io.Writer, flags *flag.FlagSet) {
	flags.VisitAll(func(f *flag.Flag) {
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		arg, usage := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  %s%s", dash, f.Name)
		if arg != "" {
			fmt.Fprintf(w, " %s", arg)
		}
		fmt.Fprintf(w, "\n    \t%s", strings.ReplaceAll(usage, "\n", "\n    \t"))
		if def := f.DefValue; def != "" && def != "false" && def != "0" {
			if g, ok := f.Value.(flag.Getter); ok {
				if _, isString := g.Get().(string); isString {
					def = strconv.Quote(def)
				}
			}
			fmt.Fprintf(w, " (default %s)", def)
		}
		fmt.Fprintln(w)
	})
}

// outputWriter remembers the first error writing to w (a full disk, a
// closed file), after which it writes nothing more.
type outputWriter struct {
	w   io.Writer
	err error
}

func (o *outputWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// stderrWriter shows the control characters of what is written (a path
// named with an escape sequence, in a message) instead of sending them to
// the terminal; lines stay lines.
type stderrWriter struct{ w io.Writer }

func (e stderrWriter) Write(p []byte) (int, error) {
	var b strings.Builder
	for line := range strings.Lines(string(p)) {
		text, nl := strings.CutSuffix(line, "\n")
		b.WriteString(report.Printable(text))
		if nl {
			b.WriteByte('\n')
		}
	}
	if _, err := io.WriteString(e.w, b.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}
