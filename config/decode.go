package config

import (
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/glob"
)

// setting is one key of the crosstalk table: how its value is checked
// and where it is stored.
type setting struct {
	name string
	set  func(d *decoder, e entry) error
}

// settings is the table of top-level keys; per-rule tables are keyed by
// rule code and checked against the rule's Options.
var settings = []setting{
	{"select", codesInto(func(c *Config) *[]string { return &c.Select })},              // default: every rule
	{"extend-select", codesInto(func(c *Config) *[]string { return &c.ExtendSelect })}, // added to select
	{"ignore", codesInto(func(c *Config) *[]string { return &c.Ignore })},
	{"exclude", globsInto(func(c *Config) *[]glob.Pattern { return &c.Exclude })}, // replaces the defaults
	{"extend-exclude", globsInto(func(c *Config) *[]glob.Pattern { return &c.ExtendExclude })},
	{"per-file-ignores", nil}, // a table: its entries have a second key part
	{"respect-gitignore", boolInto(func(c *Config) *bool { return &c.RespectGitignore })},
	{"follow-links", boolInto(func(c *Config) *bool { return &c.FollowLinks })},
	{"max-file-size", func(d *decoder, e entry) (err error) { d.cfg.MaxFileSize, err = d.size(e); return err }},
	{"strict", boolInto(func(c *Config) *bool { return &c.Strict })},
	{"entry-points", namesInto(func(c *Config) *[]string { return &c.EntryPoints }, true)},
	{"entry-decorators", namesInto(func(c *Config) *[]string { return &c.EntryDecorators }, false)},
	{"startup", namesInto(func(c *Config) *[]string { return &c.Startup }, true)},
	{"hand-offs", namesInto(func(c *Config) *[]string { return &c.HandOffs }, false)},
	{"src", srcInto},
}

// srcInto reads an array of folders, relative to the configuration's
// folder unless absolute.
func srcInto(d *decoder, e entry) error {
	vals, err := e.value.strings()
	if err != nil {
		return d.errorf(e, "%v", err)
	}
	var dirs []string
	for _, v := range vals {
		if v == "" {
			return d.errorf(e, "an empty folder name: use \".\" for the configuration's folder")
		}
		dir := filepath.FromSlash(v)
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(d.cfg.Root, dir)
		}
		dirs = append(dirs, filepath.Clean(dir))
	}
	d.cfg.Src = dirs
	return nil
}

// namesInto reads an array of qualified names, or of patterns of them
// when patterns is set.
func namesInto(field func(*Config) *[]string, patterns bool) func(*decoder, entry) error {
	return func(d *decoder, e entry) error {
		vals, err := e.value.strings()
		if err != nil {
			return d.errorf(e, "%v", err)
		}
		for _, v := range vals {
			if patterns {
				if _, err := path.Match(v, ""); err != nil || v == "" {
					return d.errorf(e, "%q is not a pattern of qualified names, such as \"shop.views.*\"", v)
				}
			} else if !qualifiedName.MatchString(v) {
				return d.errorf(e, "%q is not a qualified name, such as \"shop.tasks.job\"", v)
			}
		}
		*field(d.cfg) = vals
		return nil
	}
}

