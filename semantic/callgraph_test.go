package semantic_test

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// edges are expectations on a graph: "from -> to" must be an edge,
// "from -/> to" must not, "from -kind-> to" is a hand-off of that kind.
func checkEdges(t *testing.T, g *semantic.CallGraph, edges ...string) {
	t.Helper()
	for _, want := range edges {
		from, rest, _ := strings.Cut(want, " -")
		arrow, to, _ := strings.Cut(rest, "> ")
		arrow = strings.TrimSuffix(arrow, "-")
		var have []string
		for _, e := range g.Callees(from) {
			if e.To == to {
				have = append(have, e.HandOff)
			}
		}
		switch arrow {
		case "/":
			if len(have) > 0 {
				t.Errorf("%s: the graph has it", want)
			}
		case "":
			if !slices.Contains(have, "") {
				t.Errorf("%s: not in the graph (callees of %s: %v)", want, from, g.Callees(from))
			}
		default:
			if !slices.Contains(have, arrow) {
				t.Errorf("%s: not in the graph (callees of %s: %v)", want, from, g.Callees(from))
			}
		}
	}
}

func TestCallGraphImportsReExportsAliasesAndStarImports(t *testing.T) {
	g := program(t, map[string]string{
		"app.__init__": "from .impl import helper as exported\n",
		"app.impl":     "def helper():\n    pass\ndef other():\n    pass\n",
		"app.star":     "from app.impl import *\n",
		"main": `from app import exported
import app.impl as impl
from app.star import other
from . import missing
def run():
    exported()
    impl.other()
    f = impl.helper
    f()
    other()
`,
	}).CallGraph()
	checkEdges(t, g,
		"main.run -> app.impl.helper",
		"main.run -> app.impl.other",
	)
}

func TestCallGraphMethodsConstructorsSuperAndC3(t *testing.T) {
	g := program(t, map[string]string{"m": `
class A:
    def __init__(self):
        self.setup()
    def setup(self):
        pass
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return super().hello()
class C(A):
    def hello(self):
        return super().hello()
class D(B, C):
    def hello(self):
        return super().hello()
    def __call__(self):
        pass
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        pass
registry = D()
def main():
    d = D.make()
    d.hello()
    registry()
    D.util()
`}).CallGraph()
	checkEdges(t, g,
		"m.main -> m.D.make",
		"m.D.make -> m.A.__init__",
		"m.A.__init__ -> m.A.setup",
		"m.main -> m.D.hello",
		"m.D.hello -> m.B.hello",
		// C3: D, B, C, A: super() in B, for a D, is C.
		"m.B.hello -> m.C.hello",
		"m.C.hello -> m.A.hello",
		"m.main -> m.D.__call__",
		"m.main -> m.D.util",
		"m.D.hello -> <builtin>.super",
	)
}

func TestCallGraphDecoratorsWrapsClosuresAndLambdas(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def work():
    pass
def make_adder(n):
    def add(x):
        return x + n
    return add
def main():
    work()
    adder = make_adder(1)
    adder(2)
    square = lambda x: x * x
    square(3)
`}).CallGraph()
	checkEdges(t, g,
		"m -> m.logged",
		"m.logged -> functools.wraps",
		"m.main -> m.logged.wrapper",
		"m.logged.wrapper -> m.work",
		"m.main -> m.make_adder.add",
		"m.main -> m.main.<lambda1>",
	)
}

// A decorator's wrapper is one def for every def it wraps: the graph has
// it call each of them (PyCG's view). As code runs, a call of one
// decorated def runs that def only: RunCallees leaves the caller for the
// def it called, through the wrapper (Edge.Via), and drops the wrapper's
// edges to the defs it wraps, unless a call runs the wrapper as itself.
func TestCallGraphRunsADecoratedDefThroughItsOwnWrapper(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools

def checked(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        log()
        return func(*args, **kwargs)
    return wrapper

def log():
    pass

@checked
def download(url):
    pass

@checked
def upload(url):
    pass

def view():
    download("u")

def task():
    upload("u")
`}).CallGraph()
	checkEdges(t, g,
		"m.view -> m.checked.wrapper",
		"m.checked.wrapper -> m.download",
		"m.checked.wrapper -> m.upload",
		"m.view -/> m.download",
	)
	run := func(from string) []string {
		var out []string
		for _, e := range g.RunCallees(from) {
			out = append(out, e.To+" via "+e.Via)
		}
		return out
	}
	if got := run("m.view"); !slices.Contains(got, "m.download via m.checked.wrapper") || !slices.Contains(got, "m.checked.wrapper via ") {
		t.Errorf("RunCallees(m.view) = %q, want m.download through the wrapper, and the wrapper", got)
	}
	if got := run("m.checked.wrapper"); !slices.Contains(got, "m.log via ") || slices.ContainsFunc(got, func(e string) bool {
		return strings.HasPrefix(e, "m.download ") || strings.HasPrefix(e, "m.upload ")
	}) {
		t.Errorf("RunCallees(m.checked.wrapper) = %q, want m.log and none of the defs it wraps", got)
	}
	var callers []string
	for _, e := range g.RunCallers("m.upload") {
		callers = append(callers, e.From)
	}
	if !slices.Equal(callers, []string{"m.task"}) {
		t.Errorf("RunCallers(m.upload) = %q, want [m.task]", callers)
	}

	// Called as itself (inline, not as a decorated def), the wrapper
	// keeps its edges.
	g = program(t, map[string]string{"m": `
def checked(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@checked
def download(url):
    pass

def other(url):
    pass

def view():
    download("u")
    checked(other)("u")
`}).CallGraph()
	found := false
	for _, e := range g.RunCallees("m.checked.wrapper") {
		found = found || e.To == "m.download"
	}
	if !found {
		t.Errorf("RunCallees(m.checked.wrapper) lost m.download, though a call runs the wrapper as itself")
	}
}

// A decorator given more defs than a cell holds (sre-bot's
// handle_aws_api_errors, on every AWS helper) loses what its wrapper
// calls: a call of one of them still runs that def, through its own
// wrapper, and of no other def the first runs of the decorator saw.
func TestCallGraphRunsADefThroughAWrapperOfManyDefs(t *testing.T) {
	var src strings.Builder
	src.WriteString(`
def handle(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@handle
def first(x):
    pass

@handle
def get_client(name):
    pass

def execute(name):
    return get_client(name)
`)
	for i := range 40 {
		fmt.Fprintf(&src, "\n@handle\ndef f%d(x):\n    pass\n", i)
	}
	g := program(t, map[string]string{"m": src.String()}).CallGraph()
	var got []string
	for _, e := range g.RunCallees("m.execute") {
		got = append(got, e.To+" via "+e.Via)
	}
	if !slices.Contains(got, "m.get_client via m.handle.wrapper") {
		t.Errorf("RunCallees(m.execute) = %q, want m.get_client through the wrapper", got)
	}
	for _, e := range g.RunCallees("m.handle.wrapper") {
		if e.To == "m.first" {
			t.Errorf("RunCallees(m.handle.wrapper) has m.first, one of the defs the decorator's first run saw")
		}
	}
}

