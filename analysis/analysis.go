// Package analysis defines what a crosstalk rule is: an Analyzer with a
// code, a name, its user documentation and a function run once per file
// over a Pass, which carries the file, its semantic model and a way to
// report Diagnostics. It is modelled on golang.org/x/tools/go/analysis.
// Rules never reach into each other: what two rules share belongs in the
// semantic model.
//
// A file's tree lives only while its Pass runs: the driver parses, models
// and analyses each file in one go and then lets go of its syntax, so
// that a run over a large tree never holds every tree at once. What a
// rule can decide only with the whole program's model (bases in other
// modules, the call-site index, names re-exported elsewhere), it defers
// with Pass.Defer: a function that runs over a ProgramPass once every
// file is modelled, and that holds no syntax, only what the rule
// gathered from the tree (positions, names, semantic.Value and
// semantic.Receiver descriptions) and the model's classes and methods.
package analysis

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// The codes of what is reported of a file as a whole, by the driver and
// not by an Analyzer. Selectors and per-file-ignores name them like
// rules' codes; a comment in the file cannot waive them line by line.
const (
	SyntaxErrorCode = "E999" // the file does not parse
	TooLargeCode    = "E902" // the file is over max-file-size and was not read
)

// FileCodes returns the codes of what is reported of a file as a whole.
func FileCodes() []string { return []string{SyntaxErrorCode, TooLargeCode} }

// FileRules describe the FileCodes, for rule tables (SARIF's) and
// `crosstalk rule`. They have no Run: the driver reports them.
func FileRules() []*Analyzer {
	return []*Analyzer{
		{
			Code: SyntaxErrorCode, Name: "syntax-error",
			Doc: "The file is not valid Python: no rule checks it.\n\n" +
				"## What it does\n" +
				"Reports the first syntax error of a file, with CPython 3.14's message and position.\n" +
				"A `.py` file that does not parse and whose first line runs another\n" +
				"interpreter (`#!/bin/bash`, `#!/usr/bin/env node`) is a script of that\n" +
				"language, not broken Python: a warning on stderr says so, and it is no\n" +
				"finding.\n\n" +
				"## Why is this bad?\n" +
				"Python cannot import the file, and crosstalk runs no rule on it, so the\n" +
				"rest of the report says nothing about it.\n",
		},
		{
			Code: TooLargeCode, Name: "file-too-large",
			Doc: "The file is larger than `max-file-size`: it was not read, and no rule checks it.\n\n" +
				"## What it does\n" +
				"Reports a Python file over the size limit (10 MiB unless configured)\n" +
				"instead of reading it, so that one huge generated file cannot exhaust\n" +
				"the memory of the run.\n\n" +
				"## Why is this bad?\n" +
				"crosstalk says nothing about the file, and the modules that import it\n" +
				"do not see what it defines.\n\n" +
				"## Use instead\n" +
				"Exclude generated files (`extend-exclude`), or raise `max-file-size`.\n",
		},
	}
}

// IsFileCode reports whether code is one of FileCodes.
func IsFileCode(code string) bool { return slices.Contains(FileCodes(), code) }

// MatchesAny reports whether code is selected by one of selectors, each a
// code or a prefix of codes ("CT1" selects CT101...CT199).
func MatchesAny(code string, selectors []string) bool {
	for _, s := range selectors {
		if strings.HasPrefix(code, s) {
			return true
		}
	}
	return false
}

// SelectsSomething reports whether the selector sel matches the code of
// one of all or the syntax error's, so that a typo in --select or a
// configuration is an error rather than a rule silently left out.
func SelectsSomething(sel string, all []*Analyzer) bool {
	if sel == "" {
		return false
	}
	for _, c := range FileCodes() {
		if strings.HasPrefix(c, sel) {
			return true
		}
	}
	for _, a := range all {
		if strings.HasPrefix(a.Code, sel) {
			return true
		}
	}
	return false
}