// qualifiedName is a dotted name: module, then attributes.
var qualifiedName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$`)

func codesInto(field func(*Config) *[]string) func(*decoder, entry) error {
	return func(d *decoder, e entry) (err error) {
		*field(d.cfg), err = d.codes(e)
		return err
	}
}

func globsInto(field func(*Config) *[]glob.Pattern) func(*decoder, entry) error {
	return func(d *decoder, e entry) (err error) {
		*field(d.cfg), err = d.globs(e)
		return err
	}
}

func boolInto(field func(*Config) *bool) func(*decoder, entry) error {
	return func(d *decoder, e entry) (err error) {
		*field(d.cfg), err = d.boolean(e)
		return err
	}
}

type decoder struct {
	file  string
	table []string // the crosstalk table's key: tool.crosstalk; none in crosstalk.toml
	rules []*analysis.Analyzer
	cfg   *Config
}

func (d *decoder) errorf(e entry, format string, args ...any) error {
	key := e.key
	if len(key) == 0 {
		key = d.table
	}
	return &Error{File: d.file, Line: e.line, Key: strings.Join(key, "."), Msg: fmt.Sprintf(format, args...)}
}

// header spells the [table] header of key, for messages.
func (d *decoder) header(key ...string) string {
	return "[" + strings.Join(slices.Concat(d.table, key), ".") + "]"
}

// apply checks one entry and stores it.
func (d *decoder) apply(e entry) error {
	if len(e.key) == 0 {
		// The crosstalk table itself: tool.crosstalk = true is no table.
		switch e.value.kind {
		case "table":
			return nil
		case arrayOfTables:
			return d.errorf(e, "expected a table, got %s; write %s", e.value.describe(), d.header())
		}
		return d.errorf(e, "expected a table, got %s", e.value.describe())
	}
	head := e.key[0]
	if head == "per-file-ignores" {
		return d.perFileIgnore(e)
	}
	if r := d.rule(head); r != nil {
		return d.ruleOption(r, e)
	}
	i := slices.IndexFunc(settings, func(s setting) bool { return s.name == head })
	if i < 0 {
		return d.unknown(e, head)
	}
	if e.opensTable() || len(e.key) > 1 {
		return d.errorf(e, "%q is a setting, not a table: write %s = ...", head, head)
	}
	return settings[i].set(d, e)
}

func (d *decoder) unknown(e entry, head string) error {
	known := make([]string, 0, len(settings)+len(d.rules))
	for _, s := range settings {
		known = append(known, s.name)
	}
	for _, r := range d.rules {
		known = append(known, r.Code)
	}
	msg := fmt.Sprintf("unknown key %q", head)
	if head == "tool" && len(d.table) == 0 {
		msg += "; a [tool.crosstalk] table is read from a pyproject.toml only: in this file, put the settings at top level, as in crosstalk.toml"
	} else if s := closest(head, known); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	} else {
		msg += "; known keys: " + strings.Join(known, ", ")
	}
	return &Error{File: d.file, Line: e.line, Key: head, Msg: msg}
}

func (d *decoder) rule(code string) *analysis.Analyzer {
	for _, r := range d.rules {
		if r.Code == code {
			return r
		}
	}
	return nil
}

// ruleOption stores [tool.crosstalk.CT105] name = ["..."].
func (d *decoder) ruleOption(r *analysis.Analyzer, e entry) error {
	if len(e.key) == 1 {
		if e.value.kind == "table" {
			return nil
		}
		return d.errorf(e, "the settings of %s are a table, %s, not %s", r.Code, d.header(r.Code), e.value.describe())
	}
	name := e.key[1]
	i := slices.IndexFunc(r.Options, func(o analysis.Option) bool { return o.Name == name })
	if i < 0 || len(e.key) > 2 {
		names := make([]string, 0, len(r.Options))
		for _, o := range r.Options {
			names = append(names, o.Name)
		}
		if len(names) == 0 {
			return d.errorf(e, "%s (%s) has no settings", r.Code, r.Name)
		}
		msg := fmt.Sprintf("%s has no setting %q", r.Code, name)
		if s := closest(name, names); s != "" {
			return d.errorf(e, "%s; did you mean %q?", msg, s)
		}
		return d.errorf(e, "%s; its settings: %s", msg, strings.Join(names, ", "))
	}
	if e.opensTable() {
		return d.errorf(e, "%q is a setting, not a table", name)
	}
	vals, err := e.value.strings()
	if err != nil {
		return d.errorf(e, "%v", err)
	}
	if d.cfg.RuleOptions[r.Code] == nil {
		d.cfg.RuleOptions[r.Code] = map[string][]string{}
	}
	d.cfg.RuleOptions[r.Code][name] = vals
	return nil
}

// perFileIgnore stores one "glob" = ["CODE"] of per-file-ignores.
func (d *decoder) perFileIgnore(e entry) error {
	if len(e.key) == 1 {
		if e.value.kind == "table" {
			return nil
		}
		return d.errorf(e, `expected a table of glob = ["CODE", ...], got %s`, e.value.describe())
	}
	if len(e.key) > 2 {
		return d.errorf(e, `expected glob = ["CODE", ...]; quote a glob that holds a dot: "%s" = [...]`, strings.Join(e.key[1:], "."))
	}
	pat, err := glob.Compile(e.key[1])
	if err != nil {
		return d.errorf(e, "%v", err)
	}
	codes, err := d.codes(e)
	if err != nil {
		return err
	}
	d.cfg.PerFileIgnores = append(d.cfg.PerFileIgnores, PerFileIgnore{Pattern: pat, Codes: codes})
	return nil
}

// codes reads an array of rule codes or prefixes, each of which must
// name at least one rule.
func (d *decoder) codes(e entry) ([]string, error) {
	vals, err := e.value.strings()
	if err != nil {
		return nil, d.errorf(e, "%v", err)
	}
	for _, v := range vals {
		if !analysis.SelectsSomething(v, d.rules) {
			if up := strings.ToUpper(v); up != v && analysis.SelectsSomething(up, d.rules) {
				return nil, d.errorf(e, "%q matches no rule; codes are upper case: %q", v, up)
			}
			return nil, d.errorf(e, "%q matches no rule; `crosstalk rules` lists them", v)
		}
	}
	return vals, nil
}

func (d *decoder) boolean(e entry) (bool, error) {
	if e.value.kind != "boolean" {
		return false, d.errorf(e, "expected true or false, got %s", e.value.describe())
	}
	return e.value.b, nil
}

// size reads a number of bytes, or a string with a unit as ParseSize
// reads it.
func (d *decoder) size(e entry) (int64, error) {
	switch e.value.kind {
	case "integer":
		if e.value.n < 1 {
			return 0, d.errorf(e, `expected a size of at least one byte, such as %d or "10 MiB", got %d`, DefaultMaxFileSize, e.value.n)
		}
		return e.value.n, nil
	case "string":
		n, err := ParseSize(e.value.str)
		if err != nil {
			return 0, d.errorf(e, "%v", err)
		}
		return n, nil
	}
	return 0, d.errorf(e, `expected a size, such as %d or "10 MiB", got %s`, DefaultMaxFileSize, e.value.describe())
}

func (d *decoder) globs(e entry) ([]glob.Pattern, error) {
	vals, err := e.value.strings()
	if err != nil {
		return nil, d.errorf(e, "%v", err)
	}
	out := make([]glob.Pattern, 0, len(vals))
	for _, v := range vals {
		p, err := glob.Compile(v)
		if err != nil {
			return nil, d.errorf(e, "%v", err)
		}
		out = append(out, p)
	}
	return out, nil
}

// closest returns the candidate nearest to s, for "did you mean": within
// two edits, or one edit in five for long names ("extend-container-factory"
// is three edits from "extend-container-factories"); "" when none is that
// close.
func closest(s string, candidates []string) string {
	best, bestDist := "", max(2, len(s)/5)+1
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(s), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
