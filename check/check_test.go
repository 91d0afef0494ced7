package check_test

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/glob"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/rules"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, src := range files {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// everyName reports each Name node, so tests see positions and order.
var everyName = &analysis.Analyzer{
	Name: "every-name", Code: "XT001", Doc: "Reports every name.",
	Run: func(p *analysis.Pass) {
		ast.Inspect(p.File.Module, func(n ast.Node) bool {
			if nm, ok := n.(*ast.Name); ok {
				p.Reportf(nm.Pos(), nm.End(), "name %s in module %s", nm.Id, p.Module.Name)
			}
			return true
		})
	},
}

// runEveryName checks root with everyName and cfg, fails the test on
// anything said on stderr, and compares the findings, as
// `/path:line:col CODE message` under root, with want.
func runEveryName(t *testing.T, root string, cfg *config.Config, want ...string) check.Result {
	t.Helper()
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyName}, cfg, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed: %s", stderr.String())
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s:%d:%d %s %s", strings.TrimPrefix(f.Path, root), f.Line, f.Col, f.Code, f.Message))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return res
}

func TestSyntaxErrorIsAFindingAndTheRunGoesOn(t *testing.T) {
	root := writeTree(t, map[string]string{
		"pkg/__init__.py": "",
		"pkg/bad.py":      "x = (\n",
		"pkg/good.py":     "y\n",
	})
	res := runEveryName(t, root, nil,
		"/pkg/bad.py:1:5 E999 SyntaxError: '(' was never closed",
		"/pkg/good.py:1:1 XT001 name y in module pkg.good",
	)
	if res.Files != 3 {
		t.Errorf("%d files, want 3", res.Files)
	}
}

// A .py file that does not parse and whose first line runs another
// interpreter is a script of that language (mailarchive's bash
// bin/load_sample_data.py): a warning, not a finding. One that parses is
// Python whatever its first line says (a polyglot that execs python), and
// one whose first line runs Python keeps its E999.
func TestAScriptOfAnotherLanguageIsWarnedAboutNotReported(t *testing.T) {
	root := writeTree(t, map[string]string{
		"bin/load.py":     "#!/bin/bash\nset -e\nfor f in *.json; do\n  load \"$f\"\ndone\n",
		"bin/env_node.py": "#!/usr/bin/env node\nconsole.log(`x`);\n",
		"bin/poly.py":     "#!/bin/sh\n''''exec python3 \"$0\" \"$@\" #'''\ny\n",
		"bin/py.py":       "#!/usr/bin/env python3\nx = (\n",
	})
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyName}, nil, &stderr)
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s:%d %s", strings.TrimPrefix(f.Path, root), f.Line, f.Code))
	}
	want := "/bin/poly.py:3 XT001 /bin/py.py:2 E999"
	if strings.Join(got, " ") != want {
		t.Errorf("findings %q, want %q", strings.Join(got, " "), want)
	}
	wantErr := fmt.Sprintf("crosstalk: warning: %[1]s:1: not Python: its first line runs it with node; not checked\n"+
		"crosstalk: warning: %[2]s:1: not Python: its first line runs it with bash; not checked\n",
		filepath.Join(root, "bin/env_node.py"), filepath.Join(root, "bin/load.py"))
	if stderr.String() != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), wantErr)
	}
	if res.Failed {
		t.Error("the run failed")
	}
	// entrypoints and callgraph model the tree: no syntax error either.
	stderr.Reset()
	_, syntaxErrors, failed := check.Model([]string{root}, nil, semantic.NoSummaries, &stderr)
	if len(syntaxErrors) != 1 || failed || stderr.String() != wantErr {
		t.Errorf("Model: %d syntax errors, failed %v, stderr:\n%s", len(syntaxErrors), failed, stderr.String())
	}
}
func TestFindingsAreSortedByPathLineColumnAndCountCharacters(t *testing.T) {
	root := writeTree(t, map[string]string{
		"b.py": "zz; a\n",
		"a.py": "s = 'héllo'; q\nr\n",
	})
	var stderr bytes.Buffer
	for range 3 { // the order must not depend on scheduling
		res := check.Run([]string{root}, []*analysis.Analyzer{everyName}, nil, &stderr)
		var got []string
		for _, f := range res.Findings {
			got = append(got, fmt.Sprintf("%s:%d:%d-%d:%d", filepath.Base(f.Path), f.Line, f.Col, f.EndLine, f.EndCol))
		}
		// q follows a two-byte é: column 14 in characters, not 15 in bytes.
		want := "a.py:1:1-1:2 a.py:1:14-1:15 a.py:2:1-2:2 b.py:1:1-1:3 b.py:1:5-1:6"
		if strings.Join(got, " ") != want {
			t.Fatalf("got  %s\nwant %s", strings.Join(got, " "), want)
		}
	}
}

func TestAPanickingRuleIsReportedAndOtherFilesGoOn(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "boom\n", "b.py": "fine\n"})
	crash := &analysis.Analyzer{Name: "crash", Code: "XT002", Doc: "Crashes on boom.", Run: func(p *analysis.Pass) {
		if strings.Contains(string(p.File.Src), "boom") {
			panic("kaboom")
		}
	}}
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{crash, everyName}, nil, &stderr)
	if !res.Failed || !strings.Contains(stderr.String(), "internal error in XT002 on "+filepath.Join(root, "a.py")+": kaboom") {
		t.Errorf("failed=%v, stderr %q", res.Failed, stderr.String())
	}
	if len(res.Findings) != 2 {
		t.Errorf("%d findings, want both names: the other analyzer and file go on", len(res.Findings))
	}
}

func TestMissingPathFailsTheRun(t *testing.T) {
	var stderr bytes.Buffer
	res := check.Run([]string{filepath.Join(t.TempDir(), "nope")}, nil, nil, &stderr)
	if !res.Failed || !strings.Contains(stderr.String(), "no such file or directory") {
		t.Errorf("failed=%v, stderr %q", res.Failed, stderr.String())
	}
}

func TestModulesAreNamedFromTheImportRoot(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py":     "",
		"app/sub/__init__.py": "",
		"app/sub/mod.py":      "x\n",
	})
	var stderr bytes.Buffer
	// Checked from inside the package, the module keeps its full name.
	res := check.Run([]string{filepath.Join(root, "app", "sub")}, []*analysis.Analyzer{everyName}, nil, &stderr)
	if len(res.Findings) != 1 || !strings.HasSuffix(res.Findings[0].Message, "module app.sub.mod") {
		t.Errorf("findings %+v", res.Findings)
	}
}

// A file over max-file-size is not read: it gets a finding that says so,
// at its first line, and every other file is checked as usual. Only
// per-file-ignores turn that finding off.
func TestAFileOverTheSizeLimitIsAFindingAndTheRunGoesOn(t *testing.T) {
	root := writeTree(t, map[string]string{
		"gen/big.py": "# noqa\n" + strings.Repeat("x = 1\n", 100),
		"small.py":   "y\n",
	})
	cfg := config.Default(root)
	cfg.MaxFileSize = 300
	res := runEveryName(t, root, cfg,
		"/gen/big.py:1:1 E902 the file is 607 B, over the limit of 300 B, so it was not checked: exclude it if it is generated, or raise max-file-size",
		"/small.py:1:1 XT001 name y in module small",
	)
	if res.Files != 2 {
		t.Errorf("Files = %d, want 2", res.Files)
	}

	gen, err := glob.Compile("gen/")
	if err != nil {
		t.Fatal(err)
	}
	cfg.PerFileIgnores = []config.PerFileIgnore{{Pattern: gen, Codes: []string{"E902"}}}
	runEveryName(t, root, cfg, "/small.py:1:1 XT001 name y in module small")
}

// A selection runs fewer rules than the table has; a comment that names a
// rule left out is no typo. Run knows only the analyzers it runs.
func TestSuppressionsMayNameRulesTheSelectionLeftOut(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "x  # noqa: XT002\n"})
	table := []*analysis.Analyzer{everyName, {Name: "other", Code: "XT002", Doc: "Reports nothing.", Run: func(*analysis.Pass) {}}}
	var stderr bytes.Buffer
	res := check.RunSelected([]string{root}, table[:1], table, nil, &stderr)
	if res.Failed || stderr.Len() > 0 || len(res.Findings) != 1 {
		t.Errorf("failed=%v, %d findings, stderr %q; want the name and no warning", res.Failed, len(res.Findings), stderr.String())
	}
	stderr.Reset()
	res = check.Run([]string{root}, table[:1], nil, &stderr)
	want := "crosstalk: warning: " + filepath.Join(root, "a.py") + `:1: unknown code "XT002" in "# noqa: XT002" suppresses nothing; ` + "`crosstalk rules` lists the codes\n"
	if res.Failed || stderr.String() != want {
		t.Errorf("failed=%v, stderr %q, want %q", res.Failed, stderr.String(), want)
	}
}

func TestModelLinksTheTree(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"app/__init__.py": "",
		"app/models.py":   "class Order:\n    pass\n",
		"app/bad.py":      "def f(:\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stderr strings.Builder
	prog, syntaxErrors, failed := check.Model([]string{filepath.Join(dir, "app")}, nil, semantic.NoSummaries, &stderr)
	if failed || stderr.Len() > 0 {
		t.Fatalf("failed=%v, stderr: %s", failed, stderr.String())
	}
	if prog.Class("app.models.Order") == nil {
		t.Errorf("app.models.Order is not a class of the program; modules: %v", len(prog.Modules))
	}
	if len(syntaxErrors) != 1 || !strings.HasSuffix(syntaxErrors[0].Path, "bad.py") {
		t.Errorf("syntax errors = %+v, want one in bad.py", syntaxErrors)
	}
}

