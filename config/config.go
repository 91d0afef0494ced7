// Package config reads crosstalk's settings: the [tool.crosstalk] table of
// the nearest pyproject.toml, or a crosstalk.toml (the same keys at top
// level). Every key is checked against what crosstalk knows, and a wrong
// one is an error that names the file, the line and the key, so a typo
// never silently turns a rule off.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/glob"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
)

// Config is the settings of one run.
type Config struct {
	Path string // the file read; "" when none was found
	// Root is the absolute directory that exclude and per-file-ignores
	// patterns are relative to: the config file's, else the working one.
	Root string

	Select, Ignore, ExtendSelect []string // codes or code prefixes
	Exclude, ExtendExclude       []glob.Pattern
	PerFileIgnores               []PerFileIgnore
	Strict                       bool
	RespectGitignore             bool // skip what .gitignore files ignore (default true)
	// FollowLinks is whether the walk follows a symbolic link that leads
	// outside the paths being checked (default false).
	FollowLinks bool
	// MaxFileSize is the size in bytes of the largest .py file read; a
	// larger one is a finding instead (default DefaultMaxFileSize).
	MaxFileSize int64
	// EntryPoints and Startup are patterns of qualified names of defs
	// ("shop.jobs.*", path.Match's syntax, * also matching dots) that
	// run per request or task, and once per process; EntryDecorators,
	// qualified names of decorators that make a def a per-request entry
	// point. They add to what crosstalk knows of the frameworks.
	EntryPoints, EntryDecorators, Startup []string
	// HandOffs are qualified names of the project's own functions that
	// take a callable as their first argument and have it run elsewhere,
	// as a task (a task queue of the project's own, that runs functions
	// by name): the call graph follows the call to the callable, as it
	// does for Celery's delay.
	HandOffs []string
	// Src are the absolute folders imports start from besides the
	// checked paths (Ruff's src): a module under one is named from it,
	// whatever __init__.py files are above it (a Django project that
	// puts its apps/ folder on sys.path).
	Src []string
	// RuleOptions holds the per-rule tables: code, then option name.
	RuleOptions map[string]map[string][]string
}

// PerFileIgnore turns codes off for the files a pattern matches.
type PerFileIgnore struct {
	Pattern glob.Pattern
	Codes   []string
}

// DefaultExclude is what exclude holds unless set: version-control
// metadata, virtual environments, caches and vendored packages, where
// findings are not the user's to fix (as Ruff's default).
var defaultExclude = []string{
	".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".mypy_cache",
	".nox", ".pants.d", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
	"__pypackages__", "__pycache__", "_build", "buck-out", "node_modules", "venv",
}

// Default returns the settings used when no file configures crosstalk,
// with patterns relative to root.
func Default(root string) *Config {
	c := &Config{Root: root, RespectGitignore: true, MaxFileSize: DefaultMaxFileSize, RuleOptions: map[string]map[string][]string{}}
	for _, s := range defaultExclude {
		p, _ := glob.Compile(s)
		c.Exclude = append(c.Exclude, p)
	}
	return c
}

// Error is a mistake in a configuration file.
type Error struct {
	File string
	Line int // 1-based; 0 when the whole file is at fault
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Key == "" {
		return loc + ": " + e.Msg
	}
	return fmt.Sprintf("%s: %s: %s", loc, e.Key, e.Msg)
}

// Find returns the configuration file for a run started in dir: the
// nearest crosstalk.toml, or pyproject.toml with a [tool.crosstalk] table,
// in dir or the directories above it; "" when there is none. A
// pyproject.toml without the table is passed over, as Ruff does.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		for _, name := range []string{"crosstalk.toml", "pyproject.toml"} {
			path := filepath.Join(d, name)
			data, err := readfile.Read(path, readfile.SettingsLimit)
			switch {
			case errors.Is(err, os.ErrNotExist), errors.Is(err, syscall.EISDIR):
				continue // a folder of that name configures nothing
			case err != nil:
				return "", fmt.Errorf("cannot read %s: %w", path, readfile.UnwrapPath(err))
			}
			if name == "crosstalk.toml" || configuresCrosstalk(data) {
				return path, nil
			}
		}
		if filepath.Dir(d) == d {
			return "", nil
		}
	}
}

// configuresCrosstalk reports whether a pyproject.toml has a
// [tool.crosstalk] table (empty or not). A file that is not valid TOML
// counts, so that Load names its error instead of the search passing it
// over silently.
func configuresCrosstalk(data []byte) bool {
	if !bytes.Contains(data, []byte("crosstalk")) {
		return false // the common case: no need to decode
	}
	entries, err := readEntries("pyproject.toml", data, []string{"tool", "crosstalk"})
	return err != nil || len(entries) > 0
}

// Load reads the settings of path, checking rule codes and per-rule
// options against rules. A pyproject.toml without [tool.crosstalk] gives
// the defaults.
func Load(path string, rules []*analysis.Analyzer) (*Config, error) {
	data, err := readfile.Read(path, readfile.SettingsLimit)
	if err != nil {
		return nil, &Error{File: path, Msg: fmt.Sprintf("cannot read: %v", readfile.UnwrapPath(err))}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{File: path, Msg: err.Error()}
	}
	return decode(path, filepath.Dir(abs), data, rules)
}

// decode reads the settings in data, the contents of the file path, with
// patterns relative to root.
func decode(path, root string, data []byte, rules []*analysis.Analyzer) (*Config, error) {
	c := Default(root)
	c.Path = path
	// Only a pyproject.toml keeps the settings in a table of its own:
	// any other file (crosstalk.toml, or one given with --config) has
	// them at top level, as Ruff reads ruff.toml and --config.
	var prefix []string
	if filepath.Base(path) == "pyproject.toml" {
		prefix = []string{"tool", "crosstalk"}
	}
	entries, err := readEntries(path, data, prefix)
	if err != nil {
		return nil, err
	}
	d := decoder{file: path, table: prefix, rules: rules, cfg: c}
	for _, e := range entries {
		if err := d.apply(e); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Excluded reports whether abs, a path found while walking, is left out
// by exclude and extend-exclude.
func (c *Config) Excluded(abs string, isDir bool) bool {
	rel, ok := c.relative(abs)
	if !ok {
		// Outside the root only the patterns without a slash can apply.
		rel = filepath.Base(abs)
	}
	for _, list := range [...][]glob.Pattern{c.Exclude, c.ExtendExclude} {
		for _, p := range list {
			if p.Match(rel, isDir) {
				return true
			}
		}
	}
	return false
}

// IgnoredCodes returns the codes per-file-ignores turns off for the file
// abs.
func (c *Config) IgnoredCodes(abs string) []string {
	rel, ok := c.relative(abs)
	if !ok {
		rel = filepath.Base(abs)
	}
	var codes []string
	for _, p := range c.PerFileIgnores {
		if p.Pattern.MatchWithin(rel, false) {
			codes = append(codes, p.Codes...)
		}
	}
	return codes
}

func (c *Config) relative(abs string) (string, bool) {
	return glob.Rel(c.Root, abs)
}

// SrcRoot returns the folder of Src that holds the file at abs, the
// innermost one, or "".
func (c *Config) SrcRoot(abs string) string {
	best := ""
	for _, dir := range c.Src {
		if rel, err := filepath.Rel(dir, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) &&
			len(dir) > len(best) {
			best = dir
		}
	}
	return best
}
