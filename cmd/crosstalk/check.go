package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/fix"
	"github.com/crosstalk-dev/crosstalk/internal/hugeheap"
	"github.com/crosstalk-dev/crosstalk/report"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// runCheck is `crosstalk check [PATH...]`: run the rules and print the
// findings in the chosen output format.
func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	var cli selection
	flags.Var(&cli.selects, "select", "only these `CODES` or code prefixes, comma-separated (default: all rules, or the config's select)")
	flags.Var(&cli.extendSelects, "extend-select", "`CODES` or prefixes to add to the selection")
	flags.Var(&cli.ignores, "ignore", "skip these `CODES` or code prefixes, comma-separated")
	outputFormat := flags.String("output-format", string(report.Text), "`FORMAT` of the output: "+strings.Join(report.Names(), ", "))
	statistics := flags.Bool("statistics", false, "print how many findings each code has, instead of the findings")
	exitZero := flags.Bool("exit-zero", false, "exit 0 even when there are findings")
	configPath := flags.String("config", "", "read settings from `FILE` instead of the nearest configuration (a pyproject.toml's [tool.crosstalk] table, or any other file's top-level keys, as crosstalk.toml)")
	showAll := flags.Bool("show-all", false, "also show the low-confidence findings, each with why it is lower (as strict = true does)")
	quiet := flags.Bool("quiet", false, "print the findings and nothing else")
	flags.BoolVar(quiet, "q", false, "short for --quiet")
	fixFiles := flags.Bool("fix", false, "apply the safe fixes to the files, and show the findings that remain")
	unsafeFixes := flags.Bool("unsafe-fixes", false, "with --fix or --diff, apply the unsafe fixes too (they may change what the code does)")
	diff := flags.Bool("diff", false, "print a unified diff of what --fix would change, and write nothing (exit 1 when there is one)")
	cpuprofile := flags.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosstalk check [flags] [PATH...]\n")
		printFlags(stderr, flags)
		fmt.Fprintf(stderr, "\nExit status: 0 clean, 1 findings (with --diff: changes to show), 2 usage, config or I/O error.\n")
	}
	paths, code, ok := parseInterleaved(flags, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	format, err := report.ParseFormat(*outputFormat)
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: --output-format: %v\n", err)
		return exitUsage
	}
	stop, err := startCPUProfile(*cpuprofile)
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	defer stop()
	all := rules.All()
	cfg, err := loadConfig(*configPath, paths[0], all)
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	if *showAll {
		cfg.Strict = true
	}
	if err := cli.check(all); err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	layers := []selection{{selects: cfg.Select, extendSelects: cfg.ExtendSelect, ignores: cfg.Ignore}, cli}
	selected := selectCodes(all, layers)
	var analyzers []*analysis.Analyzer
	for _, a := range all {
		if selected[a.Code] {
			analyzers = append(analyzers, a)
		}
	}

	// The models of the files checked so far stay live until the end of
	// the run and grow with it: each collection marks all of them, and a
	// GC target of twice the default halves the collections for a third
	// more memory (on the 3.11 tree, about 360 MB instead of 320 MB).
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(200))
	}
	hugeheap.Reserve(heapFor(paths))
	// run checks the paths, with the bytes of overlay in place of the
	// files it names: --fix and --diff check again after each round.
	run := func(overlay map[string][]byte, stderr io.Writer) check.Result {
		res := check.RunOverlay(paths, analyzers, all, cfg, overlay, stderr)
		findings := res.Findings[:0]
		for _, f := range res.Findings {
			if !analysis.IsFileCode(f.Code) || selected[f.Code] {
				findings = append(findings, f)
			}
		}
		res.Findings = findings
		return res
	}
	if *diff {
		return runDiff(run, *unsafeFixes, *quiet, *exitZero, stdout, stderr)
	}
	var res check.Result
	fixed := 0
	if *fixFiles {
		res, fixed = runFix(run, *unsafeFixes, stderr)
	} else {
		res = run(nil, stderr)
	}
	if res.Files == 0 && !res.Failed {
		warnNoPythonFiles(stderr, paths)
	}
	findings := res.Findings
	opts := report.Options{Color: useColor(stdout), Rules: analyzers, Version: versionNumber()}
	if *statistics {
		err = report.WriteStatistics(stdout, format, findings, opts)
	} else {
		err = report.Write(stdout, format, findings, opts)
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	n := len(findings)
	if format.Human() && !*quiet && !*statistics {
		switch {
		case fixed > 0:
			fmt.Fprintf(stdout, "Found %d %s in %d %s checked (%d fixed, %d remaining).\n", fixed+n, plural(fixed+n, "finding", "findings"), res.Files, plural(res.Files, "file", "files"), fixed, n)
		case n == 0 && !res.Failed:
			fmt.Fprintf(stdout, "All checks passed (%d %s).\n", res.Files, plural(res.Files, "file", "files"))
		case n > 0:
			fmt.Fprintf(stdout, "Found %d %s in %d %s checked.\n", n, plural(n, "finding", "findings"), res.Files, plural(res.Files, "file", "files"))
		}
		if hint := fixHint(findings, *fixFiles, *unsafeFixes); hint != "" {
			fmt.Fprintln(stdout, hint)
		}
		if res.Hidden > 0 {
			fmt.Fprintf(stdout, "%d low-confidence %s not shown (deliberate, start-up, test or unreached code); --show-all lists %s.\n",
				res.Hidden, plural(res.Hidden, "finding", "findings"), plural(res.Hidden, "it", "them"))
		}
	}
	switch {
	case res.Failed:
		return exitUsage
	case n > 0 && !*exitZero:
		return exitFindings
	}
	return exitOK
}

