package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/pyfiles"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
)

func runParse(args []string, stdout, stderr io.Writer) int {
	return newParser().run(args, stdout, stderr)
}

// parseCommand holds what the parse subcommand touches outside itself, so
// that tests can make a directory unreadable even when they run as root and
// make the parser fail.
type parseCommand struct {
	readDir  func(name string) ([]fs.DirEntry, error)
	readFile func(name string) ([]byte, error)
	parse    func(name string, raw []byte) *parser.File // nil: a parser.Parser per worker
}

func newParser() *parseCommand {
	return &parseCommand{readDir: os.ReadDir, readFile: readSource}
}

// readSource reads a file to parse, with check's default limit on its
// size: parse has no configuration to raise it.
func readSource(path string) ([]byte, error) {
	return readfile.Read(path, config.DefaultMaxFileSize)
}

// parseFunc returns the parse function for one worker: each gets its own
// parser.Parser, which reuses its buffers from file to file.
func (p *parseCommand) parseFunc() func(name string, raw []byte) *parser.File {
	if p.parse != nil {
		return p.parse
	}
	var ps parser.Parser
	return ps.ParseFile
}

func (p *parseCommand) run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("parse", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dump := flags.Bool("dump", false, "print CPython's ast.dump(tree, include_attributes=True) of one FILE")
	verbose := flags.Bool("v", false, "list each syntax error as FILE:LINE:COL: SyntaxError: msg")
	cpuprofile := flags.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosstalk parse [-v] PATH...\n       crosstalk parse --dump FILE\n")
		printFlags(stderr, flags)
	}
	// Flags may follow paths ("crosstalk parse src -v"); "--" ends them.
	var paths []string
	for {
		if err := flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK
			}
			return exitUsage
		}
		rest := flags.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			paths = append(paths, rest...)
			break
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
	stop, err := startCPUProfile(*cpuprofile)
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	defer stop()
	switch {
	case *dump && len(paths) == 1:
		return p.dumpFile(paths[0], stdout, stderr)
	case !*dump && len(paths) > 0:
		return p.parseTrees(paths, *verbose, stdout, stderr)
	}
	flags.Usage()
	return exitUsage
}

// fileResult is the outcome of parsing one file.
type fileResult struct {
	path     string
	size     int
	readErr  error
	internal string // a recovered panic
	err      *parser.Error
	file     *parser.File
}

// parseOne never panics: a panic in the parser becomes an internal error
// for this file alone.
func (p *parseCommand) parseOne(parse func(string, []byte) *parser.File, path string, keep bool) (res fileResult) {
	res.path = path
	data, err := p.readFile(path)
	if err != nil {
		res.readErr = err
		return res
	}
	res.size = len(data)
	defer func() {
		if v := recover(); v != nil {
			res.internal = fmt.Sprint(v)
			res.err, res.file = nil, nil
		}
	}()
	f := parse(path, data)
	if len(f.Errors) > 0 {
		res.err = &f.Errors[0]
	}
	if keep {
		res.file = f
	}
	return res
}

// startCPUProfile profiles the process into path until the returned stop;
// with no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cannot write the CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot start the CPU profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func formatSyntaxError(path string, e *parser.Error) string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", path, e.Line, e.Col, e.Msg)
}

func (p *parseCommand) dumpFile(path string, stdout, stderr io.Writer) int {
	res := p.parseOne(p.parseFunc(), path, true)
	switch {
	case res.readErr != nil:
		fmt.Fprintf(stderr, "crosstalk: cannot read %s: %v\n", path, readfile.UnwrapPath(res.readErr))
		return exitUsage
	case res.internal != "":
		fmt.Fprintf(stderr, "crosstalk: internal error parsing %s: %s\n", path, res.internal)
		return exitFindings
	case res.err != nil:
		fmt.Fprintln(stderr, formatSyntaxError(path, res.err))
		return exitFindings
	}
	dump, internal := dumpModule(res.file)
	if internal != "" {
		fmt.Fprintf(stderr, "crosstalk: internal error dumping %s: %s\n", path, internal)
		return exitFindings
	}
	fmt.Fprintln(stdout, dump)
	return exitOK
}

func dumpModule(f *parser.File) (dump, internal string) {
	defer func() {
		if v := recover(); v != nil {
			internal = fmt.Sprint(v)
		}
	}()
	return ast.Dump(f.Module, f.Lines), ""
}

// parseTrees parses every .py file under paths on GOMAXPROCS workers and
// prints a summary.
func (p *parseCommand) parseTrees(paths []string, verbose bool, stdout, stderr io.Writer) int {
	// The walker reports what it skips from its own goroutine while this
	// one reports the files' errors: one writer, one write at a time.
	stderr = &lockedWriter{w: stderr}
	// No tree outlives its file here, so the live heap stays a few files
	// deep. A GC target a little above the default saves collections; a
	// larger one (400) was slower on one core, as the kernel then spends
	// more time faulting in the larger heap than the collector saves.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(150))
	}
	start := time.Now()
	files := make(chan string)
	results := make(chan fileResult)
	var workers sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		workers.Go(func() {
			parse := p.parseFunc()
			for path := range files {
				results <- p.parseOne(parse, path, false)
			}
		})
	}
	w := pyfiles.NewWalker(p.readDir, stderr)
	w.Roots = paths
	go func() {
		for _, root := range paths {
			w.Walk(root, files)
		}
		close(files)
		workers.Wait()
		close(results)
	}()

	var (
		nFiles, nBytes int
		syntaxErrors   []fileResult
		failed         bool
		internal       int
	)
	for res := range results {
		switch {
		case res.readErr != nil:
			fmt.Fprintf(stderr, "crosstalk: cannot read %s: %v\n", res.path, readfile.UnwrapPath(res.readErr))
			failed = true
		case res.internal != "":
			fmt.Fprintf(stderr, "crosstalk: internal error parsing %s: %s\n", res.path, res.internal)
			internal++
			nFiles++
			nBytes += res.size
		default:
			nFiles++
			nBytes += res.size
			if res.err != nil {
				syntaxErrors = append(syntaxErrors, res)
			}
		}
	}
	failed = failed || w.Failed() // the walker is done: results are closed
	elapsed := time.Since(start)

	slices.SortFunc(syntaxErrors, func(a, b fileResult) int { return strings.Compare(a.path, b.path) })
	if verbose {
		for _, res := range syntaxErrors {
			fmt.Fprintln(stdout, formatSyntaxError(res.path, res.err))
		}
	}
	fmt.Fprintf(stdout, "files: %d\nbytes: %d\nsyntax errors: %d\n", nFiles, nBytes, len(syntaxErrors))
	if internal > 0 {
		fmt.Fprintf(stdout, "internal errors: %d\n", internal)
	}
	fmt.Fprintf(stdout, "time: %v\nspeed: %.1f MB/s\n",
		elapsed.Round(time.Millisecond), float64(nBytes)/1e6/max(elapsed.Seconds(), 1e-9))
	switch {
	case failed:
		return exitUsage
	case internal > 0 || len(syntaxErrors) > 0:
		return exitFindings
	}
	return exitOK
}

// lockedWriter writes to w one Write at a time, for writers shared by
// goroutines (a bytes.Buffer is not safe for concurrent use; a line to
// a terminal should not be cut by another).
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}
