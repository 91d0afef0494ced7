package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// runCallGraph is `crosstalk callgraph [PATH...]`: the whole-program call
// graph of the tree, in PyCG's JSON format, in JSON with each edge's
// hand-off kind and position, or in Graphviz's dot.
func runCallGraph(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("callgraph", flag.ContinueOnError)
	flags.SetOutput(stderr)
	format := flags.String("format", "pycg", "output format: pycg, json or dot")
	mf := addModelFlags(flags)
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: crosstalk callgraph [--format pycg|json|dot] [--config FILE] [PATH...]\n")
		printFlags(stderr, flags)
	}
	paths, code, ok := parseInterleaved(flags, args)
	if !ok {
		return code
	}
	write, ok := graphWriters[*format]
	if !ok {
		fmt.Fprintf(stderr, "crosstalk: --format: unknown format %q; use pycg, json or dot\n", *format)
		return exitUsage
	}
	m, stop, ok := mf.load(paths, semantic.AllSummaries, stderr)
	if !ok {
		return exitUsage
	}
	defer stop()
	g := m.prog.CallGraph()
	w := bufio.NewWriterSize(stdout, 1<<16)
	write(w, g, &sourceLines{limit: m.cfg.MaxFileSize})
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "crosstalk: %v\n", err)
		return exitUsage
	}
	return m.exit
}

// graphWriters are the output formats, by name.
var graphWriters = map[string]func(*bufio.Writer, *semantic.CallGraph, *sourceLines){
	"pycg": writePyCG,
	"json": writeGraphJSON,
	"dot":  writeDot,
}

// writePyCG writes PyCG's format: one object from every node and every
// target to the sorted list of its callees.
func writePyCG(w *bufio.Writer, g *semantic.CallGraph, _ *sourceLines) {
	keys := graphKeys(g)
	w.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n  ")
		writeJSONString(w, k)
		w.WriteString(": [")
		var last string
		for j, e := range g.Callees(k) {
			if j > 0 && e.To == last {
				continue
			}
			if j > 0 {
				w.WriteString(", ")
			}
			writeJSONString(w, e.To)
			last = e.To
		}
		w.WriteString("]")
	}
	w.WriteString("\n}\n")
}

// writeGraphJSON writes every node with its kind, file, location and
// offset, and its edges with their hand-off kinds and the calls'
// locations and byte offsets; the targets outside the tree are keys with
// kind "external".
func writeGraphJSON(w *bufio.Writer, g *semantic.CallGraph, src *sourceLines) {
	w.WriteString("{")
	for i, k := range graphKeys(g) {
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n  ")
		writeJSONString(w, k)
		n, inTree := g.Node(k)
		if inTree {
			w.WriteString(`: {"kind": `)
			writeJSONString(w, n.Kind.String())
			w.WriteString(`, "path": `)
			writeJSONString(w, n.Path)
			w.WriteString(`, "location": {"row": ` + strconv.Itoa(n.Line) + `, "column": ` + strconv.Itoa(n.Col) + `}`)
			w.WriteString(`, "offset": ` + strconv.Itoa(int(n.Pos)))
		} else {
			w.WriteString(`: {"kind": "external"`)
		}
		w.WriteString(`, "callees": [`)
		for j, e := range g.Callees(k) {
			if j > 0 {
				w.WriteString(", ")
			}
			w.WriteString(`{"to": `)
			writeJSONString(w, e.To)
			if e.HandOff != "" {
				w.WriteString(`, "handoff": `)
				writeJSONString(w, e.HandOff)
			}
			if row, col, ok := src.position(n.Path, e.Pos); inTree && ok {
				w.WriteString(`, "location": {"row": ` + strconv.Itoa(row) + `, "column": ` + strconv.Itoa(col) + `}`)
			}
			w.WriteString(`, "offset": ` + strconv.Itoa(int(e.Pos)) + "}")
		}
		w.WriteString("]}")
	}
	w.WriteString("\n}\n")
}

// writeDot writes a Graphviz digraph; hand-offs are dashed, labelled
// with their kind.
func writeDot(w *bufio.Writer, g *semantic.CallGraph, _ *sourceLines) {
	w.WriteString("digraph callgraph {\n")
	for _, k := range graphKeys(g) {
		w.WriteString("  ")
		writeJSONString(w, k)
		w.WriteString(";\n")
		for _, e := range g.Callees(k) {
			w.WriteString("  ")
			writeJSONString(w, k)
			w.WriteString(" -> ")
			writeJSONString(w, e.To)
			if e.HandOff != "" {
				w.WriteString(" [style=dashed, label=")
				writeJSONString(w, e.HandOff)
				w.WriteString("]")
			}
			w.WriteString(";\n")
		}
	}
	w.WriteString("}\n")
}

// graphKeys returns the names of the nodes and targets, sorted.
func graphKeys(g *semantic.CallGraph) []string {
	keys := make([]string, 0, len(g.Nodes()))
	for _, n := range g.Nodes() {
		keys = append(keys, n.Name)
	}
	keys = append(keys, g.Targets()...)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// writeJSONString writes s as a JSON string (also a valid dot ID).
func writeJSONString(w *bufio.Writer, s string) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	w.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			w.WriteByte('\\')
			w.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(w, `\u%04x`, c)
		default:
			w.WriteByte(c)
		}
	}
	w.WriteByte('"')
}

// sourceLines turns the byte offsets of the graph's calls into rows and
// columns: the model keeps no source, so each file is read again when
// the first call in it is written, and kept while the next few files'
// calls are. A file that cannot be read again leaves its calls with
// their offsets only.
type sourceLines struct {
	limit int64
	// recent are the files read last, newest first: the nodes are
	// written in the order of their names, so a module's calls come
	// together, and keeping every file read held the whole tree's
	// source until the end (the 3.11 library: 128 MB).
	recent []fileLines
}

type fileLines struct {
	path  string
	lines *token.Lines // nil: not readable
}

// keptFiles is how many files sourceLines keeps: a package's nodes
// ("a.b.f") and its submodules' ("a.b.c.g") interleave by name.
const keptFiles = 8

func (s *sourceLines) position(path string, pos token.Pos) (row, col int, ok bool) {
	i := slices.IndexFunc(s.recent, func(f fileLines) bool { return f.path == path })
	var f fileLines
	if i >= 0 {
		f = s.recent[i]
		copy(s.recent[1:i+1], s.recent[:i])
	} else {
		f.path = path
		if data, err := readfile.Read(path, s.limit); err == nil {
			f.lines = token.NewLines(parser.Source(data))
		}
		if len(s.recent) < keptFiles {
			s.recent = append(s.recent, fileLines{})
		}
		copy(s.recent[1:], s.recent)
	}
	s.recent[0] = f
	if f.lines == nil {
		return 0, 0, false
	}
	row, col = f.lines.CharPosition(pos)
	return row, col, true
}
