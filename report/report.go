// Package report renders crosstalk's findings in the output formats that
// people and tools read: the text format of the terminal (source line and
// carets), a concise one-line-per-finding form, Ruff-compatible JSON, SARIF
// 2.1.0 for code-scanning services, and GitHub Actions workflow commands,
// plus Ruff's --statistics table. Formats are named as Ruff names them, so
// that `--output-format json` means what a Ruff user expects.
package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
)

// Format is an output format, named as the user names it.
type Format string

// The output formats, spelled as Ruff spells its --output-format values
// (Ruff's "full" is our "text").
const (
	Text    Format = "text"
	Concise Format = "concise"
	JSON    Format = "json"
	SARIF   Format = "sarif"
	GitHub  Format = "github"
)

// Options carries what some formats need beyond the findings.
type Options struct {
	// Color adds ANSI colour to text, concise and statistics output. The
	// caller decides (a terminal, and NO_COLOR unset).
	Color bool
	// Rules are the analyzers that ran, for SARIF's rule table; E999 is
	// added by the SARIF writer.
	Rules []*analysis.Analyzer
	// Version is the tool version SARIF reports: the module version
	// ("v0.3.0" is written 0.3.0) or "(devel)".
	Version string
}

// formatInfo is one row of the format table.
type formatInfo struct {
	format Format
	write  func(w *bufio.Writer, findings []check.Finding, opts Options) error
	// stats prints --statistics in this format; nil when the format has
	// none (Ruff prints statistics only as text and JSON).
	stats func(w *bufio.Writer, findings []check.Finding, opts Options) error
	// human formats are read by a person at a terminal: the caller adds
	// its "Found N findings" summary to these only, as Ruff does.
	human bool
}

// formatTable lists the formats in the order that help and errors name
// them; the first is the default.
func formatTable() []formatInfo {
	return []formatInfo{
		{Text, writeText, writeStatisticsTable, true},
		{Concise, writeConcise, writeStatisticsTable, true},
		{JSON, writeJSON, writeStatisticsJSON, false},
		{SARIF, writeSARIF, nil, false},
		{GitHub, writeGitHub, nil, false},
	}
}

// Names returns the format names, default first, for help text.
func Names() []string {
	var names []string
	for _, f := range formatTable() {
		names = append(names, string(f.format))
	}
	return names
}

// ParseFormat returns the format the user named.
func ParseFormat(name string) (Format, error) {
	if f, ok := lookup(Format(name)); ok {
		return f.format, nil
	}
	return "", fmt.Errorf("unknown output format %q; use one of %s", name, strings.Join(Names(), ", "))
}

// Human reports whether f is meant for a person at a terminal, so that the
// caller adds its summary line ("Found 3 findings in 2 files checked.").
// Machine formats must stay parseable: nothing but the report goes to
// their output.
func (f Format) Human() bool {
	info, ok := lookup(f)
	return ok && info.human
}

// Write renders findings in format to w, in the order given (check.Run
// sorts them by path, line, column and code).
func Write(w io.Writer, format Format, findings []check.Finding, opts Options) error {
	info, ok := lookup(format)
	if !ok {
		_, err := ParseFormat(string(format))
		return err
	}
	bw := bufio.NewWriter(w)
	if err := info.write(bw, findings, opts); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteStatistics prints Ruff's --statistics: how many findings each code
// has, most frequent first. Text and concise print an aligned table, JSON
// an array; the other formats have no statistics and return an error.
func WriteStatistics(w io.Writer, format Format, findings []check.Finding, opts Options) error {
	info, ok := lookup(format)
	if !ok {
		_, err := ParseFormat(string(format))
		return err
	}
	if info.stats == nil {
		var with []string
		for _, f := range formatTable() {
			if f.stats != nil {
				with = append(with, string(f.format))
			}
		}
		return fmt.Errorf("--statistics is not available in the %s output format; use %s", format, strings.Join(with, ", "))
	}
	bw := bufio.NewWriter(w)
	if err := info.stats(bw, findings, opts); err != nil {
		return err
	}
	return bw.Flush()
}

func lookup(format Format) (formatInfo, bool) {
	for _, f := range formatTable() {
		if f.format == format {
			return f, true
		}
	}
	return formatInfo{}, false
}
