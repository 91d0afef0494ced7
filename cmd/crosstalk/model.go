package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/hugeheap"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// model is the linked program of the commands that show what crosstalk
// understood of a tree (callgraph, entrypoints), with its configuration.
type model struct {
	prog *semantic.Program
	cfg  *config.Config
	// exit is the code the command ends with once it has written its
	// output: a file with a syntax error (said on stderr; modelled from
	// what parses) is exit 1, a path that could not be read exit 2.
	exit int
}

// heapPerSourceByte is a generous bound on the heap a checked file takes
// per byte of its source (about 5 on the 3.11 tree).
const heapPerSourceByte = 16

// heapFor returns how much of the heap's address space to mark for huge
// pages for a run over paths: for files alone (pre-commit passes the
// changed ones), in proportion to their size, which for a few files is
// less than a huge page and marks nothing (marking costs a few
// milliseconds, a run over a few files not many more); for a folder, the
// whole tree's.
func heapFor(paths []string) uint64 {
	if len(paths) == 0 {
		return hugeheap.WholeTree // the current folder
	}
	var n uint64
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || info.IsDir() {
			return hugeheap.WholeTree
		}
		n += uint64(info.Size()) * heapPerSourceByte
	}
	return min(n, hugeheap.WholeTree)
}

// modelFlags are the flags of the commands that show the model.
type modelFlags struct {
	config, cpuprofile *string
}

func addModelFlags(flags *flag.FlagSet) modelFlags {
	return modelFlags{
		config:     flags.String("config", "", "read settings from this file instead of the nearest configuration (a pyproject.toml's [tool.crosstalk] table, or any other file's top-level keys, as crosstalk.toml)"),
		cpuprofile: flags.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)"),
	}
}

// load starts the CPU profile the flags ask for and loads the model (see
// loadModel); the caller calls stop once its output is written. ok is
// false, with the error said on stderr, when either fails.
func (f modelFlags) load(paths []string, summaries semantic.Summaries, stderr io.Writer) (m model, stop func(), ok bool) {
	stop, err := startCPUProfile(*f.cpuprofile)
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return model{}, nil, false
	}
	hugeheap.Reserve(heapFor(paths))
	m, ok = loadModel(paths, *f.config, summaries, stderr)
	if !ok {
		stop()
		return model{}, nil, false
	}
	return m, stop, true
}

// loadModel reads the configuration (configPath, or the nearest one to
// the first path) and models the tree under paths, "." when there are
// none. ok is false, with the error said on stderr, when the
// configuration is broken. summaries says which modules the call graph
// will need.
func loadModel(paths []string, configPath string, summaries semantic.Summaries, stderr io.Writer) (m model, ok bool) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cfg, err := loadConfig(configPath, paths[0], rules.All())
	if err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return model{}, false
	}
	prog, syntaxErrors, failed := check.Model(paths, cfg, summaries, stderr)
	if len(prog.ByPath) == 0 && !failed {
		warnNoPythonFiles(stderr, paths)
	}
	for _, f := range syntaxErrors {
		fmt.Fprintf(stderr, "crosstalk: %s:%d:%d: %s %s (modelled from what parses)\n", f.Path, f.Line, f.Col, f.Code, f.Message)
	}
	m = model{prog: prog, cfg: cfg, exit: exitOK}
	switch {
	case failed:
		m.exit = exitUsage
	case len(syntaxErrors) > 0:
		m.exit = exitFindings
	}
	return m, true
}