// requestPaths returns, by base name and line, each finding's request
// path ("kind entry: step@file:line:col -> ..."), or "unreached".
func requestPaths(findings []check.Finding) map[string]string {
	got := map[string]string{}
	for _, f := range findings {
		where := fmt.Sprintf("%s:%d", filepath.Base(f.Path), f.Line)
		if r := f.Reachability; r != nil {
			var steps []string
			for _, s := range r.Path {
				steps = append(steps, fmt.Sprintf("%s@%s:%d:%d", s.Name, filepath.Base(s.Path), s.Line, s.Col))
			}
			got[where] = r.Kind + " " + r.Entry() + ": " + strings.Join(steps, " -> ")
		} else {
			got[where] = "unreached"
		}
	}
	return got
}

// leakPaths checks root with everyLeak under cfg (nil: the default) and
// returns its findings' request paths (requestPaths).
func leakPaths(t *testing.T, root string, cfg *config.Config) map[string]string {
	t.Helper()
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyLeak}, cfg, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed: %s", stderr.String())
	}
	return requestPaths(res.Findings)
}

// What a decorator of the tree makes of a view is what the framework
// calls: the wrapper runs at every request, before the view.
func TestADecoratorsWrapperRunsWithTheViewItWraps(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/deco.py": "import functools\n\n\n" +
			"def plain(f):\n    @functools.wraps(f)\n    def plain_wrapper(*args, **kwargs):\n        leak()\n        return f(*args, **kwargs)\n    return plain_wrapper\n\n\n" +
			"def limited(method=\"POST\", limit=5):\n    def limited_decorator(f):\n        def limited_function(*args, **kwargs):\n" +
			"            leak()\n            return f(*args, **kwargs)\n        return limited_function\n    return limited_decorator\n\n\n" +
			"def unused(f):\n    def unused_wrapper(*args):\n        leak()\n        return f(*args)\n    return unused_wrapper\n",
		"app/views.py": "from flask import Blueprint\nfrom .deco import plain, limited, unused\n\nbp = Blueprint(\"bp\", __name__)\n\n\n" +
			"@bp.route(\"/a\")\n@plain\ndef a():\n    return \"a\"\n\n\n" +
			"@bp.route(\"/b\")\n@limited(method=\"POST\", limit=10)\ndef b():\n    return \"b\"\n\n\n" +
			// A def no route registers: its wrapper serves nothing.
			"@unused\ndef helper():\n    return 1\n",
	})
	cfg := config.Default(root)
	cfg.Strict = true
	want := map[string]string{
		"deco.py:7":  "flask-route app.views.a: app.views.a@views.py:9:1 -> app.deco.plain.plain_wrapper@deco.py:6:5",
		"deco.py:15": "flask-route app.views.b: app.views.b@views.py:15:1 -> app.deco.limited.limited_decorator.limited_function@deco.py:14:9",
		"deco.py:23": "unreached",
	}
	if got := leakPaths(t, root, cfg); !maps.Equal(got, want) {
		t.Errorf("request paths:\n got %v\nwant %v", got, want)
	}
}

// A def of the tree called through its decorator runs the decorator's
// wrapper first: the wrapper's own code is on the caller's path.
func TestADecoratedDefsCallRunsTheWrapper(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/deco.py": "import functools\n\n\n" +
			"def debounced(f):\n    @functools.wraps(f)\n    def delay(*args):\n        leak()\n        return f(*args)\n    return delay\n",
		"app/sync.py": "from .deco import debounced\n\n\n@debounced\ndef push(order):\n    return order\n",
		"app/views.py": "from flask import Blueprint\nfrom .sync import push\n\nbp = Blueprint(\"bp\", __name__)\n\n\n" +
			"@bp.route(\"/a\")\ndef a():\n    return push(1)\n",
	})
	want := map[string]string{
		"deco.py:7": "flask-route app.views.a: app.views.a@views.py:8:1 -> app.deco.debounced.delay@deco.py:6:5",
	}
	if got := leakPaths(t, root, nil); !maps.Equal(got, want) {
		t.Errorf("request paths:\n got %v\nwant %v", got, want)
	}
}

// everyLeak reports each call of a function named leak.
var everyLeak = &analysis.Analyzer{
	Name: "every-leak", Code: "XT002", Doc: "Reports every call of leak().",
	Run: func(p *analysis.Pass) {
		ast.Inspect(p.File.Module, func(n ast.Node) bool {
			if c, ok := n.(*ast.Call); ok {
				if nm, ok := c.Func.(*ast.Name); ok && nm.Id == "leak" {
					p.Reportf(c.Pos(), c.End(), "leak")
				}
			}
			return true
		})
	},
}

func TestFindingsSayWhichRequestPathReachesThem(t *testing.T) {
	root := writeTree(t, map[string]string{
		"shop/__init__.py": "",
		"shop/urls.py": "from django.urls import path\nfrom . import views\n\n" +
			"urlpatterns = [path(\"checkout/\", views.checkout), path(\"refund/\", views.refund)]\n",
		"shop/views.py": "from .sync import push as send\nfrom .hooks import AFTER\nfrom .examples.helpers import used_by_the_shop\n\n\n" +
			"def checkout(request):\n    return send(request)\n\n\n" +
			"def refund(request):\n    leak(request)\n    used_by_the_shop(request)\n    for hook in AFTER:\n        hook()\n",
		"shop/hooks.py": "AFTER = []\n",
		"shop/sync.py":  "def push(order, then=None):\n    leak(order)\n    if then:\n        then()\n",
		// A test passes its own function to push: push may call it, but
		// a request never runs test code.
		"shop/tests/test_sync.py": "from shop.sync import push\n\n\ndef test_push():\n    push(1, then=check)\n\n\n" +
			"def check():\n    leak()\n",
		// A script's main runs in a process of its own: what it registers
		// is not there when a request runs. AppConfig.ready runs in the
		// serving process: what it registers is.
		"shop/cli.py": "from shop.hooks import AFTER\n\n\ndef main():\n    AFTER.append(reset)\n\n\n" +
			"def reset():\n    leak()\n\n\nif __name__ == \"__main__\":\n    main()\n",
		// A management command's handle runs once, in its own process.
		"shop/management/__init__.py":          "",
		"shop/management/commands/__init__.py": "",
		"shop/management/commands/flush.py": "from django.core.management.base import BaseCommand\n\n\n" +
			"class Command(BaseCommand):\n    def handle(self, *args, **options):\n        leak()\n\n" +
			"    def flush_all(self):\n        leak()\n",
		// An example shows how to use the code: the service never runs it.
		"examples/demo.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route(\"/\")\ndef index():\n    leak()\n",
		// A stub of another service, run for local runs and tests in its
		// place (funding-service's sign-in stub): not what the service runs.
		"stubs/sso.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route(\"/authorize\")\ndef authorize():\n    leak()\n",
		// A helper kept in an examples package that the service's own view
		// calls is the service's code.
		"shop/examples/__init__.py": "",
		"shop/examples/helpers.py":  "def used_by_the_shop(order):\n    leak(order)\n",
		"shop/apps.py": "from django.apps import AppConfig\nfrom shop.hooks import AFTER\n\n\n" +
			"class ShopConfig(AppConfig):\n    def ready(self):\n        AFTER.append(audit)\n\n\n" +
			"def audit():\n    leak()\n",
	})
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyLeak}, nil, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed: %s", stderr.String())
	}
	got := requestPaths(res.Findings)
	want := map[string]string{
		"sync.py:2":    "django-view shop.views.checkout: shop.views.checkout@views.py:6:1 -> shop.sync.push@sync.py:1:1",
		"views.py:11":  "django-view shop.views.refund: shop.views.refund@views.py:10:1",
		"apps.py:11":   "django-view shop.views.refund: shop.views.refund@views.py:10:1 -> shop.apps.audit@apps.py:10:1",
		"helpers.py:2": "django-view shop.views.refund: shop.views.refund@views.py:10:1 -> shop.examples.helpers.used_by_the_shop@helpers.py:1:1",
	}
	// The test's finding is Low: test code serves no request. Default
	// mode leaves it out and counts it; strict shows it, saying why.
	if res.Hidden != 6 {
		t.Errorf("hidden %d, want 6 (test_sync.py:9, flush.py:6 and 9, cli.py:9, demo.py:8, sso.py:8)", res.Hidden)
	}
	// A request path is evidence: those findings are High.
	for _, f := range res.Findings {
		if want := map[bool]analysis.Confidence{true: analysis.High, false: analysis.Medium}[f.Reachability != nil]; f.Confidence != want {
			t.Errorf("%s:%d: confidence %s, want %s", filepath.Base(f.Path), f.Line, f.Confidence, want)
		}
	}
	cfg := config.Default(root)
	cfg.Strict = true
	strict := check.Run([]string{root}, []*analysis.Analyzer{everyLeak}, cfg, &stderr)
	if len(strict.Findings) != len(res.Findings)+6 || strict.Hidden != 0 {
		t.Fatalf("strict: %d findings, %d hidden; want %d, 0", len(strict.Findings), strict.Hidden, len(res.Findings)+6)
	}
	lower := map[string][]string{
		"test_sync.py:9": {"it is in test code, which serves no request"},
		"demo.py:8":      {"it is in example code, which the service does not run"},
		"sso.py:8":       {"it is in a stub of another service (`stubs`), which the service does not run"},
		"flush.py:6":     {"`shop.management.commands.flush.Command.handle` runs once per process (django-command)"},
		"flush.py:9":     {"`shop.management.commands.flush.Command` runs in a process of its own (django-command)"},
		// Reached from main() only, in another process: a script.
		"cli.py:9": {"`shop.cli` is a script: it has an `if __name__ == \"__main__\":` block and no module of the tree imports it"},
	}
	for _, f := range strict.Findings {
		if want, ok := lower[fmt.Sprintf("%s:%d", filepath.Base(f.Path), f.Line)]; ok && (f.Confidence != analysis.Low || !slices.Equal(f.Lower, want)) {
			t.Errorf("strict %s: confidence %s, reasons %q, want low %q", filepath.Base(f.Path), f.Confidence, f.Lower, want)
		}
	}
	for where, w := range want {
		if got[where] != w {
			t.Errorf("%s: %s, want %s", where, got[where], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings %v, want %d", got, len(want))
	}
}

// Two defs of one name are two nodes: each route registered by its
// decorator reaches what its own body calls, and a later undecorated def
// of the name, which binds it over the route, is reached by no request.
func TestDefsOfOneNameAreEachTheirOwn(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/routes.py": "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n" +
			"@router.get(\"/a\")\ndef handler():\n    return 1\n\n\n" +
			"@router.post(\"/b\")\ndef handler():\n    leak()\n\n\n" +
			"def remember():\n    leak()\n\n\n" +
			"def handler():\n    remember()\n",
	})
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyLeak}, nil, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed: %s", stderr.String())
	}
	got := requestPaths(res.Findings)
	want := map[string]string{"routes.py:13": "fastapi-route api.routes.handler@12: api.routes.handler@12@routes.py:12:1"}
	if !maps.Equal(got, want) {
		t.Errorf("request paths %v, want %v", got, want)
	}
}

