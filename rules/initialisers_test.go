package rules_test

import (
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis/analysistest"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// TestInitialisers runs the class-state rules on classes whose library
// calls a method first on each instance (libraries.Initialisers): what
// it binds on self is the instance's own.
func TestInitialisers(t *testing.T) {
	analysistest.Run(t, filepath.Join("testdata", "initialisers"), rules.MutableClassAttributeMutated, rules.ClassStateResetShadows)
}