// A method decorated so runs through its own wrapper too, bound to the
// instance (ras-collection-instrument's `with_db_session` on every
// method of a controller): a view that calls one runs that method, and
// its request path does not go through another the decorator wraps.
func TestCallGraphRunsADecoratedMethodThroughItsOwnWrapper(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools

def with_session(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs, session=None)
    return wrapper

class Controller:
    @with_session
    def upload(self, data, session=None):
        pass

    @with_session
    def delete(self, key, session=None):
        pass

def view():
    Controller().upload("d")
`}).CallGraph()
	var got []string
	for _, e := range g.RunCallees("m.view") {
		got = append(got, e.To+" via "+e.Via)
	}
	if !slices.Contains(got, "m.Controller.upload via m.with_session.wrapper") {
		t.Errorf("RunCallees(m.view) = %q, want m.Controller.upload through the wrapper", got)
	}
	var callers []string
	for _, e := range g.RunCallers("m.Controller.delete") {
		callers = append(callers, e.From)
	}
	if len(callers) != 0 {
		t.Errorf("RunCallers(m.Controller.delete) = %q, want none: only upload is called", callers)
	}
}

func TestCallGraphContainersReturnsAndParameters(t *testing.T) {
	g := program(t, map[string]string{"m": `
def a():
    pass
def b():
    pass
def c():
    pass
routes = {"a": a, "b": b}
handlers = [a, b]
def dispatch(k):
    routes[k]()
def first():
    handlers[0]()
def apply(fn):
    return fn()
def pick():
    return c
def main():
    apply(b)
    pick()()
    try:
        raise ValueError()
    except ValueError:
        pass
`}).CallGraph()
	checkEdges(t, g,
		"m.dispatch -> m.a",
		"m.dispatch -> m.b",
		"m.first -> m.a",
		"m.first -/> m.b",
		"m.apply -> m.b",
		"m.main -> m.c",
		"m.main -> <builtin>.ValueError",
	)
}

// A registry filled through a container's own methods, at import or in
// startup code, calls what it was filled with when a request reads it.
func TestCallGraphContainersFilledByTheirMethods(t *testing.T) {
	g := program(t, map[string]string{
		"hooks": "AFTER = []\nSEEN = set()\nORDER = [print]\nBY_NAME = {}\n",
		"m": `from hooks import AFTER, SEEN, ORDER, BY_NAME
def a():
    pass
def b():
    pass
def c():
    pass
def d():
    pass
def e():
    pass
def setup():
    AFTER.append(a)
    SEEN.add(b)
    ORDER.insert(0, c)
    AFTER.extend([d])
    BY_NAME.update({"e": e})
def run_after():
    for hook in AFTER:
        hook()
def run_seen():
    for hook in SEEN:
        hook()
def run_order():
    ORDER[0]()
def run_by_name(name):
    BY_NAME[name]()
`}).CallGraph()
	checkEdges(t, g,
		"m.run_after -> m.a",
		"m.run_after -> m.d",
		"m.run_after -/> m.b",
		"m.run_seen -> m.b",
		"m.run_order -> m.c",
		"m.run_order -> <builtin>.print",
		"m.run_by_name -> m.e",
		"m.setup -/> <**PyList**>.append",
	)
}

// dict.get, pop and setdefault give the items the dict holds at the key
// (any, for a key not known), or the default: `UPLOADERS.get(name)()`
// builds one of the classes the registry holds.
func TestCallGraphContainersReadByTheirMethods(t *testing.T) {
	g := program(t, map[string]string{"m": `
class Disk:
    def __init__(self):
        pass
class Cloud:
    def __init__(self):
        pass
class Memory:
    def __init__(self):
        pass
class Spare:
    def __init__(self):
        pass
UPLOADERS = {"disk": Disk, "cloud": Cloud}
KEPT = {}
def provider():
    return "disk"
def get_uploader():
    return UPLOADERS.get(provider() or "disk")()
def get_with_default(name):
    return UPLOADERS.get(name, Memory)()
def take(name):
    return UPLOADERS.pop(name)()
def keep(name):
    return KEPT.setdefault(name, Spare)()
def known():
    return UPLOADERS.get("cloud")()
`}).CallGraph()
	checkEdges(t, g,
		"m.get_uploader -> m.Disk.__init__",
		"m.get_with_default -> m.Disk.__init__",
		"m.get_with_default -> m.Cloud.__init__",
		"m.get_with_default -> m.Memory.__init__",
		"m.take -> m.Cloud.__init__",
		"m.keep -> m.Spare.__init__",
		"m.known -> m.Cloud.__init__",
		"m.known -/> m.Disk.__init__",
		"m.get_uploader -> <**PyDict**>.get",
	)
}

// A dict's values and (key, value) pairs hold its items, and a
// defaultdict's missing item is one the factory makes, kept where the
// next lookup of it reads: a route table a decorator fills,
// `routes[url]["GET"] = handler`, dispatched by `for url, handlers in
// routes.items()`.
func TestCallGraphDictViewsAndDefaultdictItems(t *testing.T) {
	g := program(t, map[string]string{"m": `
from collections import defaultdict
routes = defaultdict(dict)
plain = {}
lists = defaultdict(list)
def made():
    return {}
made_by_def = defaultdict(made)
def get(url):
    def wrapper(handler):
        routes[url]["GET"] = handler
        return handler
    return wrapper
@get("/a")
def list_posts(ctx): pass
def update_post(ctx): pass
def hook(ctx): pass
def other(ctx): pass
plain["/b"] = {"PUT": update_post}
lists["x"].append(hook)
made_by_def["y"]["z"] = other
def dispatch(ctx):
    for url, handlers in routes.items():
        handlers[ctx.method](ctx)
def dispatch_plain(ctx):
    for handlers in plain.values():
        handlers[ctx.method](ctx)
def hooks(ctx):
    for h in lists[ctx.name]:
        h(ctx)
def by_def(ctx):
    made_by_def[ctx.a][ctx.b](ctx)
`}).CallGraph()
	checkEdges(t, g,
		"m.dispatch -> m.list_posts",
		"m.dispatch -/> m.update_post",
		"m.dispatch_plain -> m.update_post",
		"m.dispatch_plain -/> m.list_posts",
		"m.hooks -> m.hook",
		"m.by_def -> m.other",
	)
}

func TestCallGraphIsFlowSensitiveWithinAFunction(t *testing.T) {
	g := program(t, map[string]string{"m": `
class A:
    def f(self):
        pass
class B:
    def f(self):
        pass
def straight():
    c = A()
    c = B()
    c.f()
def branches(x):
    c = A()
    if x:
        c = B()
    c.f()
def loops(xs):
    g = None
    for x in xs:
        if g:
            g.f()
        g = A()
`}).CallGraph()
	checkEdges(t, g,
		"m.straight -> m.B.f",
		"m.straight -/> m.A.f",
		"m.branches -> m.A.f",
		"m.branches -> m.B.f",
		"m.loops -> m.A.f", // along the loop's back edge
	)
}

func TestCallGraphBuiltinsAndExternals(t *testing.T) {
	g := program(t, map[string]string{"m": `
import requests
from os import path as p
def f(xs):
    len(xs)
    requests.get("x").json()
    p.join("a", "b")
`}).CallGraph()
	checkEdges(t, g,
		"m.f -> <builtin>.len",
		"m.f -> requests.get",
		"m.f -> requests.get.json",
		"m.f -> os.path.join",
	)
	// Callers answers for a target outside the tree as for a node.
	for _, to := range []string{"<builtin>.len", "requests.get", "m.f"} {
		var from []string
		for _, e := range g.Callers(to) {
			from = append(from, e.From)
		}
		want := []string{"m.f"}
		if to == "m.f" {
			want = nil
		}
		if !slices.Equal(from, want) {
			t.Errorf("Callers(%s) = %v, want %v", to, from, want)
		}
	}
	if got := g.Callers("os.path.no_such"); got != nil {
		t.Errorf("Callers of a name nothing calls = %v, want none", got)
	}
}

func TestCallGraphHandOffs(t *testing.T) {
	g := program(t, map[string]string{"m": `
import threading, asyncio, multiprocessing
from concurrent.futures import ThreadPoolExecutor
def job():
    pass
async def coro():
    pass
async def other():
    pass
async def third():
    pass
def main():
    threading.Thread(target=job).start()
    with ThreadPoolExecutor() as ex:
        ex.submit(job)
    multiprocessing.Process(target=job)
    pool = multiprocessing.Pool()
    pool.apply_async(job)
async def amain():
    asyncio.create_task(coro())
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, job)
    await asyncio.gather(other(), third())
`, "w": `
from fastapi.concurrency import run_in_threadpool
from starlette.concurrency import run_in_threadpool as in_pool
import anyio
def parse(path):
    pass
def copy(path):
    pass
def check(path):
    pass
async def upload(path):
    await run_in_threadpool(parse, path)
    await in_pool(copy, path)
    await anyio.to_thread.run_sync(check, path)
`, "t": `
from asgiref.sync import async_to_sync
import asyncio
async def fetch(key):
    pass
async def store(key):
    pass
def task(key):
    async_to_sync(fetch)(key)
    asyncio.run(store(key))
`}).CallGraph()
	checkEdges(t, g,
		"m.main -thread-> m.job",
		"m.main -executor-> m.job",
		"m.main -process-> m.job",
		"m.amain -task-> m.coro",
		"m.amain -executor-> m.job",
		"m.amain -task-> m.other",
		"m.amain -task-> m.third", // every awaitable gather is given
		"w.upload -thread-> w.parse",
		"w.upload -thread-> w.copy",
		"w.upload -thread-> w.check",
		"t.task -sync-loop-> t.fetch",
		"t.task -loop-> t.store",
	)
}

// A def given as an argument to code outside the tree is one the caller
// gives away (Given), which that code may call; not one given to a
// builtin (the graph follows those), nor a def decorated.
func TestCallGraphGivenDefs(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools
import validatesns
def fetch(url):
    pass
def key(x):
    return x
@functools.lru_cache()
def cached():
    pass
def view(body):
    validatesns.validate(body, get_certificate=fetch)
    return sorted(body, key=key)
`}).CallGraph()
	if got := g.Given("m.view"); !slices.Equal(got, []string{"m.fetch"}) {
		t.Errorf("Given(m.view) = %v, want [m.fetch]", got)
	}
	if got := g.Given("m"); got != nil {
		t.Errorf("Given(m) = %v, want none", got)
	}
	checkEdges(t, g, "m.view -> m.key")
}

// A callable the library runs later in the caller's own thread
// (Django's transaction.on_commit, after the request's transaction
// commits) is a plain call of it: the request runs it.
func TestCallGraphCallbacksRunInTheCallersThread(t *testing.T) {
	g := program(t, map[string]string{"shop.views": `
from django.db import transaction
from django.db.transaction import on_commit
def notify(order_id):
    pass
def flush():
    pass
def checkout(request):
    oid = request.POST["id"]
    transaction.on_commit(lambda: notify(oid))
    on_commit(func=flush)
`}).CallGraph()
	checkEdges(t, g,
		"shop.views.checkout -> shop.views.checkout.<lambda1>",
		"shop.views.checkout.<lambda1> -> shop.views.notify",
		"shop.views.checkout -> shop.views.flush",
	)
}

// A parameter holds an instance of the class it is annotated with,
// whoever passes it: a framework's handler gets its objects from no
// caller the graph sees. Generics' arguments, typing constructs and
// builtins are no class of the parameter.
func TestCallGraphAnnotatedParametersHoldTheirClasses(t *testing.T) {
	g := program(t, map[string]string{"m": `
from __future__ import annotations
from typing import Optional, Union, Annotated
from fastapi import BackgroundTasks
class Service:
    def run(self):
        pass
class Other:
    def run(self):
        pass
    def stop(self):
        pass
def mail():
    pass
def plain(s: Service):
    s.run()
def optional(s: Optional[Service] = None, o: "Other" = None):
    s.run()
    o.stop()
def union(s: Service | None, *, o: Union[Other, int]):
    s.run()
    o.stop()
def annotated(s: Annotated[Service, "x"]):
    s.run()
def generic(s: list[Other]):
    s.stop()
def handler(tasks: BackgroundTasks):
    tasks.add_task(mail)
`}).CallGraph()
	checkEdges(t, g,
		"m.plain -> m.Service.run",
		"m.plain -/> m.Other.run",
		"m.optional -> m.Service.run",
		"m.optional -> m.Other.stop",
		"m.union -> m.Service.run",
		"m.union -> m.Other.stop",
		"m.annotated -> m.Service.run",
		"m.generic -/> m.Other.stop",
		"m.handler -task-> m.mail",
	)
}

// A parameter annotated with an interface (a Protocol, an abstract base,
// or a class one of whose methods only raises NotImplementedError, an
// abstract base by convention) holds the tree's implementations of it
// too: the one the program builds may come from where the graph does not
// look (a class named in the settings, a FastAPI dependency), and the
// interface's own methods are stubs.
func TestCallGraphAnnotatedInterfacesHoldTheirImplementations(t *testing.T) {
	g := program(t, map[string]string{"m": `
import abc
from typing import Protocol
from django.utils.module_loading import import_string
class Store(Protocol):
    def save(self, row):
        raise NotImplementedError()
class DBStore(Store):
    def save(self, row):
        pass
class Base(abc.ABC):
    @abc.abstractmethod
    def send(self):
        pass
class Mailer(Base):
    def send(self):
        pass
class Plain:
    def go(self):
        pass
class Fast(Plain):
    def go(self):
        pass
class Events:
    """Publishes events."""
    def publish(self, event):
        """Send it."""
        raise NotImplementedError
class Rabbit(Events):
    def publish(self, event):
        pass
class Layer:
    def __init__(self, store: Store, mailer: Base, plain: Plain, events: Events):
        self._store = store
        self._mailer = mailer
        self._plain = plain
        self._events = events
    def write(self, row):
        self._store.save(row)
        self._mailer.send()
        self._plain.go()
        self._events.publish(row)
def make():
    return Layer(import_string("x.Store")(), import_string("x.Mailer")(), import_string("x.Plain")(), import_string("x.Events")())
`}).CallGraph()
	checkEdges(t, g,
		"m.Layer.write -> m.Store.save",
		"m.Layer.write -> m.DBStore.save",
		"m.Layer.write -> m.Mailer.send",
		"m.Layer.write -> m.Plain.go",
		"m.Layer.write -/> m.Fast.go",
		"m.Layer.write -> m.Rabbit.publish",
		// abstractmethod returns the def it is given: calling it is
		// calling the def, not abstractmethod.
		"m.Layer.write -/> abc.abstractmethod",
	)
}

// A model's query manager gives its rows: what the query's methods
// return, what iterating or indexing a query gives, and what a row
// getter returns are instances of the model, whose methods the graph
// follows.
func TestCallGraphQueriesOfAModelGiveItsRows(t *testing.T) {
	g := program(t, map[string]string{"m": `
from django.db import models
from django.shortcuts import get_object_or_404
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import declarative_base
class Job(models.Model):
    def cancel(self):
        pass
    def retry(self):
        pass
    def archive(self):
        pass
    def notify(self):
        pass
    def delete(self):
        pass
Base = declarative_base()
db = SQLAlchemy()
class Entry(Base):
    def close(self):
        pass
class Note(db.Model):
    def pin(self):
        pass
class Plain:
    def cancel(self):
        pass
class Custom(models.Model):
    objects = None
    def cancel(self):
        pass
class Explicit(models.Model):
    # The library's manager, named: the same rows.
    objects = models.Manager()
    def cancel(self):
        pass
def one(pk):
    Job.objects.get(pk=pk).cancel()
def chained(pk):
    job = Job.objects.filter(pk=pk).select_related("x").first()
    job.retry()
def each():
    for job in Job.objects.all():
        job.archive()
def shortcut(pk):
    get_object_or_404(Job, pk=pk).notify()
def declared(pk):
    # A base a library's call made, and Flask-SQLAlchemy's db.Model.
    Entry.query.get(pk).close()
    Note.query.filter_by(pk=pk).first().pin()
def bulk(pk):
    # A query set's delete deletes in the database: no row's delete runs.
    Job.objects.filter(pk=pk).delete()
    Job.objects.count().delete()
def row_delete(pk):
    Job.objects.filter(pk=pk)[0].delete()
def plain():
    Plain.objects.get().cancel()
def custom():
    Custom.objects.get().cancel()
def explicit():
    Explicit.objects.get().cancel()
`}).CallGraph()
	checkEdges(t, g,
		"m.one -> m.Job.cancel",
		"m.chained -> m.Job.retry",
		"m.each -> m.Job.archive",
		"m.shortcut -> m.Job.notify",
		"m.bulk -/> m.Job.delete",
		"m.row_delete -> m.Job.delete",
		"m.plain -/> m.Plain.cancel",
		"m.custom -/> m.Custom.cancel",
		"m.declared -> m.Entry.close",
		"m.declared -> m.Note.pin",
		"m.explicit -> m.Explicit.cancel",
	)
}

// A model's relation gives the related model's rows: a foreign key the
// row, its reverse a query of the rows that point at it; a one-to-one
// field the row both ways; a many-to-many field a query both ways. The
// related model is named, or given by a string.
func TestCallGraphRelationsOfModelsGiveRelatedRows(t *testing.T) {
	g := program(t, map[string]string{"shop.__init__": "", "shop.models": `
from django.db import models
class Permit(models.Model):
    def extend(self):
        pass
class Request(models.Model):
    permit = models.ForeignKey(Permit, related_name="requests", on_delete=models.CASCADE)
    owner = models.ForeignKey("accounts.User", on_delete=models.CASCADE)
    parent = models.ForeignKey("self", null=True, on_delete=models.CASCADE)
    hidden = models.ForeignKey(Permit, related_name="+", on_delete=models.CASCADE)
    def approve(self):
        self.permit.extend()
class Profile(models.Model):
    user = models.OneToOneField(to="accounts.User", on_delete=models.CASCADE)
    tags = models.ManyToManyField("Tag")
    def sync(self):
        pass
class Tag(models.Model):
    def rename(self):
        pass
`, "accounts.__init__": "", "accounts.models": `
from django.db import models
class User(models.Model):
    def notify(self):
        pass
`, "shop.views": `
from shop.models import Permit, Request, Profile, Tag
def extend(pk, months):
    permit = Permit.objects.get(pk=pk)
    permit.requests.create(months=months).approve()
def owner(pk):
    Request.objects.get(pk=pk).owner.notify()
def parent(pk):
    Request.objects.get(pk=pk).parent.approve()
def profile(pk):
    profile = Profile.objects.get(pk=pk)
    profile.user.profile.sync()
    for tag in profile.tags.all():
        tag.rename()
    Tag.objects.get(pk=pk).profile_set.first().sync()
def requests_of(user):
    user = Request.objects.get().owner
    for r in user.request_set.all():
        r.approve()
def hidden(pk):
    Request.objects.get(pk=pk).hidden.extend()
    Permit.objects.get(pk=pk).request_set.first().approve()
`}).CallGraph()
	checkEdges(t, g,
		"shop.views.extend -> shop.models.Request.approve",
		"shop.models.Request.approve -> shop.models.Permit.extend",
		"shop.views.owner -> accounts.models.User.notify",
		"shop.views.parent -> shop.models.Request.approve",
		"shop.views.profile -> shop.models.Profile.sync",
		"shop.views.profile -> shop.models.Tag.rename",
		"shop.views.requests_of -> shop.models.Request.approve",
		"shop.views.hidden -> shop.models.Permit.extend",
	)
	// related_name="+" leaves Permit no reverse, and the default name
	// is not there where one is given.
	checkEdges(t, g, "shop.views.hidden -/> shop.models.Request.approve")
}

// A library's one-to-one field (django-annoying's AutoOneToOneField,
// which makes the related row on first read) relates rows both ways as
// Django's does.
func TestCallGraphLibraryRelationFields(t *testing.T) {
	g := program(t, map[string]string{"m": `
from annoying.fields import AutoOneToOneField
from django.db import models
class Project(models.Model):
    def title(self):
        pass
class Summary(models.Model):
    project = AutoOneToOneField(Project, primary_key=True, on_delete=models.CASCADE, related_name="summary")
    def update_counts(self):
        pass
def save_annotation(pk):
    project = Project.objects.get(pk=pk)
    project.summary.update_counts()
    project.summary.project.title()
`}).CallGraph()
	checkEdges(t, g,
		"m.save_annotation -> m.Summary.update_counts",
		"m.save_annotation -> m.Project.title",
	)
}

// A model's manager of a class of the tree (`objects = ProjectManager()`,
// a models.Manager) is a query of the model's rows too: what its own
// methods return of the library's (`self.filter(...)`) is one.
func TestCallGraphCustomManagersGiveRows(t *testing.T) {
	g := program(t, map[string]string{"m": `
from django.db import models
from django.shortcuts import get_object_or_404
class ProjectManager(models.Manager):
    def for_user(self, user):
        return self.filter(owner=user)
class Project(models.Model):
    objects = ProjectManager()
    def title(self):
        pass
def detail(request, pk):
    project = get_object_or_404(Project.objects.for_user(request.user), pk=pk)
    project.title()
    Project.objects.get(pk=pk).title()
`}).CallGraph()
	checkEdges(t, g,
		"m.detail -> m.ProjectManager.for_user",
		"m.detail -> m.Project.title",
	)
}

// SQLAlchemy 2.0's select() of a model is a query of its rows, and a
// session's method that runs it, or loads the model by its key, gives
// them, whatever the session is.
func TestCallGraphSelectsRunBySessionsGiveRows(t *testing.T) {
	g := program(t, map[string]string{"m": `
import sqlalchemy as sa
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase
from sqlmodel import SQLModel, select as sm_select
db = SQLAlchemy()
class Base(DeclarativeBase):
    pass
class Order(Base):
    def pay(self):
        pass
    def ship(self):
        pass
    def cancel(self):
        pass
    def refund(self):
        pass
    def archive(self):
        pass
class Note(db.Model):
    def pin(self):
        pass
class Hero(SQLModel, table=True):
    def train(self):
        pass
class Plain:
    def pay(self):
        pass
def scalars(session, pk):
    session.scalars(select(Order).where(Order.id == pk)).one().pay()
def statement(session, pk):
    stmt = sa.select(Order).filter_by(id=pk)
    session.execute(stmt).scalar_one().ship()
def by_key(session, pk):
    session.get(Order, pk).cancel()
async def awaited(session, pk):
    order = (await session.execute(select(Order))).scalar_one_or_none()
    order.refund()
def each(session):
    for order in session.scalars(select(Order)).all():
        order.archive()
def flask(pk):
    db.session.execute(db.select(Note).filter_by(id=pk)).scalar_one().pin()
    db.get_or_404(Note, pk).pin()
def sqlmodel(session):
    session.exec(sm_select(Hero)).first().train()
def plain(session, pk):
    # No model of an ORM: no rows.
    session.get(Plain, pk).pay()
`}).CallGraph()
	checkEdges(t, g,
		"m.scalars -> m.Order.pay",
		"m.statement -> m.Order.ship",
		"m.by_key -> m.Order.cancel",
		"m.awaited -> m.Order.refund",
		"m.each -> m.Order.archive",
		"m.flask -> m.Note.pin",
		"m.sqlmodel -> m.Hero.train",
		"m.plain -/> m.Plain.pay",
	)
}

// start() on an instance of a Thread or Process subclass of the tree
// runs its run, unless the class defines start itself.
func TestCallGraphStartingAThreadRunsItsRun(t *testing.T) {
	g := program(t, map[string]string{"m": `
import threading
from multiprocessing import Process
class Poller(threading.Thread):
    def run(self):
        pass
class Worker(Process):
    def run(self):
        pass
class Own(threading.Thread):
    def start(self):
        pass
    def run(self):
        pass
def main():
    Poller().start()
    w = Worker()
    w.start()
    Own().start()
`}).CallGraph()
	checkEdges(t, g,
		"m.main -> m.Poller.run",
		"m.main -> m.Worker.run",
		"m.main -> m.Own.start",
		"m.main -/> m.Own.run",
	)
}

// The Receiver form (celery's f.delay()) with a library of the test's:
// the table of the real one is another file's.
func TestCallGraphReceiverHandOff(t *testing.T) {
	lib := libraries.Library{Name: "tasks", HandOffs: []libraries.HandOff{
		{Func: "tasks.task", Method: "delay", Arg: -1, Receiver: true, Kind: "queue"},
	}}
	f := parser.ParseFile("m.py", []byte(`
from tasks import task
@task
def send():
    pass
def view():
    send.delay()
`))
	m := semantic.NewModule("m", false, f)
	m.DropSyntax()
	p := semantic.NewProgramWith([]*semantic.Module{m}, append(libraries.All(), lib))
	checkEdges(t, p.CallGraph(), "m.view -queue-> m.send")
}

func TestCallGraphNamesNodesAndFindsTheFunctionAtAnOffset(t *testing.T) {
	src := "class K:\n    y = 2\n    def m(self):\n        f = lambda: 1\n        return f\nx = 3\n"
	g := program(t, map[string]string{"pkg.mod": src}).CallGraph()
	for _, name := range []string{"pkg.mod", "pkg.mod.K", "pkg.mod.K.m", "pkg.mod.K.m.<lambda1>"} {
		if _, ok := g.Node(name); !ok {
			t.Errorf("no node %s", name)
		}
	}
	for _, c := range []struct {
		at   string
		want string
	}{{"x = 3", "pkg.mod"}, {"y = 2", "pkg.mod.K"}, {"f =", "pkg.mod.K.m"}, {"1\n", "pkg.mod.K.m.<lambda1>"}} {
		pos := strings.Index(src, c.at)
		if got := g.FunctionAt("pkg.mod.py", token.Pos(pos)); got != c.want {
			t.Errorf("FunctionAt(%q) = %q, want %q", c.at, got, c.want)
		}
	}
}

// A generated tree of many functions passing callables to each other
// costs about the same per function at 1x and 10x.
func TestCallGraphCostIsLinearOnGeneratedInput(t *testing.T) {
	gen := func(n int) map[string]string {
		var b strings.Builder
		b.WriteString("def call(f):\n    return f()\n")
		for i := range n {
			fmt.Fprintf(&b, "def f%d(g=None):\n    call(f%d)\n    h = g or f%d\n    return h\n", i, max(i-1, 0), i/2)
		}
		b.WriteString("def deep():\n" + strings.Repeat(" ", 4) + "x = " + strings.Repeat("(", 50) + "call" + strings.Repeat(")", 50) + "\n")
		return map[string]string{"gen": b.String()}
	}
	timeOf := func(n int) time.Duration {
		p := program(t, gen(n))
		start := time.Now()
		p.CallGraph()
		return time.Since(start)
	}
	timeOf(500) // warm up
	small, large := timeOf(1000), timeOf(10000)
	if large > 30*small+50*time.Millisecond {
		t.Errorf("10x the functions took %v, against %v: not linear", large, small)
	}
}

func TestCallGraphFromRootsRunsOnlyWhatTheyReach(t *testing.T) {
	p := program(t, map[string]string{
		"lib": `
import unused
HANDLERS = {}
def register(f):
    HANDLERS[f.__name__] = f
    return f
def dispatch(name):
    HANDLERS[name]()
`,
		"app": `
from lib import register, dispatch
class View:
    def get(self):
        helper()
        dispatch("x")
@register
def job():
    pass
def helper():
    pass
def unreached():
    helper()
`,
		"unused": "def f():\n    g()\ndef g():\n    pass\n",
		"tools":  "import app\ndef t():\n    app.helper()\n",
	})
	g := semantic.NewCallGraphFrom(p, []string{"app.View.get"}, nil)
	checkEdges(t, g,
		"app.View.get -> app.helper",
		"app.View.get -> lib.dispatch",
		"lib.dispatch -> app.job", // the module app registered it on import
		"app.unreached -/> app.helper",
		"unused.f -/> unused.g",
	)
	if _, ok := g.Node("unused.f"); !ok {
		t.Errorf("the graph should keep every node of the tree, run or not")
	}
	// lib imports unused: its body runs, though f does not; nothing
	// imports tools.
	for path, want := range map[string]bool{"app.py": true, "lib.py": true, "unused.py": true, "tools.py": false} {
		if g.Ran(path) != want {
			t.Errorf("Ran(%s) = %v, want %v", path, g.Ran(path), want)
		}
	}
	none := semantic.NewCallGraphFrom(p, nil, nil)
	for _, n := range none.Nodes() {
		if len(none.Callees(n.Name)) > 0 {
			t.Errorf("no roots: %s has callees %v", n.Name, none.Callees(n.Name))
		}
	}
}

// lazyProgram builds sources as program does, but without call-graph
// summaries, and returns what parses a module's file again for the
// solver, which records the modules it was asked for.
func lazyProgram(t *testing.T, sources map[string]string, summaries semantic.Summaries) (*semantic.Program, *semantic.LazySummaries, *[]string) {
	t.Helper()
	names := slices.Sorted(maps.Keys(sources))
	b := semantic.Builder{CallGraph: summaries}
	var modules []*semantic.Module
	for _, name := range names {
		f := parser.ParseFile(name+".py", []byte(sources[name]))
		m := b.NewModule(strings.TrimSuffix(name, ".__init__"), strings.HasSuffix(name, ".__init__"), f)
		m.DropSyntax()
		modules = append(modules, m)
	}
	var asked []string
	lazy := &semantic.LazySummaries{Parse: func(m *semantic.Module) *parser.File {
		asked = append(asked, m.Name)
		name := strings.TrimSuffix(m.Path, ".py")
		if strings.HasPrefix(name, "tests") {
			return nil // as the driver leaves out test code
		}
		return parser.ParseFile(m.Path, []byte(sources[name]))
	}}
	return semantic.NewProgram(modules), lazy, &asked
}

// A framework calls an entry method on an instance of the class it was
// given, which may be any subclass of the one that defines it: the
// base view's post calls the _post each subclass defines (a template
// method), and the base's own helper through the subclass's MRO.
func TestCallGraphFromAMethodRootRunsItOnSubclasses(t *testing.T) {
	p := program(t, map[string]string{
		"views": `
class Base:
    def post(self, request):
        self.cors()
        return self._post(request)
    def cors(self):
        pass
class Event(Base):
    def _post(self, request):
        pass
class Envelope(Base):
    def _post(self, request):
        pass
class Unrelated:
    def _post(self, request):
        pass
class Own(Base):
    def post(self, request):
        return None
    def _post(self, request):
        pass
`,
	})
	g := semantic.NewCallGraphFrom(p, []string{"views.Base.post"}, nil)
	checkEdges(t, g,
		"views.Base.post -> views.Event._post",
		"views.Base.post -> views.Envelope._post",
		"views.Base.post -> views.Base.cors",
		"views.Base.post -/> views.Unrelated._post",
		// Own's post is its own: the base's never runs on an Own.
		"views.Base.post -/> views.Own._post",
	)
	// The whole graph, as PyCG scores it, stays with what the code
	// itself builds: nothing makes an Event here.
	checkEdges(t, semantic.NewCallGraph(p), "views.Base.post -/> views.Event._post")
}

func TestCallGraphFromRootsMakesTheSummariesItNeedsLazily(t *testing.T) {
	sources := map[string]string{
		"base":         "class Base:\n    def hook(self):\n        pass\n    def run(self):\n        self.hook()\n",
		"app.__init__": "",
		"app.views": `
from base import Base
from app.star import *
import app.sub
from tests.helpers import h
class View(Base):
    def hook(self):
        starred()
        app.sub.f()
        h()
def get():
    View().run()
`,
		"app.star":      "def starred():\n    pass\n",
		"app.sub":       "def f():\n    pass\n",
		"app.unreached": "import base\ndef g():\n    base.Base().run()\n",
		"tests.helpers": "def h():\n    pass\n",
	}
	roots := []string{"app.views.get"}
	// Test code has no summary, as the driver builds them.
	withModels, _, _ := lazyProgram(t, sources, semantic.ProductionSummaries)
	eager := semantic.NewCallGraphFrom(withModels, roots, nil)
	p, lazy, asked := lazyProgram(t, sources, semantic.NoSummaries)
	lazy.Paths = []string{"app.unreached.py"}
	g := semantic.NewCallGraphFrom(p, roots, lazy)

	checkEdges(t, g,
		"app.views.get -> base.Base.run",
		"base.Base.run -> app.views.View.hook",
		"app.views.View.hook -> app.star.starred",
		"app.views.View.hook -> app.sub.f",
		"app.views.View.hook -> tests.helpers.h", // outside the graph, named
	)
	// The same edges as the graph of the summaries built with the model.
	for _, n := range eager.Nodes() {
		want, have := eager.Callees(n.Name), g.Callees(n.Name)
		if fmt.Sprint(want) != fmt.Sprint(have) {
			t.Errorf("%s: callees %v, want %v as with every summary made", n.Name, have, want)
		}
	}
	// Only what the solve needed was parsed again, then the file asked
	// about; test code was asked for and left out.
	slices.Sort(*asked)
	if want := []string{"app", "app.star", "app.sub", "app.unreached", "app.views", "base", "tests.helpers"}; !slices.Equal(*asked, want) {
		t.Errorf("parsed again: %v, want %v", *asked, want)
	}
	if fn := g.FunctionAt("app.unreached.py", token.Pos(strings.Index(sources["app.unreached"], "base.Base()"))); fn != "app.unreached.g" {
		t.Errorf("FunctionAt in a file of Paths: %q, want app.unreached.g", fn)
	}
}

func TestCallGraphBuiltinsThatLookAtACallableDoNotCallIt(t *testing.T) {
	g := program(t, map[string]string{
		"app": `
def task():
    pass
def other():
    pass
def key(x):
    return x
def name_of(f):
    if callable(f) and hasattr(f, "__name__") and not isinstance(f, type):
        return getattr(f, "__qualname__", None) or repr(f) or str(f) or id(f)
def view():
    name_of(task)
    return sorted([1], key=key), list(map(other, [1]))
`,
	})
	checkEdges(t, semantic.NewCallGraph(g),
		"app.name_of -> <builtin>.callable",
		"app.name_of -/> app.task",
		"app.view -> app.key",   // sorted calls its key
		"app.view -> app.other", // map calls its function
	)
}

// staticmethod, classmethod and property wrap the def they decorate: the
// class body does not call it (a registry's add, run only where it is
// applied).
func TestCallGraphMethodDecoratorsDoNotCallTheDef(t *testing.T) {
	g := program(t, map[string]string{
		"app": `
class Registry:
    items = []

    @staticmethod
    def add(c):
        Registry.items.append(c)
        return c

    @classmethod
    def make(cls):
        return cls()

    @property
    def size(self):
        return len(Registry.items)


@Registry.add
class Plugin:
    pass
`,
	})
	checkEdges(t, semantic.NewCallGraph(g),
		"app.Registry -> <builtin>.staticmethod",
		"app.Registry -/> app.Registry.add",
		"app.Registry -/> app.Registry.make",
		"app.Registry -/> app.Registry.size",
		"app -> app.Registry.add",
	)
}

// An edge says whether a call that makes it runs at each iteration of a
// loop of its def, and whether every call that makes it is managed by a
// with statement (a client built per item; a client the caller closes).
func TestCallGraphMarksCallsInLoopsAndWithStatements(t *testing.T) {
	g := program(t, map[string]string{"m": `
def make(): pass
def once(): pass
def each(): pass
def test(): pass
def later(): pass
def kept(): pass
def mixed(): pass

def f(xs):
    once()
    for x in xs:
        each()
    while test():
        pass
    [later() for x in make() for y in later()]
    with kept() as k, open("x"):
        pass
    with mixed():
        pass
    mixed()

def g(xs):
    for x in xs:
        def inner():
            once()
        inner()
`}).CallGraph()
	want := map[string][2]bool{ // callee of m.f or m.g: looped, managed
		"m.f>m.once": {false, false}, "m.f>m.each": {true, false}, "m.f>m.test": {true, false},
		"m.f>m.make": {false, false}, "m.f>m.later": {true, false}, "m.f>m.kept": {false, true},
		"m.f>m.mixed": {false, false}, "m.g>m.g.inner": {true, false}, "m.g.inner>m.once": {false, false},
	}
	checkEdgeFlags(t, g, ">", false, want, "looped, managed", func(e semantic.Edge) [2]bool { return [2]bool{e.Looped, e.Managed} })
}

// An edge says whether every call that makes it is in an except handler
// of its def (Edge.OnFailure): not one in the try's body, else or
// finally, nor one a def nested in a handler makes, nor one the def
// also makes outside a handler, nor one in a handler of only lookups
// that found nothing (a lazy-init guard's miss).
func TestCallGraphMarksCallsInExceptHandlers(t *testing.T) {
	g := program(t, map[string]string{"m": `
def work(): pass
def reconnect(): pass
def done(): pass
def both(): pass
def nested(): pass

def f():
    try:
        work()
    except ValueError:
        reconnect()
        both()
    else:
        done()
    finally:
        done()
    both()

def g():
    try:
        work()
    except* OSError:
        def later():
            nested()
        later()

def h(self, cache, key):
    try:
        return self._c
    except AttributeError:
        self._c = miss()
    try:
        return cache[key]
    except (KeyError, IndexError):
        miss()
    try:
        return cache[key]
    except (KeyError, ConnectionError):
        mixed()
    try:
        return cache[key]
    except:
        bare()

def miss(): pass
def mixed(): pass
def bare(): pass
`}).CallGraph()
	want := map[string]bool{
		"m.f>m.work": false, "m.f>m.reconnect": true, "m.f>m.done": false, "m.f>m.both": false,
		"m.g>m.g.later": true, "m.g.later>m.nested": false,
		"m.h>m.miss": false, "m.h>m.mixed": true, "m.h>m.bare": true,
	}
	checkEdgeFlags(t, g, ">", false, want, "on failure", func(e semantic.Edge) bool { return e.OnFailure })
}

// An edge says whether every call that makes it is in the body of a
// lazy-init guard that sets what the guard tests (Edge.Once): `if _app
// is None: setup(); _app = App()` runs setup once (per key), whatever it
// returns. A guard whose body sets something else, or a local, is none.
func TestCallGraphMarksCallsInAnInitBlock(t *testing.T) {
	g := program(t, map[string]string{"m": `
_app = None
_engines = {}

def setup(): pass
def build(): pass
def dispose(key): pass
def other(): pass
def local_only(): pass
def outside(): pass
def attr_setup(): pass

def application():
    global _app
    if _app is None:
        setup()
        _app = build()
    outside()
    return _app

def engine(key):
    if key not in _engines:
        _engines[key] = build()
        dispose(key)
    return _engines[key]

def unrelated(x):
    if x is None:
        other()
        _app2 = 1

def local(y):
    if y is None:
        local_only()
        y = 2
    return y

class Holder:
    def get(self):
        if self._conn is None:
            attr_setup()
            self._conn = build()
        return self._conn

_UNSET = object()
READY = "ready"
def sentinel_setup(): pass
def state_setup(): pass

class Lazy:
    def get(self):
        if self._client is _UNSET:
            sentinel_setup()
            self._client = build()
        return self._client

    def start(self):
        if self._state is READY:
            state_setup()
            self._state = "running"

_ready = False
def flag_setup(): pass
def flag_other(): pass
def before_flag(): pass

def init_once():
    global _ready
    before_flag()
    if _ready:
        return
    try:
        flag_setup()
        _ready = True
    except Exception:
        pass

def init_every_time():
    if _ready:
        return
    flag_other()
`}).CallGraph()
	want := map[string]bool{
		"m.application>m.setup": true, "m.application>m.build": true, "m.application>m.outside": false,
		"m.engine>m.dispose": true, "m.unrelated>m.other": false, "m.local>m.local_only": false,
		"m.Holder.get>m.attr_setup": true,
		// A sentinel for unset, by its name; another constant is a state.
		"m.Lazy.get>m.sentinel_setup": true, "m.Lazy.start>m.state_setup": false,
		// After `if _ready: return`, what sets _ready; not what does not.
		"m.init_once>m.flag_setup": true, "m.init_once>m.before_flag": false, "m.init_every_time>m.flag_other": false,
	}
	checkEdgeFlags(t, g, ">", false, want, "once", func(e semantic.Edge) bool { return e.Once })
}

// An edge says whether every call that makes it holds a lock that other
// processes see (Edge.Locked): in a with statement over a `.lock(...)`
// call (Redis', a cache's), or after `if not lock.acquire(): return` on a
// local bound to one. A thread lock on self is no such lock.
func TestCallGraphMarksCallsUnderADistributedLock(t *testing.T) {
	g := program(t, map[string]string{"m": `
def migrate(): pass
def step(): pass
def after(): pass
def before(): pass
def plain(): pass
def threaded(): pass

def task(r):
    before()
    lock = r.lock("migration", timeout=60)
    if not lock.acquire():
        return None
    try:
        migrate()
    finally:
        lock.release()

def other(r):
    with r.lock("x"):
        step()
    plain()

class Worker:
    def run(self):
        with self._lock:
            threaded()
`}).CallGraph()
	want := map[string]bool{
		"m.task>m.before": false, "m.task>m.migrate": true,
		"m.other>m.step": true, "m.other>m.plain": false,
		"m.Worker.run>m.threaded": false,
	}
	checkEdgeFlags(t, g, ">", false, want, "locked", func(e semantic.Edge) bool { return e.Locked })
}

// An edge says whether a call that makes it passes a literal constant
// (Edge.Literal), positionally or by keyword; names, displays and
// f-strings are no literals.
func TestCallGraphMarksCallsPassingALiteral(t *testing.T) {
	g := program(t, map[string]string{"m": `
MODE = "x"

def set_mode(mode=None): pass
def named(mode=None): pass
def keyword(mode=None): pass
def mixed(mode=None): pass

def f(x):
    set_mode("Database Objects")
    named(MODE)
    keyword(mode=3)
    mixed(MODE)
    mixed(f"{x}")
    mixed(None)
`}).CallGraph()
	want := map[string]bool{"m.f>m.set_mode": true, "m.f>m.named": false, "m.f>m.keyword": true, "m.f>m.mixed": true}
	checkEdgeFlags(t, g, ">", false, want, "literal", func(e semantic.Edge) bool { return e.Literal })
}

// An edge says whether every call that makes it keeps its result beyond
// the run of its def under a lazy-init guard: in an item, an attribute or
// a global, directly or through a local, while the guard's test says it
// is unset, or after a guard that leaves with it when it is set. A call
// outside the guard, or kept nowhere, is not kept.
func TestCallGraphMarksCallsKeptUnderAGuard(t *testing.T) {
	g := program(t, map[string]string{"m": `
_cache = {}
_one = None

def item(): pass
def attr(): pass
def glob(): pass
def local(): pass
def tupled(): pass
def unguarded(): pass
def before(): pass
def dropped(): pass
def mixed(): pass
def rebound(): pass
def guard(): pass
def after(): pass
def orelse(): pass
def other(): pass
def first(): pass
def second(): pass
def third(): pass
def build(): pass
def rebuild(): pass
def fetched(): pass
def computed(): pass
def refetched(): pass
def load(pk): pass
def stats(): pass
def client(): pass

class Box:
    def get(self, key):
        global _one
        if key not in _cache:
            _cache[key] = item()
        if self._c is None:
            self._c = attr()
        if _one is None:
            _one = glob()
        if not _cache.get(key):
            c = local()
            _cache[key] = c
            _cache[key] = (1, tupled())
        _cache[key] = unguarded()
        b = before()
        if key not in _cache:
            _cache[key] = b
            d = dropped()
            d.close()
            r = rebound()
            r = None
            _cache[key] = r
        if guard() is None:
            _cache[key] = mixed()
        mixed()

def early(key):
    cached = _cache.get(key)
    if cached is not None and cached[0] == 1:
        return cached[1]
    with open(key):
        c = after()
        _cache[key] = (1, c)
    if key in _cache:
        return _cache[key]
    else:
        _cache[key] = orelse()
    return c

def elsewhere(key):
    if key is not None:
        return None
    _cache[key] = other()

def branches(key, kind):
    if key not in _cache:
        c = None
        if kind == 1:
            c = first()
        elif kind == 2:
            c = second()
        else:
            c = third()
            c = None
        _cache[key] = c

def stored(key):
    # The store's set call keeps what a local holds, as an item
    # assignment does; what only the key is made of is not kept.
    result = _cache.get(key)
    if result is not None:
        return result
    result = fetched()
    _cache.set(computed(), result)
    again = refetched()
    _cache.set(key, None)
    return result, again

def loaded(pk, q):
    # A local object's attribute is kept only under a test of it.
    entity = load(pk)
    if q is None:
        entity.stats = stats()
    if entity.client is None:
        entity.client = client()

class Node:
    def connect(self):
        self.client = build()

    def refresh(self):
        self.other = rebuild()

    def check(self):
        if not getattr(self, "client", None):
            self.connect()
            self.refresh()
`}).CallGraph()
	want := map[string]bool{ // edge: kept
		"m.Box.get>m.item": true, "m.Box.get>m.attr": true, "m.Box.get>m.glob": true,
		"m.Box.get>m.local": true, "m.Box.get>m.tupled": true, "m.Box.get>m.unguarded": false,
		"m.Box.get>m.before": false, "m.Box.get>m.dropped": false, "m.Box.get>m.mixed": false,
		"m.Box.get>m.rebound": false, "m.Box.get>m.guard": false,
		// After a guard that leaves with the value when it is set.
		"m.early>m.after": true, "m.early>m.orelse": true, "m.elsewhere>m.other": false,
		// Bound in branches of their own, each may be what is kept.
		"m.branches>m.first": true, "m.branches>m.second": true, "m.branches>m.third": false,
		// A method of its own that sets what the guard tests runs once;
		// one that sets something else, at every miss.
		"m.Node.check>m.Node.connect": true, "m.Node.check>m.Node.refresh": false,
		// Through a store's set method.
		"m.stored>m.fetched": true, "m.stored>m.computed": false, "m.stored>m.refetched": false,
		// On an object the def loads: under a test of something else, built
		// at every run the test lets through.
		"m.loaded>m.load": false, "m.loaded>m.stats": false, "m.loaded>m.client": true,
	}
	checkEdgeFlags(t, g, ">", false, want, "kept", func(e semantic.Edge) bool { return e.Kept })
}

// An edge says when every call that makes it has its result used for
// one request (Edge.OneUse): a method called on it at once, or on the
// local it is bound to, once on any path, after set-up calls (`mount`).
// Two requests, one in a loop, the local passed on or read in a nested
// def, or bound again, are not; nor is a call another call of the same
// target makes without.
func TestCallGraphMarksCallsUsedForOneRequest(t *testing.T) {
	g := program(t, map[string]string{"m": `
def at_once(): pass
def local(): pass
def arms(): pass
def twice(): pass
def looped(): pass
def passed(): pass
def nested(): pass
def rebound(): pass
def mixed(): pass
def setup_only(): pass

def a(url):
    return at_once().get(url)

def b(url):
    http = local()
    http.mount("https://", None)
    return http.get(url)

def c(url, post):
    http = arms()
    if post:
        return http.post(url)
    else:
        return http.get(url)

def d(url):
    http = twice()
    http.get(url)
    return http.get(url)

def e(urls):
    http = looped()
    for u in urls:
        http.get(u)

def f(url):
    http = passed()
    send(http, url)
    return http.get(url)

def g(url):
    http = nested()
    return lambda: http.get(url)

def h(url):
    http = rebound()
    http = other()
    return http.get(url)

def i(url):
    mixed().get(url)
    return mixed()

def j():
    http = setup_only()
    http.mount("https://", None)
`}).CallGraph()
	want := map[string]bool{ // edge: one use
		"m.a>m.at_once": true, "m.b>m.local": true, "m.c>m.arms": true,
		"m.d>m.twice": false, "m.e>m.looped": false, "m.f>m.passed": false,
		"m.g>m.nested": false, "m.h>m.rebound": false, "m.i>m.mixed": false,
		"m.j>m.setup_only": false,
	}
	checkEdgeFlags(t, g, ">", false, want, "one use", func(e semantic.Edge) bool { return e.OneUse })
}

// An edge says when every call that makes it has its result returned
// by the caller (Edge.Returns): `return f()`, `return await f()`, or
// through a local the caller sets attributes of and reads nowhere else.
// A local bound again (augmented assignment too), bound in a loop, closed, passed on, stored or
// used in a with statement is not; neither is a generator's return, a
// call nested in the returned one, nor a call another call of the same
// target makes without returning.
func TestCallGraphMarksCallsReturned(t *testing.T) {
	g := program(t, map[string]string{"m": `
def at_once(): pass
def awaited(): pass
def local(): pass
def plain(): pass
def inner(): pass
def rebound(): pass
def looped(): pass
def closed(): pass
def passed(): pass
def managed(): pass
def stored(): pass
def gen(): pass
def twice(): pass
def arg(): pass
def augmented(): pass

_all = []

def a():
    return at_once()

async def b():
    return await awaited()

def c(h):
    x: object = local()
    x.headers = h
    x.mount("a", inner())
    return x

def c2():
    w = plain()
    return w

def d():
    r = rebound()
    r = None
    return r

def e(items):
    for i in items:
        y = looped()
    return y

def f():
    z = closed()
    z.close()
    return z

def g():
    p = passed()
    print(p)
    return p

def h():
    m = managed()
    with m:
        pass
    return m

def i():
    s = stored()
    _all.append(s)
    return s

def j():
    yield 1
    return gen()

def k():
    twice()
    return twice()

def l():
    return len(arg())

def n(more):
    q = augmented()
    q += more
    return q
`}).CallGraph()
	want := map[string]bool{ // edge: returns
		"m.a>m.at_once": true, "m.b>m.awaited": true, "m.c>m.local": true, "m.c2>m.plain": true, "m.c>m.inner": false,
		"m.d>m.rebound": false, "m.e>m.looped": false, "m.f>m.closed": false, "m.g>m.passed": false,
		"m.h>m.managed": false, "m.i>m.stored": false, "m.j>m.gen": false, "m.k>m.twice": false,
		"m.l>m.arg": false, "m.n>m.augmented": false,
	}
	checkEdgeFlags(t, g, ">", false, want, "returns", func(e semantic.Edge) bool { return e.Returns })
}

// An edge says which parameter of its caller every call that makes it
// is the fallback for (Edge.Unless: 1 + its index): a call that runs only
// while the parameter is unset, in `p or make()`, `if p is None:`, the
// else of `if p:`, a conditional expression, or after `if p: return p`.
// The parameter defaults to None; bound again outside its own fallback,
// it is no longer the caller's. A call that runs either way, or the
// fallback for a local or a flag that is False by default, is none.
func TestCallGraphMarksFallbackCalls(t *testing.T) {
	g := program(t, map[string]string{"m": `
def make(): pass
def other(): pass
def test(): pass

class C:
    def either(self, name, engine=None):
        client = engine or make()
        return client

    def test_first(self, engine=None):
        return test() or engine or make()

def is_none(a, session=None):
    if session is None:
        session = make()
    else:
        other()
    return session

def not_set(a, *args, client=None, **kw):
    if not client:
        client = make()
    if client is not None and a:
        other()

def both(a, client=None):
    if client is None and a:
        make()

def orelse(client=None):
    if client:
        other()
    else:
        make()

def ifexp(client=None):
    c = make() if client is None else client
    d = client if client else make()
    return c, d

def early(client=None):
    if client is not None:
        return client
    return make()

def own(client=None):
    client = client or make()
    client = make() if client is None else client
    return client

def rebound(client=None):
    client = other()
    client = client or make()

def rebound_after(client=None):
    c = client or make()
    for client in c:
        pass

def augmented(n=0):
    c = n or make()
    n += 1

def nonlocal_(client=None):
    def inner():
        nonlocal client
        client = None
    return client or make()

def local():
    c = None
    return c or make()

def either_way(client=None):
    if client is None or other():
        make()

def in_lambda(client=None):
    return client or (lambda: make())

def flag(x, use_inspect=False):
    if use_inspect:
        other()
    else:
        make()

def required(client):
    return client or make()
`}).CallGraph()
	want := map[string]int{ // from to: Unless
		"m.C.either m.make": 3, "m.C.test_first m.make": 2, "m.C.test_first m.test": 0,
		"m.is_none m.make": 2, "m.is_none m.other": 0,
		"m.not_set m.make": 3, "m.not_set m.other": 0, "m.both m.make": 2,
		"m.orelse m.make": 1, "m.orelse m.other": 0,
		"m.ifexp m.make": 1, "m.early m.make": 1, "m.own m.make": 1,
		"m.rebound m.make": 0, "m.rebound_after m.make": 0, "m.augmented m.make": 0,
		"m.nonlocal_ m.make": 0, "m.local m.make": 0, "m.either_way m.make": 0,
		"m.in_lambda.<lambda1> m.make": 0, "m.flag m.make": 0, "m.required m.make": 0,
	}
	checkEdgeFlags(t, g, " ", false, want, "unless", func(e semantic.Edge) int { return e.Unless })
}

// A plain call of a def that has a fallback says which of its
// parameters it passes something (Edge.Passes): by position, by name,
// the receiver of a method; not None or False, nor what *args or
// **kwargs may hold. An edge made by several calls passes what every
// one does; a hand-off passes nothing.
func TestCallGraphSaysWhatACallPasses(t *testing.T) {
	g := program(t, map[string]string{"m": `
import threading

def make(): pass

def get(url, client=None, *, timeout=None):
    return client or make()

def plain(url): pass

class C:
    def exists(self, name, engine=None):
        return engine or make()

    def run(self, e):
        self.exists("t", engine=e)
        self.exists("t", e)

def by_name(c): get("u", client=c)
def by_position(c): get("u", c, timeout=1)
def none(c): get("u", client=None)
def false(c): get("u", False)
def kwargs(c, **kw): get("u", **kw)
def args(c, *a): get(*a)
def twice(c):
    get("u", client=c)
    get("u")
def handed(c):
    threading.Thread(target=get).start()
def calls_plain(c): plain("u")
`}).CallGraph()
	want := map[string]uint64{ // from to: Passes
		"m.by_name m.get": 0b011, "m.by_position m.get": 0b111, "m.none m.get": 0b001,
		"m.false m.get": 0b001, "m.kwargs m.get": 0b001, "m.args m.get": 0,
		"m.twice m.get": 0b001, "m.C.run m.C.exists": 0b111, "m.calls_plain m.plain": 0,
	}
	checkEdgeFlags(t, g, " ", true, want, "passes", func(e semantic.Edge) uint64 { return e.Passes })
	for _, e := range g.Callers("m.get") {
		if e.HandOff != "" && e.Passes != 0 {
			t.Errorf("%s -> m.get, a hand-off (%s): passes %b, want nothing", e.From, e.HandOff, e.Passes)
		}
	}
}

// An edge says when every call that makes it is a call of a method of
// its caller's own receiver (Edge.OnSelf): `self.m()` in a method,
// `cls.m()` in a classmethod, where the method never binds that name
// again (an assignment, a loop, del, an except clause, a match capture,
// a nested scope's nonlocal). Not: a call on another name, super(), a
// staticmethod's first parameter, a nested def's call on the method's
// self, a staticmethod or a function reached through self (no receiver
// bound), an unbound method through cls, a hand-off, nor an edge that
// another call makes too.
func TestCallGraphMarksCallsOnTheReceiver(t *testing.T) {
	g := program(t, map[string]string{"m": `
import threading

def helper(): pass

class Base:
    def create(self): pass
    def other(self): pass
    def mixed(self): pass

    @classmethod
    def build(cls): pass

    @staticmethod
    def plain(): pass

    def plain_self(self):
        self.create()
        self.create()

    @classmethod
    def from_cls(cls):
        cls.build()
        cls.create(None)

    def rebound(self, x):
        self = x
        self.create()

    def looped(self, xs):
        self.create()
        for self in xs:
            pass

    def deleted(self):
        self.create()
        del self

    def deletes_attr(self):
        self.create()
        del self.x, self.y
        match self.x:
            case self.z:
                pass

    def caught(self):
        self.create()
        try:
            pass
        except Exception as self:
            pass

    def captured(self, v):
        self.create()
        match v:
            case [self]:
                pass

    def nonlocal_(self):
        def inner():
            nonlocal self
            self = None
        self.create()
        return inner

    def nested(self):
        def inner():
            self.create()
        return inner

    def on_other(self, o: "Base"):
        o.other()

    def static_via_self(self):
        self.plain()

    def both(self, o: "Base"):
        self.mixed()
        o.mixed()

    def attr_function(self):
        self.f = helper
        self.f()

    def handed(self):
        threading.Thread(target=self.other).start()

    @staticmethod
    def static(x):
        x.create()

class Sub(Base):
    def create(self): pass

    def run(self):
        self.create()
        self.other()

    def via_super(self):
        super().create()

def outside(b):
    b.create()
    Base().mixed()

Sub().plain_self()
Base().rebound(Base())
Base().on_other(Base())
Base().both(Base())
Base.static(Base())
outside(Base())
`}).CallGraph()
	want := map[string]bool{ // from to: OnSelf
		"m.Base.plain_self m.Base.create": true, "m.Base.plain_self m.Sub.create": true,
		"m.Base.from_cls m.Base.build": true, "m.Base.from_cls m.Base.create": false,
		"m.Base.rebound m.Base.create": false, "m.Base.looped m.Base.create": false,
		"m.Base.deleted m.Base.create": false, "m.Base.deletes_attr m.Base.create": true, "m.Base.caught m.Base.create": false,
		"m.Base.captured m.Base.create": false, "m.Base.nonlocal_ m.Base.create": false,
		"m.Base.nested.inner m.Base.create": false, "m.Base.on_other m.Base.other": false,
		"m.Sub.via_super m.Base.create": false, "m.Base.static_via_self m.Base.plain": false,
		"m.Base.both m.Base.mixed": false, "m.Base.attr_function m.helper": false,
		"m.Base.static m.Base.create": false, "m.Sub.run m.Sub.create": true,
		"m.Sub.run m.Base.other": true, "m.outside m.Base.create": false, "m.outside m.Base.mixed": false,
	}
	checkEdgeFlags(t, g, " ", true, want, "on self", func(e semantic.Edge) bool { return e.OnSelf })
	for _, e := range g.Callees("m.Base.handed") {
		if e.OnSelf {
			t.Errorf("m.Base.handed -> %s (%q): on self, want not", e.To, e.HandOff)
		}
	}
}

// With more than one core, the summaries of what the roots' modules
// import are made on the other cores while the solve runs; the graph is
// the one the solve alone makes, and what the solve used is kept.
func TestCallGraphPrefetchesSummariesOnTheOtherCores(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	var sources = map[string]string{
		"app.__init__": "",
		"app.views":    "from app import a, b\nimport app.unused\n\n\ndef get():\n    a.f()\n",
		"app.a":        "from app.b import g\n\n\ndef f():\n    g()\n",
		"app.b":        "def g():\n    pass\n",
		"app.unused":   "def u():\n    pass\n",
	}
	roots := []string{"app.views.get"}
	p, lazy, _ := lazyProgram(t, sources, semantic.NoSummaries)
	alone := semantic.NewCallGraphFrom(p, roots, lazy)

	p, lazy, _ = lazyProgram(t, sources, semantic.NoSummaries)
	var mu sync.Mutex
	var ahead []string
	lazy.NewParse = func() func(*semantic.Module) *parser.File {
		return func(m *semantic.Module) *parser.File {
			mu.Lock()
			ahead = append(ahead, m.Name)
			mu.Unlock()
			return parser.ParseFile(m.Path, []byte(sources[strings.TrimSuffix(m.Path, ".py")]))
		}
	}
	lazy.Keep = true
	// The solver parses slowly: the other core gets ahead of it.
	own := lazy.Parse
	lazy.Parse = func(m *semantic.Module) *parser.File {
		time.Sleep(20 * time.Millisecond)
		return own(m)
	}
	g := semantic.NewCallGraphFrom(p, roots, lazy)
	if got, want := fmt.Sprint(g.PyCG()), fmt.Sprint(alone.PyCG()); got != want {
		t.Errorf("with the prefetcher:\n%s\nalone:\n%s", got, want)
	}
	if len(ahead) == 0 {
		t.Error("nothing was made ahead: the test tests nothing")
	}
	// The next solve finds the summaries it needs on their modules.
	again := semantic.NewCallGraphFrom(p, roots, &semantic.LazySummaries{Parse: func(m *semantic.Module) *parser.File {
		t.Errorf("%s parsed again: its summary was not kept", m.Name)
		return nil
	}})
	if fmt.Sprint(again.PyCG()) != fmt.Sprint(alone.PyCG()) {
		t.Errorf("the solve over kept summaries differs:\n%s", fmt.Sprint(again.PyCG()))
	}
}

func TestCallGraphNarrowsANameByIsinstance(t *testing.T) {
	g := program(t, map[string]string{"m": `
from lib import Ext
class A:
    def run(self):
        pass
class A2(A):
    def run(self):
        pass
class B:
    def run(self):
        pass
def items():
    return [A(), B(), A2(), Ext()]
def skips():
    for x in items():
        if not isinstance(x, A):
            continue
        x.run()
def inside():
    for x in items():
        if isinstance(x, A):
            x.run()
def orelse():
    for x in items():
        if not isinstance(x, (A, A2)):
            pass
        else:
            x.run()
def reassigned():
    for x in items():
        if not isinstance(x, A):
            continue
        x = B()
        x.run()
def outside():
    for x in items():
        if isinstance(x, A):
            pass
        x.run()
def looped():
    x = A()
    if isinstance(x, A):
        for _ in items():
            x.run()
            x = B()
def fake(x, c):
    return True
def shadowed():
    isinstance = fake
    for x in items():
        if isinstance(x, A):
            x.run()
`}).CallGraph()
	checkEdges(t, g,
		"m.skips -> m.A.run",
		"m.skips -> m.A2.run",    // a subclass of A
		"m.skips -> lib.Ext.run", // a class the graph cannot judge
		"m.skips -/> m.B.run",
		"m.inside -> m.A.run",
		"m.inside -> m.A2.run",
		"m.inside -/> m.B.run",
		"m.orelse -> m.A.run",
		"m.orelse -/> m.B.run",
		"m.reassigned -> m.B.run", // bound again after the guard
		"m.outside -> m.B.run",    // past the if, no narrowing
		"m.looped -> m.B.run",     // along the inner loop's back edge
		"m.shadowed -> m.B.run",   // not the builtin isinstance
	)
}

func TestCallGraphNarrowsOnlyByClassesIsinstanceAsksNothingElse(t *testing.T) {
	g := program(t, map[string]string{"m": `
import abc
from typing import Generic, Protocol, TypeVar
from lib import Meta
T = TypeVar("T")
class Base(Generic[T], abc.ABC):
    def run(self):
        pass
class Sub(Base[int]):
    def run(self):
        pass
class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, c):
        return True
class Proto(Protocol):
    def run(self): ...
class Magic(metaclass=Meta):
    pass
class Other:
    def run(self):
        pass
def items():
    return [Sub(), Other()]
def abstract():
    for x in items():
        if isinstance(x, Base):
            x.run()
def hooked():
    for x in items():
        if isinstance(x, Hooked):
            x.run()
def protocol():
    for x in items():
        if isinstance(x, Proto):
            x.run()
def magic():
    for x in items():
        if isinstance(x, Magic):
            x.run()
def unknown(cls):
    for x in items():
        if isinstance(x, cls):
            x.run()
`}).CallGraph()
	checkEdges(t, g,
		"m.abstract -> m.Sub.run",
		"m.abstract -/> m.Other.run",
		"m.hooked -> m.Other.run",
		"m.protocol -> m.Other.run",
		"m.magic -> m.Other.run",
		"m.unknown -> m.Other.run",
	)
}

// checkEdgeFlags checks that the graph has an edge for each key of want,
// "from" and "to" split at sep (only a plain call's when plain), and that
// of gives want's value for it.
func checkEdgeFlags[V comparable](t *testing.T, g *semantic.CallGraph, sep string, plain bool, want map[string]V, what string, of func(semantic.Edge) V) {
	t.Helper()
	for key, w := range want {
		from, to, _ := strings.Cut(key, sep)
		found := false
		for _, e := range g.Callees(from) {
			if e.To == to && (!plain || e.HandOff == "") {
				found = true
				if got := of(e); got != w {
					t.Errorf("%s -> %s: %s %v, want %v", from, to, what, got, w)
				}
			}
		}
		if !found {
			t.Errorf("%s -> %s: no edge", from, to)
		}
	}
}

// An edge says when every call that makes it passes only what is the
// same at every run of its caller (Edge.SameArgs): constants,
// module-level names, builtins and what is read from them; not a
// parameter, a local (a loop's too, bound before or after), a local of
// the def around a closure, nor a request's or a thread's own object
// (Flask's request and g, a threading.local).
func TestCallGraphMarksCallsGivenTheSameArguments(t *testing.T) {
	g := program(t, map[string]string{"settings": "REGION = 'eu'\n", "m": `
import threading

import flask
import settings
from flask import request

KEY = "k"
state = threading.local()

def none(): pass
def const(*a, **k): pass
def glob(*a): pass
def attr(*a, **k): pass
def param(*a): pass
def local(*a): pass
def looped(*a): pass
def closure(*a): pass
def mixed(*a): pass
def built(*a): pass

class Client:
    def __init__(self, token):
        pass

def a(token):
    none()
    const(1, "x", key=None)
    glob(KEY)
    attr(settings.S3.key, region=settings.REGION)
    param(token)
    mixed(KEY)
    mixed(token)
    x = token.upper()
    local(x)
    for t in token:
        looped(t)
    built(str(KEY))
    Client(token)
    def inner():
        closure(token)
        later(bound_after)
    bound_after = token
    proxied(request.args["k"])
    proxied(flask.g.user)
    threaded(state.token)
    for i in token:
        looped_later(name)
        name = i
    return inner

def later(*a): pass
def proxied(*a): pass
def threaded(*a): pass
def looped_later(*a): pass
`}).CallGraph()
	want := map[string]bool{ // edge: same arguments
		"m.a>m.none": true, "m.a>m.const": true, "m.a>m.glob": true, "m.a>m.attr": true, "m.a>m.built": true,
		"m.a>m.param": false, "m.a>m.mixed": false, "m.a>m.local": false, "m.a>m.looped": false,
		"m.a.inner>m.closure": false, "m.a>m.Client.__init__": false, "m.a.inner>m.later": false,
		"m.a>m.proxied": false, "m.a>m.threaded": false, "m.a>m.looped_later": false,
	}
	checkEdgeFlags(t, g, ">", false, want, "same arguments", func(e semantic.Edge) bool { return e.SameArgs })
}

// A call that passes what its def's own parameters hold, or what is read
// from them (as SameArgs reads constants), forwards them (Edge.Forwards):
// the same where the def's callers pass the same. Not so once the def
// binds one of them again, nor a local, nor a closure's read of its
// def's parameter.
func TestCallGraphMarksCallsThatForwardTheirParameters(t *testing.T) {
	g := program(t, map[string]string{"m": `
KEY = "k"

def plain(*a, **k): pass
def attr(*a, **k): pass
def computed(*a): pass
def local(*a): pass
def rebound_one(*a): pass
def same(*a): pass
def closed(*a): pass

def a(config, path):
    plain(config, path, key=KEY)
    attr(config.dir, path=path)
    computed(config.upper())
    x = path
    local(x)
    same(KEY)
    def inner():
        closed(config)
    return inner

def b(config):
    rebound_one(config)
    config = config or {}

def on_receiver(*a): pass
def on_param(*a): pass

class User:
    def save(self, config):
        on_receiver(self.uid)
        on_param(config)
`}).CallGraph()
	want := map[string]bool{ // edge: forwards
		"m.a>m.plain": true, "m.a>m.attr": true, "m.a>m.same": true, "m.a>m.computed": true,
		"m.a>m.local": false, "m.b>m.rebound_one": false, "m.a.inner>m.closed": false,
		// The receiver is no parameter its callers pass: u.save(c) gives
		// each request's u.
		"m.User.save>m.on_receiver": false, "m.User.save>m.on_param": true,
	}
	checkEdgeFlags(t, g, ">", false, want, "forwards", func(e semantic.Edge) bool { return e.Forwards })
}

// A def's decorators from outside the tree are named by their import
// path, applied bare or called for their options.
func TestCallGraphNamesADefsLibraryDecorators(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools
from functools import lru_cache

def mine(f):
    return f

@lru_cache(maxsize=None)
def called(x): pass

@functools.cache
def bare(x): pass

@mine
def own(x): pass
`}).CallGraph()
	for name, want := range map[string][]string{"m.called": {"functools.lru_cache"}, "m.bare": {"functools.cache"}, "m.own": nil} {
		if got := g.Decorators(name); !slices.Equal(got, want) {
			t.Errorf("Decorators(%s) = %q, want %q", name, got, want)
		}
	}
}

// A class of the tree with no __init__ of its own but a __post_init__ is
// a dataclass: the __init__ made for it calls __post_init__, so building
// one runs it. A class with an __init__ of
// its own runs that instead.
func TestCallGraphBuildingADataclassRunsItsPostInit(t *testing.T) {
	g := program(t, map[string]string{"m": `
from dataclasses import dataclass

def register(x): pass

@dataclass
class Config:
    name: str
    def __post_init__(self):
        register(self)

class Plain:
    def __init__(self):
        pass
    def __post_init__(self):
        register(self)

A = Config("a")
B = Plain()
`}).CallGraph()
	checkEdges(t, g, "m -> m.Config.__post_init__", "m.Config.__post_init__ -> m.register", "m -/> m.Plain.__post_init__")
}

// A class with no __init__ of the tree keeps its keyword arguments in
// the attributes of their names, as the __init__ a dataclass, a pydantic
// model or an ORM's declarative base makes does: a dict of handlers given
// to one is read back, by get too, beside the library's own object the
// decorator's result stands for.
func TestCallGraphKeywordsOfAMadeInitAreAttributes(t *testing.T) {
	g := program(t, map[string]string{"m": `
from dataclasses import dataclass

def load_a(x): pass
def load_b(x): pass
def other(x): pass

def table():
    return {"a": load_a}

@dataclass
class Deps:
    mapping: dict

class Own:
    def __init__(self, mapping=None):
        self.handlers = {"o": other}

def run():
    deps = Deps(mapping=table())
    f = deps.mapping.get("a")
    f(1)

def run_direct():
    Deps(mapping={"b": load_b}).mapping["b"](2)

def run_own():
    Own(mapping={"b": load_b}).mapping["b"](3)
`}).CallGraph()
	checkEdges(t, g, "m.run -> m.load_a", "m.run_direct -> m.load_b", "m.run_own -/> m.load_b")
}

func TestCallGraphGetattrByNameAndByPattern(t *testing.T) {
	g := program(t, map[string]string{
		"handlers": `
def handle_create():
    pass
def handle_delete():
    pass
def other():
    pass
`,
		"m": `
import handlers
class Visitor:
    def visit(self, node):
        return getattr(self, "visit_" + node.kind)(node)
    def visit_name(self, node):
        pass
    def visit_call(self, node):
        pass
    def leave(self, node):
        pass
    def _private(self):
        pass
    def __repr__(self):
        return ""
    def named(self):
        getattr(self, "leave")(None)
        getattr(self, f"{self.mode}_done", self.fallback)()
    def fallback(self):
        pass
    def quick_done(self):
        pass
    def _hidden_done(self):
        pass

class Dispatcher:
    def __init__(self):
        self.target = Visitor()
    def _dispatch(self, method, params):
        if method.startswith("_"):
            raise ValueError(method)
        return getattr(self.target, method)(*params)

def by_module(kind):
    getattr(handlers, "handle_" + kind)()

class Server:
    def handle(self, method):
        return getattr(self, "do_%s" % method.upper())()
    def formatted(self, method):
        return getattr(self, "on_{}_done".format(method))()
    def do_GET(self):
        pass
    def do_PUT(self):
        pass
    def on_save_done(self):
        pass
    def helper(self):
        pass

def shadowed(getattr):
    getattr(Visitor(), "leave")()
`})
	cg := g.CallGraph()
	checkEdges(t, cg,
		"m.Visitor.visit -> m.Visitor.visit_name",
		"m.Visitor.visit -> m.Visitor.visit_call",
		"m.Visitor.visit -/> m.Visitor.leave",
		"m.Visitor.named -> m.Visitor.leave",
		"m.Visitor.named -> m.Visitor.quick_done",
		"m.Visitor.named -> m.Visitor.fallback",
		"m.Visitor.named -/> m.Visitor.visit_name",
		"m.Visitor.named -/> m.Visitor._hidden_done",
		"m.Dispatcher._dispatch -/> m.Visitor.visit",
		"m.Dispatcher._dispatch -/> m.Visitor.leave",
		"m.Server.handle -> m.Server.do_GET",
		"m.Server.handle -> m.Server.do_PUT",
		"m.Server.handle -/> m.Server.helper",
		"m.Server.formatted -> m.Server.on_save_done",
		"m.Server.formatted -/> m.Server.do_GET",
		"m.by_module -> handlers.handle_create",
		"m.by_module -> handlers.handle_delete",
		"m.by_module -/> handlers.other",
		"m.shadowed -/> m.Visitor.leave",
	)
}

// A handler found by the request's method (`getattr(self,
// request.method.lower())`, Django's View.dispatch written by hand) is
// one of the receiver's methods named as an HTTP method.
func TestCallGraphGetattrByTheRequestsMethod(t *testing.T) {
	g := program(t, map[string]string{"m": `
class MethodDispatcher:
    def dispatch(self, request, *args):
        handler = getattr(self, request.method.lower(), None)
        if handler:
            return handler(request, *args)
        return None

class Page(MethodDispatcher):
    def get(self, request):
        pass
    def post(self, request):
        pass
    def render(self, request):
        pass

def view(request):
    return Page().dispatch(request)

class LocalDispatcher:
    def dispatch(self, request):
        name = request.method.lower()
        method = getattr(self, name, None)
        return method(request) if method else None

class Form(LocalDispatcher):
    def post(self, request):
        pass
    def render(self, request):
        pass

def form_view(request):
    return Form().dispatch(request)
`})
	cg := g.CallGraph()
	checkEdges(t, cg,
		"m.MethodDispatcher.dispatch -> m.Page.get",
		"m.MethodDispatcher.dispatch -> m.Page.post",
		"m.MethodDispatcher.dispatch -/> m.Page.render",
		"m.LocalDispatcher.dispatch -> m.Form.post",
		"m.LocalDispatcher.dispatch -/> m.Form.render",
	)
}

func TestCallGraphALibrarysWrapperOfAFunctionCallsIt(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools
import flask

def cached(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        decorator = flask.current_app.cache.cache_on_arguments()
        return decorator(fn)(*args)
    return wrapper

@cached
def fetch(x):
    return x

def handler():
    fetch(1)
    flask.current_app.ensure_sync(load)()
    print(len(id(other)))

def load():
    pass

def other():
    pass
`}).CallGraph()
	checkEdges(t, g,
		"m.handler -> m.cached.wrapper",
		"m.cached.wrapper -> m.fetch",
		"m.handler -> m.load",
		"m.handler -/> m.other",
	)
}

// A wrapper given options by keyword wraps its one positional argument
// all the same (asgiref's sync_to_async(f, thread_sensitive=False)());
// a partial, given more, runs its first.
func TestCallGraphAWrapperWithOptionsAndAPartialCallWhatTheyWrap(t *testing.T) {
	g := program(t, map[string]string{"m": `
import functools
import lib
from asgiref.sync import sync_to_async

class Search:
    def run(self):
        pass

async def view(q):
    s = Search()
    await sync_to_async(s.run, thread_sensitive=False)()
    p = functools.partial(load, q, limit=3)
    p()
    sorted([q], key=functools.partial(other, 1))

def load(q, limit):
    pass

def other(a, b):
    pass

def unused():
    pass

def handler():
    lib.api_call(unused, 2)()
`}).CallGraph()
	checkEdges(t, g,
		"m.view -> m.Search.run",
		"m.view -> m.load",
		"m.view -> m.other",
		"m.handler -/> m.unused",
	)
}

// A library's method that calls other methods of its instance runs a
// subclass's overrides of them: requests' Session.get runs request,
// django-import-export's import_data runs the resource's hooks.
func TestCallGraphALibrarysMethodRunsTheOverridesItCalls(t *testing.T) {
	g := program(t, map[string]string{"m": `
import requests
from import_export import resources

class Internal(requests.Session):
    def request(self, method, url, **kwargs):
        sign(url)
        return super().request(method, url, **kwargs)

class Rows(resources.ModelResource):
    def before_import(self, dataset, **kwargs):
        pass

    def skip_row(self, instance, original, row, import_validation_errors=None):
        return False

    def unrelated(self):
        pass

def sign(url):
    pass

def fetch(url):
    return Internal().get(url)

def load(dataset):
    Rows().import_data(dataset, dry_run=False)
`}).CallGraph()
	checkEdges(t, g,
		"m.fetch -> m.Internal.request",
		"m.Internal.request -> m.sign",
		"m.load -> m.Rows.before_import",
		"m.load -> m.Rows.skip_row",
		"m.load -/> m.Rows.unrelated",
	)
}

func TestCallGraphReadingAPropertyRunsItsGetterNotItsSetter(t *testing.T) {
	g := program(t, map[string]string{"m": `
class Config:
    @property
    def logs(self):
        return read()

    @logs.setter
    def logs(self, value):
        write(value)

    @logs.deleter
    def logs(self):
        write(None)

def read():
    pass

def write(v):
    pass

config = Config()

def view():
    return config.logs
`})
	// The three defs share their name: a solve from view runs only those
	// it reaches.
	checkEdges(t, semantic.NewCallGraphFrom(g, []string{"m.view"}, nil),
		"m.view -> m.Config.logs",
		"m.Config.logs -> m.read",
		"m.Config.logs -/> m.write",
	)
	whole := g.CallGraph()
	checkEdges(t, whole, "m.Config.logs.setter -> m.write", "m.Config.logs.deleter -> m.write", "m.Config.logs -/> m.write")
}

// __new__ is bound to the class it makes: the call's arguments are its
// parameters after cls, not shifted by one.
func TestCallGraphNewGetsTheCallsArgumentsAfterTheClass(t *testing.T) {
	g := program(t, map[string]string{"m": `
def on_create():
    pass

def other():
    pass

class Manager:
    def __new__(cls, hook=None, other_hook=None):
        if hook:
            hook()
        return super().__new__(cls)

class Static:
    @staticmethod
    def __new__(cls, hook=None):
        hook()
        return object.__new__(cls)

def build():
    Manager(on_create)
    Static(other)
`}).CallGraph()
	checkEdges(t, g,
		"m.Manager.__new__ -> m.on_create",
		"m.Static.__new__ -> m.other",
	)
}

// typing.cast(T, v) is v, and an instance of T: what the author vouches
// v is, where v is a proxy the graph cannot see into.
func TestCallGraphCastGivesItsValueAndItsType(t *testing.T) {
	g := program(t, map[string]string{"m": `
from typing import cast
from django.utils.functional import SimpleLazyObject
class Service:
    def submit(self):
        pass
class Local:
    def run(self):
        pass
def make():
    return Service()
svc = cast(Service, SimpleLazyObject(make))
local = cast("Service", Local())
def view():
    svc.submit()
    local.run()
`}).CallGraph()
	checkEdges(t, g,
		"m.view -> m.Service.submit",
		"m.view -> m.Local.run",
	)
}

// A lazy proxy (Django's SimpleLazyObject, werkzeug's LocalProxy) stands
// for what the callable it is given returns; the callable runs, once,
// where the proxy is made as far as the graph says.
func TestCallGraphLazyProxiesStandForWhatTheirFactoryReturns(t *testing.T) {
	g := program(t, map[string]string{"m": `
from django.utils.functional import SimpleLazyObject
from werkzeug.local import LocalProxy
class Store:
    def save(self):
        pass
class Layer:
    def __init__(self, store):
        self._store = store
    def submit(self):
        self._store.save()
def make():
    return Layer(Store())
def current():
    return Store()
layer = SimpleLazyObject(make)
store = LocalProxy(current)
def view():
    layer.submit()
    store.save()
`}).CallGraph()
	checkEdges(t, g,
		"m -> m.make",
		"m.view -> m.Layer.submit",
		"m.Layer.submit -> m.Store.save",
		"m.view -> m.Store.save",
	)
}

// request.find_service(UserService) gives a UserService, though nothing
// types the request (pyramid_services' lookup by class).
func TestCallGraphServiceLookupsGiveTheirClassesInstances(t *testing.T) {
	g := program(t, map[string]string{"m": `
class UserService:
    def fetch(self):
        pass
class GroupService:
    def sync(self):
        pass
def view(request):
    request.find_service(UserService).fetch()
    groups = request.find_service(iface=GroupService, name="x")
    groups.sync()
    request.find_service(name="http").get()
`}).CallGraph()
	checkEdges(t, g,
		"m.view -> m.UserService.fetch",
		"m.view -> m.GroupService.sync",
	)
}

// A class decorator that registers the class and returns it gives each
// class statement its own class back, however many classes it decorates:
// past the bound of values a cell keeps, the union of its returns would
// hold none, and Target() would make nothing.
func TestCallGraphAnIdentityDecoratorGivesBackWhatItWasGiven(t *testing.T) {
	var src strings.Builder
	src.WriteString(`from collections import defaultdict

MAP = defaultdict(set)


def reacts_to(event):
    def add(kls):
        MAP[event].add(kls)
        return kls
    return add


class Base:
    def run(self):
        return self._run()
`)
	for i := range 40 {
		fmt.Fprintf(&src, "\n\n@reacts_to(%d)\nclass H%d(Base):\n    def _run(self):\n        return %d\n", i, i, i)
	}
	src.WriteString(`

@reacts_to(99)
class Target(Base):
    def _run(self):
        return 99


def work():
    return Target().run()
`)
	g := program(t, map[string]string{"m": src.String()}).CallGraph()
	checkEdges(t, g,
		"m.work -> m.Base.run",
		"m.Base.run -> m.Target._run",
	)
}

// A template method called on instances of more classes than a cell
// holds (packit's JobHandler.run_job, from some fifty tasks, each with
// its own handler) still knows its receiver: an instance of the classes'
// common base or a subclass, whose method a subclass defines again runs
// that subclass's, on the subclass's instances only.
func TestCallGraphFollowsAReceiverOfManyClassesAsTheirBase(t *testing.T) {
	var src strings.Builder
	src.WriteString(`
class Base:
    def run_job(self):
        return self.run()

    def run(self):
        self.check()
        return self._run()

    def _run(self):
        raise NotImplementedError

    def check(self):
        pass
`)
	for i := range 40 {
		fmt.Fprintf(&src, "\n\nclass H%d(Base):\n    def _run(self):\n        return self.helper()\n\n    def helper(self):\n        return %d\n", i, i)
		fmt.Fprintf(&src, "\n\ndef task%d():\n    return H%d().run_job()\n", i, i)
	}
	src.WriteString(`

class Special(H7):
    def helper(self):
        return 7


class Quiet(H9):
    pass
`)
	g := program(t, map[string]string{"m": src.String()}).CallGraph()
	checkEdges(t, g,
		"m.task0 -> m.Base.run_job",
		"m.Base.run_job -> m.Base.run",
		"m.Base.run -> m.Base.check",
		"m.Base.run -> m.H0._run",
		"m.Base.run -> m.H39._run",
		"m.H7._run -> m.H7.helper",
		"m.H7._run -> m.Special.helper",
		"m.H8._run -> m.H8.helper",
		"m.H8._run -/> m.Special.helper",
		"m.H8._run -/> m.H9.helper",
		"m.H9._run -> m.H9.helper",
	)
}