// Analyzer is one rule.
type Analyzer struct {
	Name string // kebab-case, e.g. "mutable-default-argument"
	Code string // stable once shipped, e.g. "CT104"
	// Doc is the rule's user documentation, printed by `crosstalk rule`
	// and published as docs/rules/<Code>.md: a one-line summary, then the
	// sections What it does / Why is this bad? / Example / Use instead /
	// Fix safety, in Markdown. A rule of package rules keeps it in
	// rules/doc/<Code>.md.
	Doc string
	// Options are the settings a user may give the rule in its table of
	// the configuration ([tool.crosstalk.CT105]): each a list of names
	// that extends one of the rule's built-in tables.
	Options []Option
	Run     func(*Pass)
}

// Option is one per-rule setting.
type Option struct {
	Name string // kebab-case, e.g. "extend-cache-decorators"
	Doc  string // one line, for `crosstalk rule` and config errors
}

// Summary returns the first line of the doc.
func (a *Analyzer) Summary() string {
	first, _, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n")
	return first
}

// Pass is what an Analyzer sees of one file.
type Pass struct {
	Analyzer *Analyzer
	File     *parser.File
	Module   *semantic.Module // this file's model, with its syntax
	// Options holds the user's values for the rule's Options, by name;
	// absent names were not set.
	Options map[string][]string
	Report  func(Diagnostic)
	// Defer schedules decide to run over the whole program once every
	// file is modelled. decide must not hold on to the tree: not the
	// Pass, not the File, no ast node (see the package doc).
	Defer func(decide func(*ProgramPass))
}

// Diagnosticf returns a diagnostic with the analyzer's code over [pos,
// end), for a rule to grade before it reports it.
func (p *Pass) Diagnosticf(pos, end token.Pos, format string, args ...any) Diagnostic {
	return p.Analyzer.diagnosticf(pos, end, format, args)
}

// Reportf reports a diagnostic with the analyzer's code over [pos, end).
func (p *Pass) Reportf(pos, end token.Pos, format string, args ...any) {
	p.Report(p.Analyzer.diagnosticf(pos, end, format, args))
}

// ProgramPass is what the deferred part of an Analyzer sees: the file's
// model without its syntax, and the whole checked tree.
type ProgramPass struct {
	Analyzer *Analyzer
	Module   *semantic.Module  // this file's model; its syntax is gone
	Program  *semantic.Program // the whole checked tree, read-only
	// EntryPointsIn returns the tree's entry points whose def is in the
	// file at path (semantic.FindEntryPoints, in order), found once per
	// run on the first call.
	EntryPointsIn func(path string) []semantic.EntryPoint
	Options       map[string][]string
	Report        func(Diagnostic)
}

// Diagnosticf returns a diagnostic with the analyzer's code over [pos,
// end), for a rule to grade before it reports it.
func (p *ProgramPass) Diagnosticf(pos, end token.Pos, format string, args ...any) Diagnostic {
	return p.Analyzer.diagnosticf(pos, end, format, args)
}

// Reportf reports a diagnostic with the analyzer's code over [pos, end).
func (p *ProgramPass) Reportf(pos, end token.Pos, format string, args ...any) {
	p.Report(p.Analyzer.diagnosticf(pos, end, format, args))
}

// LazyInit returns d, a finding in fn (a def of the pass's module, by its
// name in the module) whose every call in the module checks first that
// what fn fills is unset, reason saying so: a lazy initialisation. d is
// lowered by reason where no other module reads fn; else it carries the
// module as its Loader, and the driver lowers it where the calls of fn
// on request and task paths are all the module's (another module's call
// runs at start-up).
func (p *ProgramPass) LazyInit(d Diagnostic, fn, reason string) Diagnostic {
	if !p.Program.ReadElsewhere(p.Module.Name + "." + fn) {
		return d.Lowered(reason)
	}
	d.Loader, d.LoaderReason = p.Module.Name, reason
	return d
}

