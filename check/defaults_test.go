package check_test

import (
	"bytes"
	"maps"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// runStrict checks the tree at root with one rule in strict mode.
func runStrict(t *testing.T, root string, a *analysis.Analyzer) check.Result {
	t.Helper()
	var stderr bytes.Buffer
	cfg := config.Default(root)
	cfg.Strict = true
	res := check.Run([]string{root}, []*analysis.Analyzer{a}, cfg, &stderr)
	if stderr.Len() > 0 {
		t.Fatalf("stderr: %s", stderr.String())
	}
	return res
}

// findingsWith returns the findings whose message holds text, and fails
// the test when there are none.
func findingsWith(t *testing.T, res check.Result, text string) []check.Finding {
	t.Helper()
	var out []check.Finding
	for _, f := range res.Findings {
		if strings.Contains(f.Message, text) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Errorf("want a finding with %q:\n%s", text, render(res))
	}
	return out
}

// wantLow fails unless there is a finding whose message holds text, and
// each such finding is low with a reason that holds reason.
func wantLow(t *testing.T, res check.Result, text, reason string) {
	t.Helper()
	for _, f := range findingsWith(t, res, text) {
		if f.Confidence != analysis.Low || !strings.Contains(strings.Join(f.Lower, "; "), reason) {
			t.Errorf("%s: %s %q, want low, with %q", text, f.Confidence, f.Lower, reason)
		}
	}
}

// wantShown fails unless there is a finding whose message holds text,
// and none such is low.
func wantShown(t *testing.T, res check.Result, text string) {
	t.Helper()
	for _, f := range findingsWith(t, res, text) {
		if f.Confidence == analysis.Low {
			t.Errorf("%s: low %q, want it shown", text, f.Lower)
		}
	}
}

// A mutable default that every call that runs passes, by name or by
// position, is never used: its finding is low. One a call leaves out
// stays.
func TestADefaultEveryCallPassesIsLow(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/llm.py": `def complete(prompt, tracer={}, options={}):
    tracer["usage"] = len(prompt)
    options["n"] = 1
    return prompt
`,
		"api/views.py": `from flask import Flask

from .llm import complete

app = Flask(__name__)


@app.route("/a")
def a():
    return complete("x", tracer={}, options={"k": 1})


@app.route("/b")
def b():
    tracer = {}
    return complete("y", tracer=tracer)


@app.route("/c")
def c():
    return complete("z", {})
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	seen := map[string]bool{}
	for _, f := range res.Findings {
		lower := strings.Join(f.Lower, "; ")
		switch {
		case strings.Contains(f.Message, "default of `tracer`"):
			seen["tracer"] = true
			if want := "every call of `api.llm.complete` that runs passes `tracer`: its default is never used"; f.Confidence != analysis.Low || !strings.Contains(lower, want) {
				t.Errorf("tracer: want it low, saying %q:\n%s", want, render(res))
			}
		case strings.Contains(f.Message, "default of `options`"):
			seen["options"] = true
			if f.Confidence == analysis.Low {
				t.Errorf("options: /b and /c leave it out, want it reported:\n%s", render(res))
			}
		}
	}
	if !seen["tracer"] || !seen["options"] {
		t.Errorf("want both defaults found:\n%s", render(res))
	}
}

// An exception's __init__ is called only by its class's calls, which
// the graph sees (`raise Error(...)`, a subclass's super().__init__):
// Python's exceptions call no method of a subclass's themselves, so a
// default each of those calls passes is never used. A library's base
// class may call it, and keeps it reported.
func TestAnExceptionsDefaultEveryCallPassesIsLow(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/errors.py": `from lib import Base


class DuplicateError(ValueError):
    def __init__(self, fields=[], status=400):
        self.fields = fields
        super().__init__(status)


class BrandingError(DuplicateError):
    def __init__(self):
        super().__init__(fields=["name"])


class LibraryError(Base):
    def __init__(self, fields=[]):
        self.fields = fields
`,
		"api/views.py": `from flask import Flask

from .errors import BrandingError, DuplicateError, LibraryError

app = Flask(__name__)


@app.route("/a")
def a():
    raise BrandingError()


@app.route("/b")
def b():
    raise DuplicateError(["x"])


@app.route("/c")
def c():
    raise LibraryError(fields=["y"])
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	seen := map[string]bool{}
	for _, f := range res.Findings {
		lower := strings.Join(f.Lower, "; ")
		switch {
		case strings.Contains(f.Message, "`DuplicateError.__init__`"):
			seen["DuplicateError"] = true
			if want := "passes `fields`: its default is never used"; f.Confidence != analysis.Low || !strings.Contains(lower, want) {
				t.Errorf("DuplicateError: want it low, saying %q:\n%s", want, render(res))
			}
		case strings.Contains(f.Message, "`LibraryError.__init__`"):
			seen["LibraryError"] = true
			if f.Confidence == analysis.Low {
				t.Errorf("LibraryError: a library's base may build it, want it reported:\n%s", render(res))
			}
		}
	}
	if !seen["DuplicateError"] || !seen["LibraryError"] {
		t.Errorf("want both defaults found:\n%s", render(res))
	}
}

// A library's base class calls its own hooks on a subclass, not a
// method the subclass names privately: a private method every call of
// which passes the parameter never uses its default.
func TestAPrivateMethodOfALibrarysSubclassUsesTheCallsArguments(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/resources.py": `from collections import OrderedDict

from flask import Flask
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Codes(Resource):
    def get(self):
        return [self._flatten(d, OrderedDict()) for d in [{"a": {"b": 1}}]]

    def _flatten(self, data, accumulator={}, path=None):
        for k, v in data.items():
            if isinstance(v, dict):
                self._flatten(v, accumulator, k)
            else:
                accumulator[k] = v
        return accumulator

    def post(self, fields=[]):
        fields.append(1)
        return fields


api.add_resource(Codes, "/codes")
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	seen := map[string]bool{}
	for _, f := range res.Findings {
		lower := strings.Join(f.Lower, "; ")
		switch {
		case strings.Contains(f.Message, "`Codes._flatten`"):
			seen["_flatten"] = true
			if want := "passes `accumulator`: its default is never used"; f.Confidence != analysis.Low || !strings.Contains(lower, want) {
				t.Errorf("_flatten: want it low, saying %q:\n%s", want, render(res))
			}
		case strings.Contains(f.Message, "`Codes.post`"):
			seen["post"] = true
			if f.Confidence == analysis.Low {
				t.Errorf("post: the library calls its hook with what it likes, want it reported:\n%s", render(res))
			}
		}
	}
	if !seen["_flatten"] || !seen["post"] {
		t.Errorf("want both defaults found:\n%s", render(res))
	}
}

// A method's calls on receivers of no known class are no edges of the
// graph: that every edge passes the parameter says nothing of them.
func TestAMethodsDefaultStaysThoughEveryEdgePassesIt(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/store.py": `class Store:
    def get(self, key, seen=[]):
        seen.append(key)
        return seen


def default_store():
    return Store()
`,
		"api/views.py": `from flask import Flask

from .store import Store, default_store

app = Flask(__name__)


@app.route("/a")
def a():
    return Store().get("x", [])


@app.route("/b")
def b(store=None):
    return (store or lookup()).get("y")
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	for _, f := range findingsWith(t, res, "default of `seen`") {
		if f.Confidence == analysis.Low {
			t.Errorf("want it reported:\n%s", render(res))
		}
	}
}

// A method whose every call in the tree is on a receiver of a known class
// (a module-level instance) is as a function: its calls are the graph's
// edges, and a default each of them passes is never used.
func TestAMethodsDefaultEveryResolvedCallPassesIsLow(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/client.py": `class DiagnosisClient:
    def move(self, choices_list=[]):
        record = {"choices": choices_list}
        choices_list.append("seen")
        return record


diagnosis_client = DiagnosisClient()
`,
		"api/views.py": `from flask import Flask

from .client import diagnosis_client as api

app = Flask(__name__)


@app.route("/a/<path:choices>")
def a(choices):
    return api.move([c for c in choices.split("/") if c])
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	wantLow(t, res, "default of `choices_list`", "every call of `api.client.DiagnosisClient.move` that runs passes `choices_list`")
}

// A class attribute set from a parameter that every call that runs passes
// the same, directly or through its caller's parameters, is the same value
// at every run: low. A call that passes the request's own keeps it.
func TestAValueEveryCallPassesTheSameIsLow(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/db.py": `class DB:
    config = None

    @classmethod
    def update_config(cls, config, path):
        cls.config = config
        cls.path = path.root

    def reconnect(self, config, path):
        self.update_config(config, path)


db = DB()
`,
		"shop/settings_store.py": "CONFIG = object()\nPATH = object()\n",
		"shop/views.py": `from shop.db import DB, db
from shop.settings_store import CONFIG, PATH


def admin(request):
    db.reconnect(CONFIG, PATH)


def other(request):
    DB.update_config(CONFIG, PATH)
`,
		"shop/urls.py": "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"a/\", views.admin), path(\"b/\", views.other)]\n",
	}
	want := "every call of `shop.db.DB.update_config` that runs passes the same arguments at every run"
	for _, perRequest := range []bool{false, true} {
		if perRequest {
			files["shop/views.py"] += "\n\ndef tenant(request):\n    db.reconnect(request.tenant_config, PATH)\n"
			files["shop/urls.py"] = "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"a/\", views.admin), path(\"b/\", views.other), path(\"c/\", views.tenant)]\n"
		}
		root := writeTree(t, files)
		res := runStrict(t, root, rules.ClassAttributeWrittenFromMethod)
		n := 0
		for _, f := range res.Findings {
			if !strings.Contains(f.Message, "`DB.update_config` writes") {
				continue
			}
			n++
			low := f.Confidence == analysis.Low && strings.Contains(strings.Join(f.Lower, "; "), want)
			if low == perRequest {
				t.Errorf("a call with the request's data %v: %s, lowered %q:\n%s", perRequest, f.Message, f.Lower, render(res))
			}
		}
		if n != 2 {
			t.Errorf("want the two writes found, got %d:\n%s", n, render(res))
		}
	}
}

// A view calling one def a decorator wraps does not reach another def the
// same decorator wraps: the wrapper runs the def it was made for.
func TestADecoratorsWrapperRunsOnlyTheDefItWraps(t *testing.T) {
	root := writeTree(t, map[string]string{
		"shop/__init__.py": "",
		"shop/util.py": `import functools

import requests


def enforce_types(func):
    @functools.wraps(func)
    def checked(*args, **kwargs):
        return func(*args, **kwargs)
    return checked


@enforce_types
def slugify(text):
    return text.lower()


@enforce_types
def download_url(url):
    session = requests.Session()
    return session.get(url)


def main():
    download_url("https://example.com")
`,
		"shop/views.py": "from shop.util import slugify\n\n\ndef index(request):\n    return slugify(request.GET[\"q\"])\n",
		"shop/urls.py":  "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"\", views.index)]\n",
	})
	res := runStrict(t, root, rules.ClientFactoryPerCall)
	for _, f := range findingsWith(t, res, "`download_url`") {
		if f.Reachability != nil || f.Confidence != analysis.Low {
			t.Errorf("download_url is reached only from main, want no request path and low:\n%s", render(res))
		}
	}
}

// A def given to code outside the tree (functools.partial) may be called
// without the parameter where the graph does not see it: its default
// stays.
func TestADefaultOfADefGivenToALibraryStays(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/views.py": `import functools

from flask import Flask, request

app = Flask(__name__)


def collect(item, acc=[]):
    acc.append(item)
    return acc


@app.route("/b")
def b():
    collect(request.args["x"], [])
    f = functools.partial(collect, request.args["y"])
    return str(f())
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	for _, f := range findingsWith(t, res, "default of `acc`") {
		if f.Confidence == analysis.Low {
			t.Errorf("partial may call collect without acc, want it reported:\n%s", render(res))
		}
	}
}

// Two defs that pass a setter different literals (`set_mode("a")` here,
// `set_mode("b")` there) do not write the same value each time: the
// class's mode flips with the last request (pgadmin's schema-diff
// mode). One that only ever passes one literal does.
func TestASetterGivenDifferentLiteralsIsNotTheSameValue(t *testing.T) {
	files := map[string]string{
		"shop/__init__.py": "",
		"shop/registry.py": "class Registry:\n    mode = None\n    kind = None\n\n" +
			"    @classmethod\n    def set_mode(cls, mode):\n        cls.mode = mode\n\n" +
			"    @classmethod\n    def set_kind(cls, kind):\n        cls.kind = kind\n",
		"shop/views.py": "from shop.registry import Registry\n\n\n" +
			"def compare_database(request):\n    Registry.set_mode(\"Database Objects\")\n    Registry.set_kind(\"diff\")\n\n\n" +
			"def compare_schema(request):\n    Registry.set_mode(\"Schema Objects\")\n",
		"shop/urls.py": "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path(\"a/\", views.compare_database), path(\"b/\", views.compare_schema)]\n",
	}
	res := runStrict(t, writeTree(t, files), rules.ClassAttributeWrittenFromMethod)
	for _, f := range findingsWith(t, res, "`Registry.set_mode` writes") {
		if f.Confidence == analysis.Low {
			t.Errorf("two callers pass different literals: low %v, want it shown", f.Lower)
		}
	}
	for _, f := range findingsWith(t, res, "`Registry.set_kind` writes") {
		if f.Confidence != analysis.Low {
			t.Errorf("one caller, one literal: %s, want low", f.Confidence)
		}
	}
}

// A caller that hands on its own parameter, None by default, passes what
// its caller passed (sre-bot's execute_aws_api_call, whose role_arn no
// request path sets, given to get_aws_client from a closure): the
// Session built when none is given runs, and is shown; the STS client
// built when one is, is low. Where a caller two calls up passes one
// (onyx's net_docs), what runs only then is shown.
func TestAParameterHandedOnWithANoneDefaultMayPassNothing(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/aws.py": "import boto3\n\n\n" +
			"def get_client(service, role_arn=None):\n" +
			"    if role_arn:\n        creds = boto3.client(\"sts\").assume_role(RoleArn=role_arn)\n" +
			"        session = boto3.Session(aws_session_token=creds[\"t\"])\n" +
			"    else:\n        session = boto3.Session()\n" +
			"    return session.client(service)\n\n\n" +
			"def execute(service, method, role_arn=None):\n" +
			"    def api_call():\n        return getattr(get_client(service, role_arn), method)()\n" +
			"    return api_call()\n\n\n" +
			"def execute_flat(service, method, role_arn=None):\n" +
			"    return getattr(get_client(service, role_arn), method)()\n",
		"app/views.py": "from flask import Flask\n\nfrom app.aws import execute, execute_flat\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/x\")\ndef x():\n    execute_flat(\"s3\", \"list_buckets\")\n    return execute(\"s3\", \"list_buckets\")\n",
	})
	res := runStrict(t, root, rules.ClientFactoryPerCall)
	wantLow(t, res, "`boto3.client()`", "no request or task path passes one")
	var shown int
	for _, f := range res.Findings {
		if f.Line == 9 && f.Confidence != analysis.Low {
			shown++
		}
	}
	if shown != 1 {
		t.Errorf("the Session built when role_arn is unset (line 9): %d shown, want 1", shown)
	}
}

