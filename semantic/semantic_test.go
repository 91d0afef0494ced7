package semantic_test

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// program builds a Program from module name -> source; a name ending in
// ".__init__" is a package.
func program(t *testing.T, sources map[string]string) *semantic.Program {
	t.Helper()
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	slices.Sort(names)
	var modules []*semantic.Module
	for _, name := range names {
		f := parser.ParseFile(name+".py", []byte(sources[name]))
		if len(f.Errors) > 0 {
			t.Fatalf("%s: %s", name, f.Errors[0].Msg)
		}
		modName, isPkg := strings.TrimSuffix(name, ".__init__"), strings.HasSuffix(name, ".__init__")
		m := semantic.NewModule(modName, isPkg, f)
		m.DropSyntax() // as the driver does: the program is built from models alone
		modules = append(modules, m)
	}
	return semantic.NewProgram(modules)
}

// probe returns the value of the module's statement `probe = <expr>`.
func probe(t *testing.T, m *semantic.Module) semantic.Value {
	t.Helper()
	b := m.Bindings["probe"]
	if b == nil || b.Kind != semantic.BindValue {
		t.Fatalf("%s has no `probe = ...`", m.Name)
	}
	return b.Value
}

func TestResolveFollowsImportsAliasesAndReexports(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"from functools import lru_cache as lc\nprobe = lc()", "functools.lru_cache"},
		{"import functools as ft\nprobe = ft.cache()", "functools.cache"},
		{"import os.path\nprobe = os.path.join()", "os.path.join"},
		{"import a.b as c\nprobe = c.d()", "a.b.d"},
		{"probe = dict()", "builtins.dict"},
		{"def dict(): pass\nprobe = dict()", "app.views.dict"},
		{"from . import models\nprobe = models.Order()", "app.models.Order"},
		{"from .models import Order as O\nprobe = O()", "app.models.Order"},
		{"from .. import settings\nprobe = settings.X()", "settings.X"},
		// app/__init__.py re-exports Order from .models.
		{"from app import Order\nprobe = Order()", "app.models.Order"},
		{"import app\nprobe = app.Order()", "app.models.Order"},
		// A module-level alias of an imported name.
		{"import functools\nmemo = functools.lru_cache\nprobe = memo()", "functools.lru_cache"},
		// Star import of a module of the tree.
		{"from app.models import *\nprobe = Order()", "app.models.Order"},
		// The first binding wins: the except branch is a fallback.
		{"try:\n    from functools import cache\nexcept ImportError:\n    cache = None\nprobe = cache()", "functools.cache"},
	} {
		p := program(t, map[string]string{
			"app.__init__": "from .models import Order\n",
			"app.models":   "class Order: pass\n",
			"app.views":    tc.src,
		})
		m := p.Module("app.views")
		got := p.ResolvePath(m, probe(t, m).Callee)
		if got != tc.want {
			t.Errorf("%q: resolved to %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestResolveLibraryPathFollowsAnInstanceOfALibraryClass(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		// Flask-SQLAlchemy's db offers sqlalchemy.orm's relationship.
		{"from app.ext import db\nprobe = db.relationship()", "sqlalchemy.orm.relationship"},
		{"from app import ext\nprobe = ext.db.dynamic_loader()", "sqlalchemy.orm.dynamic_loader"},
		// An instance of a class of the tree derived from the library's.
		{"from app.ext import custom\nprobe = custom.relation()", "sqlalchemy.orm.relation"},
		// An attribute the tables do not name, and an object not of the class.
		{"from app.ext import db\nprobe = db.mystery()", "app.ext.db.mystery"},
		{"from app.ext import other\nprobe = other.relationship()", "app.ext.other.relationship"},
		// Names without an instance resolve as ResolvePath resolves them.
		{"from sqlalchemy.orm import relationship as r\nprobe = r()", "sqlalchemy.orm.relationship"},
		{"import graphkit\nprobe = graphkit.relationship()", "graphkit.relationship"},
	} {
		p := program(t, map[string]string{
			"app.__init__": "",
			"app.ext": "from flask_sqlalchemy import SQLAlchemy\n" +
				"db = SQLAlchemy()\n" +
				"class Custom(SQLAlchemy):\n    pass\n" +
				"custom = Custom()\n" +
				"other = object()\n",
			"app.models": tc.src,
		})
		m := p.Module("app.models")
		if got := p.ResolveLibraryPath(m, probe(t, m).Callee); got != tc.want {
			t.Errorf("%q: resolved to %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestClassBasesResolveAcrossModules(t *testing.T) {
	p := program(t, map[string]string{
		"app.__init__": "from .base import Base as PublicBase\n",
		"app.base":     "import django.db.models as m\nclass Base(m.Model):\n    shared = {}\n",
		"app.mid":      "from app import PublicBase\nclass Mid(PublicBase):\n    pass\n",
		"app.leaf":     "from . import mid\nclass Leaf(mid.Mid, object):\n    own = []\n",
	})
	leaf := p.Class("app.leaf.Leaf")
	if leaf == nil {
		t.Fatal("no class app.leaf.Leaf")
	}
	var mro []string
	for _, c := range p.MRO(leaf) {
		mro = append(mro, c.Module.Name+"."+c.QualName)
	}
	if want := []string{"app.leaf.Leaf", "app.mid.Mid", "app.base.Base"}; !slices.Equal(mro, want) {
		t.Errorf("MRO %v, want %v", mro, want)
	}
	attr, owner := p.LookupAttr(leaf, "shared")
	if attr == nil || owner.Name != "Base" {
		t.Errorf("shared: found %v in %v, want it in Base", attr, owner)
	}
	if attr.Value.Display != "dict" {
		t.Errorf("shared's value is %+v, want a dict display", attr.Value)
	}
	if names := p.AncestorNames(leaf); !slices.Contains(names, "django.db.models.Model") || !slices.Contains(names, "builtins.object") {
		t.Errorf("ancestor names %v lack django.db.models.Model or builtins.object", names)
	}
}

func TestMethodKindsAndInstanceAttributes(t *testing.T) {
	p := program(t, map[string]string{"m": `
import functools
from functools import cached_property as cp

class C:
    counter = 0
    items: list[int] = []
    a, b = 1, 2

    def __init__(self, x):
        self.x = x
        self._setup()
        helper = lambda: None
        def inner(other):
            other.not_mine = 1

    def _setup(this):
        this.y = []
        this._more()

    def _more(self):
        self.z = {}

    def later(self):
        self.not_in_init = 1

    @staticmethod
    def s(a): pass

    @classmethod
    def k(cls): pass

    @property
    def p(self): return 1

    @p.setter
    def p(self, v): pass

    @cp
    def q(self): return 2

    @functools.cached_property
    def r(self): return 3

    def __new__(cls): pass
    def __init_subclass__(cls): pass
`})
	c := p.Class("m.C")
	kinds := map[string]semantic.MethodKind{
		"__init__": semantic.InstanceMethod, "_setup": semantic.InstanceMethod, "s": semantic.StaticMethod,
		"k": semantic.ClassMethod, "p": semantic.Property, "q": semantic.Property, "r": semantic.Property,
		"__new__": semantic.ClassMethod, "__init_subclass__": semantic.ClassMethod,
	}
	for name, want := range kinds {
		if m := c.Methods[name]; m == nil || m.Kind != want {
			t.Errorf("%s: kind %v, want %v", name, m, want)
		}
	}
	if got := c.Methods["_setup"].Self; got != "this" {
		t.Errorf("_setup's self is %q, want this", got)
	}
	if c.Methods["s"].Self != "" {
		t.Errorf("a staticmethod has no self")
	}
	var inst []string
	for name := range c.InstanceAttrs {
		inst = append(inst, name)
	}
	slices.Sort(inst)
	if want := []string{"x", "y", "z"}; !slices.Equal(inst, want) {
		t.Errorf("instance attributes %v, want %v (set in __init__ and what it calls on self)", inst, want)
	}
	for _, name := range []string{"counter", "items", "a", "b", "later"} {
		if c.Attrs[name] == nil {
			t.Errorf("class attribute %s missing", name)
		}
	}
	if len(c.Defs) != 12 {
		t.Errorf("%d defs, want 12 (both p definitions)", len(c.Defs))
	}
}

func TestMutableContainer(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"probe = {}", "dict"},
		{"probe = [x for x in y]", "list comprehension"},
		{"probe = {1}", "set"},
		{"probe = set()", "set"},
		{"import collections as c\nprobe = c.defaultdict(list)", "collections.defaultdict"},
		{"from weakref import WeakKeyDictionary as W\nprobe = W()", "weakref.WeakKeyDictionary"},
		{"probe = dict.fromkeys('ab')", "dict.fromkeys"},
		{"probe = ()", ""},
		{"probe = frozenset()", ""},
		{"probe = make()", ""},
		{"def list(): pass\nprobe = list()", ""},
		// extra factories, matched by canonical name through imports and aliases
		{"from sortedcontainers import SortedDict as SD\nprobe = SD()", "sortedcontainers.SortedDict"},
		{"import sortedcontainers\nprobe = sortedcontainers.SortedList(k)", "sortedcontainers.SortedList"},
		{"import sortedcontainers\nprobe = sortedcontainers.SortedSet()", ""},
	} {
		p := program(t, map[string]string{"m": tc.src})
		m := p.Module("m")
		extra := map[string]bool{"sortedcontainers.SortedDict": true, "sortedcontainers.SortedList": true}
		if got := p.MutableContainer(m, probe(t, m), extra); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestModuleName(t *testing.T) {
	// Directories with an __init__.py, as a set of paths.
	inits := map[string]bool{
		"/r/app": true, "/r/app/sub": true, "/r/src/lib": true, "/r/backend/svc": true,
	}
	hasInit := func(dir string) bool { return inits[filepath.Clean(dir)] }
	for _, tc := range []struct {
		path, root, want, pkgName string
		isPkg                     bool
	}{
		{"/r/app/models.py", "/r", "app.models", "app.models", false},
		{"/r/app/__init__.py", "/r", "app", "app", true},
		{"/r/app/sub/x.py", "/r/app", "app.sub.x", "app.sub.x", false}, // checked from inside the package
		{"/r/app/sub/x.py", "/r/app/sub", "app.sub.x", "app.sub.x", false},
		{"/r/ns/mod.py", "/r", "ns.mod", "", false},                 // namespace package
		{"/r/src/lib/core.py", "/r", "lib.core", "lib.core", false}, // src layout
		{"/r/backend/svc/api.py", "/r", "backend.svc.api", "svc.api", false},
		{"/r/script.py", "/r", "script", "", false},
		{"/r/lib/site-packages/tool.py", "/r", "tool", "", false},
	} {
		name, isPkg := semantic.ModuleName(tc.path, tc.root, hasInit)
		if name != tc.want || isPkg != tc.isPkg {
			t.Errorf("ModuleName(%s, root %s) = %q, %v; want %q, %v", tc.path, tc.root, name, isPkg, tc.want, tc.isPkg)
		}
		if got := semantic.PackageName(tc.path, hasInit); got != tc.pkgName {
			t.Errorf("PackageName(%s) = %q, want %q", tc.path, got, tc.pkgName)
		}
	}
}

// A Django project run from manage.py imports from manage.py's
// directory, also when that directory has an __init__.py of its own:
// its modules are named from there (and, by PackageName, from the
// package above, as before).
func TestModuleNameFromWhereTheProgramRuns(t *testing.T) {
	inits := map[string]bool{"/r/proj": true, "/r/proj/main": true, "/r/other": true}
	hasInit := func(dir string) bool { return inits[filepath.Clean(dir)] }
	runsFrom := func(dir string) bool { return filepath.Clean(dir) == "/r/proj" }
	for _, tc := range []struct{ path, root, want string }{
		{"/r/proj/main/celery.py", "/r/proj", "main.celery"},
		{"/r/proj/main/celery.py", "/r", "main.celery"}, // checked from above
		{"/r/proj/settings.py", "/r/proj", "settings"},
		{"/r/proj/__init__.py", "/r/proj", "proj"},
		{"/r/other/x.py", "/r", "other.x"},
	} {
		if name, _ := semantic.ModuleNameRunFrom(tc.path, tc.root, hasInit, runsFrom, nil); name != tc.want {
			t.Errorf("ModuleNameRunFrom(%s, root %s) = %q, want %q", tc.path, tc.root, name, tc.want)
		}
	}
	if got := semantic.PackageName("/r/proj/main/celery.py", hasInit); got != "proj.main.celery" {
		t.Errorf("PackageName = %q, want proj.main.celery", got)
	}
}

// A regular package inside a namespace package (a directory of the
// checked tree without __init__.py, named as an identifier: PEP 420) is
// imported with the namespace's name in front, as bodhi-server/bodhi/server
// is `bodhi.server`; an import root, a directory named as no package, or
// the checked tree's root itself (a repository's folder) is none.
func TestNamespaceName(t *testing.T) {
	inits := map[string]bool{"/r/bodhi-server/bodhi/server": true, "/r/bodhi-server/bodhi/server/services": true,
		"/r/src/app": true, "/r/my-repo/app": true, "/r/backend/svc": true,
		"/r/site-packages/google/cloud/storage": true, "/r/lint/__init__.py": true, "/r/lint": true, "/r/lint/data/ns/sub": true}
	hasInit := func(dir string) bool { return inits[filepath.Clean(dir)] }
	for path, want := range map[string]string{
		"/r/bodhi-server/bodhi/server/models.py":            "bodhi.server.models",
		"/r/bodhi-server/bodhi/server/services/releases.py": "bodhi.server.services.releases",
		"/r/bodhi-server/bodhi/server/__init__.py":          "bodhi.server",
		"/r/src/app/models.py":                              "", // src is an import root
		"/r/my-repo/app/models.py":                          "", // no package is named my-repo
		"/r/backend/svc/api.py":                             "backend.svc.api",
		"/r/script.py":                                      "",
		"/r/site-packages/google/cloud/storage/client.py":   "google.cloud.storage.client",
		"/r/lint/data/ns/sub/x.py":                          "", // data folders of a regular package
	} {
		if got := semantic.NamespaceName(path, "/r", hasInit); got != want {
			t.Errorf("NamespaceName(%s) = %q, want %q", path, got, want)
		}
	}
	// A relative path whose every folder up to "." is a package (a
	// tree checked from a folder that is one itself) ends.
	dot := func(dir string) bool { return dir == "." || dir == "app" }
	if got := semantic.NamespaceName("app/models.py", ".", dot); got != "" {
		t.Errorf("NamespaceName(app/models.py from .) = %q, want none", got)
	}
	// Checked from inside the repository: the root's own folder is no
	// namespace.
	if got := semantic.NamespaceName("/r/backend/svc/api.py", "/r/backend", hasInit); got != "" {
		t.Errorf("NamespaceName from the package's parent = %q, want none", got)
	}
}

func TestProgramFindsModulesByPackageNameUnlessAmbiguous(t *testing.T) {
	mk := func(name, pkgName, src string) *semantic.Module {
		m := semantic.NewModule(name, false, parser.ParseFile(name+".py", []byte(src)))
		m.PackageName = pkgName
		return m
	}
	ns := mk("bodhi-server.bodhi.server.models", "server.models", "class Release: pass\n")
	ns.NamespaceName = "bodhi.server.models"
	p := semantic.NewProgram([]*semantic.Module{
		mk("backend.svc.api", "svc.api", "class Api: pass\n"),
		mk("one.util.x", "util.x", ""),
		mk("two.util.x", "util.x", ""),
		mk("client", "", "from svc.api import Api\nimport util.x\nprobe = Api\n"),
		ns,
		mk("releases", "", "from bodhi.server.models import Release\nprobe = Release\n"),
	})
	if c := p.Class("releases.probe"); c == nil || c.Name != "Release" {
		t.Errorf("releases.probe should lead to class Release through the namespace package's name, got %v", c)
	}
	if got := p.Canonical("svc.api.Api"); got != "backend.svc.api.Api" {
		t.Errorf("svc.api.Api canonical %q, want backend.svc.api.Api", got)
	}
	if p.Module("util.x") != nil {
		t.Errorf("util.x names two modules: it must not resolve to either")
	}
	if c := p.Class("client.probe"); c == nil || c.Name != "Api" {
		t.Errorf("client.probe should lead to class Api, got %v", c)
	}
}

// What runs when modules are imported (decorators, module-level calls,
// also through a subclass) is startup code; what only a function calls is
// not.
func TestStartupOnlyCoversImportTimeCalls(t *testing.T) {
	p := program(t, map[string]string{
		"reg":   "class Registry:\n    @classmethod\n    def register(cls, f): return f\n    @classmethod\n    def setup(cls): pass\n    @classmethod\n    def lookup(cls, n): pass\n    def per_call(self): pass\nRegistry.setup()\n",
		"views": "from reg import Registry as R\n@R.register\ndef view(): pass\ndef handler():\n    R.lookup('x')\n",
		"base":  "class Base:\n    @classmethod\n    def fill(cls): pass\n    @classmethod\n    def own(cls): pass\n",
		"sub":   "from base import Base\nclass Sub(Base):\n    @classmethod\n    def own(cls): pass\nSub.fill()\nSub.own()\n",
	})
	for qn, want := range map[string]bool{
		"reg.Registry.register": true,  // a decorator in another module
		"reg.Registry.setup":    true,  // a module-level call
		"reg.Registry.lookup":   false, // called only inside a function
		"reg.Registry.per_call": false,
		"base.Base.fill":        true,  // inherited, called at import through a subclass
		"base.Base.own":         false, // Sub.own() runs Sub's override
		"sub.Sub.own":           true,
	} {
		i := strings.LastIndexByte(qn, '.')
		c := p.Class(qn[:i])
		if got := p.StartupOnly(c, c.Methods[qn[i+1:]]); got != want {
			t.Errorf("StartupOnly(%s) = %v, want %v", qn, got, want)
		}
	}
}

func TestStartupOnlyFollowsCallSitesAcrossModules(t *testing.T) {
	p := program(t, map[string]string{
		"reg": `class Registry:
    @classmethod
    def add(cls, x): cls._store(x)
    @classmethod
    def _store(cls, x): cls._store(x)
    @classmethod
    def also_per_request(cls, x): pass
    @classmethod
    def maybe(cls): pass
    @classmethod
    def never_called(cls): pass
    def via_instance(self): pass
class Sub(Registry):
    pass
registry = Registry()
`,
		"apps": `from django.apps import AppConfig
import reg
from reg import Sub, registry
class Config(AppConfig):
    def ready(self):
        reg.Registry.add(1)
        Sub.also_per_request(2)
        registry.via_instance()
        self.helper()
        Sub.maybe()
    def helper(self):
        def later():
            reg.Registry.never_called()
        return later
`,
		"views": `from reg import Registry as R
def view(request, obj):
    R.also_per_request(request)
    obj.maybe()
`,
	})
	reg := p.Class("reg.Registry")
	cfg := p.Class("apps.Config")
	for _, tc := range []struct {
		c    *semantic.Class
		name string
		want bool
	}{
		{cfg, "ready", true},             // a startup hook
		{cfg, "helper", true},            // called only from ready
		{reg, "add", true},               // called only from ready, in another module
		{reg, "_store", true},            // called only from add and from itself
		{reg, "via_instance", true},      // through a module-level instance
		{reg, "also_per_request", false}, // also called from a view
		{reg, "maybe", false},            // a view calls .maybe() on an unknown object
		{reg, "never_called", false},     // called from a closure, which may run any time
	} {
		if got := p.StartupOnly(tc.c, tc.c.Methods[tc.name]); got != tc.want {
			t.Errorf("StartupOnly(%s.%s) = %v, want %v", tc.c.Name, tc.name, got, tc.want)
		}
	}
	var dispatch []semantic.Dispatch
	for _, s := range p.CallSites("maybe") {
		dispatch = append(dispatch, s.Dispatch)
	}
	if !slices.Equal(dispatch, []semantic.Dispatch{semantic.Exact, semantic.Unknown}) {
		t.Errorf("sites of maybe: dispatch %v, want [Exact Unknown]", dispatch)
	}
}

// A generated hierarchy thousands of classes deep: the MRO stops at a
// bound, in order, so that rules asking for it per method stay linear.
func TestMROOfADeepChainIsBounded(t *testing.T) {
	var src strings.Builder
	src.WriteString("class C0:\n    pass\n")
	for i := 1; i < 1000; i++ {
		fmt.Fprintf(&src, "class C%d(C%d):\n    pass\n", i, i-1)
	}
	p := program(t, map[string]string{"gen": src.String()})
	mro := p.MRO(p.Class("gen.C999"))
	if len(mro) != 200 {
		t.Fatalf("MRO of C999 has %d classes, want the bound, 200", len(mro))
	}
	for i, c := range mro {
		if want := fmt.Sprintf("C%d", 999-i); c.Name != want {
			t.Fatalf("MRO[%d] = %s, want %s", i, c.Name, want)
		}
	}
	if got := len(p.MRO(p.Class("gen.C5"))); got != 6 {
		t.Errorf("MRO of C5 has %d classes, want 6", got)
	}
}

// A name assigned in a function hides the module-level name it spells, so
// a call on it has an unknown receiver (or none of the tree, when every
// assignment of it is a literal, a display or a builtin container); the
// function's scope is its
// parameters and what its own body assigns (imports, nested def and class
// names, comprehension targets included), not what nested defs, class
// bodies or a nested def's defaults assign, nor a global.
func TestCallSiteReceiversSeeLocalNames(t *testing.T) {
	p := program(t, map[string]string{
		"app": `class Registry:
    def hit(self): pass

registry = Registry()

def module_level():
    registry.hit()                   # Virtual: the module's instance

def assigned():
    registry.hit()                   # Unknown: assigned below, so local
    registry = make()

def parameter(registry):
    registry.hit()                   # Unknown

def imported():
    from app import registry
    registry.hit()                   # Virtual: the module's instance, imported in the def

def imported_elsewhere():
    from elsewhere import registry
    registry.hit()                   # none: an object of a module outside the tree

def comprehension():
    [registry for registry in ()]
    registry.hit()                   # Unknown: the target counts

def declared_global():
    global registry
    registry = Registry()
    registry.hit()                   # Virtual

def nested_assigns():
    def inner(registry=None):
        registry = 1
    class Body:
        registry = 2
    def walrus(x=(registry := 3)):
        pass
    registry.hit()                   # Virtual: none of those is this scope's

def closure():
    registry = make()
    def inner():
        registry.hit()               # Unknown: local to the enclosing def
    return inner

def plain():
    registry = set()
    registry.hit()                   # none: a set is no object of the tree
    other = None
    other.hit()                      # none: nor is None

def copied_and_grown(found):
    todo = set()
    todo |= set(found)
    todo.hit()                       # none: a set grown by a set
    later = todo
    later.hit()                      # none: a copy of a plain local
    given = found
    given.hit()                      # Unknown: a copy of a parameter
    total = 0
    total += found
    total.hit()                      # Unknown: found's __radd__ may make anything
`})
	var got []semantic.Dispatch
	for _, s := range p.CallSites("hit") {
		got = append(got, s.Dispatch)
	}
	v, u := semantic.Virtual, semantic.Unknown
	want := []semantic.Dispatch{v, u, u, v, u, v, v, u, u, u}
	if !slices.Equal(got, want) {
		t.Errorf("dispatch of the sites of hit:\n got %v\nwant %v", got, want)
	}
}

// With puts an edited module in place of its file's, for the language
// server's first answer: its names, methods and call sites are the
// program's; the program it came from is left as it was.
// A package and a module's file of one name (cps/ next to cps.py, a
// script): `import cps` finds the package, and so does the program,
// whatever the order of the files; editing the script keeps it so.
func TestAPackageWinsItsNameOverAModulesFile(t *testing.T) {
	p := program(t, map[string]string{
		"app":          "from app import run\nrun()\n",
		"app.__init__": "from app.views import run\n",
		"app.views":    "def run():\n    pass\n",
	})
	if m := p.Module("app"); m == nil || !m.IsPackage {
		t.Fatalf("app is %+v, want the package", m)
	}
	f := parser.ParseFile("app.py", []byte("from app import run\nrun()\nrun()\n"))
	script := semantic.NewModule("app", false, f)
	script.DropSyntax()
	if m := p.With(script).Module("app"); m == nil || !m.IsPackage {
		t.Errorf("after an edit of the script, app is %+v, want the package", m)
	}
}

func TestProgramWithAnEditedModule(t *testing.T) {
	p := program(t, map[string]string{
		"a": "class A:\n    def f(self):\n        pass\n",
		"b": "from a import A\n\n\ndef use():\n    A().f()\n",
	})
	f := parser.ParseFile("a.py", []byte("class A:\n    def g(self):\n        pass\n\n\ndef use():\n    A().g()\n"))
	edited := semantic.NewModule("a", false, f)
	edited.DropSyntax()
	q := p.With(edited)
	if q.Module("a") != edited || q.ByPath["a.py"] != edited || q.Module("b") != p.Module("b") {
		t.Fatalf("With: module a is %p, want the edited %p", q.Module("a"), edited)
	}
	if p.Module("a") == edited || len(p.CallSites("g")) != 0 || len(p.CallSites("f")) != 1 {
		t.Errorf("With changed the program it came from: a %p, %d sites of g, %d of f", p.Module("a"), len(p.CallSites("g")), len(p.CallSites("f")))
	}
	if got := q.CallSites("g"); len(got) != 1 {
		t.Errorf("the edited module's call of g: %d sites, want 1", len(got))
	}
	// No class defines f any more: b's call of it is no method's of the tree.
	if got := q.CallSites("f"); len(got) != 0 {
		t.Errorf("f, no longer defined: %d sites, want none", len(got))
	}
	if c := q.Class("a.A"); c == nil || c.Module != edited {
		t.Errorf("a.A is %+v, want the edited module's class", c)
	}
}

// The classes elsewhere that inherit from an edited class, and the
// methods of it only startup code reaches, are those of the class it
// replaces: With links the edited module alone.
func TestProgramWithKeepsSubclassesAndStartupMethods(t *testing.T) {
	src := "class A:\n    def __init_subclass__(cls, **kw):\n        cls.seen = True\n"
	p := program(t, map[string]string{
		"a": src,
		"b": "from a import A\n\n\nclass B(A):\n    pass\n",
	})
	oldA := p.Class("a.A")
	if len(p.Subclasses(oldA)) != 1 || !p.StartupOnly(oldA, oldA.Methods["__init_subclass__"]) {
		t.Fatalf("before the edit: subclasses %v, startup-only %v: the test tests nothing",
			p.Subclasses(oldA), p.StartupOnly(oldA, oldA.Methods["__init_subclass__"]))
	}
	f := parser.ParseFile("a.py", []byte("\n\n"+src))
	edited := semantic.NewModule("a", false, f)
	edited.DropSyntax()
	q := p.With(edited)
	newA := q.Class("a.A")
	if ks := q.Subclasses(newA); len(ks) != 1 || ks[0].QualName != "B" {
		t.Errorf("subclasses of the edited A: %v, want b.B", ks)
	}
	if !q.StartupOnly(newA, newA.Methods["__init_subclass__"]) {
		t.Error("the edited A's __init_subclass__ is no longer startup-only")
	}
}

// The annotations the model keeps are its own memory: the driver reuses
// a file's source once its model is built.
func TestAnnotatedNamesOutliveTheSource(t *testing.T) {
	src := []byte("from celery import Celery\n\napp: Celery = Proxy(make_app)\nn: int = 1\n")
	m := semantic.NewModule("m", false, parser.ParseFile("m.py", src))
	m.DropSyntax()
	for i := range src {
		src[i] = 'x'
	}
	if want := map[string]string{"app": "Celery"}; !maps.Equal(m.Annotated, want) {
		t.Errorf("Annotated = %q, want %q", m.Annotated, want)
	}
}

// A directory that a module's import-time code puts on sys.path, from its
// own file's place (`sys.path.insert(0, os.path.join(BASE_DIR, "apps"))`),
// makes the packages in it importable by their names from there, as
// Python finds them.
func TestSysPathAdditionsNameTheModulesBelowThem(t *testing.T) {
	mk := func(name, path, src string) *semantic.Module {
		f := parser.ParseFile(path, []byte(src))
		if len(f.Errors) > 0 {
			t.Fatalf("%s: %s", path, f.Errors[0].Msg)
		}
		m := semantic.NewModule(name, strings.HasSuffix(path, "__init__.py"), f)
		m.DropSyntax()
		return m
	}
	settings := `import os
import sys
from pathlib import Path

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(BASE_DIR, "apps"))
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "vendor") not in sys.path:
    sys.path.append(str(ROOT / "vendor"))


def location(folder):
    """A place in the project."""
    return os.path.abspath(os.path.join(os.path.dirname(os.path.realpath(__file__)), "..", folder))


sys.path.insert(0, location("plugins"))


def here(*x):
    return os.path.join(os.path.abspath(os.path.dirname(__file__)), *x)


PROJECT_ROOT = here("..")
sys.path.insert(0, here("..", "extras"))
sys.path.append(os.path.join(os.path.dirname(__file__), *[os.pardir] * 2))
`
	p := semantic.NewProgram([]*semantic.Module{
		mk("svc.settings.base", "svc/settings/base.py", settings),
		mk("svc.apps.core.forms", "svc/apps/core/forms.py", "class ReportForm: pass\n"),
		mk("svc.vendor.helpers", "svc/vendor/helpers.py", "class Helper: pass\n"),
		mk("svc.plugins.viewer.urls", "svc/plugins/viewer/urls.py", "class Pattern: pass\n"),
		mk("svc.extras.status.checks", "svc/extras/status/checks.py", "class Check: pass\n"),
		mk("svc.apps.auth.forms", "svc/apps/auth/forms.py", "from core.forms import ReportForm\nfrom helpers import Helper\nfrom viewer.urls import Pattern\nfrom status.checks import Check\nprobe = ReportForm\nother = Helper\nplugin = Pattern\ncheck = Check\n"),
	})
	// Through a def of the module that returns a path of its parameter.
	if c := p.Class("svc.apps.auth.forms.plugin"); c == nil || c.Name != "Pattern" {
		t.Errorf("viewer.urls should name svc/plugins/viewer/urls.py, got %v", c)
	}
	// Through one that joins its *args to the module's place.
	if c := p.Class("svc.apps.auth.forms.check"); c == nil || c.Name != "Check" {
		t.Errorf("status.checks should name svc/extras/status/checks.py, got %v", c)
	}
	if c := p.Class("svc.apps.auth.forms.probe"); c == nil || c.Name != "ReportForm" {
		t.Errorf("core.forms should name svc/apps/core/forms.py, got %v", c)
	}
	if c := p.Class("svc.apps.auth.forms.other"); c == nil || c.Name != "Helper" {
		t.Errorf("helpers should name svc/vendor/helpers.py, got %v", c)
	}
	if got := p.Canonical("core.forms.ReportForm"); got != "svc.apps.core.forms.ReportForm" {
		t.Errorf("core.forms.ReportForm canonical %q, want svc.apps.core.forms.ReportForm", got)
	}
}

// An edited module keeps the name a directory on sys.path gives it.
func TestProgramWithKeepsTheSysPathNameOfTheEditedModule(t *testing.T) {
	mk := func(name, path, src string) *semantic.Module {
		m := semantic.NewModule(name, false, parser.ParseFile(path, []byte(src)))
		m.DropSyntax()
		return m
	}
	settings := "import os\nimport sys\n\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'apps'))\n"
	p := semantic.NewProgram([]*semantic.Module{
		mk("svc.settings", "svc/settings.py", settings),
		mk("svc.apps.core.forms", "svc/apps/core/forms.py", "class ReportForm: pass\n"),
	})
	edited := mk("svc.apps.core.forms", "svc/apps/core/forms.py", "class ReportForm: pass\nclass Other: pass\n")
	q := p.With(edited)
	if got := q.Module("core.forms"); got != edited {
		t.Errorf("core.forms after the edit: %v, want the edited module", got)
	}
	if c := q.Class("core.forms.Other"); c == nil {
		t.Errorf("core.forms.Other should be found in the edited module")
	}
}

// TestSubclassesComeInSourceOrder: the subclasses of a class come by
// file, then by position, whatever order the maps they were gathered
// from gave: the call graph's solve seeds a root on each in turn, and
// its bounded cells keep what comes first, so another order gave
// another graph from run to run.
func TestSubclassesComeInSourceOrder(t *testing.T) {
	sources := map[string]string{"app.base": "class Base:\n    pass\n"}
	var want []string
	for _, mod := range []string{"app.a", "app.b", "app.c"} {
		var src strings.Builder
		src.WriteString("from app.base import Base\n")
		for i := range 8 {
			fmt.Fprintf(&src, "\n\nclass K%d(Base):\n    pass\n", i)
			want = append(want, fmt.Sprintf("%s.K%d", mod, i))
		}
		sources[mod] = src.String()
	}
	for range 5 { // each build makes new maps, with new seeds
		p := program(t, sources)
		var got []string
		for _, k := range p.Subclasses(p.Class("app.base.Base")) {
			got = append(got, k.QualifiedName())
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Subclasses = %v\nwant %v", got, want)
		}
	}
}
