package check_test

import (
	"bytes"
	"path/filepath"
	"slices"
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
// closing it and sends more than one request on it, in the editor
// before the file is saved, makes it a finding again, in the workspace
// as in a run over the edited sources.
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
		"    c = client(url)\n    c.get(\"/\")\n    return c.get(\"/next\")\n")
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
	res := runCT301(t, tree, true)
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
	edited := strings.Replace(keeps, "    if url not in _clients:\n        _clients[url] = client(url)\n",
		"    _clients[url] = client(url)\n", 1)
	noCT301UntilEdited(t, tree, edited, "the caller replaces it at every call")
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
	edited := strings.Replace(views, "store.table_exists(name, engine=store.client())", "store.table_exists(name)", 1)
	noCT301UntilEdited(t, map[string]string{"api/__init__.py": "", "api/views.py": views}, edited, "the fallback runs at every call")
}

// The path shown for a finding goes through calls that run: not through
// a fallback that every call of its def skips, when another path reaches
// the finding, even a longer one.
func TestAFindingsPathTakesNoFallbackThatNeverRuns(t *testing.T) {
	views := "import httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\n_pool = httpx.Client()\n\n\n" +
		"def make():\n    return httpx.Client()\n\n\n" +
		"def get(url, client=None):\n    return (client or make()).get(url)\n\n\n" +
		"@app.get(\"/a\")\ndef a(url: str):\n    return get(url, client=_pool)\n\n\n" +
		"def helper(url):\n    c = make()\n    c.get(url)\n    return c.get(url)\n\n\n" +
		"def middle(url):\n    return helper(url)\n\n\n" +
		"@app.get(\"/b\")\ndef b(url: str):\n    return middle(url)\n"
	res := runCT301(t, map[string]string{"api/__init__.py": "", "api/views.py": views}, false)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil {
		t.Fatalf("want one finding with a path, got\n%s", render(res))
	}
	want := "api.views.b api.views.middle api.views.helper api.views.make"
	if got := strings.Join(res.Findings[0].Reachability.Names(), " "); got != want {
		t.Errorf("path %s, want %s", got, want)
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
	res := runCT301(t, map[string]string{"work/__init__.py": "", "work/tasks.py": tasks}, false)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil || res.Findings[0].Confidence == analysis.Low {
		t.Fatalf("want one finding shown, with a path, got\n%s", render(res))
	}
	want := "work.tasks.sync work.tasks.upload_all work.tasks.upload work.tasks.client"
	if got := strings.Join(res.Findings[0].Reachability.Names(), " "); got != want {
		t.Errorf("path %s, want %s", got, want)
	}
}

// connectorsTree is a base class whose methods call an override of
// create_client on their own receiver: client() keeps it under a
// lazy-init guard, exists() builds one only as the fallback for an
// engine. MySQL and Postgres override it and every call of exists() on
// them passes the engine; BigQuery, a sibling, calls exists() on itself
// without one. extra is added to the views.
func connectorsTree(extra string) map[string]string {
	views := "from fastapi import FastAPI\nfrom sqlalchemy import create_engine\n\napp = FastAPI()\n\n\n" +
		"class Connector:\n    def __init__(self):\n        self._c = None\n\n" +
		"    def create_client(self):\n        raise NotImplementedError\n\n" +
		"    def client(self):\n        if not self._c:\n            self._c = self.create_client()\n        return self._c\n\n" +
		"    def exists(self, name, engine=None):\n        c = engine or self.create_client()\n        return c.connect()\n\n\n" +
		"class MySQL(Connector):\n    def create_client(self):\n        return create_engine(\"mysql://\")\n\n\n" +
		"class Postgres(Connector):\n    def create_client(self):\n        return create_engine(\"postgresql://\")\n\n\n" +
		"class BigQuery(Connector):\n    def create_client(self):\n        return create_engine(\"bigquery://\")\n\n" +
		"    def mask(self):\n        return self.exists(\"t\")\n\n\n" +
		"@app.get(\"/a\")\ndef a():\n    return MySQL().client()\n\n\n" +
		"@app.get(\"/b\")\ndef b():\n    c = Postgres()\n    return c.exists(\"t\", engine=c.client())\n\n\n" +
		"@app.get(\"/c\")\ndef c():\n    m = MySQL()\n    return m.exists(\"t\", engine=m.client())\n\n\n" +
		"@app.get(\"/d\")\ndef d():\n    return BigQuery().mask()\n" + extra
	return map[string]string{"api/__init__.py": "", "api/views.py": views}
}

// builders returns the defs of the CT301 findings of res, sorted.
func builders(res check.Result) []string {
	var out []string
	for _, f := range res.Findings {
		_, in, _ := strings.Cut(f.Message, " in `")
		in, _, _ = strings.Cut(in, "`")
		out = append(out, in)
	}
	slices.Sort(out)
	return out
}

// A base method's call of an override on its own receiver (`engine or
// self.create_client()`) runs an override only for the receivers its
// own callers give it: the only call that leaves out the engine is a
// sibling's call on itself (BigQuery's), whose receiver is never a
// MySQL nor a Postgres. For those two, every call that may run theirs
// passes the engine, and the fallback never runs; their other caller
// keeps the client under a guard: no finding, even under strict.
// BigQuery's own call runs its create_client: that finding stays.
func TestAFallbackOnlyASiblingRunsIsNoCallOfAnOverride(t *testing.T) {
	root := writeTree(t, connectorsTree(""))
	ct301 := []*analysis.Analyzer{rules.ClientFactoryPerCall}
	var stderr bytes.Buffer
	for _, strict := range []bool{false, true} {
		cfg := config.Default(root)
		cfg.Strict = strict
		res := check.Run([]string{root}, ct301, cfg, &stderr)
		if got, want := strings.Join(builders(res), " "), "BigQuery.create_client"; got != want {
			t.Errorf("strict %v: findings in %s, want %s:\n%s", strict, got, want, render(res))
		}
	}
	cfg := config.Default(root)
	cfg.Strict = true
	w := check.NewWorkspace([]string{root}, ct301, rules.All(), cfg, nil, &stderr)
	if got, want := strings.Join(builders(w.Result()), " "), "BigQuery.create_client"; got != want {
		t.Errorf("workspace: findings in %s, want %s", got, want)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// A call of the base method that is not on a caller's own receiver
// (`conn.exists("t")`, conn any Connector) may run any override's
// fallback: without its engine, every finding stays.
func TestAFallbackAnyReceiverRunsIsACallOfEveryOverride(t *testing.T) {
	res := runCT301(t, connectorsTree("\n\ndef probe(conn: Connector):\n    return conn.exists(\"t\")\n\n\n"+
		"@app.get(\"/e\")\ndef e():\n    return probe(MySQL())\n"), true)
	if got, want := strings.Join(builders(res), " "), "BigQuery.create_client MySQL.create_client Postgres.create_client"; got != want {
		t.Errorf("findings in %s, want %s:\n%s", got, want, render(res))
	}
}

// The path shown for a finding does not take a call on a receiver that
// never runs the finding's def when a longer path reaches it through
// calls that run: the base's exists() builds MySQL's client only as the
// fallback for an engine that every call on a MySQL passes (BigQuery's
// call on itself leaves it out, but never runs MySQL's).
func TestAFindingsPathTakesNoSelfCallThatNeverRunsIt(t *testing.T) {
	views := "from fastapi import FastAPI\nfrom sqlalchemy import create_engine\n\napp = FastAPI()\nENGINE = create_engine(\"sqlite://\")\n\n\n" +
		"class Connector:\n    def create_client(self):\n        raise NotImplementedError\n\n" +
		"    def exists(self, name, engine=None):\n        c = engine or self.create_client()\n        return c.connect()\n\n\n" +
		"class MySQL(Connector):\n    def create_client(self):\n        return create_engine(\"mysql://\")\n\n" +
		"    def fresh(self):\n        return self.create_client().connect()\n\n\n" +
		"class BigQuery(Connector):\n    def create_client(self):\n        return create_engine(\"bigquery://\")\n\n" +
		"    def mask(self):\n        return self.exists(\"t\")\n\n\n" +
		"@app.get(\"/c\")\ndef c():\n    return MySQL().exists(\"t\", engine=ENGINE)\n\n\n" +
		"@app.get(\"/d\")\ndef d():\n    return BigQuery().mask()\n\n\n" +
		"def helper():\n    return MySQL().fresh()\n\n\ndef middle():\n    return helper()\n\n\n" +
		"@app.get(\"/f\")\ndef f():\n    return middle()\n"
	res := runCT301(t, map[string]string{"api/__init__.py": "", "api/views.py": views}, false)
	var got []string
	for _, f := range res.Findings {
		if strings.Contains(f.Message, "`MySQL.create_client`") && f.Reachability != nil {
			got = f.Reachability.Names()
		}
	}
	want := "api.views.f api.views.middle api.views.helper api.views.MySQL.fresh api.views.MySQL.create_client"
	if strings.Join(got, " ") != want {
		t.Errorf("path %s, want %s:\n%s", strings.Join(got, " "), want, render(res))
	}
}

// A client every call of which that runs closes it is lowered, and the
// reason names the call on a receiver that skips it: the base's get()
// builds Api's client only as the fallback for one that every call that
// may be on an Api passes (Other's call on itself leaves it out).
func TestAClientClosedByEveryCallThatRunsSaysWhichSelfCallSkipsIt(t *testing.T) {
	views := "import httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\nSHARED = httpx.Client()\n\n\n" +
		"class Connector:\n    def create_client(self):\n        raise NotImplementedError\n\n" +
		"    def get(self, url, client=None):\n        c = client or self.create_client()\n        return c.get(url)\n\n\n" +
		"class Api(Connector):\n    def create_client(self):\n        return httpx.Client()\n\n" +
		"    def ping(self):\n        with self.create_client() as c:\n            return c.get(\"/\")\n\n\n" +
		"class Other(Connector):\n    def create_client(self):\n        return httpx.Client()\n\n" +
		"    def fetch(self):\n        return self.get(\"/x\")\n\n\n" +
		"@app.get(\"/a\")\ndef a():\n    return Api().ping()\n\n\n" +
		"@app.get(\"/b\")\ndef b():\n    return Api().get(\"/y\", client=SHARED)\n\n\n" +
		"@app.get(\"/c\")\ndef c():\n    return Other().fetch()\n"
	apiClientLowered(t, views, "every call of it that runs closes it, with a `with` statement or in a `finally` (`api.views.Connector.get` calls it on its own receiver only when a parameter is unset that every call of `api.views.Connector.get` that may be on an instance of `api.views.Api` passes)")
}

// A base method that only a sibling's call on itself, and a fallback
// that never runs, call never runs an override of another class: the
// reason says so.
func TestAClientClosedByEveryCallThatRunsSaysNoCallIsOnItsClass(t *testing.T) {
	views := "import httpx\nfrom fastapi import FastAPI\n\napp = FastAPI()\nSHARED = httpx.Client()\n\n\n" +
		"class Connector:\n    def create_client(self):\n        raise NotImplementedError\n\n" +
		"    def get(self, url):\n        return self.create_client().get(url)\n\n" +
		"    def probe(self, url, client=None):\n        return client or self.get(url)\n\n\n" +
		"class Api(Connector):\n    def create_client(self):\n        return httpx.Client()\n\n" +
		"    def ping(self):\n        with self.create_client() as c:\n            return c.get(\"/\")\n\n\n" +
		"class Other(Connector):\n    def create_client(self):\n        return httpx.Client()\n\n" +
		"    def fetch(self):\n        return self.get(\"/x\")\n\n\n" +
		"@app.get(\"/a\")\ndef a():\n    return Api().ping()\n\n\n" +
		"@app.get(\"/b\")\ndef b():\n    return Api().probe(\"/y\", client=SHARED)\n\n\n" +
		"@app.get(\"/c\")\ndef c():\n    return Other().fetch()\n"
	apiClientLowered(t, views, "(`api.views.Connector.get` calls it on its own receiver, and no call of `api.views.Connector.get` may be on an instance of `api.views.Api`)")
}

// A def that returns a client its builder returns (`return make(url)`)
// hands the question on to its own callers: every one of them keeping
// it under a lazy-init guard is no finding, not even under strict; one
// that uses it per call keeps the finding; every one closing it with a
// `with` statement lowers it, and the reason says it was returned on. A
// route that returns it hands it to code the graph does not see: the
// finding stays.
func TestAClientReturnedOnIsJudgedByTheCallersOfItsCaller(t *testing.T) {
	clients := "import httpx\n\n\ndef make(url):\n    return httpx.Client(base_url=url)\n\n\n" +
		"def client_for(url):\n    return make(url)\n"
	head := "from fastapi import FastAPI\n\nfrom api.clients import client_for\n\napp = FastAPI()\n_clients = {}\n\n\n"
	keeps := "@app.get(\"/a\")\ndef a(url: str):\n    if url not in _clients:\n        _clients[url] = client_for(url)\n    return _clients[url].get(\"/\")\n"
	perCall := "\n\n@app.get(\"/b\")\ndef b(url: str):\n    return client_for(url).get(\"/\")\n"
	closes := "@app.get(\"/c\")\ndef c(url: str):\n    with client_for(url) as c:\n        return c.get(\"/\")\n"
	run := func(views string, strict bool) check.Result {
		t.Helper()
		return runCT301(t, map[string]string{"api/__init__.py": "", "api/clients.py": clients, "api/views.py": head + views}, strict)
	}
	for _, strict := range []bool{false, true} {
		if res := run(keeps, strict); len(res.Findings) != 0 || res.Hidden != 0 {
			t.Errorf("strict %v: every caller of client_for keeps it: %d hidden, want none and no finding:\n%s", strict, res.Hidden, render(res))
		}
	}
	if res := run(keeps+perCall, false); len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.High {
		t.Errorf("a caller of client_for uses it per call: want one high finding, got\n%s", render(res))
	}
	route := "\n\n@app.get(\"/d\")\ndef d(url: str):\n    return client_for(url)\n"
	if res := run(keeps+route, false); len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.High {
		t.Errorf("a route returns client_for's client to the framework: want one high finding, got\n%s", render(res))
	}
	res := run(closes, true)
	want := "`api.clients.make` returns it, and every caller closes it, with a `with` statement or in a `finally`, or returns it to callers that do"
	if len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.Low || !strings.Contains(strings.Join(res.Findings[0].Lower, "; "), want) {
		t.Errorf("every caller of client_for closes it: want one low finding saying %q, got\n%s", want, render(res))
	}
}

// A path into an override runs only on the instances that reach it: a
// loop over connectors that skips all but the SQL ones, by an isinstance
// test, calls no other connector's connect, so no request path reaches
// the session it builds; without the test, one does.
func TestAPathThroughAClassAnIsinstanceTestSkipsIsNoRequestPath(t *testing.T) {
	tree := map[string]string{
		"api/__init__.py": "",
		"api/conns.py": "import requests\n\n\nclass SQLConn:\n    def connect(self):\n        return 1\n\n\n" +
			"class HTTPConn:\n    def connect(self):\n        self.s = requests.Session()\n        return self.s\n",
		"api/views.py": "from fastapi import FastAPI\n\nfrom api.conns import HTTPConn, SQLConn\n\napp = FastAPI()\n\n\n" +
			"@app.get(\"/a\")\ndef a():\n    for c in [SQLConn(), HTTPConn()]:\n        if not isinstance(c, SQLConn):\n            continue\n        c.connect()\n",
	}
	for _, guarded := range []bool{true, false} {
		if !guarded {
			tree["api/views.py"] = strings.Replace(tree["api/views.py"], "if not isinstance(c, SQLConn):\n            continue\n        ", "", 1)
		}
		res := runCT301(t, tree, true)
		if len(res.Findings) != 1 {
			t.Fatalf("guarded %v: want one CT301 finding, got %d:\n%s", guarded, len(res.Findings), render(res))
		}
		want := "high"
		if guarded {
			want = "low" // no request or task path reaches it
		}
		if got := res.Findings[0].Confidence.String(); got != want {
			t.Errorf("guarded %v: confidence %s, want %s:\n%s", guarded, got, want, render(res))
		}
	}
}

// apiClientLowered checks, under strict, that the finding in
// Api.create_client of a tree whose api/views.py is views is low and
// gives the reason want.
func apiClientLowered(t *testing.T, views, want string) {
	t.Helper()
	root := writeTree(t, map[string]string{"api/__init__.py": "", "api/views.py": views})
	var stderr bytes.Buffer
	cfg := config.Default(root)
	cfg.Strict = true
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.ClientFactoryPerCall}, cfg, &stderr)
	found := false
	for _, f := range res.Findings {
		if !strings.Contains(f.Message, "`Api.create_client`") {
			continue
		}
		found = true
		if f.Confidence != analysis.Low || !strings.Contains(strings.Join(f.Lower, "; "), want) {
			t.Errorf("want it low, saying %q:\n%s", want, render(res))
		}
	}
	if !found {
		t.Errorf("no finding in Api.create_client:\n%s", render(res))
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// noCT301UntilEdited checks that tree has no CT301 finding, shown or
// counted hidden, in a run with and without strict and in the
// workspace, and that the workspace has one high finding once its
// api/views.py is edited to edited (why says why it should).
func noCT301UntilEdited(t *testing.T, tree map[string]string, edited, why string) {
	t.Helper()
	root := writeTree(t, tree)
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
	w := check.NewWorkspace([]string{root}, ct301, rules.All(), cfg, nil, &stderr)
	if res := w.Result(); len(res.Findings) != 0 || res.Hidden != 0 {
		t.Errorf("workspace: %d hidden, want none and no finding:\n%s", res.Hidden, render(res))
	}
	w.Update(filepath.Join(root, "api/views.py"), []byte(edited))
	if res := w.Result(); len(res.Findings) != 1 || res.Findings[0].Confidence != analysis.High {
		t.Errorf("workspace, after the edit: %s: want one high finding, got\n%s", why, render(res))
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// runCT301 checks the tree of files with CT301 alone, strict or not, and
// fails t on anything said on stderr.
func runCT301(t *testing.T, files map[string]string, strict bool) check.Result {
	t.Helper()
	root := writeTree(t, files)
	cfg := config.Default(root)
	cfg.Strict = strict
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.ClientFactoryPerCall}, cfg, &stderr)
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
	return res
}

// A client built again only where an earlier call failed (in an except
// handler, or in a def only except handlers call) is a reconnect, not a
// client per call: its finding is low. The same def called on every run
// stays (ragflow's storage singletons), and a handler of AttributeError
// alone is a lazy-init guard's miss, not a failure.
func TestAClientRebuiltOnlyAfterAFailureIsLow(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/storage.py": "import boto3\n\n\n" +
			"class Storage:\n" +
			"    def __init__(self):\n        self._open()\n\n" +
			"    def _open(self):\n        self.conn = boto3.client(\"s3\")\n\n" +
			"    def get(self, key):\n" +
			"        try:\n            return self.conn.get_object(Key=key)\n" +
			"        except Exception:\n            self._open()\n            return self.conn.get_object(Key=key)\n\n\n" +
			"class Fresh:\n" +
			"    def __init__(self):\n        self._open()\n\n" +
			"    def _open(self):\n        self.conn = boto3.client(\"s3\")\n\n" +
			"    def get(self, key):\n        self._open()\n        return self.conn.get_object(Key=key)\n\n\n" +
			"class Retry:\n" +
			"    def __init__(self):\n        self.conn = boto3.client(\"s3\")\n\n" +
			"    def get(self, key):\n" +
			"        try:\n            return self.conn.get_object(Key=key)\n" +
			"        except Exception:\n            self.conn = boto3.client(\"s3\")\n            return self.conn.get_object(Key=key)\n\n\n" +
			"class Lazy:\n" +
			"    def client(self):\n" +
			"        try:\n            return self._c\n" +
			"        except AttributeError:\n            self._c = boto3.client(\"s3\")\n            return self._c\n\n\n" +
			"storage = Storage()\nfresh = Fresh()\nretry = Retry()\n",
		"app/views.py": "from flask import Flask\n\nfrom app.storage import Lazy, fresh, retry, storage\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a/<key>\")\ndef a(key):\n    return storage.get(key)\n\n\n" +
			"@app.route(\"/b/<key>\")\ndef b(key):\n    return fresh.get(key)\n\n\n" +
			"@app.route(\"/c/<key>\")\ndef c(key):\n    return retry.get(key)\n\n\n" +
			"@app.route(\"/d/<key>\")\ndef d(key):\n    return Lazy().client().get_object(Key=key)\n",
	})
	res := runStrict(t, root, rules.ClientFactoryPerCall)
	wantLow(t, res, "in `Storage._open`", "except")
	wantLow(t, res, "in `Retry.get`", "except")
	wantShown(t, res, "in `Lazy.client`")
	wantShown(t, res, "in `Fresh._open`")
}

// A client kept on the object, which a method of its class gives
// credentials (`self._session.headers["Authorization"] = ...` in
// `_authorize`), is one client per credential, as one given a
// parameter's is: low where the calls pass other arguments (quay's
// upstream registry proxy). A constant header credits nothing.
func TestAClientItsClassGivesCredentialsIsOnePerCredential(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/proxy.py": "import requests\n\n\n" +
			"class Proxy:\n" +
			"    def __init__(self, config):\n        self._config = config\n        self._session = requests.Session()\n\n" +
			"    def _authorize(self):\n        token = fetch_token(self._config)\n" +
			"        self._session.headers[\"Authorization\"] = f\"Bearer {token}\"\n\n" +
			"    def get(self, url):\n        self._authorize()\n        return self._session.get(url)\n\n\n" +
			"class Plain:\n" +
			"    def __init__(self, config):\n        self._config = config\n        self._session = requests.Session()\n\n" +
			"    def _setup(self):\n        self._session.headers[\"Accept\"] = \"application/json\"\n" +
			"        self._session.headers[\"Authorization\"] = \"Bearer public\"\n\n" +
			"    def get(self, url):\n        self._setup()\n        return self._session.get(url)\n\n\n" +
			"def fetch_token(config):\n    return config.token\n",
		"app/views.py": "from flask import Flask, request\n\nfrom app.proxy import Plain, Proxy\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    return Proxy(request.args).get(\"/\").text\n\n\n" +
			"@app.route(\"/b\")\ndef b():\n    return Plain(request.args).get(\"/\").text\n",
	})
	res := runStrict(t, root, rules.ClientFactoryPerCall)
	wantLow(t, res, "in `Proxy.__init__`", "`Proxy._authorize`")
	wantShown(t, res, "in `Plain.__init__`")
}