func TestAParameterHandedOnIsPassedWhereACallerUpPassesIt(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/aws.py": "import boto3\n\n\n" +
			"def get_client(service, role_arn=None):\n" +
			"    if role_arn:\n        return boto3.client(\"sts\").assume_role(RoleArn=role_arn)\n" +
			"    return None\n\n\n" +
			"def execute(service, role_arn=None):\n    return get_client(service, role_arn)\n\n\n" +
			"def execute_as(service, role_arn=None):\n    return execute(service, role_arn)\n",
		"app/views.py": "from flask import Flask\n\nfrom app.aws import execute_as\n\napp = Flask(__name__)\n\n\n" +
			"@app.route(\"/x\")\ndef x():\n    return execute_as(\"s3\", role_arn=\"arn:aws:iam::1:role/r\")\n",
	})
	res := runStrict(t, root, rules.ClientFactoryPerCall)
	wantShown(t, res, "`boto3.client()`")
}

// A method wrapped by a decorator that passes the call on with *args
// (lcfs's @repo_handler): every call through the wrapper passes the
// parameter, so the default is never used; the wrapper's own call of it,
// with *args, is no call that leaves it out. One call is on a receiver
// only the solve places (a repository a dependency gave).
func TestADefaultEveryCallThroughAWrapperPassesIsNeverUsed(t *testing.T) {
	root := writeTree(t, map[string]string{
		"app/__init__.py": "",
		"app/deco.py": `import functools


def repo_handler(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        return await func(*args, **kwargs)
    return wrapper
`,
		"app/repo.py": `from .deco import repo_handler


class TransactionRepository:
    @repo_handler
    async def paginated(self, offset, conditions: list = []):
        conditions.append(offset)
        return conditions


repo = TransactionRepository()
`,
		"app/views.py": `from fastapi import Depends, FastAPI

from .repo import TransactionRepository, repo

app = FastAPI()


class TransactionService:
    def __init__(self, store: TransactionRepository = Depends()):
        self.store = store

    async def page(self, offset):
        return await self.store.paginated(offset, [])


@app.get("/t")
async def transactions(offset: int):
    return await repo.paginated(offset, [])


@app.get("/p")
async def pages(offset: int, service: TransactionService = Depends()):
    return await service.page(offset)
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	if len(res.Findings) != 1 {
		t.Fatalf("want one finding:\n%s", render(res))
	}
	f := res.Findings[0]
	if want := "passes `conditions`: its default is never used"; f.Confidence != analysis.Low || !strings.Contains(strings.Join(f.Lower, "; "), want) {
		t.Errorf("want it low, saying %q:\n%s", want, render(res))
	}
}

// A mutable default's request path ends with a call that leaves the
// parameter out, where one does: a call that passes it does not use
// the default.
func TestADefaultsPathEndsWithACallThatLeavesItOut(t *testing.T) {
	root := writeTree(t, map[string]string{
		"api/__init__.py": "",
		"api/locks.py": `def acquire(key, document={}):
    document["key"] = key
    return document
`,
		"api/jobs.py": `from .locks import acquire


def sync_all(keys):
    for key in keys:
        acquire(key)
`,
		"api/views.py": `from flask import Flask

from .jobs import sync_all
from .locks import acquire

app = Flask(__name__)


@app.route("/a")
def a():
    return acquire("x", document={})


@app.route("/b")
def b():
    sync_all(["y"])
    return ""
`,
	})
	res := runStrict(t, root, rules.MutableDefaultArgument)
	got := requestPaths(res.Findings)
	want := map[string]string{"locks.py:1": "flask-route api.views.b: api.views.b@views.py:15:1 -> api.jobs.sync_all@jobs.py:4:1 -> api.locks.acquire@locks.py:1:1"}
	if !maps.Equal(got, want) {
		t.Errorf("request paths %v, want %v", got, want)
	}
}