// A task that runs a management command with call_command runs it in the
// worker: the command is no process of its own there, so its code is
// judged as any unreached code is.
func TestCallCommandMakesCommandsPartOfTheWorker(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py":                     "",
		"shop/management/__init__.py":          "",
		"shop/management/commands/__init__.py": "",
		"shop/management/commands/sync.py": "from django.core.management.base import BaseCommand\n\n\n" +
			"class Command(BaseCommand):\n    def handle(self, *args, **options):\n        leak()\n",
		"shop/tasks.py": "from celery import shared_task\n\n\n@shared_task\ndef nightly():\n    pass\n",
	}
	reasons := func(files map[string]string) []string { return strictLeaks(t, files)["sync.py"].Lower }
	alone := reasons(files)
	if len(alone) != 1 || !strings.Contains(alone[0], "runs once per process (django-command)") {
		t.Errorf("without call_command: %q", alone)
	}
	files["shop/tasks.py"] = "from celery import shared_task\nfrom django.core.management import call_command\n\n\n" +
		"@shared_task\ndef nightly():\n    call_command(\"sync\")\n"
	inWorker := reasons(files)
	if len(inWorker) != 1 || !strings.Contains(inWorker[0], "no request or task path reaches it") {
		t.Errorf("with call_command in a task: %q", inWorker)
	}
	// Only the command the task names runs in the worker: another stays
	// a process of its own, unless the name is computed.
	files["shop/management/commands/report.py"] = "from django.core.management.base import BaseCommand\n\n\n" +
		"class Command(BaseCommand):\n    def handle(self, *args, **options):\n        leak()\n"
	report := func(files map[string]string) []string { return strictLeaks(t, files)["report.py"].Lower }
	if got := report(files); len(got) != 1 || !strings.Contains(got[0], "runs once per process (django-command)") {
		t.Errorf("a command the task does not name: %q", got)
	}
	files["shop/tasks.py"] = "from celery import shared_task\nfrom django.core.management import call_command\n\n\n" +
		"@shared_task\ndef nightly(name):\n    call_command(name)\n"
	if got := report(files); len(got) != 1 || !strings.Contains(got[0], "no request or task path reaches it") {
		t.Errorf("a command name computed at run time: %q", got)
	}
	// Through a project's wrapper that passes its arguments on, the
	// names its callers give are the ones run.
	files["shop/tasks.py"] = "from celery import shared_task\nfrom django.core.management import call_command as core\n\n\n" +
		"def call_command(*args, **kwargs):\n    core(*args, **kwargs)\n\n\n" +
		"def run_named(name, quiet=True):\n    core(name)\n\n\n" +
		"@shared_task\ndef nightly():\n    call_command(\"sync\", verbosity=0)\n    run_named(\"sync\")\n"
	files["shop/management/commands/report.py"] = "from django.core.management.base import BaseCommand\n\n\n" +
		"class Command(BaseCommand):\n    def handle(self, *args, **options):\n        leak()\n"
	if got := report(files); len(got) != 1 || !strings.Contains(got[0], "runs once per process (django-command)") {
		t.Errorf("a command no caller of the wrapper names: %q", got)
	}
	if got := reasons(files); len(got) != 1 || !strings.Contains(got[0], "no request or task path reaches it") {
		t.Errorf("the command the wrapper's caller names: %q", got)
	}
	delete(files, "shop/management/commands/report.py")
	// A command's base class, outside the commands package, runs in the
	// worker with the command the task names.
	delete(files, "shop/management/commands/report.py")
	files["shop/management/base.py"] = "from django.core.management.base import BaseCommand\n\n\n" +
		"class Importer(BaseCommand):\n    def handle(self, *args, **options):\n        self.load()\n\n    def load(self):\n        leak()\n"
	files["shop/management/commands/sync.py"] = "from shop.management.base import Importer\n\n\nclass Command(Importer):\n    pass\n"
	files["shop/tasks.py"] = "from celery import shared_task\nfrom django.core.management import call_command\n\n\n" +
		"@shared_task\ndef nightly():\n    call_command(\"sync\")\n"
	if got := strictLeaks(t, files)["base.py"].Lower; len(got) != 1 || !strings.Contains(got[0], "no request or task path reaches it") {
		t.Errorf("the base class of a command the task names: %q", got)
	}
}

