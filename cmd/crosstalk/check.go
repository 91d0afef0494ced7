package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// runCheck is `crosstalk check [PATH...]`: run the rules and print the
// findings as `path:line:col: CODE message`, each with its source line and
// a caret under the range.
func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	var selects, ignores listFlag
	flags.Var(&selects, "select", "only these codes or code prefixes, comma-separated (default: all rules)")
	flags.Var(&ignores, "ignore", "skip these codes or code prefixes, comma-separated")
	exitZero := flags.Bool("exit-zero", false, "exit 0 even when there are findings")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosstalk check [--select CODES] [--ignore CODES] [--exit-zero] [PATH...]\n")
		flags.PrintDefaults()
	}
	paths, code, ok := parseInterleaved(flags, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	analyzers, err := selectRules(rules.All(), selects, ignores)
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}

	res := check.Run(paths, analyzers, stderr)
	color := useColor(stdout)
	n := 0
	for _, f := range res.Findings {
		if f.Code == check.SyntaxErrorCode && matchesAny(f.Code, ignores) {
			continue
		}
		writeFinding(stdout, f, color)
		n++
	}
	switch {
	case n == 0 && !res.Failed:
		fmt.Fprintf(stdout, "All checks passed (%d files).\n", res.Files)
	case n > 0:
		fmt.Fprintf(stdout, "Found %d %s in %d %s checked.\n", n, plural(n, "finding", "findings"), res.Files, plural(res.Files, "file", "files"))
	}
	switch {
	case res.Failed:
		return exitUsage
	case n > 0 && !*exitZero:
		return exitFindings
	}
	return exitOK
}

// listFlag collects comma-separated values over repeated flags.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for v := range strings.SplitSeq(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, strings.ToUpper(v))
		}
	}
	return nil
}

// parseInterleaved parses flags that may follow paths ("crosstalk check
// src --exit-zero"); "--" ends the flags. ok is false when the command
// must exit with code.
func parseInterleaved(flags *flag.FlagSet, args []string) (paths []string, code int, ok bool) {
	for {
		if err := flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		rest := flags.Args()
		if len(rest) == 0 {
			return paths, 0, true
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(paths, rest...), 0, true
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// selectRules applies --select and --ignore. A selector is a code or a
// prefix of codes ("CT1"); one that matches no rule is a usage error, so a
// typo does not silently turn a rule off.
func selectRules(all []*analysis.Analyzer, selects, ignores []string) ([]*analysis.Analyzer, error) {
	for _, group := range []struct {
		flag string
		sel  []string
	}{{"--select", selects}, {"--ignore", ignores}} {
		for _, s := range group.sel {
			if !matchesAnyRule(s, all) && !strings.HasPrefix(check.SyntaxErrorCode, s) {
				return nil, fmt.Errorf("%s %s matches no rule; `crosstalk rules` lists them", group.flag, s)
			}
		}
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if (len(selects) == 0 || matchesAny(a.Code, selects)) && !matchesAny(a.Code, ignores) {
			out = append(out, a)
		}
	}
	return out, nil
}

func matchesAnyRule(sel string, all []*analysis.Analyzer) bool {
	for _, a := range all {
		if strings.HasPrefix(a.Code, sel) {
			return true
		}
	}
	return false
}

func matchesAny(code string, sels []string) bool {
	for _, s := range sels {
		if strings.HasPrefix(code, s) {
			return true
		}
	}
	return false
}

// useColor reports whether w is a terminal and the user has not asked for
// no colour (https://no-color.org).
func useColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

const (
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[1;31m"
	ansiBlue  = "\x1b[1;34m"
	ansiReset = "\x1b[0m"
)

// writeFinding prints one finding, its source line and a caret range:
//
//	app/cart.py:3:18: CT104 the default of `cart` ...
//	  3 | def add_item(item, cart=[]):
//	    |                         ^^
func writeFinding(w io.Writer, f check.Finding, color bool) {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	fmt.Fprintf(w, "%s:%d:%d: %s %s\n", paint(ansiBold, f.Path), f.Line, f.Col, paint(ansiRed, f.Code), f.Message)
	line, ok := sourceLine(f)
	if !ok {
		return
	}
	num := fmt.Sprint(f.Line)
	gutter := strings.Repeat(" ", len(num))
	fmt.Fprintf(w, "  %s %s %s\n", paint(ansiBlue, num), paint(ansiBlue, "|"), line)
	// The caret line copies the tabs of the source so that it lines up.
	pad := []rune(line)[:min(f.Col-1, utf8.RuneCountInString(line))]
	for i, r := range pad {
		if r != '\t' {
			pad[i] = ' '
		}
	}
	width := 1
	if f.EndLine == f.Line && f.EndCol > f.Col {
		width = f.EndCol - f.Col
	} else if f.EndLine > f.Line {
		width = max(utf8.RuneCountInString(line)-(f.Col-1), 1)
	}
	fmt.Fprintf(w, "  %s %s %s%s\n", gutter, paint(ansiBlue, "|"), string(pad), paint(ansiRed, strings.Repeat("^", width)))
}

// sourceLine returns the text of the finding's first line.
func sourceLine(f check.Finding) (string, bool) {
	if f.File == nil || f.Line < 1 || f.Line > f.File.Lines.Count() {
		return "", false
	}
	start := int(f.File.Lines.LineStart(f.Line))
	end := len(f.File.Src)
	if f.Line < f.File.Lines.Count() {
		end = int(f.File.Lines.LineStart(f.Line + 1))
	}
	if start > end || end > len(f.File.Src) {
		return "", false
	}
	line := strings.TrimRight(string(f.File.Src[start:end]), "\r\n")
	return line, utf8.ValidString(line)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// runRules is `crosstalk rules`: one line per rule.
func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: crosstalk rules")
		return exitUsage
	}
	for _, a := range rules.All() {
		fmt.Fprintf(stdout, "%s  %-40s %s\n", a.Code, a.Name, a.Summary())
	}
	return exitOK
}

// runRule is `crosstalk rule CODE`: the rule's documentation.
func runRule(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: crosstalk rule CODE|NAME")
		return exitUsage
	}
	for _, a := range rules.All() {
		if strings.EqualFold(a.Code, args[0]) || a.Name == args[0] {
			fmt.Fprintf(stdout, "# %s %s\n\n%s", a.Code, a.Name, strings.TrimLeft(a.Doc, "\n"))
			return exitOK
		}
	}
	fmt.Fprintf(stderr, "crosstalk: no rule %q; `crosstalk rules` lists them\n", args[0])
	return exitUsage
}
