// Package conformance runs the differential tests of the Python front end
// against CPython 3.14, which runs from the pinned Pyodide npm package under
// Node (reference.mjs). This file drives that reference and caches its
// verdicts; corpus.go finds the files to compare, mutate.go derives broken
// variants of them, and conformance_test.go compares.
package conformance

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Exception names that mean the reference machinery, not CPython, failed:
// such results are no verdict on the file.
const (
	ExcPyodideFatal = "PyodideFatal" // the interpreter broke (WebAssembly stack overflow)
	ExcNodeCrash    = "NodeCrash"    // the node process died
	ExcTimeout      = "Timeout"      // no answer within Reference.Timeout
)

// Result is CPython's verdict on one file, as reference.mjs prints it.
type Result struct {
	Path       string `json:"path,omitempty"`
	SHA256     string `json:"sha256"`
	OK         bool   `json:"ok"`
	DumpSHA256 string `json:"dump_sha256,omitempty"`
	Dump       string `json:"dump,omitempty"`
	DumpError  string `json:"dump_error,omitempty"`
	Exc        string `json:"exc,omitempty"`
	Msg        string `json:"msg,omitempty"`
	Lineno     *int   `json:"lineno,omitempty"`
	Offset     *int   `json:"offset,omitempty"`
	EndLineno  *int   `json:"end_lineno,omitempty"`
	EndOffset  *int   `json:"end_offset,omitempty"`
	Error      string `json:"error,omitempty"` // the script could not read the file
}

// Verdict reports whether r is CPython's judgement of the file rather than a
// failure of the reference machinery.
func (r Result) Verdict() bool {
	if r.Error != "" || r.DumpError != "" {
		return false
	}
	switch r.Exc {
	case ExcPyodideFatal, ExcNodeCrash, ExcTimeout:
		return false
	}
	return true
}

// Describe is a one-line summary of the verdict for reports.
func (r Result) Describe() string {
	switch {
	case r.Error != "":
		return "reference error: " + r.Error
	case r.DumpError != "":
		return "accepted, but ast.dump failed: " + r.DumpError
	case r.OK:
		return "accepted"
	}
	pos := ""
	if r.Lineno != nil {
		pos = fmt.Sprintf(" at line %d", *r.Lineno)
		if r.Offset != nil {
			pos += fmt.Sprintf(", offset %d", *r.Offset)
		}
	}
	return fmt.Sprintf("%s%s: %s", r.Exc, pos, r.Msg)
}

// SHA256Hex is the content key of the cache and of Result.SHA256.
func SHA256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Reference runs reference.mjs in Node worker processes.
type Reference struct {
	Dir     string        // the conformance directory: reference.mjs and node_modules/pyodide
	Workers int           // node processes run in parallel
	Timeout time.Duration // per file, including a worker's start-up
}

// CheckInstalled returns an error saying what to do when Node or the pinned
// Pyodide package is missing.
func (r *Reference) CheckInstalled() error {
	if _, err := exec.LookPath("node"); err != nil {
		return errors.New("node is not on PATH: the conformance tests need Node 20 to run CPython 3.14 (Pyodide)")
	}
	for _, f := range []string{"reference.mjs", "node_modules/pyodide/package.json", "node_modules/pyodide/python_stdlib.zip"} {
		if _, err := os.Stat(filepath.Join(r.Dir, f)); err != nil {
			return fmt.Errorf("%s is missing: run `npm ci` in %s to install the pinned Pyodide (CPython 3.14)", f, r.Dir)
		}
	}
	return nil
}

// CacheKey names the reference: the Pyodide version and a hash of
// reference.mjs, so that editing either starts a fresh cache.
func (r *Reference) CacheKey() (string, error) {
	pkg, err := os.ReadFile(filepath.Join(r.Dir, "node_modules/pyodide/package.json"))
	if err != nil {
		return "", err
	}
	var meta struct{ Version string }
	if err := json.Unmarshal(pkg, &meta); err != nil || meta.Version == "" {
		return "", fmt.Errorf("node_modules/pyodide/package.json: no version (%v)", err)
	}
	script, err := os.ReadFile(filepath.Join(r.Dir, "reference.mjs"))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("pyodide-%s-%s", meta.Version, SHA256Hex(script)[:12]), nil
}

// Run asks CPython about each path and calls each (from one goroutine at a
// time) with every result, in no particular order. With dump set the
// accepted files' results carry the whole ast.dump. A worker that dies or
// stalls is replaced, and its file gets a NodeCrash or Timeout result.
func (r *Reference) Run(paths []string, dump bool, each func(Result)) error {
	for _, p := range paths {
		if strings.ContainsAny(p, "\n\r") {
			return fmt.Errorf("reference: path with a line break: %q", p)
		}
	}
	workers := max(1, min(r.Workers, len(paths)))
	jobs := make(chan string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			errs[w] = r.work(jobs, dump, func(res Result) {
				mu.Lock()
				defer mu.Unlock()
				each(res)
			})
		})
	}
	for _, p := range paths {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	return errors.Join(errs...)
}

