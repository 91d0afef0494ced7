package semantic_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// marker is an expected entry point, written on the line of its def:
// `# entry: kind[, kind]` per request, `# startup: kind` run once.
// A def of two tags has both: `# shared: kind; entry: kind`.
var marker = regexp.MustCompile(`[#;] (entry|startup|shared): ([a-z, -]+)`)

// TestEntryPointsOfTheFixtures checks every project under
// testdata/entrypoints both ways: each marked def is found with each
// kind its marker names, and nothing unmarked is found.
func TestEntryPointsOfTheFixtures(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/entrypoints/*")
	if err != nil || len(dirs) < 9 {
		t.Fatalf("fixtures: %v, %v", dirs, err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want := markers(t, dir)
			if len(want) == 0 {
				t.Fatal("no markers: the fixture would prove nothing")
			}
			prog, syntaxErrors, failed := check.Model([]string{dir}, config.Default(dir), semantic.NoSummaries, io.Discard)
			if failed || len(syntaxErrors) > 0 {
				t.Fatalf("loading: failed %v, %v", failed, syntaxErrors)
			}
			var got []string
			for _, e := range semantic.FindEntryPoints(prog, check.EntryOptions(config.Default(dir))) {
				got = append(got, fmt.Sprintf("%s:%d: %s %s", e.Path, e.Line, tag(e), e.Kind))
			}
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("missing   %s", w)
				}
			}
			for _, g := range got {
				if !slices.Contains(want, g) {
					t.Errorf("unexpected %s", g)
				}
			}
		})
	}
}

// tag is how a fixture marks e: "startup" for what runs once, "shared"
// for what runs on one object serving every request, "entry" otherwise.
func tag(e semantic.EntryPoint) string {
	if e.Startup {
		return "startup"
	}
	if e.Shared {
		return "shared"
	}
	return "entry"
}

// markers returns the entry points the .py files under dir mark, in the
// form the test compares.
func markers(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	eachLine(t, dir, func(path string, n int, line string, _ int) {
		for _, m := range marker.FindAllStringSubmatch(line, -1) {
			for kind := range strings.SplitSeq(m[2], ",") {
				out = append(out, fmt.Sprintf("%s:%d: %s %s", path, n, m[1], strings.TrimSpace(kind)))
			}
		}
	})
	return out
}

// eachLine calls f with every line of the .py files under dir: its file,
// its number, its text and the offset where it starts.
func eachLine(t *testing.T, dir string, f func(path string, n int, line string, off int)) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		off := 0
		for i, line := range strings.SplitAfter(string(data), "\n") {
			f(path, i+1, line, off)
			off += len(line)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestConfiguredEntryPointsStartupAndDecorators(t *testing.T) {
	p := program(t, map[string]string{
		"shop.bus":   "def handler(f):\n    return f\n",
		"shop.jobs":  "from .bus import handler as h\n\n@h\ndef on_paid(e):\n    pass\n\ndef sync():\n    pass\n\nclass Worker:\n    def step(self):\n        pass\n",
		"shop.boot":  "def warm():\n    pass\n",
		"shop.other": "def sync():\n    pass\n",
	})
	var got []string
	for _, e := range semantic.FindEntryPoints(p, semantic.EntryOptions{
		EntryPoints: []string{"shop.jobs.sync", "shop.jobs.Worker.*"}, Startup: []string{"shop.boot.*"},
		EntryDecorators: []string{"shop.bus.handler"},
	}) {
		got = append(got, fmt.Sprintf("%s %s %v %s", e.Name, e.Kind, e.Startup, e.RegisteredBy))
	}
	slices.Sort(got)
	want := []string{
		"shop.boot.warm configured-startup true startup",
		"shop.jobs.Worker.step configured false entry-points",
		"shop.jobs.on_paid configured false @h",
		"shop.jobs.sync configured false entry-points",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// callMarker is an expected edge of the call graph, written on the line
// of the call: `# calls: target[, target]` for plain calls, `# hands off:
// kind target` for a hand-off, from the def, lambda or module the line
// is in.
var callMarker = regexp.MustCompile(`# calls: ([^;#]+)|hands off: ([a-z]+) (\S+)`)

// TestCallEdgesOfTheFixtures checks the call edges the projects under
// testdata/entrypoints mark.
func TestCallEdgesOfTheFixtures(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/entrypoints/*")
	if err != nil || len(dirs) < 9 {
		t.Fatalf("fixtures: %v, %v", dirs, err)
	}
	marked := 0
	for _, dir := range dirs {
		prog, _, _ := check.Model([]string{dir}, config.Default(dir), semantic.AllSummaries, io.Discard)
		g := prog.CallGraph()
		eachLine(t, dir, func(path string, n int, line string, off int) {
			start := off + len(line) - len(strings.TrimLeft(line, " "))
			from := g.FunctionAt(path, token.Pos(start))
			var edges []string
			for _, e := range g.Callees(from) {
				edges = append(edges, e.HandOff+" "+e.To)
			}
			for _, m := range callMarker.FindAllStringSubmatch(line, -1) {
				var want []string
				if m[1] != "" {
					for target := range strings.SplitSeq(m[1], ",") {
						want = append(want, " "+strings.TrimSpace(target))
					}
				} else {
					want = append(want, m[2]+" "+m[3])
				}
				for _, w := range want {
					marked++
					if !slices.Contains(edges, w) {
						t.Errorf("%s:%d: %s does not call %q; its edges: %q", path, n, from, w, edges)
					}
				}
			}
		})
	}
	if marked < 10 {
		t.Errorf("%d edges marked: the fixtures would prove little", marked)
	}
}

// A settings list handed on through a name counts up to a bound: a module
// that extends one list and hands it on again and again would otherwise
// cost the product of the two. Past the bound the list is not read.
func TestASettingsListBoundThroughANameIsReadUpToABound(t *testing.T) {
	for _, c := range []struct {
		extensions int
		want       bool
	}{{10, true}, {300, false}} {
		var settings strings.Builder
		settings.WriteString("L = [\"app.middleware.M\"]\n")
		for i := range c.extensions {
			fmt.Fprintf(&settings, "L += [\"app.other.X%d\"]\nMIDDLEWARE = L\n", i)
		}
		prog := program(t, map[string]string{
			"app.__init__":   "",
			"app.settings":   settings.String(),
			"app.middleware": "class M:\n    def __init__(self, get_response):\n        self.get_response = get_response\n\n    def __call__(self, request):\n        return self.get_response(request)\n",
		})
		found := slices.ContainsFunc(semantic.FindEntryPoints(prog, semantic.EntryOptions{}), func(e semantic.EntryPoint) bool {
			return e.Name == "app.middleware.M.__call__"
		})
		if found != c.want {
			t.Errorf("%d extensions: middleware found %v, want %v", c.extensions, found, c.want)
		}
	}
}