// A project that puts apps/ on sys.path imports users.tracking, not
// apps.users.tracking: src names its modules from there, and the
// request path across them is found. Without src, the imports found
// under apps/ say it is run from (runRoot): the path is found too, its
// modules named from the checked folder.
func TestSrcNamesModulesFromTheFolderImportsStartAt(t *testing.T) {
	root := writeTree(t, map[string]string{
		"apps/__init__.py":       "",
		"apps/users/__init__.py": "",
		"apps/shop/__init__.py":  "",
		"apps/users/tracking.py": "def track(request):\n    leak(request)\n",
		"apps/shop/views.py":     "from users.tracking import track\n\n\ndef checkout(request):\n    track(request)\n",
		"apps/shop/urls.py":      "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	})
	if got, want := reachedBy(t, root, config.Default(root)), "apps.shop.views.checkout -> apps.users.tracking.track"; got != want {
		t.Errorf("without src: reached by %q, want %q", got, want)
	}
	cfg := config.Default(root)
	cfg.Src = []string{filepath.Join(root, "apps")}
	if got, want := reachedBy(t, root, cfg), "shop.views.checkout -> users.tracking.track"; got != want {
		t.Errorf("with src: reached by %q, want %q", got, want)
	}
}

// A src folder left with an __init__.py (document-ia's) is still where
// its packages are imported from, where their modules import them by
// their bare names; a src package its modules import as `src.` stays
// one.
func TestASrcFolderWithAnInitWhosePackagesImportThemselvesIsTheirRoot(t *testing.T) {
	root := writeTree(t, map[string]string{
		"infra/src/__init__.py":           "",
		"infra/src/infra_pkg/__init__.py": "",
		"infra/src/infra_pkg/base.py":     "y\n",
		"infra/src/infra_pkg/redis.py":    "from infra_pkg import base\n",
		"api/src/__init__.py":             "",
		"api/src/config.py":               "y\n",
		"api/src/main.py":                 "from src import config\n",
	})
	runEveryName(t, root, nil,
		"/api/src/config.py:1:1 XT001 name y in module api.src.config",
		"/infra/src/infra_pkg/base.py:1:1 XT001 name y in module infra_pkg.base",
	)
}

// A project's own task queue runs functions by name (pulpcore's
// dispatch): the call graph cannot see the call, and hand-offs names the
// function that hands its first argument on, so the task's request path
// is found through it.
func TestHandOffsNameTheProjectsOwnTaskQueue(t *testing.T) {
	root := writeTree(t, map[string]string{
		"shop/__init__.py": "",
		"shop/queue.py": "import json\n\n\ndef dispatch(func, *args):\n    if callable(func):\n" +
			"        name = func.__module__ + \".\" + func.__name__\n    return json.dumps([name, args])\n",
		"shop/jobs.py":  "def send_receipt(order_id):\n    leak(order_id)\n",
		"shop/views.py": "from shop.queue import dispatch\nfrom shop.jobs import send_receipt\n\n\ndef checkout(request):\n    dispatch(send_receipt, 1)\n",
		"shop/urls.py":  "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	})
	if got := reachedBy(t, root, config.Default(root)); got != "" {
		t.Errorf("without hand-offs: reached by %q; dispatch only looks at the function", got)
	}
	cfg := config.Default(root)
	cfg.HandOffs = []string{"shop.queue.dispatch"}
	if got, want := reachedBy(t, root, cfg), "shop.views.checkout -> shop.jobs.send_receipt"; got != want {
		t.Errorf("with hand-offs: reached by %q, want %q", got, want)
	}
}

// reachedBy checks root with everyLeak, which must find one thing, and
// returns its request path ("" for none).
func reachedBy(t *testing.T, root string, cfg *config.Config) string {
	t.Helper()
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyLeak}, cfg, &stderr)
	if len(res.Findings)+res.Hidden != 1 {
		t.Fatalf("%d findings and %d hidden, want 1: %s", len(res.Findings), res.Hidden, stderr.String())
	}
	if len(res.Findings) == 0 || res.Findings[0].Reachability == nil {
		return ""
	}
	return strings.Join(res.Findings[0].Reachability.Names(), " -> ")
}

// A module with a __main__ block that no module imports is a script: its
// code runs in a process of its own, whatever its evidence.
func TestAScriptsFindingsAreLow(t *testing.T) {
	files := map[string]string{
		"tools/bulk.py": "class Creator:\n    def run(self):\n        leak(self)\n\n\n" +
			"def main():\n    Creator().run()\n\n\nif __name__ == \"__main__\":\n    main()\n",
		"tools/shared.py": "def helper():\n    leak()\n\n\ndef main():\n    pass\n\n\nif __name__ == \"__main__\":\n    main()\n",
		"tools/user.py":   "from tools.shared import helper\n",
	}
	got := strictLeaks(t, files)
	if want := []string{"`tools.bulk` is a script: it has an `if __name__ == \"__main__\":` block and no module of the tree imports it"}; !slices.Equal(got["bulk.py"].Lower, want) {
		t.Errorf("bulk.py: %q, want %q", got["bulk.py"].Lower, want)
	}
	if len(got["shared.py"].Lower) != 0 {
		t.Errorf("shared.py is imported: %q, want no reason", got["shared.py"].Lower)
	}
}

// A class whose only instance is built at import: its __init__ runs
// once, as the module is imported, whatever registry it fills. A class
// a view builds per request is another matter.
func TestCodeRunOnlyByImportsIsLow(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/crypto.py": "class Crypto:\n    def __init__(self, key):\n        leak(self)\n\n\n" +
			"crypto = Crypto(\"k\")\n",
		"shop/cart.py": "class Cart:\n    def __init__(self, request):\n        leak(request)\n\n\n" +
			"default = Cart(None)\n",
		"shop/views.py": "from shop.crypto import crypto\nfrom shop.cart import Cart\n\n\n" +
			"def checkout(request):\n    return crypto, Cart(request)\n",
		"shop/urls.py": "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	}
	got := strictLeaks(t, files)
	if f := got["crypto.py"]; !slices.Equal(f.Lower, []string{"`shop.crypto.Crypto.__init__` runs when `shop.crypto` is imported, and no request or task path calls it"}) {
		t.Errorf("crypto.py: %q", f.Lower)
	}
	if f := got["cart.py"]; f.Confidence != analysis.High || f.Reachability == nil {
		t.Errorf("cart.py: confidence %s, reachability %v; want high, reached from the view", f.Confidence, f.Reachability)
	}
}

// What only a module's `if __name__ == "__main__":` block runs, runs
// when the module is run as a script, not when it is imported: the
// reason says which.
func TestCodeRunOnlyByAMainBlockSaysScript(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/poller.py": "class Poller:\n    def __init__(self, config):\n        leak(config)\n\n\n" +
			"def start(config):\n    return Poller(config)\n\n\n" +
			"if __name__ == \"__main__\":\n    start({})\n",
		"shop/views.py": "from shop import poller\n\n\ndef checkout(request):\n    return poller\n",
		"shop/urls.py":  "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	}
	got := strictLeaks(t, files)
	want := "`shop.poller.Poller.__init__` runs when `shop.poller` is run as a script (its `if __name__ == \"__main__\":` block) (through `shop.poller.start`), and no request or task path calls it"
	if f := got["poller.py"]; !slices.Equal(f.Lower, []string{want}) {
		t.Errorf("poller.py: %q, want %q", f.Lower, want)
	}
}

// What a request and a task both reach is shown through the request,
// though the task's path is shorter: the request is what users share.
func TestAPathFromARequestIsShownOverATasks(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/sync.py":     "def push(order):\n    leak(order)\n",
		"shop/tasks.py": "from celery import shared_task\nfrom shop.sync import push\n\n\n" +
			"@shared_task\ndef nightly(order):\n    push(order)\n",
		"shop/views.py": "from shop.sync import push\n\n\ndef _save(order):\n    push(order)\n\n\n" +
			"def checkout(request):\n    _save(request.POST)\n",
		"shop/urls.py": "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	}
	f := strictLeaks(t, files)["sync.py"]
	if f.Reachability == nil || f.Reachability.Kind != "django-view" || f.Reachability.Path[0].Name != "shop.views.checkout" {
		t.Errorf("sync.py: reachability %+v, want from shop.views.checkout (django-view)", f.Reachability)
	}
}

// A registry's add, applied as a class decorator in the module body, runs
// at import: the class body that defines it with @staticmethod does not
// call it, nor does a test that calls it count.
func TestARegistryFilledByADecoratorIsLow(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/registry.py": "class Registry:\n    items = []\n\n    @staticmethod\n    def add(c):\n        leak(c)\n        return c\n\n\n" +
			"@Registry.add\nclass Card:\n    pass\n",
		"shop/views.py":          "from shop.registry import Registry\n\n\ndef checkout(request):\n    return Registry.items\n",
		"shop/urls.py":           "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
		"tests/test_registry.py": "from shop.registry import Registry\n\n\ndef test_add():\n    Registry.add(object)\n",
	}
	got := strictLeaks(t, files)
	if f := got["registry.py"]; !slices.Equal(f.Lower, []string{"`shop.registry.Registry.add` runs when `shop.registry` is imported, and no request or task path calls it"}) {
		t.Errorf("registry.py: %q", f.Lower)
	}
}

// Start-up code reached from a module body through constructors and an
// init_app (storage = Storage(app) -> Storage.__init__ -> init_app ->
// Backend(...)) runs once, at import, however many defs it goes through;
// a def a view also calls, however far down, is the view's.
func TestCodeRunOnlyThroughImportsIsLow(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/storage.py": "class Backend:\n    def __init__(self, config):\n        leak(config)\n\n\n" +
			"class Cache:\n    def __init__(self, config):\n        leak(config)\n\n\n" +
			"class Storage:\n    def __init__(self, app=None):\n        if app is not None:\n            self.init_app(app)\n\n" +
			"    def init_app(self, app):\n        self.backend = Backend(app)\n        self.cache = Cache(app)\n\n" +
			"    def refresh(self, request):\n        self.cache = Cache(request)\n",
		"shop/app.py":   "from shop.storage import Storage\n\napp = object()\nstorage = Storage(app)\n",
		"shop/views.py": "from shop.app import storage\n\n\ndef checkout(request):\n    storage.refresh(request)\n    return storage.backend\n",
		"shop/urls.py":  "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	}
	byLine := map[int]check.Finding{}
	for _, f := range runLeaks(t, files).Findings {
		byLine[f.Line] = f
	}
	want := "`shop.storage.Backend.__init__` runs when `shop.app` is imported (through `shop.storage.Storage.init_app`), and no request or task path calls it"
	if f := byLine[3]; !slices.Equal(f.Lower, []string{want}) {
		t.Errorf("Backend.__init__: %q, want %q", f.Lower, want)
	}
	if f := byLine[8]; f.Confidence != analysis.High || f.Reachability == nil {
		t.Errorf("Cache.__init__: confidence %s, reachability %v, lower %q; want high, reached from the view", f.Confidence, f.Reachability, f.Lower)
	}
}

// A def run at import and also handed to a library (a scheduler that
// calls it later, at any time) does not run only at import.
func TestCodeAlsoHandedToALibraryIsNotImportOnly(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/jobs.py":     "class Loader:\n    def __init__(self):\n        leak(self)\n\n\ndef refresh():\n    return Loader()\n",
		"shop/app.py":      "import schedule\n\nfrom shop.jobs import refresh\n\nrefresh()\nschedule.every(10).minutes.do(refresh)\n",
		"shop/views.py":    "def checkout(request):\n    return None\n",
		"shop/urls.py":     "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"c/\", views.checkout)]\n",
	}
	got := strictLeaks(t, files)
	f, ok := got["jobs.py"]
	if !ok || strings.Contains(strings.Join(f.Lower, "; "), "is imported") {
		t.Errorf("jobs.py: found %v, %q; want a finding with no import-time reason", ok, f.Lower)
	}
}

// runLeaks checks a tree of files with everyLeak in strict mode.
func runLeaks(t *testing.T, files map[string]string) check.Result {
	t.Helper()
	root := writeTree(t, files)
	cfg := config.Default(root)
	cfg.Strict = true
	return runClean(t, root, cfg, everyLeak)
}

// runClean checks root with analyzers under cfg (nil: the tree's own),
// and fails the test on a failed run or anything written to stderr.
func runClean(t *testing.T, root string, cfg *config.Config, analyzers ...*analysis.Analyzer) check.Result {
	t.Helper()
	var stderr bytes.Buffer
	res := check.Run([]string{root}, analyzers, cfg, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed %v: %s", res.Failed, stderr.String())
	}
	return res
}

// strictLeaks checks a tree of files with everyLeak in strict mode and
// returns its findings by file name (one per file in these tests).
func strictLeaks(t *testing.T, files map[string]string) map[string]check.Finding {
	t.Helper()
	out := map[string]check.Finding{}
	for _, f := range runLeaks(t, files).Findings {
		out[filepath.Base(f.Path)] = f
	}
	return out
}