func (a *Analyzer) diagnosticf(pos, end token.Pos, format string, args []any) Diagnostic {
	return Diagnostic{Code: a.Code, Pos: pos, End: end, Message: fmt.Sprintf(format, args...)}
}

// Diagnostic is one finding in a file.
type Diagnostic struct {
	Code     string
	Pos, End token.Pos // byte offsets into the file's source
	Message  string
	Fix      *Fix // nil when the rule offers none
	// Confidence is how sure the finding is worth acting on, from the
	// evidence; default mode shows the Low ones only under strict.
	Confidence Confidence
	// Lower are the reasons for a Low confidence, each a short clause:
	// "the write holds a lock", "in test code".
	Lower []string
	// PerRequest says the finding is one only where a request or task
	// runs the code (module state written by a function): the driver
	// lowers it when no request or task path reaches it.
	PerRequest bool
	// CostPerCall says the finding is a cost paid at each run of the
	// code (a client and its connections set up), not a wrong result:
	// once per run of a task it is small next to the task's own work, so
	// the driver lowers it where only tasks' runs reach the code.
	CostPerCall bool
	// Loader, when set, is the module every call of whose of the
	// finding's def checks first that what the def writes is unset (a
	// lazy initialisation its callers guard), and LoaderReason the clause
	// that says so: another module calls the def too, and the driver
	// lowers the finding with that clause where the def's calls on
	// request and task paths are all the module's (the other runs at
	// start-up).
	Loader, LoaderReason string
	// LoopBound says the finding is about an async client, bound to the
	// event loop it is built in: the driver lowers it where every request
	// path to its code starts a new event loop (asyncio.run), in which
	// it must be built anew.
	LoopBound bool
	// AcrossLoops, when set, names the client (module-qualified) kept
	// for the process that the finding's def uses, bound to the event
	// loop it opens its connections in: the driver drops the finding
	// unless a request or task path runs the def in a new event loop it
	// starts at each call (asyncio.run), and keeps the first such
	// finding of each client in a file.
	AcrossLoops string
	// AcrossLoopsOn, when set, is the class (module-qualified) whose
	// object keeps the client of an AcrossLoops finding, read through
	// self in the finding's def: the driver asks for a path whose call of
	// a method of the class is not on an object the caller has just made
	// (Program.MadeAt), which keeps nothing past the run.
	AcrossLoopsOn string
	// Returned says the finding is about a value its def returns (a
	// client it builds): its callers own it, and the driver lowers it
	// when every call of the def has a `with` statement manage it, and
	// drops it when every call keeps it under a lazy-init guard, or when
	// none runs; a call that is only the fallback for a parameter every
	// call of its def passes (`engine or self.create_client()`) does not
	// count, nor a call on its def's own receiver (`self.create_client()`
	// in a base class's method) that no call of that def may make on an
	// instance of the finding's class.
	Returned bool
	// OneRequest says the client of a Returned finding is one a library's
	// one-call functions build for each request (`requests.get` builds a
	// Session): the driver lowers it when every call of the def makes one
	// request on what it returns (Edge.OneUse), which costs no more.
	OneRequest bool
	// Credential says whose credentials the client the finding's def
	// builds carries, as the driver's reason puts it: "its caller's
	// credentials (`token`)", a parameter's (a token set in its headers),
	// or "the credentials `Proxy._authorize` gives it", a method of its
	// class's. The driver lowers it, one client per credential by design,
	// unless every call of the def that runs passes the same arguments at
	// every run (settings, constants: then it is one client, rebuilt).
	Credential string
	// CredentialBy, when set, is the def (module-qualified) whose
	// arguments carry the credentials instead of the finding's own: the
	// method that sets the object's credential attribute.
	CredentialBy string
	// PerObject, when set, is the class (module-qualified) each of whose
	// objects keeps what the finding's code builds, under a guard that
	// it is unset (`if self.publisher is None:`): built once per
	// object, so per call only where the object is. The driver drops
	// the finding unless requests build objects of the class at every
	// call that reaches them.
	PerObject string
	// Declared says the finding is about a declaration whose effect is
	// wherever what it declares is used (a field's default, which every
	// instance shares), not about code that runs: the driver asks no
	// request path of it, and lowers it for want of none.
	Declared bool
	// Default names the parameter whose default the finding is about,
	// and DefaultParam is 1 + its index among the def's parameters
	// (positional ones, *args, keyword-only ones, **kwargs; 0: none):
	// the driver lowers it when every call of the def that runs passes
	// that parameter, so that the default is never used.
	Default      string
	DefaultParam int
	// Race says the finding is a race between runs of its def that
	// overlap (a lost update): the driver lowers it where every call that
	// leads to the def holds a lock other processes see (a Redis lock a
	// task takes), so that no two runs overlap.
	Race bool
	// OnReceiver says the finding is about the receiver of its def, a
	// method (a change of `self`'s field): the driver lowers it where
	// every call of the def that runs is on an object its caller has just
	// made (Program.MadeAt: `job = Job.objects.create(...)`, then
	// `job.start()`), which no other run holds yet.
	OnReceiver bool
	// ClearedBy, when set, are the defs that clear the process-local
	// cache the finding is about (`load.cache_clear()` in a post_save
	// receiver): each clears the copy of the one process that runs it.
	// The driver drops the finding unless a request or task path
	// reaches every one of them: one that no such path reaches may run
	// in every process (a listener, a timer), for all the graph can
	// tell.
	ClearedBy []string
	// RefilledBy, when set, is the def that fills the cache the finding
	// is about anew at each of its runs (a rebinding of the whole value,
	// under no test of whether it is empty): the driver drops the
	// finding where a job that runs in every worker process (an
	// in-process scheduler's: libraries' InProcessKinds) reaches that
	// def, which so refreshes each process's copy.
	RefilledBy string
	// ProcessState says the finding is a write to state the worker
	// process keeps (a module global, an object kept for the process):
	// the driver lowers it where only the jobs of a scheduler that each
	// worker process runs reach its def, which serve no request.
	ProcessState bool
	// FromArgs says the value the finding writes to shared state is
	// what its def's parameters hold, read as they are (`cls.config =
	// config`): the driver lowers it when every call of the def that
	// runs passes the same arguments at every run (settings, module-level
	// objects), so that every run writes the same.
	FromArgs bool
}