// A client built in a def that only calls kept under a lazy-init guard
// lead to (`if _engine is None: _engine = _create()`, and what `_create`
// calls, or the calls in the value kept) is built once (per key), not at
// every call: low (tracecat's database URI, course-discovery's
// Salesforce login per partner). A route that calls the same def
// outside the guard keeps it.
func TestAClientBuiltOnlyUnderACallersLazyInitGuardIsLow(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/db.py": "import boto3\nimport redis\n\n_engine = None\n_pool = None\n\n\n" +
			"def get_engine():\n    global _engine\n    if _engine is None:\n        _engine = _create()\n    return _engine\n\n\n" +
			"def _create():\n    return connect(_uri())\n\n\n" +
			"def _uri():\n    session = boto3.session.Session()\n    return session.client(\"rds\").generate_db_auth_token()\n\n\n" +
			"def get_pool():\n    global _pool\n    if _pool is None:\n        _pool = redis.from_url(_redis_url())\n    return _pool\n\n\n" +
			"def _redis_url():\n    session = boto3.session.Session()\n    return session.client(\"secretsmanager\").get_secret_value()\n\n\n" +
			"def _token():\n    session = boto3.session.Session()\n    return session.client(\"sts\").get_session_token()\n\n\n" +
			"def connect(uri):\n    return uri\n",
		"app/views.py": "from flask import Flask\n\nfrom app.db import _token, get_engine, get_pool\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    return str(get_engine()) + str(get_pool())\n\n\n" +
			"@app.route(\"/b\")\ndef b():\n    return str(_token())\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `_uri`", "lazy-init guard")
	wantLow(t, res, "in `_redis_url`", "lazy-init guard")
	wantShown(t, res, "in `_token`")
}