// runFix is check --fix: fix the files in rounds (package fix), then
// write the ones changed. It returns the last check's result, failed if
// a file could not be written, and how many findings the written files
// had fixed.
func runFix(run fix.Check, unsafe bool, stderr io.Writer) (check.Result, int) {
	out := fix.Run(run, unsafe, stderr)
	fixed := 0
	for _, f := range out.Files {
		if err := fix.Replace(f.Path, f.Old, f.New); err != nil {
			fmt.Fprintf(stderr, "crosstalk: the fixes were not written: %v\n", err)
			out.Result.Failed = true
			continue
		}
		fixed += f.Fixed
	}
	return out.Result, fixed
}

// runDiff is check --diff: what --fix would change, as a unified diff
// on stdout, and a count on stderr, as Ruff; nothing is written. It exits
// 1 when there is a diff.
func runDiff(run fix.Check, unsafe, quiet, exitZero bool, stdout, stderr io.Writer) int {
	out := fix.Run(run, unsafe, stderr)
	for _, f := range out.Files {
		if err := fix.WriteDiff(stdout, f.Path, f.Old, f.New); err != nil {
			fmt.Fprintf(stderr, "crosstalk: %v\n", err)
			return exitUsage
		}
	}
	if !quiet {
		switch {
		case out.Fixed > 0:
			fmt.Fprintf(stderr, "Would fix %d %s in %d %s.\n", out.Fixed, plural(out.Fixed, "finding", "findings"), len(out.Files), plural(len(out.Files), "file", "files"))
		default:
			fmt.Fprintln(stderr, "No fixes to apply.")
		}
		if hint := fixHint(out.Result.Findings, true, unsafe); hint != "" {
			fmt.Fprintln(stderr, hint)
		}
	}
	switch {
	case out.Result.Failed:
		return exitUsage
	case len(out.Files) > 0 && !exitZero:
		return exitFindings
	}
	return exitOK
}

// fixHint says how many of findings --fix would fix, and how many more
// --unsafe-fixes would; after --fix, only the latter. "" when none.
func fixHint(findings []check.Finding, fixing, unsafe bool) string {
	applies, more := 0, 0
	for _, f := range findings {
		switch {
		case fix.Applies(f.Fix, unsafe):
			applies++
		case fix.Applies(f.Fix, true):
			more++
		}
	}
	switch {
	case fixing && more > 0:
		return fmt.Sprintf("%d more fixable with --unsafe-fixes.", more)
	case fixing || applies == 0 && more == 0:
		return ""
	case applies == 0:
		return fmt.Sprintf("%d fixable with --fix --unsafe-fixes.", more)
	case more > 0:
		return fmt.Sprintf("%d fixable with --fix (%d more with --unsafe-fixes).", applies, more)
	}
	return fmt.Sprintf("%d fixable with --fix.", applies)
}