// An overlay's bytes are checked, and the findings placed in them,
// instead of the file's own; the file is not read for it, nor written.
func TestRunOverlayChecksTheGivenBytes(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "x = 1\n", "b.py": "y = 2\n"})
	a := filepath.Join(root, "a.py")
	overlay := map[string][]byte{a: []byte("\n\nlonger_name = 1\n")}
	var stderr bytes.Buffer
	analyzers := []*analysis.Analyzer{everyName}
	res := check.RunOverlay([]string{root}, analyzers, analyzers, nil, overlay, &stderr)
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s:%d:%d %s", strings.TrimPrefix(f.Path, root), f.Line, f.Col, f.File.Src[f.Pos:f.End]))
	}
	want := []string{"/a.py:3:1 longer_name", "/b.py:1:1 y"}
	if !slices.Equal(got, want) || res.Failed || stderr.Len() > 0 {
		t.Errorf("findings %q, want %q; stderr %s", got, want, stderr.String())
	}
	if data, _ := os.ReadFile(a); string(data) != "x = 1\n" {
		t.Errorf("a.py is now %q", data)
	}
}

// A manage.py in a folder below the checked one, whose settings module
// is found from that folder (`src/manage.py` naming "core.settings", in
// `src/core/`), runs the project from there: its modules are named from
// it, as its settings and imports name them; so does one whose own
// imports are found from its folder. A manage.py whose settings are named
// from the checked folder (a tool's, inside its package) does not.
func TestAProjectRunFromAManagePyBelowIsNamedFromThere(t *testing.T) {
	root := writeTree(t, map[string]string{
		"src/__init__.py":      "",
		"src/manage.py":        "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"core.settings\")\n",
		"src/core/__init__.py": "",
		"src/core/settings.py": "ROOT_URLCONF = \"core.urls\"\n",
		"src/core/views.py":    "def home(request):\n    return None\n",
		"src/core/urls.py":     "from django.urls import path\nfrom core import views\n\nurlpatterns = [path(\"\", views.home)]\n",
		"tool/__init__.py":     "",
		"tool/app/__init__.py": "",
		"tool/app/manage.py":   "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"tool.app.settings\")\n",
		"tool/app/settings.py": "",
		// Settings made in code, and the script's own import found from
		// its folder.
		"site/__init__.py":         "",
		"site/manage.py":           "import os\n\nfrom boot import load_settings\n\nload_settings()\n",
		"site/boot.py":             "def load_settings():\n    pass\n",
		"site/journal/__init__.py": "",
		"site/journal/views.py":    "",
	})
	prog := modelWithModules(t, root, "core.views", "tool.app.settings", "journal.views", "boot")
	if kinds := entryKinds(prog, "core.views.home"); !slices.Contains(kinds, "django-view") {
		t.Errorf("core.views.home: entry kinds %v, want django-view", kinds)
	}
}

// modelWithModules models the tree at root, and fails the test unless
// it has each of the named modules.
func modelWithModules(t *testing.T, root string, names ...string) *semantic.Program {
	t.Helper()
	prog, _, _ := check.Model([]string{root}, nil, semantic.NoSummaries, io.Discard)
	for _, name := range names {
		if prog.Module(name) == nil {
			t.Fatalf("no module %s; modules %v", name, slices.Sorted(maps.Keys(prog.Modules)))
		}
	}
	return prog
}

// entryKinds returns the kinds of the entry points named name.
func entryKinds(prog *semantic.Program, name string) []string {
	var kinds []string
	for _, e := range semantic.FindEntryPoints(prog, check.EntryOptions(nil)) {
		if e.Name == name {
			kinds = append(kinds, e.Kind)
		}
	}
	return kinds
}

// A Django project with an __init__.py beside its manage.py runs from
// manage.py's directory: its modules import one another from there
// (`from main.celery import app`), and are named so, or its tasks and
// views are not found.
func TestAProjectRunFromManagePyIsNamedFromThere(t *testing.T) {
	root := writeTree(t, map[string]string{
		"__init__.py":      "",
		"manage.py":        "import sys\n",
		"main/__init__.py": "",
		"main/celery.py":   "from celery import Celery\n\napp = Celery(\"main\")\n",
		"main/tasks.py":    "from main.celery import app\n\n\n@app.task\ndef sync_orders():\n    pass\n",
	})
	prog := modelWithModules(t, root, "main.tasks")
	if kinds := entryKinds(prog, "main.tasks.sync_orders"); !slices.Contains(kinds, "celery-task") {
		t.Errorf("main.tasks.sync_orders: entry kinds %v, want celery-task", kinds)
	}
}

// A management command that inherits its handle from a base command of
// the tree (a CSV importer's) is a program too: its own methods run in
// its process, as those of a command with a handle of its own do; also
// for a finding on a method's decorator, in the class's body.
func TestACommandThatInheritsItsHandleRunsInAProcessOfItsOwn(t *testing.T) {
	root := writeTree(t, map[string]string{
		"shop/__init__.py":            "",
		"shop/management/__init__.py": "",
		"shop/management/base.py": "from django.core.management.base import BaseCommand\n\n\n" +
			"class CSVCommand(BaseCommand):\n    def handle(self, *args, **options):\n        self.process_row({})\n",
		"shop/management/commands/__init__.py": "",
		"shop/management/commands/fix_sectors.py": "from functools import lru_cache\n\nfrom shop.management.base import CSVCommand\n\n\n" +
			"class Command(CSVCommand):\n    @lru_cache(maxsize=None)\n    def get_sector(self, pk):\n        return pk\n\n" +
			"    def process_row(self, row):\n        self.get_sector(row.get(\"sector\"))\n",
		"shop/management/commands/own.py": "from functools import lru_cache\n\nfrom django.core.management.base import BaseCommand\n\n\n" +
			"class Command(BaseCommand):\n    @lru_cache(maxsize=None)\n    def lookup(self, pk):\n        return pk\n\n" +
			"    def handle(self, *args, **options):\n        self.lookup(1)\n",
		"shop/views.py": "from django.http import HttpResponse\n\n\ndef index(request):\n    return HttpResponse(\"ok\")\n",
		"shop/urls.py":  "from django.urls import path\n\nfrom shop import views\n\nurlpatterns = [path(\"\", views.index)]\n",
	})
	res := runStrict(t, root, rules.MethodCacheSharedAcrossInstances)
	for text, want := range map[string]string{
		"`Command.get_sector`": "`shop.management.commands.fix_sectors.Command` runs in a process of its own (django-command)",
		"`Command.lookup`":     "`shop.management.commands.own.Command` runs in a process of its own (django-command)",
	} {
		for _, f := range findingsWith(t, res, text) {
			if f.Confidence != analysis.Low || !slices.Contains(f.Lower, want) {
				t.Errorf("%s, a command's own method: %s %q, want low %q", text, f.Confidence, f.Lower, want)
			}
		}
	}
}

// A folder with no __init__.py whose files import one another by their
// bare names runs from there (a service started in it, `uvicorn
// main:app`): its modules are named from it, so that its routes reach
// its helpers. A test folder keeps its name, and so does a folder with
// a file named as a library (`redis.py`), which would otherwise stand
// for that library everywhere in the tree, and a folder inside a
// package, which is a part of it (its `import frida` is the library's).
func TestAFolderWhoseFilesImportOneAnotherIsNamedFromThere(t *testing.T) {
	root := writeTree(t, map[string]string{
		"server/main.py": "from fastapi import FastAPI\nfrom server_state import update_config\n\napp = FastAPI()\n\n\n" +
			"@app.post(\"/configure\")\ndef configure(body: dict):\n    update_config(body)\n",
		"server/server_state.py": "_config = None\n\n\ndef update_config(body):\n    global _config\n    _config = body\n\n\n" +
			"def current():\n    return _config\n",
		"tests/helpers.py":         "def make():\n    return 1\n",
		"tests/test_main.py":       "from helpers import make\n",
		"cache/redis.py":           "X = 1\n",
		"cache/use.py":             "from redis import X\n",
		"pkg/__init__.py":          "",
		"pkg/device/frida.py":      "import frida\n",
		"pkg/device/instrument.py": "import frida\n",
		"plain/orphan.py":          "import os\n",
		"plain/other.py":           "import json\n",
	})
	prog := modelWithModules(t, root, "main", "server_state", "tests.helpers", "cache.redis", "plain.orphan", "pkg.device.frida")
	// Checked as "." from inside the tree, as pre-commit and CI do.
	t.Chdir(root)
	modelWithModules(t, ".", "main", "server_state", "tests.helpers", "cache.redis", "plain.orphan", "pkg.device.frida")
	if kinds := entryKinds(prog, "main.configure"); !slices.Contains(kinds, "fastapi-route") {
		t.Errorf("main.configure: entry kinds %v, want fastapi-route", kinds)
	}
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.ModuleStateMutatedPerCall}, config.Default(root), &stderr)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil {
		t.Fatalf("findings %+v, want the rebound global reached from the route", res.Findings)
	}
}