// A credential given to the factory through a local built from the
// def's parameters (`auth = httpx.DigestAuth(username, password)`) is
// its caller's, as one given the parameter itself (frigate's camera
// probe); one built from settings is the same at every call.
func TestACredentialThroughALocalIsTheCallersToo(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/settings.py": "USER = \"u\"\nPASSWORD = \"p\"\n",
		"app/probe.py": "import httpx\n\nfrom app import settings\n\n\n" +
			"def camera_client(host, username, password):\n    auth = httpx.DigestAuth(username, password)\n" +
			"    return httpx.AsyncClient(base_url=host, auth=auth)\n\n\n" +
			"def service_client(host):\n    auth = httpx.DigestAuth(settings.USER, settings.PASSWORD)\n" +
			"    return httpx.AsyncClient(base_url=host, auth=auth)\n",
		"app/views.py": "from flask import Flask, request\n\nfrom app.probe import camera_client, service_client\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\nasync def a():\n    c = camera_client(request.args[\"h\"], request.args[\"u\"], request.args[\"p\"])\n    return (await c.get(\"/\")).text\n\n\n" +
			"@app.route(\"/b\")\nasync def b():\n    c = service_client(request.args[\"h\"])\n    return (await c.get(\"/\")).text\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `camera_client`", "its caller's credentials (`username`)")
	for _, f := range findingsWith(t, res, "in `service_client`") {
		if strings.Contains(strings.Join(f.Lower, "; "), "credentials") {
			t.Errorf("credentials from settings: %v, want no credential reason", f.Lower)
		}
	}
}

