package report

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
)

// writeGitHub prints one GitHub Actions workflow command per finding, which
// the runner turns into an annotation on the file; the title is the code,
// so the annotation reads "CT104" over the message:
//
//	::warning file=app.py,line=3,col=18,endLine=3,endColumn=20,title=CT104::message
//
// See https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands.
func writeGitHub(w *bufio.Writer, findings []check.Finding, _ Options) error {
	for _, f := range findings {
		command := "warning"
		switch {
		case analysis.IsFileCode(f.Code):
			command = "error"
		case f.Confidence == analysis.Low:
			command = "notice"
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			command,
			Printable(escapeProperty(filepath.ToSlash(f.Path))),
			f.Line, f.Col, f.EndLine, f.EndCol,
			escapeProperty(f.Code),
			Printable(escapeData(message(f))))
	}
	return nil
}

// GitHub reads a command up to the end of the line and splits properties
// at "," and "::", so these characters are percent-encoded, as the
// runner's own toolkit (@actions/core, escapeData and escapeProperty)
// encodes them; "%" first, so that the runner's decoding is exact.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