// A field's default of an attrs class is one object for every instance,
// wherever they are used: no request path leads to a class body, and
// none is asked of it.
func TestAFieldsSharedDefaultIsNotLoweredForWantOfAPath(t *testing.T) {
	root := writeTree(t, map[string]string{
		"ids/__init__.py": "",
		"ids/models.py": "import attr\n\n\n@attr.s(auto_attribs=True)\nclass Association:\n" +
			"    medium: str\n    extra_fields: dict = {}\n",
		"ids/views.py": "from flask import Flask\nfrom ids.models import Association\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/bind\")\ndef bind():\n    a = Association(\"email\")\n    a.extra_fields[\"invites\"] = []\n    return \"\"\n",
	})
	res := runClean(t, root, nil, rules.MutableDefaultArgument)
	if len(res.Findings) != 1 || res.Hidden != 0 {
		t.Fatalf("findings %v, hidden %d; want the field's default, shown", res.Findings, res.Hidden)
	}
	if f := res.Findings[0]; filepath.Base(f.Path) != "models.py" || len(f.Lower) > 0 {
		t.Errorf("%s:%d lowered because %q", f.Path, f.Line, f.Lower)
	}
}

// An extension's init_app that an app factory calls sets the class's
// settings once per process, though another init_app, on a receiver of
// no known class, is called in a helper of the factory's (ppr's
// setup_jwt_manager(app, jwt): jwt_manager.init_app(app)) and in a
// test: no request or task path reaches either.
func TestInitAppOnlyAFactoryAndItsHelpersCallIsLow(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "from flask import Flask\n\nfrom app.storage import storage_service\n\n\n" +
			"def create_app():\n    app = Flask(__name__)\n    storage_service.init_app(app)\n    setup_jwt(app, object())\n\n" +
			"    @app.route(\"/\")\n    def index():\n        return \"\"\n\n    return app\n\n\n" +
			"def setup_jwt(app, jwt_manager):\n    jwt_manager.init_app(app)\n",
		"app/storage.py": "class StorageService:\n    BUCKET = None\n\n    @staticmethod\n    def init_app(app):\n" +
			"        StorageService.BUCKET = app.config.get(\"BUCKET\")\n\n\nstorage_service = StorageService()\n",
		"tests/test_storage.py": "def test_init(service, app):\n    service.init_app(app)\n",
	})
	cfg := config.Default(root)
	cfg.Strict = true
	res := runClean(t, root, cfg, rules.ClassAttributeWrittenFromMethod)
	if len(res.Findings) != 1 {
		t.Fatalf("%d findings, want the init_app one", len(res.Findings))
	}
	if f := res.Findings[0]; f.Confidence != analysis.Low || !strings.Contains(strings.Join(f.Lower, "; "), "only start-up code reaches `app.storage.StorageService.init_app` (from `app.create_app`") {
		t.Errorf("init_app: confidence %s, %q; want low, reached from the factory only", f.Confidence, f.Lower)
	}
}

// What only the serving process's start-up calls (a main that starts
// the server, and the methods it calls directly) runs once, whatever
// evidence the rule has: Kapowarr's main sets the server's URL base on
// its class. A request that calls it too keeps it shown.
func TestCodeOnlyStartUpCallsIsLow(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/server.py": "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n" +
			"class Server:\n    url_base = \"\"\n\n    def run(self, url_base):\n        self.__class__.url_base = url_base\n\n" +
			"    def restart(self, kind):\n        self.__class__.kind = kind\n\n" +
			"    def relaunch(self, mode):\n        self.__class__.mode = mode\n\n\n" +
			"def create_app():\n    factory_app = Flask(__name__)\n\n" +
			"    @factory_app.route(\"/relaunch\")\n    def relaunch_view():\n        Server().relaunch(request.args[\"mode\"])\n        return \"\"\n\n" +
			"    return factory_app\n\n\n" +
			"@app.route(\"/restart\")\ndef restart_view():\n    Server().restart(request.args[\"kind\"])\n    return \"\"\n",
		"Kapowarr.py": "from app.server import Server\n\n\n" +
			"def _main():\n    s = Server()\n    s.restart(\"boot\")\n    s.run(\"/kapowarr\")\n\n\n" +
			"if __name__ == \"__main__\":\n    _main()\n",
	})
	cfg := config.Default(root)
	cfg.Strict = true
	res := runClean(t, root, cfg, rules.ClassAttributeWrittenFromMethod)
	got := map[int]check.Finding{}
	for _, f := range res.Findings {
		got[f.Line] = f
	}
	if f := got[10]; f.Confidence != analysis.Low || len(f.Lower) != 1 || !strings.Contains(f.Lower[0], "only start-up code reaches `app.server.Server.run`") {
		t.Errorf("run: confidence %s, %q; want low, reached from main only", f.Confidence, f.Lower)
	}
	if f, ok := got[13]; !ok || f.Confidence == analysis.Low {
		t.Errorf("restart: low %q; a request calls it too", f.Lower)
	}
	// The route an app factory defines runs per request, not with the
	// factory.
	if f, ok := got[16]; !ok || f.Confidence == analysis.Low {
		t.Errorf("relaunch: low %q; a route the factory defines calls it", f.Lower)
	}
}

// A property's getter, setter and deleter share their name: a request
// that reads the property runs the getter only.
func TestReadingAPropertyReachesItsGetterOnly(t *testing.T) {
	res := runLeaks(t, map[string]string{
		"views.py": "from flask import Flask\nfrom state import config\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/\")\ndef view():\n    return str(config.logs)\n",
		"state.py": "class Config:\n    @property\n    def logs(self):\n        leak()\n        return 1\n\n" +
			"    @logs.setter\n    def logs(self, value):\n        leak()\n\n" +
			"    @logs.deleter\n    def logs(self):\n        leak()\n\n\nconfig = Config()\n",
	})
	reached := map[int]bool{}
	for _, f := range res.Findings {
		if filepath.Base(f.Path) == "state.py" {
			reached[f.Line] = f.Reachability != nil
		}
	}
	if want := map[int]bool{4: true, 9: false, 13: false}; !maps.Equal(reached, want) {
		t.Errorf("reached by line %v, want %v", reached, want)
	}
}

// A package that is a project of its own (a pyproject.toml beside its
// __init__.py, in a repository of several) runs from its folder: its
// files' bare imports of its parts are of those parts (unstract's workers
// import `queue_backend`, not `workers.queue_backend`). Its modules keep
// their names, so that another project's parts of the same names stay
// apart; a package without a project file is imported by its full name.
func TestAProjectPackagesBareImportsAreOfItsParts(t *testing.T) {
	root := writeTree(t, map[string]string{
		"workers/__init__.py":               "",
		"workers/pyproject.toml":            "[project]\nname = \"workers\"\n",
		"workers/queue_backend/__init__.py": "from celery import shared_task as worker_task\n",
		"workers/plugins/__init__.py":       "def get_plugin(name):\n    return name\n",
		"workers/tasks/__init__.py":         "",
		"workers/tasks/files.py": "import queue_backend\nfrom queue_backend import worker_task\n\n\n" +
			"@worker_task\ndef process(f):\n    return f\n\n\n@queue_backend.worker_task\ndef other(f):\n    return f\n",
		"backend/manage.py":           "import os\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"conf.settings\")\n",
		"backend/conf/__init__.py":    "",
		"backend/conf/settings.py":    "X = 1\n",
		"backend/plugins/__init__.py": "def get_plugin(name):\n    return None\n",
		"backend/views.py":            "from plugins import get_plugin\n",
		"legacy/__init__.py":          "",
		"legacy/queue_backend.py":     "def worker_task(f):\n    return f\n",
		"legacy/main.py":              "from queue_backend import worker_task\n\n\n@worker_task\ndef job():\n    pass\n",
	})
	prog := modelWithModules(t, root, "workers.tasks.files", "workers.queue_backend", "plugins", "views", "legacy.main")
	for _, name := range []string{"workers.tasks.files.process", "workers.tasks.files.other"} {
		if kinds := entryKinds(prog, name); !slices.Contains(kinds, "celery-task") {
			t.Errorf("%s: entry kinds %v, want celery-task", name, kinds)
		}
	}
	if got := prog.ResolvePath(prog.Module("views"), "get_plugin"); got != "plugins.get_plugin" {
		t.Errorf("the backend's get_plugin resolves to %s", got)
	}
	if got := prog.ResolvePath(prog.Module("legacy.main"), "worker_task"); got != "queue_backend.worker_task" {
		t.Errorf("a package's bare import, with no project file: %s", got)
	}
}

// A project package's part named as a library the tables know (an
// open library's routes in openlibrary/fastapi, beside its setup.py) is
// no part its bare imports find: code run from the folder could not
// import the library then, and the package's own modules do
// (`from fastapi import APIRouter`).
func TestAProjectPackagesPartNamedAsALibraryIsNotItsBareImport(t *testing.T) {
	root := writeTree(t, map[string]string{
		"openlibrary/__init__.py":         "",
		"openlibrary/setup.py":            "from setuptools import setup\n\nsetup(name=\"openlibrary\")\n",
		"openlibrary/fastapi/__init__.py": "",
		"openlibrary/fastapi/books.py": "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n" +
			"@router.get(\"/books\")\ndef books():\n    return []\n",
		"openlibrary/asgi_app.py": "from fastapi import FastAPI\n\nfrom openlibrary.fastapi.books import router\n\n" +
			"app = FastAPI()\napp.include_router(router)\n",
	})
	prog := modelWithModules(t, root, "openlibrary.fastapi.books", "openlibrary.asgi_app")
	if kinds := entryKinds(prog, "openlibrary.fastapi.books.books"); len(kinds) == 0 {
		t.Errorf("openlibrary.fastapi.books.books: no entry kinds, want a FastAPI route")
	}
}