// A client built in a cached_property is built once per object, as one
// under a lazy-init guard (zentral's S3 repository session); one built
// from credentials an object keeps, set from its constructor's
// parameters (`self._access_key = access_key` in `__init__`), is one
// client per credential where the constructor's calls pass other
// arguments (pgadmin's RDS wizard).
func TestAClientOfAnObjectsOwnCredentialsOrCachedPropertyIsLow(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/cloud.py": "from functools import cached_property\n\nimport boto3\n\n\n" +
			"class RDS:\n" +
			"    def __init__(self, access_key, secret_key):\n        self._access_key = access_key\n        self._secret_key = secret_key\n\n" +
			"    def _client(self, kind):\n" +
			"        session = boto3.Session(aws_access_key_id=self._access_key, aws_secret_access_key=self._secret_key)\n" +
			"        return session.client(kind)\n\n" +
			"    def regions(self):\n        return self._client(\"rds\").describe_regions()\n\n\n" +
			"class Repository:\n" +
			"    @cached_property\n    def _session(self):\n        return boto3.Session()\n\n" +
			"    def fetch(self, key):\n        return self._session.client(\"s3\").get_object(Key=key)\n\n\n" +
			"class Shared:\n" +
			"    def __init__(self):\n        self._region = \"eu-west-1\"\n\n" +
			"    def _client(self):\n        return boto3.client(\"s3\", region_name=self._region)\n\n" +
			"    def fetch(self, key):\n        return self._client().get_object(Key=key)\n",
		"app/views.py": "from flask import Flask, request\n\nfrom app.cloud import RDS, Repository, Shared\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    return str(RDS(request.form[\"k\"], request.form[\"s\"]).regions())\n\n\n" +
			"@app.route(\"/b\")\ndef b():\n    return str(Repository().fetch(request.args[\"k\"]))\n\n\n" +
			"@app.route(\"/c\")\ndef c():\n    return str(Shared().fetch(request.args[\"k\"]))\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `RDS._client`", "`self._access_key`")
	for _, f := range res.Findings {
		if strings.Contains(f.Message, "in `Repository._session`") {
			t.Errorf("a cached_property builds once per object: %s", f.Message)
		}
	}
	wantShown(t, res, "in `Shared._client`")
}

