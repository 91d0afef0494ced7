package report_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/report"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// multitool is Microsoft's SARIF Multitool, pinned in conformance/package.json.
const multitool = "../conformance/node_modules/.bin/sarif-multitool"

func TestSARIFPassesTheMultitoolValidator(t *testing.T) {
	if _, err := os.Stat(multitool); err != nil {
		t.Fatalf("the SARIF Multitool is not installed (%v): run (cd conformance && npm ci)", err)
	}
	fixture := render(t, report.SARIF, fixtureFindings(t), report.Options{Rules: fixtureRules(), Version: "v0.1.0"})
	logs := map[string]string{
		"fixture.sarif": fixture,
		// The real rules' documentation, Markdown and all.
		"rules.sarif": render(t, report.SARIF, fixtureFindings(t), report.Options{Rules: rules.All(), Version: "(devel)"}),
		"empty.sarif": render(t, report.SARIF, nil, report.Options{Rules: rules.All(), Version: "v0.1.0"}),
		// The control: a line 0 is invalid. If the validator passes this,
		// its passing ours means nothing.
		"control.sarif": strings.Replace(fixture, `"startLine": 4`, `"startLine": 0`, 1),
	}
	dir := t.TempDir()
	var names []string
	for name, log := range logs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(log), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	slices.Sort(names)

	errs, output := validateSARIF(t, dir, names)
	if len(errs["control.sarif"]) == 0 {
		t.Errorf("the validator found no error in control.sarif, which has a line 0; is it validating?\n%s", output)
	}
	for _, name := range names {
		if name != "control.sarif" && len(errs[name]) > 0 {
			t.Errorf("%s: the SARIF Multitool reports errors or warnings %v:\n%s", name, errs[name], output)
		}
	}
}

// validateSARIF runs `sarif-multitool validate` on the files in dir and
// returns the rule ids of its error- and warning-level results for each file, and what
// it printed. The tool exits 0 whatever it finds, so the results are read
// from its own SARIF output.
func validateSARIF(t *testing.T, dir string, files []string) (map[string][]string, string) {
	t.Helper()
	tool, err := filepath.Abs(multitool)
	if err != nil {
		t.Fatal(err)
	}
	// The npm launcher runs the tool through a shell: relative names in
	// dir keep the temporary path out of the shell's word splitting.
	args := append([]string{"validate", "--output", "validation.sarif"}, files...)
	cmd := exec.CommandContext(t.Context(), tool, args...)
	cmd.Dir = dir
	// The tool is a .NET program: without ICU installed it stops unless
	// told to run without culture data, which validation does not need.
	cmd.Env = append(os.Environ(), "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	output := string(out)
	if err != nil {
		t.Fatalf("sarif-multitool validate: %v\n%s", err, output)
	}
	data, err := os.ReadFile(filepath.Join(dir, "validation.sarif"))
	if err != nil {
		t.Fatalf("sarif-multitool wrote no results: %v\n%s", err, output)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						DefaultConfiguration struct{ Level string }
					}
				}
			}
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex *int
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("validation.sarif: %v", err)
	}
	if len(log.Runs) == 0 {
		t.Fatalf("validation.sarif has no run:\n%s", output)
	}
	errs := map[string][]string{}
	for _, run := range log.Runs {
		for _, inv := range run.Invocations {
			if !inv.ExecutionSuccessful {
				t.Fatalf("sarif-multitool did not run to the end: %+v\n%s", inv.ToolExecutionNotifications, output)
			}
		}
		for _, r := range run.Results {
			// A result without a level takes its rule's, then "warning".
			level := r.Level
			if level == "" && r.RuleIndex != nil && *r.RuleIndex < len(run.Tool.Driver.Rules) {
				level = run.Tool.Driver.Rules[*r.RuleIndex].DefaultConfiguration.Level
			}
			// Warnings too: the validator warns on what SARIF viewers
			// handle badly (a non-numeric tool version, say).
			if level != "error" && level != "warning" {
				continue
			}
			file := "(no file)"
			if len(r.Locations) > 0 {
				if u, err := url.Parse(r.Locations[0].PhysicalLocation.ArtifactLocation.URI); err == nil {
					file = path.Base(u.Path)
				}
			}
			errs[file] = append(errs[file], r.RuleID)
		}
	}
	if !strings.Contains(output, fmt.Sprintf("Done. %d files scanned.", len(files))) {
		t.Fatalf("sarif-multitool did not scan the %d files:\n%s", len(files), output)
	}
	return errs, output
}

func TestSARIFResultsPointAtTheirRules(t *testing.T) {
	var log struct {
		Runs []struct {
			ColumnKind string
			Tool       struct {
				Driver struct {
					Version string
					Rules   []struct{ ID, Name string }
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
			}
		}
	}
	out := render(t, report.SARIF, fixtureFindings(t), report.Options{Rules: fixtureRules()[:1], Version: "v1.2.3"})
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Version != "1.2.3" {
		t.Errorf("driver version %q, want 1.2.3 (no v)", run.Tool.Driver.Version)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q, want unicodeCodePoints: columns count characters", run.ColumnKind)
	}
	// Only CT101 was passed: the other codes get a rule each all the same,
	// so that every ruleIndex is valid.
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if want := []string{"CT101", "E999", "E902", "CT103", "CT102", "CT104"}; !slices.Equal(ids, want) {
		t.Errorf("rules %v, want %v", ids, want)
	}
	for _, r := range run.Results {
		if r.RuleIndex >= len(ids) || ids[r.RuleIndex] != r.RuleID {
			t.Errorf("result %s has ruleIndex %d, which is not its rule", r.RuleID, r.RuleIndex)
		}
		want := "warning"
		switch r.RuleID {
		case "E999":
			want = "error"
		case "CT101":
			want = "note" // the fixture's Low finding
		}
		if r.Level != want {
			t.Errorf("result %s has level %q, want %q", r.RuleID, r.Level, want)
		}
	}
}

func TestSARIFArtifactURIs(t *testing.T) {
	for _, tc := range []struct{ path, uri, base string }{
		{"app.py", "app.py", "%SRCROOT%"},
		{"./src/app.py", "src/app.py", "%SRCROOT%"},
		{filepath.Join("src", "my app", "100%.py"), "src/my%20app/100%25.py", "%SRCROOT%"},
		{"a:b.py", "./a:b.py", "%SRCROOT%"}, // not the scheme "a"
		{"/srv/app/x.py", "file:///srv/app/x.py", ""},
	} {
		f := fixtureFindings(t)[3]
		f.Path = tc.path
		var log struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI       string `json:"uri"`
								URIBaseID string `json:"uriBaseId"`
							}
						}
					}
				}
			}
		}
		out := render(t, report.SARIF, []check.Finding{f}, report.Options{})
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		got := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
		if got.URI != tc.uri || got.URIBaseID != tc.base {
			t.Errorf("%s: uri %q base %q, want %q %q", tc.path, got.URI, got.URIBaseID, tc.uri, tc.base)
		}
	}
}
