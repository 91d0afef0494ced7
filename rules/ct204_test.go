package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A tree with no request or task entry point says nothing of what runs
// per request: module state changed there is reported only under strict,
// and says why.
func TestModuleStateWithoutEntryPointsIsLow(t *testing.T) {
	dir := t.TempDir()
	src := "SEEN = []\n\n\ndef remember(x):\n    SEEN.append(x)\n"
	if err := os.WriteFile(filepath.Join(dir, "lib.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(strict bool) check.Result {
		cfg := config.Default(dir)
		cfg.Strict = strict
		var stderr bytes.Buffer
		return check.Run([]string{dir}, []*analysis.Analyzer{rules.ModuleStateMutatedPerCall}, cfg, &stderr)
	}
	if res := run(false); len(res.Findings) != 0 || res.Hidden != 1 {
		t.Errorf("default mode: %d findings, %d hidden; want 0 and 1", len(res.Findings), res.Hidden)
	}
	res := run(true)
	if len(res.Findings) != 1 {
		t.Fatalf("strict: %d findings, want 1", len(res.Findings))
	}
	f := res.Findings[0]
	if f.Confidence != analysis.Low || len(f.Lower) != 1 || f.Lower[0] == "" {
		t.Errorf("strict: confidence %v, reasons %q; want low, with the reason that no entry point is found", f.Confidence, f.Lower)
	}
}