// A credential given to each request the client sends, from the def's
// parameters (`session.send(prepared, cert=cert)`), makes it the
// caller's client too (simpler-grants-gov's SOAP proxy, one client
// certificate per caller).
func TestACredentialGivenAtSendTimeIsTheCallers(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/proxy.py": "from requests import Request, Session\n\n\n" +
			"def forward(req, cert=None):\n    session = Session()\n    prepared = session.prepare_request(req)\n" +
			"    return session.send(prepared, stream=True, cert=cert)\n\n\n" +
			"def plain(req):\n    session = Session()\n    return session.send(session.prepare_request(req), timeout=5)\n",
		"app/views.py": "from flask import Flask, request\nfrom requests import Request\n\nfrom app.proxy import forward, plain\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    return forward(Request(\"GET\", request.args[\"u\"]), cert=request.args[\"c\"]).text\n\n\n" +
			"@app.route(\"/b\")\ndef b():\n    return plain(Request(\"GET\", request.args[\"u\"])).text\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `forward`", "its caller's credentials (`cert`)")
	wantShown(t, res, "in `plain`")
}

// A session whose cookies the def reads back, after its calls, is kept
// for the state of one run, not for its pool (marsha's BBB join, which
// stores the cookies it got): low. One only called, for more than one
// request, is still shown.
func TestASessionReadForItsCookiesIsLow(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/bbb.py": "import json\n\nimport requests\n\n\n" +
			"def join(url):\n    session = requests.Session()\n    session.get(url, allow_redirects=True)\n" +
			"    return json.dumps(session.cookies.get_dict())\n\n\n" +
			"def fetch(url):\n    session = requests.Session()\n    session.head(url)\n    return session.get(url).text\n",
		"app/views.py": "from flask import Flask, request\n\nfrom app.bbb import fetch, join\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    return join(request.args[\"u\"])\n\n\n" +
			"@app.route(\"/b\")\ndef b():\n    return fetch(request.args[\"u\"])\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `join`", "`session.cookies`")
	wantShown(t, res, "in `fetch`")
}