// loadConfig reads the --config file, or the nearest configuration above
// the first path; without one, the defaults relative to the working
// directory.
func loadConfig(explicit, firstPath string, all []*analysis.Analyzer) (*config.Config, error) {
	path := explicit
	if path == "" {
		dir := firstPath
		if info, err := os.Stat(firstPath); err == nil && !info.IsDir() {
			dir = filepath.Dir(firstPath)
		}
		found, err := config.Find(dir)
		if err != nil {
			return nil, err
		}
		path = found
	}
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		return config.Default(wd), nil
	}
	return config.Load(path, all)
}

// selection is one layer of rule selection: the configuration file's,
// then the command line's.
type selection struct {
	selects, extendSelects, ignores listFlag
}

// check rejects a selector that matches no rule, so that a typo does not
// silently turn a rule off (the config's are checked when it is read).
func (s selection) check(all []*analysis.Analyzer) error {
	for _, group := range []struct {
		flag string
		sel  []string
	}{{"--select", s.selects}, {"--extend-select", s.extendSelects}, {"--ignore", s.ignores}} {
		for _, sel := range group.sel {
			if !analysis.SelectsSomething(sel, all) {
				return fmt.Errorf("%s %s matches no rule; `crosstalk rules` lists them", group.flag, sel)
			}
		}
	}
	return nil
}

// selectCodes applies the layers in order, as Ruff does: a layer's select
// replaces the set (everything by default), extend-select adds to it and
// ignore takes away. So --select on the command line overrides the
// config's select and ignore, and --ignore adds to the config's.
func selectCodes(all []*analysis.Analyzer, layers []selection) map[string]bool {
	codes := analysis.FileCodes()
	for _, a := range all {
		codes = append(codes, a.Code)
	}
	selected := map[string]bool{}
	for _, c := range codes {
		selected[c] = true
	}
	for _, l := range layers {
		for _, c := range codes {
			// What is said of a file as a whole (a syntax error, a
			// file too large to read) is reported whatever is
			// selected, unless ignored: no selection of rules makes a
			// file parse.
			if len(l.selects) > 0 && !analysis.IsFileCode(c) {
				selected[c] = analysis.MatchesAny(c, l.selects)
			}
			if analysis.MatchesAny(c, l.extendSelects) {
				selected[c] = true
			}
			if analysis.MatchesAny(c, l.ignores) {
				selected[c] = false
			}
		}
	}
	return selected
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

// useColor reports whether w is a terminal and the user has not asked for
// no colour (https://no-color.org).
func useColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	if o, ok := w.(*outputWriter); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
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
	for _, a := range documented() {
		if strings.EqualFold(a.Code, args[0]) || a.Name == args[0] {
			io.WriteString(stdout, rulePage(a))
			return exitOK
		}
	}
	fmt.Fprintf(stderr, "crosstalk: no rule %q; `crosstalk rules` lists them\n", args[0])
	return exitUsage
}

// documented returns what `crosstalk rule` documents: every rule, then
// the codes of what is reported of a file as a whole.
func documented() []*analysis.Analyzer {
	return slices.Concat(rules.All(), analysis.FileRules())
}

// rulePage is a's page in Markdown: the heading "# CODE name", then its
// Doc (the summary, the sections, the Options). `crosstalk rule CODE`
// prints it, and docs/rules/CODE.md is the same bytes, so that the pages
// browsed in the repository are the ones the command shows
// (TestRulePages).
func rulePage(a *analysis.Analyzer) string {
	return "# " + a.Code + " " + a.Name + "\n\n" + strings.TrimSpace(a.Doc) + "\n"
}

// warnNoPythonFiles says that a run found no Python file under paths:
// it passes, having checked nothing (a wrong path, or an exclude that
// takes everything).
func warnNoPythonFiles(stderr io.Writer, paths []string) {
	where := "."
	if len(paths) > 0 {
		where = strings.Join(paths, ", ")
	}
	fmt.Fprintf(stderr, "crosstalk: warning: no Python files found under %s: check the paths, and the exclude settings\n", where)
}
