package rules_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// benchDir holds the files BenchmarkRules runs the rules on: the top
// level of the machine's Python 3.11 standard library, 168 files, 4.7 MB.
const benchDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

// BenchmarkRules times each rule's per-file pass, the part `crosstalk
// check` runs while a file's tree is alive, over files parsed and
// modelled once; the deferred decisions are gathered, not run.
//
//	go test ./rules -run XXX -bench BenchmarkRules -cpu 1
func BenchmarkRules(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(benchDir, "*.py"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no corpus under %s: %v", benchDir, err)
	}
	var (
		files   []*parser.File
		modules []*semantic.Module
		bytes   int64
	)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		f := parser.ParseFile(path, data)
		if len(f.Errors) > 0 {
			continue // check runs no rule on a file that does not parse
		}
		name, isPkg := semantic.ModuleName(path, benchDir, func(string) bool { return false })
		files = append(files, f)
		modules = append(modules, semantic.NewModule(name, isPkg, f))
		bytes += int64(len(data))
	}
	for _, a := range rules.All() {
		b.Run(a.Code, func(b *testing.B) {
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				for i, f := range files {
					pass := &analysis.Pass{
						Analyzer: a, File: f, Module: modules[i],
						Report: func(analysis.Diagnostic) {},
						Defer:  func(func(*analysis.ProgramPass)) {},
					}
					a.Run(pass)
				}
			}
		})
	}
}