// A header of the project's own naming that says it carries a
// credential (`X-ADM-Auth-Session`, a word of it: auth), set on the
// object's session by a property setter, is a credential too (zentral's
// Apple DEP client, one per token); `X-Request-Source` is not.
func TestACustomAuthHeaderIsACredential(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/dep.py": "import requests\n\n\n" +
			"class DEPClient:\n" +
			"    def __init__(self, server):\n        self.server = server\n        self.session = requests.Session()\n\n" +
			"    @property\n    def auth_session_token(self):\n        return self.session.headers.get(\"X-ADM-Auth-Session\")\n\n" +
			"    @auth_session_token.setter\n    def auth_session_token(self, value):\n        self.session.headers[\"X-ADM-Auth-Session\"] = value\n\n" +
			"    def devices(self):\n        return self.session.get(self.server + \"/devices\").json()\n\n\n" +
			"class Plain:\n" +
			"    def __init__(self, server):\n        self.server = server\n        self.session = requests.Session()\n\n" +
			"    def tag(self, source):\n        self.session.headers[\"X-Request-Source\"] = source\n\n" +
			"    def devices(self):\n        return self.session.get(self.server + \"/devices\").json()\n",
		"app/views.py": "from flask import Flask, request\n\nfrom app.dep import DEPClient, Plain\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    c = DEPClient(request.args[\"s\"])\n    c.auth_session_token = request.args[\"t\"]\n    return str(c.devices())\n\n\n" +
			"@app.route(\"/b\")\ndef b():\n    c = Plain(request.args[\"s\"])\n    c.tag(request.args[\"src\"])\n    return str(c.devices())\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `DEPClient.__init__`", "`DEPClient.auth_session_token`")
	wantShown(t, res, "in `Plain.__init__`")
}

// A module's singleton built under a flag of its own (`if not
// _initialized: _layer = Layer(storage=S3(...)); _initialized = True`)
// is built once: the client the storage's __init__ makes, handed to what
// the global keeps, is kept under that guard, though another branch
// binds the local to another storage. Without the flag's test it is
// built at every call.
func TestAClientKeptUnderAFlagGuardIsBuiltOnce(t *testing.T) {
	data := "import boto3\n\n\nclass S3:\n    def __init__(self, bucket):\n        self.client = boto3.client(\"s3\")\n\n\n" +
		"class Layer:\n    def __init__(self, storage=None):\n        self.storage = storage\n\n\n" +
		"_layer = None\n_initialized = False\n\n\n" +
		"def get_layer():\n    global _layer, _initialized\n    if not _initialized:\n        storage = None\n        if BUCKET:\n" +
		"            storage = S3(BUCKET)\n        elif DISK:\n            storage = Layer()\n        _layer = Layer(storage=storage)\n        _initialized = True\n    return _layer\n"
	views := "from fastapi import FastAPI\n\nfrom api.data import get_layer\n\napp = FastAPI()\n\n\n" +
		"@app.get(\"/a\")\ndef a():\n    return get_layer().storage\n"
	tree := map[string]string{"api/__init__.py": "", "api/data.py": data, "api/views.py": views}
	res := runCT301(t, tree, true)
	wantLow(t, res, "boto3.client", "lazy-init guard")
	tree["api/data.py"] = strings.Replace(data, "    if not _initialized:\n", "    if True:\n", 1)
	wantShown(t, runCT301(t, tree, true), "boto3.client")
}

