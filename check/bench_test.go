package check_test

import (
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// corpusDir is the machine's Python 3.11 installation, stdlib and
// site-packages: the tree the README's check figures are measured on, the
// same as conformance/ruff_check_speed.mjs times Ruff on.
const corpusDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

// BenchmarkCheck times the whole pipeline of `crosstalk check` with every
// rule: walk, read, parse, model, analysis, sort.
//
//	go test ./check -run XXX -bench BenchmarkCheck -cpu 1 -benchtime 3x
func BenchmarkCheck(b *testing.B) {
	var total int64
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
		}
		return nil
	})
	if err != nil || total == 0 {
		b.Fatalf("no corpus under %s: %v", corpusDir, err)
	}
	b.SetBytes(total)
	all := rules.All()
	for b.Loop() {
		res := check.Run([]string{corpusDir}, all, nil, io.Discard)
		if res.Files == 0 {
			b.Fatal("no files checked")
		}
	}
}