// Lowered returns d with Low confidence for reasons, when there are any.
func (d Diagnostic) Lowered(reasons ...string) Diagnostic {
	if len(reasons) > 0 {
		d.Confidence = Low
		d.Lower = append(d.Lower[:len(d.Lower):len(d.Lower)], reasons...)
	}
	return d
}

// Raised returns d with High confidence, unless a reason already made it
// Low: evidence that it runs per request does not undo a lock.
func (d Diagnostic) Raised() Diagnostic {
	if d.Confidence != Low {
		d.Confidence = High
	}
	return d
}

// Confidence grades a finding by the evidence for it. The zero value is
// Medium: what a rule reports with no evidence either way.
type Confidence int8

const (
	Medium Confidence = iota
	// High: the evidence says it runs per request with per-call data (a
	// request path reaches it, the value comes from a parameter).
	High
	// Low: the evidence says it is deliberate or harmless (a lock, a
	// registration API, start-up only, test code); shown under strict.
	Low
)

func (c Confidence) String() string { return [...]string{"medium", "high", "low"}[c] }

// Fix is a set of edits that resolves a diagnostic.
type Fix struct {
	Message string // what the fix does, e.g. "Use None and create the list in the body"
	Edits   []Edit
	// Safe fixes keep the program's behaviour except for the bug fixed;
	// unsafe ones may change it and are applied only on request.
	Safe bool
}

// Edit replaces the source bytes [Pos, End) with New.
type Edit struct {
	Pos, End token.Pos
	New      string
}