// work feeds paths to one node process at a time, one path per round trip
// so that the load balances across workers whatever the file sizes.
func (r *Reference) work(jobs <-chan string, dump bool, emit func(Result)) error {
	var proc *nodeProcess
	defer func() {
		if proc != nil {
			proc.stop()
		}
	}()
	for path := range jobs {
		if proc == nil {
			var err error
			if proc, err = r.start(dump); err != nil {
				for range jobs { // drain so Run's sender does not block
				}
				return err
			}
		}
		res, err := proc.ask(path, r.Timeout)
		if err != nil {
			exc := ExcNodeCrash
			if errors.Is(err, errTimeout) {
				exc = ExcTimeout
			}
			msg := err.Error()
			if tail := proc.stderrTail(); tail != "" {
				msg += "; stderr: " + tail
			}
			proc.stop()
			proc = nil
			res = Result{Path: path, Exc: exc, Msg: msg}
		} else if res.Path != path {
			return fmt.Errorf("reference: asked about %s, got an answer about %s", path, res.Path)
		}
		emit(res)
	}
	return nil
}

var errTimeout = errors.New("reference: no answer in time")

type nodeProcess struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan []byte // stdout, one JSON line at a time; closed at EOF
	stderr *tailBuffer
}

func (r *Reference) start(dump bool) (*nodeProcess, error) {
	args := []string{"--stack-size=6000", "reference.mjs"}
	if dump {
		args = append(args, "--dump")
	}
	cmd := exec.Command("node", args...)
	cmd.Dir = r.Dir
	stderr := &tailBuffer{limit: 2000}
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("reference: starting node: %w", err)
	}
	lines := make(chan []byte)
	go func() {
		defer close(lines)
		br := bufio.NewReaderSize(stdout, 1<<20)
		for {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 && err == nil {
				lines <- line
			}
			if err != nil {
				return
			}
		}
	}()
	return &nodeProcess{cmd: cmd, stdin: stdin, lines: lines, stderr: stderr}, nil
}

func (p *nodeProcess) ask(path string, timeout time.Duration) (Result, error) {
	if _, err := io.WriteString(p.stdin, path+"\n"); err != nil {
		return Result{}, fmt.Errorf("reference: writing to node: %w", err)
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case line, ok := <-p.lines:
		if !ok {
			return Result{}, errors.New("reference: node exited")
		}
		var res Result
		if err := json.Unmarshal(line, &res); err != nil {
			return Result{}, fmt.Errorf("reference: bad output line %.200q: %w", line, err)
		}
		return res, nil
	case <-timer.C:
		return Result{}, errTimeout
	}
}

func (p *nodeProcess) stderrTail() string { return p.stderr.String() }

func (p *nodeProcess) stop() {
	p.stdin.Close()
	done := make(chan struct{})
	go func() {
		for range p.lines { // let the reader reach EOF
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
	p.cmd.Wait()
}

// tailBuffer keeps the last bytes written to it: enough of a crashed node's
// stderr to say why, without Pyodide's megabyte-long minified lines.
type tailBuffer struct {
	mu    sync.Mutex
	limit int
	buf   []byte
}

func (t *tailBuffer) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if len(t.buf) > t.limit {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.limit:]...)
	}
	return len(b), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.TrimSpace(string(bytes.ToValidUTF8(t.buf, nil)))
}

// Cache holds reference results by content hash in an append-only JSON-lines
// file, so that reruns ask CPython only about new content. Results that say
// nothing about the file (a crashed or stalled worker, an unreadable path)
// are not kept.
type Cache struct {
	mu      sync.Mutex
	results map[string]Result
	file    *os.File
}

// OpenCache loads dir/reference-<key>.jsonl, creating it if need be. Lines
// that do not parse (a run killed mid-write) are ignored.
func OpenCache(dir, key string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "reference-"+key+".jsonl")
	c := &Cache{results: make(map[string]Result)}
	if data, err := os.ReadFile(path); err == nil {
		for line := range bytes.Lines(data) {
			var res Result
			if json.Unmarshal(line, &res) == nil && res.SHA256 != "" {
				c.results[res.SHA256] = res
			}
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	c.file = f
	return c, nil
}

// Get returns the cached result for content with the given sha256.
func (c *Cache) Get(sha string) (Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	res, ok := c.results[sha]
	return res, ok
}

// Put records res unless it is a failure of the machinery.
func (c *Cache) Put(res Result) error {
	if res.SHA256 == "" || res.Error != "" || res.Exc == ExcNodeCrash || res.Exc == ExcTimeout {
		return nil
	}
	res.Path = "" // the same content may live under many names
	res.Dump = ""
	line, err := json.Marshal(res)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.results[res.SHA256] = res
	_, err = c.file.Write(append(line, '\n'))
	return err
}

// Close closes the cache file.
func (c *Cache) Close() error { return c.file.Close() }