// A def that caches its results (`@lru_cache`) runs once per key: a
// client only it leads to is built once per key, low. Where another
// route builds it at every call, the finding is shown with that route's
// path, not the cached one, though the cached one is shorter.
func TestAClientOnlyACachedDefLeadsToIsBuiltOncePerKey(t *testing.T) {
	views := "from functools import lru_cache\n\nimport requests\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n" +
		"def session():\n    return requests.Session()\n\n\n" +
		"@lru_cache(maxsize=None)\ndef load(url):\n    s = session()\n    s.get(url)\n    return s.get(url).json()\n\n\n" +
		"@app.get(\"/a\")\ndef a(url: str):\n    return load(url)\n"
	tree := map[string]string{"api/__init__.py": "", "api/views.py": views}
	wantLow(t, runCT301(t, tree, true), "requests.Session", "cache their results")
	tree["api/views.py"] = views + "\n\ndef fetch(url):\n    s = session()\n    s.get(url)\n    return s.get(url)\n\n\ndef middle(url):\n    return fetch(url)\n\n\n" +
		"@app.get(\"/b\")\ndef b(url: str):\n    return middle(url)\n"
	res := runCT301(t, tree, false)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil {
		t.Fatalf("want one finding with a path, got\n%s", render(res))
	}
	want := "api.views.b api.views.middle api.views.fetch api.views.session"
	if got := strings.Join(res.Findings[0].Reachability.Names(), " "); got != want {
		t.Errorf("path %s, want %s", got, want)
	}
}

// A project's decorator whose wrapper hands back what a cache holds and
// calls the def only on a miss, storing its result (etools's
// @cache_result), runs the def once per key: what only it leads to is
// low. A wrapper that calls the def at every call leaves it shown.
func TestAClientBehindACachingWrapperIsBuiltOncePerKey(t *testing.T) {
	helpers := "import functools\n\nfrom django.core.cache import cache\n\n\n" +
		"def cache_result(timeout, key=None):\n    def decorator(func):\n        @functools.wraps(func)\n" +
		"        def wrapper(*args, **kwargs):\n            result = cache.get(key)\n            if result is not None:\n                return result\n" +
		"            result = func(*args, **kwargs)\n            cache.set(key, result, timeout=timeout)\n            return result\n\n" +
		"        return wrapper\n\n    return decorator\n"
	views := "import msal\nfrom django.http import JsonResponse\nfrom django.urls import path\n\nfrom .helpers import cache_result\n\n\n" +
		"@cache_result(timeout=1800, key=\"token\")\ndef get_token():\n" +
		"    app = msal.ConfidentialClientApplication(\"id\", client_credential=\"s\", authority=\"a\")\n" +
		"    return app.acquire_token_for_client(scopes=[\"x\"])\n\n\n" +
		"def view(request):\n    return JsonResponse({\"t\": get_token()})\n\n\nurlpatterns = [path(\"x/\", view)]\n"
	tree := map[string]string{"app/__init__.py": "", "app/helpers.py": helpers, "app/views.py": views}
	wantLow(t, runCT301(t, tree, true), "msal.ConfidentialClientApplication", "lazy-init guard")
	tree["app/helpers.py"] = strings.Replace(helpers, "            if result is not None:\n                return result\n", "", 1)
	wantShown(t, runCT301(t, tree, true), "msal.ConfidentialClientApplication")
}

