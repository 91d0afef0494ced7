package report

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"

	"github.com/crosstalk-dev/crosstalk/check"
)

// statistic is one code's line of --statistics, keys as Ruff's JSON has them.
type statistic struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Count int    `json:"count"`
	// Fixable: every finding of this code has a safe fix, the ones a
	// fixer applies without being asked for unsafe fixes.
	Fixable bool `json:"fixable"`
}

// countByCode counts findings per code, most frequent first, then by code.
func countByCode(findings []check.Finding) []statistic {
	var stats []statistic
	at := map[string]int{}
	for _, f := range findings {
		i, ok := at[f.Code]
		if !ok {
			i = len(stats)
			at[f.Code] = i
			stats = append(stats, statistic{Code: f.Code, Name: f.Name, Fixable: true})
		}
		stats[i].Count++
		stats[i].Fixable = stats[i].Fixable && f.Fix != nil && f.Fix.Safe
	}
	slices.SortFunc(stats, func(a, b statistic) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Code, b.Code))
	})
	return stats
}

// writeStatisticsTable prints Ruff's (and Flake8's) --statistics lines:
// the count right-aligned, a tab, the code padded to the longest, a tab,
// the rule name. Nothing at all when there are no findings, as Ruff.
// When some code is fixable, each name is marked as Ruff marks it: "[*]"
// for a code that --fix fixes every finding of, "[ ]" for the others.
func writeStatisticsTable(w *bufio.Writer, findings []check.Finding, opts Options) error {
	stats := countByCode(findings)
	countWidth, codeWidth := 0, 0
	anyFixable := false
	for _, s := range stats {
		countWidth = max(countWidth, len(fmt.Sprint(s.Count)))
		codeWidth = max(codeWidth, len(s.Code))
		anyFixable = anyFixable || s.Fixable
	}
	for _, s := range stats {
		mark := ""
		switch {
		case anyFixable && s.Fixable:
			mark = "[*] "
		case anyFixable:
			mark = "[ ] "
		}
		fmt.Fprintf(w, "%s\t%s\t%s%s\n",
			paint(opts.Color, ansiBold, fmt.Sprintf("%*d", countWidth, s.Count)),
			paint(opts.Color, ansiRed, fmt.Sprintf("%-*s", codeWidth, s.Code)),
			mark, s.Name)
	}
	return nil
}

// writeStatisticsJSON prints the statistics as a JSON array; [] when there
// are none, so that the output always parses (Ruff prints nothing).
func writeStatisticsJSON(w *bufio.Writer, findings []check.Finding, _ Options) error {
	stats := countByCode(findings)
	if stats == nil {
		stats = []statistic{}
	}
	return encodeJSON(w, stats)
}