// A folder its files' imports show they run from is where every file
// in it runs from: a module there that imports its siblings one name
// deep (`import db` beside db.py), which alone is no evidence, imports
// them too, as bypass-otf_proxy's Flask app's helpers do.
func TestAFolderRunFromIsItsOwnFilesRootToo(t *testing.T) {
	files := map[string]string{
		"svc/__init__.py":         "",
		"svc/web/app/__init__.py": "",
		"svc/web/app/models.py":   "class Item:\n    pass\n",
		"svc/web/app/routes.py": "from flask import Flask\n\nfrom app.models import Item\nimport repo\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/x\")\ndef x():\n    return repo.remove(Item())\n",
		"svc/web/repo.py": "import db\n\n\ndef remove(item):\n    return db.inactive(item)\n",
		"svc/web/db.py":   "def inactive(item):\n    leak()\n",
	}
	got := requestPaths(runLeaks(t, files).Findings)
	want := map[string]string{"db.py:2": "flask-route svc.web.app.routes.x: svc.web.app.routes.x@routes.py:10:1 -> svc.web.repo.remove@repo.py:4:1 -> svc.web.db.inactive@db.py:1:1"}
	if !maps.Equal(got, want) {
		t.Errorf("request paths %v, want %v", got, want)
	}
}

// A folder whose files import its parts by their bare names, two names
// deep (`from services.document_service import ...` in
// lambdas/handlers/upload.py, beside lambdas/services/), is run from
// there, as a function deployed with lambdas/ as its root is: every bare
// import of its parts in such a file is of those parts; of the folders
// above it, the one where most are found; else a folder beside one of
// them where all are (a layer of shared code, src/layers beside
// src/api/<function>). A file whose imports name no
// module found so (`import logging` beside a package's own logging.py)
// imports the library.
func TestAFolderItsFilesImportFromIsRunFrom(t *testing.T) {
	root := writeTree(t, map[string]string{
		"lambdas/__init__.py":                  "",
		"lambdas/handlers/__init__.py":         "",
		"lambdas/handlers/upload.py":           "from services.document_service import DocumentService\nfrom utils import audit\n\n\ndef lambda_handler(event, context):\n    audit(event)\n    return DocumentService().save(event)\n",
		"lambdas/services/__init__.py":         "",
		"lambdas/services/document_service.py": "class DocumentService:\n    def save(self, event):\n        return event\n",
		"lambdas/utils/__init__.py":            "def audit(event):\n    return event\n",
		"web/__init__.py":                      "",
		"web/logging.py":                       "def getLogger(name):\n    return name\n",
		"web/views.py":                         "import logging\n\nlog = logging.getLogger(__name__)\n",
		// ee/onyx mirrors part of onyx: the folder run from is backend,
		// where all of sync.py's imports are found.
		"backend/onyx/__init__.py":            "",
		"backend/onyx/access/__init__.py":     "",
		"backend/onyx/access/models.py":       "class Access:\n    pass\n",
		"backend/onyx/connectors/__init__.py": "",
		"backend/onyx/connectors/box.py":      "class BoxConnector:\n    pass\n",
		"backend/ee/__init__.py":              "",
		"backend/ee/onyx/__init__.py":         "",
		"backend/ee/onyx/access/__init__.py":  "",
		"backend/ee/onyx/access/models.py":    "class Access:\n    pass\n",
		"backend/ee/onyx/sync.py":             "from onyx.access.models import Access\nfrom onyx.connectors.box import BoxConnector\nfrom ee.onyx.access.models import Access as EEAccess\n",
		// A layer of shared code beside the functions, deployed with each.
		"src/layers/event/__init__.py":                "",
		"src/layers/event/aws/client.py":              "def dynamodb_client():\n    return None\n",
		"src/layers/api_utils/step_chain/__init__.py": "def execute(event):\n    return event\n",
		"src/api/readThing/index.py":                  "from api_utils.step_chain import execute\nfrom event.aws.client import dynamodb_client\n",
	})
	prog := modelWithModules(t, root, "lambdas.handlers.upload", "lambdas.services.document_service", "web.views", "backend.ee.onyx.sync", "api.readThing.index")
	if got := prog.ResolvePath(prog.Module("api.readThing.index"), "execute"); got != "layers.api_utils.step_chain.execute" {
		t.Errorf("a layer beside the function: execute resolves to %s", got)
	}
	if got := prog.ResolvePath(prog.Module("backend.ee.onyx.sync"), "BoxConnector"); got != "backend.onyx.connectors.box.BoxConnector" {
		t.Errorf("a folder that mirrors another's layout: BoxConnector resolves to %s", got)
	}
	upload := prog.Module("lambdas.handlers.upload")
	for name, want := range map[string]string{
		"DocumentService": "lambdas.services.document_service.DocumentService",
		"audit":           "lambdas.utils.audit",
	} {
		if got := prog.ResolvePath(upload, name); got != want {
			t.Errorf("%s resolves to %s, want %s", name, got, want)
		}
	}
	if got := prog.ResolvePath(prog.Module("web.views"), "logging.getLogger"); got != "logging.getLogger" {
		t.Errorf("a bare import with no evidence of the folder: %s", got)
	}
}

// Two projects of one repository, each run from its own folder (a
// manage.py, its settings module given by the environment), may have a
// top-level package of the same name: each project's bare imports are
// of its own (trade-access-program's `backoffice/web` and
// `frontend/web`), and its request paths go through them.
func TestProjectsRunFromTheirFoldersImportTheirOwnPackages(t *testing.T) {
	files := map[string]string{}
	for _, project := range []string{"backoffice", "frontend"} {
		files[project+"/manage.py"] = "import sys\n\n\ndef main():\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n"
		files[project+"/config/__init__.py"] = ""
		files[project+"/config/settings.py"] = "INSTALLED_APPS = [\"web.core\"]\n"
		files[project+"/web/__init__.py"] = ""
		files[project+"/web/core/__init__.py"] = ""
		files[project+"/web/core/client.py"] = "def fetch(request):\n    leak(request)\n"
		files[project+"/web/core/urls.py"] = "from django.urls import path\n\nfrom web.core.views import show\n\nurlpatterns = [path(\"\", show)]\n"
		files[project+"/web/core/views.py"] = "from web.core import client\n\n\ndef show(request):\n    return client.fetch(request)\n"
	}
	root := writeTree(t, files)
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{everyLeak}, nil, &stderr)
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed: %s", stderr.String())
	}
	got := map[string]string{}
	for _, f := range res.Findings {
		project, _, _ := strings.Cut(strings.TrimPrefix(f.Path, root+string(filepath.Separator)), string(filepath.Separator))
		got[project] = requestPaths([]check.Finding{f})["client.py:2"]
	}
	for _, project := range []string{"backoffice", "frontend"} {
		want := "django-view " + project + ".web.core.views.show: " + project + ".web.core.views.show@views.py:4:1 -> " + project + ".web.core.client.fetch@client.py:1:1"
		if got[project] != want {
			t.Errorf("%s: request path\n got %s\nwant %s", project, got[project], want)
		}
	}
}

// What a def runs only while a parameter is unset, every call of it
// passing one, never runs; what it runs only while one is set runs
// where a call passes it: the request path is through such a call, and
// none when only start-up code makes one.
func TestCodeUnderATestOfAParameterRunsAsItsCallersPass(t *testing.T) {
	res := runLeaks(t, map[string]string{
		"app.py": "from flask import Flask, request\n\nfrom helpers import build, configure, log\n\napp = Flask(__name__)\n\n\n" +
			"def create_app():\n    configure(app)\n    return app\n\n\n" +
			"@app.route(\"/\")\ndef index():\n    configure()\n    build(request.args[\"engine\"])\n    log(request.args)\n    return \"\"\n",
		"helpers.py": "def configure(app=None):\n    if app:\n        leak()\n\n\n" +
			"def build(engine=None):\n    if engine is None:\n        leak()\n\n\n" +
			"def log(data=None):\n    if data:\n        leak()\n",
	})
	reached := map[int]bool{}
	for _, f := range res.Findings {
		if filepath.Base(f.Path) == "helpers.py" {
			reached[f.Line] = f.Reachability != nil && len(f.Lower) == 0
		}
	}
	if want := map[int]bool{3: false, 8: false, 13: true}; !maps.Equal(reached, want) {
		t.Errorf("shown with a request path, by line: %v, want %v", reached, want)
	}
}

// A def called only in an arm that runs in development or tests (`if
// settings.DJANGO_ENV == "test":`) is on no request path of the deployed
// service; called outside one too, it is.
func TestACallInADevelopmentArmIsNoRequestPath(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/urls.py":     "from django.urls import path\n\nfrom app import views\n\nurlpatterns = [path(\"\", views.index)]\n",
		"app/views.py": "from django.conf import settings\n\nfrom app.cache import fixture, shared\n\n\n" +
			"def index(request):\n    if settings.DJANGO_ENV == \"test\":\n        fixture(request)\n    if not settings.DEBUG:\n        return shared(request)\n    return shared(request)\n",
		"app/cache.py": "def fixture(request):\n    leak(request)\n\n\ndef shared(request):\n    leak(request)\n",
	})
	cfg := config.Default(root)
	cfg.Strict = true
	got := leakPaths(t, root, cfg)
	want := map[string]string{
		"cache.py:2": "unreached",
		"cache.py:6": "django-view app.views.index: app.views.index@views.py:6:1 -> app.cache.shared@cache.py:5:1",
	}
	if !maps.Equal(got, want) {
		t.Errorf("request paths:\n got %v\nwant %v", got, want)
	}
}

