package check_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A def that returns the client it builds, and its callers in another
// file: the request paths read the callers' calls again.
var returnedClientTree = map[string]string{
	"api/__init__.py": "",
	"api/clients.py":  "import httpx\n\n\ndef client(url):\n    return httpx.Client(base_url=url)\n",
	"api/views.py": "from fastapi import FastAPI\n\nfrom api.clients import client\n\napp = FastAPI()\n\n\n" +
		"@app.get(\"/a\")\ndef a(url: str):\n    with client(url) as c:\n        return c.get(\"/\")\n",
}

// Every caller closing the client with a `with` statement lowers the
// finding, as one written in the with statement is; a caller that stops
// closing it, in the editor before the file is saved, makes it a
// finding again, in the workspace as in a run over the edited sources.
func TestReturnedClientIsJudgedByItsCallersInARunAndInTheWorkspace(t *testing.T) {
	root := writeTree(t, returnedClientTree)
	cfg := config.Default(root)
	cfg.Strict = true
	all := rules.All()
	ct301 := []*analysis.Analyzer{rules.ClientFactoryPerCall}
	confidence := func(res check.Result) string {
		t.Helper()
		if len(res.Findings) != 1 {
			t.Fatalf("want one CT301 finding, got %d:\n%s", len(res.Findings), render(res))
		}
		return res.Findings[0].Confidence.String()
	}
	var stderr bytes.Buffer
	if got := confidence(check.Run([]string{root}, ct301, cfg, &stderr)); got != "low" {
		t.Errorf("every caller closes it: confidence %s, want low", got)
	}
	w := check.NewWorkspace([]string{root}, ct301, all, cfg, nil, &stderr)
	if got := confidence(w.Result()); got != "low" {
		t.Errorf("workspace: every caller closes it: confidence %s, want low", got)
	}
	views := filepath.Join(root, "api/views.py")
	edited := []byte(returnedClientTree["api/views.py"][:len(returnedClientTree["api/views.py"])-len("    with client(url) as c:\n        return c.get(\"/\")\n")] +
		"    return client(url).get(\"/\")\n")
	overlay := map[string][]byte{views: edited}
	if got := confidence(check.RunOverlay([]string{root}, ct301, all, cfg, overlay, &stderr)); got != "high" {
		t.Errorf("a caller keeps it open: confidence %s, want high", got)
	}
	w.Update(views, edited)
	if got := confidence(w.Result()); got != "high" {
		t.Errorf("workspace, after the edit: a caller keeps it open: confidence %s, want high", got)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// A client returned through a local, set up before it is returned, is
// the callers' as one returned at once is: every caller closing it
// lowers the finding (python-discord's github_client).
func TestAClientReturnedThroughALocalIsJudgedByItsCallers(t *testing.T) {
	tree := map[string]string{}
	for name, src := range returnedClientTree {
		tree[name] = src
	}
	tree["api/clients.py"] = "import httpx\n\nTOKEN = \"x\"\n\n\ndef client(url, **kwargs):\n" +
		"    c = httpx.Client(base_url=url, **kwargs)\n    if TOKEN:\n        c.headers = {\"Authorization\": TOKEN}\n    return c\n"
	root := writeTree(t, tree)
	cfg := config.Default(root)
	cfg.Strict = true
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.ClientFactoryPerCall}, cfg, &stderr)
	if len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.Low {
		t.Errorf("every caller closes the client: want one low finding, got\n%s", render(res))
	}
}

