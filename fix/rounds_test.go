package fix

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/scanner"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// fakeCheck is a checker of the files at paths with one rule: every
// occurrence of from in the source is a finding whose fix replaces it
// with to. It counts its runs.
type fakeCheck struct {
	paths    []string
	from, to string
	runs     int
}

func (c *fakeCheck) run(overlay map[string][]byte, stderr io.Writer) check.Result {
	c.runs++
	var res check.Result
	for _, path := range c.paths {
		data, ok := overlay[path]
		if !ok {
			var err error
			if data, err = os.ReadFile(path); err != nil {
				panic(err)
			}
		}
		src, err := scanner.Decode(data)
		if err != nil {
			panic(err)
		}
		file := &parser.File{Name: path, Src: src, Lines: token.NewLines(src)}
		for i := 0; ; i++ {
			k := bytes.Index(src[i:], []byte(c.from))
			if k < 0 {
				break
			}
			i += k
			pos := token.Pos(i)
			res.Findings = append(res.Findings, check.Finding{
				Path: path, File: file,
				Diagnostic: analysis.Diagnostic{Code: "T1", Pos: pos, Message: "found",
					Fix: &analysis.Fix{Edits: []analysis.Edit{{Pos: pos, End: pos + token.Pos(len(c.from)), New: c.to}}, Safe: true}},
			})
		}
	}
	res.Files = len(c.paths)
	io.WriteString(stderr, "checked\n")
	return res
}

func tempFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// "aaaa" has three overlapping "aa": a round fixes the first, the next
// the one the first left, then a check finds nothing more. Two fixes
// resolved the three findings the first check reported: "3 fixed", so
// that fixed and remaining add up to what a plain check finds.
func TestRunFixesOverlapsInRounds(t *testing.T) {
	path := tempFile(t, "m.py", "x = 'aaaa'\n")
	chk := &fakeCheck{paths: []string{path}, from: "aa", to: "b"}
	var stderr bytes.Buffer
	out := Run(chk.run, false, &stderr)
	if len(out.Files) != 1 || string(out.Files[0].New) != "x = 'bb'\n" || string(out.Files[0].Old) != "x = 'aaaa'\n" {
		t.Fatalf("files %+v", out.Files)
	}
	if out.Fixed != 3 || out.Files[0].Fixed != 3 || len(out.Result.Findings) != 0 || chk.runs != 3 {
		t.Errorf("fixed %d, remaining %d, %d checks; want 3, 0, 3", out.Fixed, len(out.Result.Findings), chk.runs)
	}
	if stderr.String() != "checked\n" {
		t.Errorf("stderr %q: want the last check's messages once", stderr.String())
	}
	if got, _ := os.ReadFile(path); string(got) != "x = 'aaaa'\n" {
		t.Errorf("Run wrote the file: %q", got)
	}
}

func TestRunLeavesAFileThatWouldNotParse(t *testing.T) {
	bad := tempFile(t, "bad.py", "x = [OK]\n")    // "x = [" does not parse
	good := tempFile(t, "good.py", "y = 'OK]'\n") // "y = ''" does
	chk := &fakeCheck{paths: []string{bad, good}, from: "OK]", to: ""}
	var stderr bytes.Buffer
	out := Run(chk.run, false, &stderr)
	if len(out.Files) != 1 || out.Files[0].Path != good || out.Fixed != 1 {
		t.Errorf("files %+v, fixed %d; want good.py only", out.Files, out.Fixed)
	}
	if !strings.Contains(stderr.String(), bad+": not fixed: the fixes would make it a syntax error") {
		t.Errorf("stderr %q does not name the file", stderr.String())
	}
	if len(out.Result.Findings) != 1 || out.Result.Findings[0].Path != bad {
		t.Errorf("remaining %+v, want bad.py's finding, not fixed", out.Result.Findings)
	}
}

func TestRunSkipsUnsafeFixesUnlessAsked(t *testing.T) {
	path := tempFile(t, "m.py", "x = 1\n")
	chk := &fakeCheck{paths: []string{path}, from: "1", to: "2"}
	unsafe := func(overlay map[string][]byte, stderr io.Writer) check.Result {
		res := chk.run(overlay, stderr)
		for _, f := range res.Findings {
			f.Fix.Safe = false
		}
		return res
	}
	if out := Run(unsafe, false, io.Discard); len(out.Files) != 0 || len(out.Result.Findings) != 1 {
		t.Errorf("without unsafe: files %+v, %d remaining", out.Files, len(out.Result.Findings))
	}
	if out := Run(unsafe, true, io.Discard); len(out.Files) != 1 || string(out.Files[0].New) != "x = 2\n" {
		t.Errorf("with unsafe: files %+v", out.Files)
	}
}

func TestRunKeepsTheByteOrderMark(t *testing.T) {
	path := tempFile(t, "m.py", "\xef\xbb\xbfx = 1\n")
	chk := &fakeCheck{paths: []string{path}, from: "1", to: "2"}
	out := Run(chk.run, false, io.Discard)
	if len(out.Files) != 1 || string(out.Files[0].New) != "\xef\xbb\xbfx = 2\n" {
		t.Errorf("files %+v", out.Files)
	}
}

func TestRunSkipsAFileInAnotherEncoding(t *testing.T) {
	path := tempFile(t, "m.py", "# -*- coding: latin-1 -*-\nx = 'caf\xe9 1'\n")
	chk := &fakeCheck{paths: []string{path}, from: "1", to: "2"}
	var stderr bytes.Buffer
	out := Run(chk.run, false, &stderr)
	if len(out.Files) != 0 {
		t.Errorf("files %+v", out.Files)
	}
	if !strings.Contains(stderr.String(), path+": not fixed: it declares a source encoding other than UTF-8") {
		t.Errorf("stderr %q", stderr.String())
	}
}

// A fix that brings its finding back stops after MaxRounds, with a word.
func TestRunStopsAfterMaxRounds(t *testing.T) {
	path := tempFile(t, "m.py", "x = 'a'\n")
	chk := &fakeCheck{paths: []string{path}, from: "a", to: "aa"}
	var stderr bytes.Buffer
	out := Run(chk.run, false, &stderr)
	if chk.runs != MaxRounds+1 {
		t.Errorf("%d checks, want %d", chk.runs, MaxRounds+1)
	}
	if !strings.Contains(stderr.String(), path+": fixes still apply after 10 rounds") {
		t.Errorf("stderr %q", stderr.String())
	}
	if len(out.Files) != 1 || out.Fixed == 0 {
		t.Errorf("files %+v", out.Files)
	}
}
