package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
)

// MaxRounds bounds the rounds of fixing: a fix that keeps coming back
// (a defect of its rule) must not loop for ever. Ruff's fixes converge
// in a few rounds; one skipped for an overlap needs one more.
const MaxRounds = 10

var bom = []byte("\xef\xbb\xbf")

// Check runs the checker, reading the bytes of overlay in place of the
// files it names (see check.RunOverlay), and writing what it has to say
// to stderr.
type Check func(overlay map[string][]byte, stderr io.Writer) check.Result

// File is a file the fixes change.
type File struct {
	Path     string
	Old, New []byte // as read, and fixed: what to write
	Fixed    int    // how many findings the fixes resolved
}

// Outcome is what Run did.
type Outcome struct {
	// Result is the last check's: the findings that remain, placed in
	// the fixed sources.
	Result check.Result
	Files  []File // in the order of their paths
	Fixed  int    // findings fixed, over all Files
}

// file is the state of one file being fixed.
type file struct {
	path  string
	old   []byte // on disk
	bom   bool   // old starts with a UTF-8 byte order mark, which the parser drops
	src   []byte // the fixed source, without the mark: the findings' offsets are into it
	fixed int
}

// bytes is what the file would hold.
func (f *file) bytes() []byte {
	if f.bom {
		return append(bytes.Clone(bom), f.src...)
	}
	return f.src
}

// Run fixes the files that chk finds fixable, in rounds as Ruff does:
// each round checks every file, with the fixed sources so far in place of
// their files, and applies to each file the fixes that do not overlap
// (Apply); the rounds end when none applies, or after MaxRounds. The safe
// fixes only, unless unsafe. Nothing is written: Outcome.Files says what
// to write. A file whose fixed source would not parse is left as it was,
// and so is one that declares a source encoding other than UTF-8 (its
// bytes are not the source the fixes were made for); stderr says which.
// Only the last check's own messages reach stderr, so that a message is
// not repeated once per round.
func Run(chk Check, unsafe bool, stderr io.Writer) Outcome {
	files := map[string]*file{}
	var order []string
	leftAlone := map[string]bool{}
	overlay := map[string][]byte{}
	var (
		res  check.Result
		last bytes.Buffer
	)
	var before map[string]map[string]int // the first check's findings, by file and code and message
	for round := 0; ; round++ {
		last.Reset()
		res = chk(overlay, &last)
		if round == 0 {
			before = countFindings(res.Findings)
		}
		if round == MaxRounds {
			for _, g := range fixable(res.Findings, unsafe) {
				if !leftAlone[g.path] {
					fmt.Fprintf(stderr, "crosstalk: %s: fixes still apply after %d rounds, so fixing stopped there; please report it\n", g.path, MaxRounds)
				}
			}
			break
		}
		applied := false
		for _, group := range fixable(res.Findings, unsafe) {
			path := group.path
			if leftAlone[path] {
				continue
			}
			f := files[path]
			if f == nil {
				var msg string
				f, msg = open(path, group.src)
				if f == nil {
					fmt.Fprintf(stderr, "crosstalk: %s: not fixed: %s\n", path, msg)
					leftAlone[path] = true
					continue
				}
				files[path] = f
				order = append(order, path)
			} else if !bytes.Equal(group.src, f.src) {
				// The checker did not read the overlay: a defect.
				fmt.Fprintf(stderr, "crosstalk: %s: not fixed: its findings are not for the fixed source; please report it\n", path)
				f.src, f.fixed = nil, 0
				leftAlone[path] = true
				delete(overlay, path)
				continue
			}
			src, n := Apply(f.src, group.fixes)
			if n == 0 {
				continue
			}
			if parsed := parser.ParseFile(path, src); len(parsed.Errors) > 0 {
				e := parsed.Errors[0]
				fmt.Fprintf(stderr, "crosstalk: %s: not fixed: the fixes would make it a syntax error (line %d: %s), so it is left as it was; please report it\n", path, e.Line, e.Msg)
				f.src, f.fixed = nil, 0
				leftAlone[path] = true
				delete(overlay, path)
				continue
			}
			f.src, f.fixed = src, f.fixed+n
			overlay[path] = f.bytes()
			applied = true
		}
		if !applied {
			break
		}
	}
	io.Copy(stderr, &last)

	out := Outcome{Result: res}
	// One fix may resolve several findings (CT102 moves a container that
	// several methods mutate): what a file's fixes resolved is what of
	// the first check's findings the last one no longer has.
	after := countFindings(res.Findings)
	slices.Sort(order)
	for _, path := range order {
		f := files[path]
		if leftAlone[path] || f.fixed == 0 {
			continue
		}
		if b := f.bytes(); !bytes.Equal(b, f.old) {
			fixed := 0
			for key, n := range before[path] {
				fixed += max(0, n-after[path][key])
			}
			fixed = max(fixed, 1) // a change that resolved nothing would not have been made
			out.Files = append(out.Files, File{Path: path, Old: f.old, New: b, Fixed: fixed})
			out.Fixed += fixed
		}
	}
	return out
}