// Every caller keeping the client under a lazy-init guard builds it once
// per key, as a guard in the def would: no finding, neither shown nor
// counted hidden, not even under strict, in a run and in the workspace;
// a caller that stops checking the cache makes it a finding again.
func TestAClientEveryCallerKeepsUnderAGuardIsNoFinding(t *testing.T) {
	tree := map[string]string{}
	for name, src := range returnedClientTree {
		tree[name] = src
	}
	keeps := "from fastapi import FastAPI\n\nfrom api.clients import client\n\napp = FastAPI()\n_clients = {}\n\n\n" +
		"@app.get(\"/a\")\ndef a(url: str):\n    if url not in _clients:\n        _clients[url] = client(url)\n    return _clients[url].get(\"/\")\n"
	tree["api/views.py"] = keeps
	root := writeTree(t, tree)
	all := rules.All()
	ct301 := []*analysis.Analyzer{rules.ClientFactoryPerCall}
	var stderr bytes.Buffer
	for _, strict := range []bool{false, true} {
		cfg := config.Default(root)
		cfg.Strict = strict
		if res := check.Run([]string{root}, ct301, cfg, &stderr); len(res.Findings) != 0 || res.Hidden != 0 {
			t.Errorf("strict %v: %d hidden, want none and no finding:\n%s", strict, res.Hidden, render(res))
		}
	}
	cfg := config.Default(root)
	cfg.Strict = true
	w := check.NewWorkspace([]string{root}, ct301, all, cfg, nil, &stderr)
	if res := w.Result(); len(res.Findings) != 0 || res.Hidden != 0 {
		t.Errorf("workspace: %d hidden, want none and no finding:\n%s", res.Hidden, render(res))
	}
	views := filepath.Join(root, "api/views.py")
	edited := []byte(strings.Replace(keeps, "    if url not in _clients:\n        _clients[url] = client(url)\n",
		"    _clients[url] = client(url)\n", 1))
	w.Update(views, edited)
	if res := w.Result(); len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.High {
		t.Errorf("workspace, after the edit: the caller replaces it at every call: want one high finding, got\n%s", render(res))
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// A def that builds a client only as the fallback for a parameter
// (`engine or self.create_client()`) that every call of it passes never
// runs that call: a client its builder returns to that fallback and to a
// caller that keeps it under a lazy-init guard is no finding, in a run,
// under strict, and in the workspace; a call that passes no engine makes
// the fallback run, and it is a finding again.
func TestAFallbackEveryCallerSkipsIsNoCall(t *testing.T) {
	views := "from fastapi import FastAPI\nfrom sqlalchemy import create_engine\n\napp = FastAPI()\n\n\n" +
		"class Store:\n    def __init__(self):\n        self.db_client = None\n\n" +
		"    def create_client(self):\n        return create_engine(\"sqlite://\")\n\n" +
		"    def client(self):\n        if not self.db_client:\n            self.db_client = self.create_client()\n        return self.db_client\n\n" +
		"    def table_exists(self, name, engine=None):\n        client = engine or self.create_client()\n        return client.connect()\n\n\n" +
		"store = Store()\n\n\n" +
		"@app.get(\"/a\")\ndef a(name: str):\n    return store.table_exists(name, engine=store.client())\n"
	root := writeTree(t, map[string]string{"api/__init__.py": "", "api/views.py": views})
	all := rules.All()
	ct301 := []*analysis.Analyzer{rules.ClientFactoryPerCall}
	var stderr bytes.Buffer
	for _, strict := range []bool{false, true} {
		cfg := config.Default(root)
		cfg.Strict = strict
		if res := check.Run([]string{root}, ct301, cfg, &stderr); len(res.Findings) != 0 || res.Hidden != 0 {
			t.Errorf("strict %v: %d hidden, want none and no finding:\n%s", strict, res.Hidden, render(res))
		}
	}
	cfg := config.Default(root)
	cfg.Strict = true
	w := check.NewWorkspace([]string{root}, ct301, all, cfg, nil, &stderr)
	if res := w.Result(); len(res.Findings) != 0 || res.Hidden != 0 {
		t.Errorf("workspace: %d hidden, want none and no finding:\n%s", res.Hidden, render(res))
	}
	edited := []byte(strings.Replace(views, "store.table_exists(name, engine=store.client())", "store.table_exists(name)", 1))
	w.Update(filepath.Join(root, "api/views.py"), edited)
	if res := w.Result(); len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.High {
		t.Errorf("workspace, after the edit: the fallback runs at every call: want one high finding, got\n%s", render(res))
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// The path shown for a finding goes through calls that run: not through
// a fallback that every call of its def skips, when another path reaches
// the finding, even a longer one.
func TestAFindingsPathTakesNoFallbackThatNeverRuns(t *testing.T) {
	views := "import httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\n_pool = httpx.Client()\n\n\n" +
		"def make():\n    return httpx.Client()\n\n\n" +
		"def get(url, client=None):\n    return (client or make()).get(url)\n\n\n" +
		"@app.get(\"/a\")\ndef a(url: str):\n    return get(url, client=_pool)\n\n\n" +
		"def helper(url):\n    return make().get(url)\n\n\n" +
		"def middle(url):\n    return helper(url)\n\n\n" +
		"@app.get(\"/b\")\ndef b(url: str):\n    return middle(url)\n"
	root := writeTree(t, map[string]string{"api/__init__.py": "", "api/views.py": views})
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.ClientFactoryPerCall}, config.Default(root), &stderr)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil {
		t.Fatalf("want one finding with a path, got\n%s", render(res))
	}
	want := "api.views.b api.views.middle api.views.helper api.views.make"
	if got := strings.Join(res.Findings[0].Reachability.Names(), " "); got != want {
		t.Errorf("path %s, want %s", got, want)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// A client that only tasks' runs reach is lowered, unless a call on the
// way back to the task runs at each iteration of a loop: then the path
// shown is one through that loop, the reason it is not lowered, even
// when the shortest path from the task calls it once.
func TestAFindingsPathGoesThroughTheLoopThatKeepsItShown(t *testing.T) {
	tasks := "import boto3\nfrom celery import shared_task\n\n\n" +
		"def client():\n    return boto3.client(\"s3\")\n\n\n" +
		"def upload(key):\n    client().put_object(Key=key)\n\n\n" +
		"def upload_all(keys):\n    for key in keys:\n        upload(key)\n\n\n" +
		"@shared_task\ndef sync(keys):\n    client().list_buckets()\n    upload_all(keys)\n"
	root := writeTree(t, map[string]string{"work/__init__.py": "", "work/tasks.py": tasks})
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.ClientFactoryPerCall}, config.Default(root), &stderr)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil || res.Findings[0].Confidence == analysis.Low {
		t.Fatalf("want one finding shown, with a path, got\n%s", render(res))
	}
	want := "work.tasks.sync work.tasks.upload_all work.tasks.upload work.tasks.client"
	if got := strings.Join(res.Findings[0].Reachability.Names(), " "); got != want {
		t.Errorf("path %s, want %s", got, want)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}