// A def of a serverless handler's form that the tree's handler calls
// through a dict on the HTTP method is its helper: the request path of
// what it does starts at the handler the platform calls.
func TestAHandlersHelperOfItsFormIsNoEntryPoint(t *testing.T) {
	res := runLeaks(t, map[string]string{
		"fn/__init__.py": "",
		"fn/handler.py": "def create_job(event, context):\n    leak(event)\n\n\n" +
			"def get_job(event, context):\n    return event\n\n\n" +
			"def lambda_handler(event, context):\n    return {\"POST\": create_job, \"GET\": get_job}[event[\"httpMethod\"]](event, context)\n",
	})
	got := requestPaths(res.Findings)["handler.py:2"]
	if want := "serverless-handler fn.handler.lambda_handler: fn.handler.lambda_handler@handler.py:9:1 -> fn.handler.create_job@handler.py:1:1"; got != want {
		t.Errorf("request path\n got %s\nwant %s", got, want)
	}
}

// A decorator that wraps more defs than a cell of the graph holds still
// runs each through its wrapper: a request path reaches the def a view
// calls on a dependency whose class has an __init__ (an entry point of
// its own that runs the class's module first), however often the
// wrapper ran before its variable grew past the bound (lcfs's
// @service_handler wraps some 280 methods).
func TestARequestPathGoesThroughAWrapperOfManyDefs(t *testing.T) {
	res := runLeaks(t, map[string]string{
		"deco.py": "from functools import wraps\n\n\ndef handled(func):\n    @wraps(func)\n" +
			"    async def wrapper(*args, **kwargs):\n        return await func(*args, **kwargs)\n    return wrapper\n",
		"svc.py": "from deco import handled\n\n\nclass Holder:\n    def set_p(self, p):\n        leak(p)\n\n\nholder = Holder()\n\n\n" +
			"class Svc:\n    def __init__(self, holder=None):\n        self.holder = holder\n\n" +
			"    @handled\n    async def calc(self, rid):\n        holder.set_p(rid)\n" +
			"\n    @handled\n    async def other0(self, x):\n        return x\n" +
			"\n    @handled\n    async def other1(self, x):\n        return x\n" +
			"\n    @handled\n    async def other2(self, x):\n        return x\n" +
			"\n    @handled\n    async def other3(self, x):\n        return x\n" +
			"\n    @handled\n    async def other4(self, x):\n        return x\n" +
			"\n    @handled\n    async def other5(self, x):\n        return x\n" +
			"\n    @handled\n    async def other6(self, x):\n        return x\n" +
			"\n    @handled\n    async def other7(self, x):\n        return x\n" +
			"\n    @handled\n    async def other8(self, x):\n        return x\n" +
			"\n    @handled\n    async def other9(self, x):\n        return x\n" +
			"\n    @handled\n    async def other10(self, x):\n        return x\n" +
			"\n    @handled\n    async def other11(self, x):\n        return x\n" +
			"\n    @handled\n    async def other12(self, x):\n        return x\n" +
			"\n    @handled\n    async def other13(self, x):\n        return x\n" +
			"\n    @handled\n    async def other14(self, x):\n        return x\n" +
			"\n    @handled\n    async def other15(self, x):\n        return x\n" +
			"\n    @handled\n    async def other16(self, x):\n        return x\n" +
			"\n    @handled\n    async def other17(self, x):\n        return x\n" +
			"\n    @handled\n    async def other18(self, x):\n        return x\n" +
			"\n    @handled\n    async def other19(self, x):\n        return x\n" +
			"\n    @handled\n    async def other20(self, x):\n        return x\n" +
			"\n    @handled\n    async def other21(self, x):\n        return x\n" +
			"\n    @handled\n    async def other22(self, x):\n        return x\n" +
			"\n    @handled\n    async def other23(self, x):\n        return x\n" +
			"\n    @handled\n    async def other24(self, x):\n        return x\n" +
			"\n    @handled\n    async def other25(self, x):\n        return x\n" +
			"\n    @handled\n    async def other26(self, x):\n        return x\n" +
			"\n    @handled\n    async def other27(self, x):\n        return x\n" +
			"\n    @handled\n    async def other28(self, x):\n        return x\n" +
			"\n    @handled\n    async def other29(self, x):\n        return x\n" +
			"\n    @handled\n    async def other30(self, x):\n        return x\n" +
			"\n    @handled\n    async def other31(self, x):\n        return x\n" +
			"\n    @handled\n    async def other32(self, x):\n        return x\n" +
			"\n    @handled\n    async def other33(self, x):\n        return x\n" +
			"\n    @handled\n    async def other34(self, x):\n        return x\n" +
			"\n    @handled\n    async def other35(self, x):\n        return x\n" +
			"\n    @handled\n    async def other36(self, x):\n        return x\n" +
			"\n    @handled\n    async def other37(self, x):\n        return x\n" +
			"\n    @handled\n    async def other38(self, x):\n        return x\n" +
			"\n    @handled\n    async def other39(self, x):\n        return x\n",
		"views.py": "from fastapi import APIRouter, Depends\nfrom svc import Svc\n\nrouter = APIRouter()\n\n\n" +
			"@router.get(\"/a\")\nasync def a(rid: int, s: Svc = Depends()):\n    return await s.calc(rid)\n",
	})
	got := requestPaths(res.Findings)["svc.py:6"]
	if !strings.HasPrefix(got, "fastapi-route views.a: ") || !strings.Contains(got, "svc.Svc.calc@") {
		t.Errorf("request path %q, want from views.a to svc.Svc.calc", got)
	}
}

// Two services in one repository, each run from its own folder, with a
// package of the same name (foi-flow's request-management-api and
// historical-search-api both hold request_api): each one's modules and
// imports are its own. The search service's def that no route of its own
// calls is on no request path, though the other service's route calls a
// def of the same name in a module of the same name.
func TestTwoServicesWithAPackageOfOneNameKeepTheirOwnModules(t *testing.T) {
	app := func(route string) string {
		return "from flask import Flask\nfrom request_api.services import work\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/" + route + "\")\ndef " + route + "():\n    return work()\n"
	}
	res := runLeaks(t, map[string]string{
		"management/manage.py":               "from request_api.views import app\n\napp.run()\n",
		"management/request_api/__init__.py": "",
		"management/request_api/views.py":    app("manage"),
		"management/request_api/services.py": "def work():\n    return 1\n\n\ndef audit():\n    leak()\n",
		"history/manage.py":                  "from request_api import app\n\napp.run()\n",
		"history/request_api/__init__.py":    "from flask import Flask\n\napp = Flask(__name__)\n",
		"history/request_api/services.py":    "def work():\n    leak()\n",
	})
	got := map[string]string{}
	for _, f := range res.Findings {
		rel := filepath.Base(filepath.Dir(filepath.Dir(f.Path))) + "/" + filepath.Base(f.Path) + ":" + fmt.Sprint(f.Line)
		path := "unreached"
		if f.Reachability != nil {
			path = f.Reachability.Entry()
		}
		got[rel] = path
	}
	want := map[string]string{
		"management/services.py:6": "unreached",
		"history/services.py:2":    "unreached",
	}
	if !maps.Equal(got, want) {
		t.Errorf("request paths:\n got %v\nwant %v", got, want)
	}
}

// Two Django services with a package of one name (archivematica's
// dashboard and its MCP server): what a service's settings name by
// dotted path (MIDDLEWARE) is its own module, as its imports are.
func TestTwoServicesSettingsNameTheirOwnModules(t *testing.T) {
	service := func(dir string) map[string]string {
		return map[string]string{
			dir + "/__init__.py":            "",
			dir + "/manage.py":              "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"settings\")\n",
			dir + "/settings.py":            "MIDDLEWARE = [\"middleware.track.TrackMiddleware\"]\nROOT_URLCONF = \"urls\"\n",
			dir + "/middleware/__init__.py": "",
			dir + "/urls.py":                "from django.urls import path\nfrom views import index\n\nurlpatterns = [path(\"\", index)]\n",
			dir + "/views.py":               "def index(request):\n    return request\n",
		}
	}
	files := service("dashboard/src")
	files["dashboard/src/middleware/track.py"] = "from django.utils.deprecation import MiddlewareMixin\n\n\n" +
		"class TrackMiddleware(MiddlewareMixin):\n    def process_request(self, request):\n        leak(request)\n"
	maps.Copy(files, service("server/src"))
	files["server/src/middleware/track.py"] = "class TrackMiddleware:\n    pass\n"
	res := runLeaks(t, files)
	if len(res.Findings) != 1 {
		t.Fatalf("%d findings, want the dashboard middleware's one", len(res.Findings))
	}
	if f := res.Findings[0]; f.Reachability == nil || f.Reachability.Kind != "django-middleware" {
		t.Errorf("%s:%d: reachability %+v, want from the dashboard's middleware", f.Path, f.Line, f.Reachability)
	}
}

// The same with each service's code under a src folder of its own
// (queue-management's feedback-api/src/api and notifications-api/src/api).
func TestTwoServicesWithSrcFoldersOfOnePackageKeepTheirOwnModules(t *testing.T) {
	res := runLeaks(t, map[string]string{
		"notify/src/api/__init__.py": "",
		"notify/src/api/views.py": "from flask import Flask\nfrom api.services import work\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/n\")\ndef notify():\n    return work()\n",
		"notify/src/api/services.py":   "def work():\n    return 1\n",
		"feedback/src/api/__init__.py": "",
		"feedback/src/api/services.py": "def work():\n    leak()\n",
	})
	for _, f := range res.Findings {
		if f.Reachability != nil {
			t.Errorf("%s:%d reached from %s, want no request path", f.Path, f.Line, f.Reachability.Entry())
		}
	}
	if len(res.Findings) != 1 {
		t.Errorf("%d findings, want the feedback service's one", len(res.Findings))
	}
}