// Credentials read from the request's own objects (Flask's g, request,
// Flask-Login's current_user) are the user's: one client per user's
// credential is by design, as one per caller's (sample-platform's
// GitHub session, with the logged-in user's token); the app's own, from
// its settings, are not.
func TestACredentialOfTheRequestsUserIsTheCallers(t *testing.T) {
	files := map[string]string{
		"app/__init__.py": "",
		"app/views.py": "import httpx\nimport requests\nfrom flask import Flask, g, session\nfrom flask_login import current_user\n\napp = Flask(__name__)\nTOKEN = \"t\"\n\n\n" +
			"def issue(title):\n    session = requests.Session()\n    session.auth = (g.user.email, g.user.github_token)\n    return session.post(\"https://x\", json={\"t\": title})\n\n\n" +
			"def mine(title):\n    session = requests.Session()\n    session.headers[\"Authorization\"] = current_user.token\n    return session.get(\"https://x\")\n\n\n" +
			"def app_wide(title):\n    session = requests.Session()\n    session.auth = (\"app\", TOKEN)\n    return session.post(\"https://x\", json={\"t\": title})\n\n\n" +
			"def built(title):\n    return httpx.Client(auth=(g.user.email, g.user.token)).get(\"https://x\")\n\n\n" +
			"def oauth(title):\n    return httpx.Client(headers={\"Authorization\": session[\"oauth_token\"]}).get(\"https://x\")\n\n\n" +
			"@app.route(\"/a\")\ndef a():\n    return issue(\"x\").text + mine(\"z\").text + built(\"w\").text + oauth(\"v\").text + app_wide(\"y\").text\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClientFactoryPerCall)
	wantLow(t, res, "in `issue`", "the request's credentials (`g.user.email`)")
	wantLow(t, res, "in `mine`", "the request's credentials (`current_user.token`)")
	wantLow(t, res, "in `built`", "the request's credentials (`g.user.email`)")
	wantLow(t, res, "in `oauth`", "the request's credentials (`session[\"oauth_token\"]`)")
	wantShown(t, res, "in `app_wide`")
}

// A client its def keeps in an attribute of the object, where the only
// call of the def is under a caller's check that the attribute is unset
// (`if not getattr(self, "client", None): self.connect()`), is built once
// per object (Sefaria's messaging node, a module-level singleton).
func TestAClientSetUpByAnInitMethodUnderAGuardIsBuiltOnce(t *testing.T) {
	views := "import redis\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n" +
		"class Node:\n    def connect(self):\n        self.client = redis.StrictRedis()\n\n" +
		"    def check(self):\n        if not getattr(self, \"client\", None):\n            self.connect()\n        return self.client\n\n\n" +
		"node = Node()\n\n\n@app.get(\"/a\")\ndef a():\n    return node.check().get(\"k\")\n"
	tree := map[string]string{"api/__init__.py": "", "api/views.py": views}
	wantLow(t, runCT301(t, tree, true), "redis.StrictRedis", "lazy-init guard")
	tree["api/views.py"] = strings.Replace(views, "        if not getattr(self, \"client\", None):\n            self.connect()\n", "        self.connect()\n", 1)
	wantShown(t, runCT301(t, tree, true), "redis.StrictRedis")
}

// A client kept on its object under a lazy-init guard (`if self.publisher
// is None: self.publisher = PublisherClient()`) is built once per object:
// at every request where a request builds the object (ras-frontstage's
// NotifyGateway, built in the view), and no finding where the object is
// built once, at import, in a run and in the workspace alike.
func TestAClientKeptOnAnObjectIsPerCallWhereTheObjectIs(t *testing.T) {
	gateway := "from azure.identity import DefaultAzureCredential\nfrom azure.storage.blob import BlobServiceClient\nfrom google.cloud import pubsub_v1\n\n\n" +
		"class Gateway:\n    def __init__(self, topic):\n        self.topic = topic\n        self.publisher = None\n\n" +
		"    def send(self, data):\n        if self.publisher is None:\n            client = pubsub_v1.PublisherClient()\n            self.publisher = client\n" +
		"        return self.publisher.publish(self.topic, data)\n\n\n" +
		"class Keeper:\n    def __init__(self, topic):\n        self.topic = topic\n        self.blobs = None\n\n" +
		"    def send(self, data):\n        if self.blobs is None:\n            self.blobs = BlobServiceClient(account_url=self.topic, credential=DefaultAzureCredential())\n" +
		"        return self.blobs.upload(self.topic, data)\n"
	views := "from fastapi import FastAPI\n\nfrom api.gateway import Gateway, Keeper\n\napp = FastAPI()\nkeeper = Keeper(\"t\")\n\n\n" +
		"@app.post(\"/a\")\ndef a(data: str):\n    keeper.send(data)\n    return Gateway(\"t\").send(data)\n"
	tree := map[string]string{"api/__init__.py": "", "api/gateway.py": gateway, "api/views.py": views}
	root := writeTree(t, tree)
	cfg := config.Default(root)
	cfg.Strict = true
	var stderr bytes.Buffer
	ct301 := []*analysis.Analyzer{rules.ClientFactoryPerCall}
	w := check.NewWorkspace([]string{root}, ct301, rules.All(), cfg, nil, &stderr)
	for how, res := range map[string]check.Result{"run": check.Run([]string{root}, ct301, cfg, &stderr), "workspace": w.Result()} {
		if len(res.Findings) != 1 || res.Hidden != 0 || res.Findings[0].Line != 13 || res.Findings[0].Confidence != analysis.High {
			t.Errorf("%s: want one high finding, in Gateway.send, got %d hidden and\n%s", how, res.Hidden, render(res))
		} else if msg := res.Findings[0].Message; !strings.Contains(msg, "once per `Gateway` object (while `self.publisher` is unset), and requests build such an object at every call: each object opens") {
			t.Errorf("%s: message %q", how, msg)
		}
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// A request handler class registered through a blueprint of the tree's
// own, whose add_url_rule turns the class into a view (`wrapper`, which
// builds one handler per request and runs its process()): the handler's
// methods are reached from that wrapper, through the class passed at
// each registration.
func TestAHandlerClassABlueprintWrapsIsReachedThroughTheWrapper(t *testing.T) {
	util := "import inspect\n\nfrom flask import Blueprint\n\n\n" +
		"def make_view_func(obj):\n    if inspect.isclass(obj):\n        def wrapper(**kwargs):\n            return obj().process()\n        return wrapper\n    return obj\n\n\n" +
		"class HandlerBlueprint(Blueprint):\n    def add_url_rule(self, rule, endpoint=None, view_func=None, **options):\n" +
		"        if view_func is not None:\n            view_func = make_view_func(view_func)\n        super().add_url_rule(rule, endpoint, view_func, **options)\n"
	handlers := "class RH:\n    def process(self):\n        return self._process()\n\n\n" +
		"class RHSearch(RH):\n    seen = []\n\n    def _process(self):\n        self.seen.append(1)\n        return \"ok\"\n"
	routes := "from app.handlers import RHSearch\nfrom app.util import HandlerBlueprint\n\nbp = HandlerBlueprint(\"x\", __name__)\nbp.add_url_rule(\"/search\", \"search\", RHSearch)\n"
	root := writeTree(t, map[string]string{"app/__init__.py": "", "app/util.py": util, "app/handlers.py": handlers, "app/routes.py": routes})
	var stderr bytes.Buffer
	res := check.Run([]string{root}, []*analysis.Analyzer{rules.MutableClassAttributeMutated}, config.Default(root), &stderr)
	if len(res.Findings) != 1 || res.Findings[0].Reachability == nil {
		t.Fatalf("want one finding with a path, got\n%s", render(res))
	}
	want := "app.util.make_view_func.wrapper app.handlers.RH.process app.handlers.RHSearch._process"
	if got := strings.Join(res.Findings[0].Reachability.Names(), " "); got != want {
		t.Errorf("path %s, want %s", got, want)
	}
}