// fileFixes is the fixes of one file's findings, and the source they are for.
type fileFixes struct {
	path  string
	src   []byte
	fixes []*analysis.Fix
}

// fixable groups by path the fixes of findings to apply, the safe ones
// and the unsafe ones if unsafe, in the order of their paths.
func fixable(findings []check.Finding, unsafe bool) []*fileFixes {
	at := map[string]*fileFixes{}
	var groups []*fileFixes
	for _, f := range findings {
		if !Applies(f.Fix, unsafe) || f.File == nil {
			continue
		}
		g := at[f.Path]
		if g == nil {
			g = &fileFixes{path: f.Path, src: f.File.Src}
			at[f.Path] = g
			groups = append(groups, g)
		}
		g.fixes = append(g.fixes, f.Fix)
	}
	slices.SortFunc(groups, func(a, b *fileFixes) int { return strings.Compare(a.path, b.path) })
	return groups
}

// Applies reports whether --fix applies fix: a safe one always, an
// unsafe one only with --unsafe-fixes.
func Applies(fix *analysis.Fix, unsafe bool) bool {
	return fix != nil && len(fix.Edits) > 0 && (fix.Safe || unsafe)
}

// open reads the file at path, whose source as the checker decoded it is
// src, for fixing; nil and why not when it cannot be fixed.
func open(path string, src []byte) (*file, string) {
	// A source re-encoded to UTF-8 is at most 4 bytes a character longer
	// or shorter than its file.
	data, err := readfile.Read(path, 4*int64(len(src))+int64(len(bom)))
	if err != nil {
		if _, ok := errors.AsType[*readfile.TooLargeError](err); ok {
			return nil, "it changed since it was checked; check it again"
		}
		return nil, "cannot read it: " + readfile.UnwrapPath(err).Error()
	}
	switch {
	case bytes.Equal(data, src):
		return &file{path: path, old: data, src: src}, ""
	case bytes.HasPrefix(data, bom) && bytes.Equal(data[len(bom):], src):
		return &file{path: path, old: data, bom: true, src: src}, ""
	}
	if dec, err := scanner.Decode(data); err == nil && bytes.Equal(dec, src) {
		return nil, "it declares a source encoding other than UTF-8, which the fixed file would lose; convert it to UTF-8 to fix it"
	}
	return nil, "it changed since it was checked; check it again"
}

// countFindings counts findings by file, then by code and message: a
// finding has moved when the fixes before it changed its file.
func countFindings(findings []check.Finding) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, f := range findings {
		if out[f.Path] == nil {
			out[f.Path] = map[string]int{}
		}
		out[f.Path][f.Code+"\x00"+f.Message]++
	}
	return out
}
