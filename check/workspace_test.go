package check_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// render writes out everything a finding says, for comparing runs.
func render(res check.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "files %d hidden %d failed %v\n", res.Files, res.Hidden, res.Failed)
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "%s:%d:%d-%d:%d %s %s [%s %q perRequest=%v]", f.Path, f.Line, f.Col, f.EndLine, f.EndCol, f.Code, f.Message, f.Confidence, f.Lower, f.PerRequest)
		if f.Reachability != nil {
			fmt.Fprintf(&b, " via %s %v", f.Reachability.Kind, f.Reachability.Path)
		}
		if f.Fix != nil {
			fmt.Fprintf(&b, " fix %q safe=%v %v", f.Fix.Message, f.Fix.Safe, f.Fix.Edits)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// sameAsRun fails the test unless w's findings are RunOverlay's for the
// same paths, configuration and sources.
func sameAsRun(t *testing.T, step string, w *check.Workspace, cfg *config.Config, overlay map[string][]byte) {
	t.Helper()
	var stderr bytes.Buffer
	all := rules.All()
	want := render(check.RunOverlay(w.Paths(), all, all, cfg, overlay, &stderr))
	if got := render(w.Result()); got != want {
		t.Errorf("%s: the workspace has\n%s\nRunOverlay has\n%s", step, got, want)
	}
}

var shopTree = map[string]string{
	"shop/__init__.py": "",
	"shop/urls.py": "from django.urls import path\nfrom . import views\n\n" +
		"urlpatterns = [path(\"checkout/\", views.checkout)]\n",
	"shop/views.py": "from .sync import push\nfrom .state import *\n\n\n" +
		"def checkout(request):\n    CACHE[request.user] = request\n    return push(request)\n",
	"shop/state.py": "CACHE = {}\n",
	// Star imports in a chain: the names of consts.py (once there is
	// one) are copied into state.py, views.py and zapi.py, in the order
	// the program links star imports.
	"shop/zapi.py": "from shop.views import *\n\n\nclass Api(Base):\n    hits = []\n\n    def hit(self, x):\n        self.hits.append(x)\n",
	"shop/sync.py": "import threading\n\n\nclass Pusher:\n    sent = []\n\n    def push(self, order):\n        self.sent.append(order)\n\n\n" +
		"_p = Pusher()\n\n\ndef push(order):\n    _p.push(order)\n",
	"shop/base.py":   "class Base:\n    pass\n",
	"shop/models.py": "from shop.base import Base\n\n\nclass Order(Base):\n    items = []\n\n    @classmethod\n    def add(cls, x):\n        cls.items.append(x)\n",
	"shop/apps.py":   "from django.apps import AppConfig\n\n\nclass ShopConfig(AppConfig):\n    def ready(self):\n        pass\n",
}

// After each edit, the workspace's findings are what a fresh run over
// the edited sources finds: in the edited file, and in the files whose
// request paths, bases or star imports the edit changes.
func TestWorkspaceFindsWhatRunFindsAfterEachEdit(t *testing.T) {
	root := writeTree(t, shopTree)
	all := rules.All()
	for _, strict := range []bool{false, true} {
		cfg := config.Default(root)
		cfg.Strict = strict
		var stderr bytes.Buffer
		w := check.NewWorkspace([]string{root}, all, all, cfg, nil, &stderr)
		if stderr.Len() > 0 {
			t.Fatalf("stderr: %s", stderr.String())
		}
		if len(w.Result().Findings) == 0 {
			t.Fatal("the fixture has no findings: it tests nothing")
		}
		overlay := map[string][]byte{}
		sameAsRun(t, "start", w, cfg, overlay)
		path := func(name string) string { return filepath.Join(root, name) }
		edits := []struct{ name, src string }{
			// Lines move: every finding of the file moves with them.
			{"shop/sync.py", "\n\n" + shopTree["shop/sync.py"]},
			// No route reaches checkout any more.
			{"shop/urls.py", "urlpatterns = []\n"},
			{"shop/urls.py", shopTree["shop/urls.py"]},
			// A star-imported module changes what views.py's names are.
			{"shop/state.py", "CACHE = None\n"},
			{"shop/state.py", "CACHE = {}\nOTHER = []\n"},
			// The base class in another file becomes a Django model: its
			// metaclass makes models.py's class state a model's fields.
			{"shop/base.py", "from django.db import models\n\n\nclass Base(models.Model):\n    pass\n"},
			{"shop/base.py", shopTree["shop/base.py"]},
			// Only start-up code calls Order.add now: its finding in
			// models.py is deliberate, and the other way round.
			{"shop/apps.py", "from django.apps import AppConfig\nfrom shop.models import Order\n\n\nclass ShopConfig(AppConfig):\n    def ready(self):\n        Order.add(1)\n"},
			{"shop/apps.py", shopTree["shop/apps.py"]},
			// A syntax error, then mended.
			{"shop/models.py", "class Order(:\n"},
			{"shop/models.py", shopTree["shop/models.py"] + "\n\nclass Line(Order):\n    def more(self):\n        self.items.append(1)\n"},
			// A new file, then star-imported in a chain into zapi.py; the
			// modules of the chain are modelled again at each step.
			{"shop/consts.py", "from unittest import TestCase as Base\n"},
			{"shop/state.py", "from shop.consts import *\nCACHE = {}\n"},
			{"shop/consts.py", "class Base:\n    pass\n"},
			// A file the workspace did not have.
			{"shop/extra.py", "from shop.models import Order\n\n\nclass Big(Order):\n    tags = set()\n\n    def tag(self, t):\n        self.tags.add(t)\n"},
		}
		for _, e := range edits {
			overlay[path(e.name)] = []byte(e.src)
			if e.name == "shop/extra.py" || e.name == "shop/consts.py" {
				// RunOverlay finds files by walking: the new one must exist.
				if err := os.WriteFile(path(e.name), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if _, ok := w.Update(path(e.name), []byte(e.src)); !ok {
				t.Fatalf("%s: not in the workspace", e.name)
			}
			sameAsRun(t, fmt.Sprintf("strict=%v after editing %s", strict, e.name), w, cfg, overlay)
		}
		// Closing a document goes back to the file on disk.
		delete(overlay, path("shop/sync.py"))
		w.Update(path("shop/sync.py"), nil)
		sameAsRun(t, "after closing sync.py", w, cfg, overlay)
		os.Remove(path("shop/extra.py"))
		os.Remove(path("shop/consts.py"))
	}
}

// The workspace of the rules' fixtures finds what a run does, also
// after an edit of each file that moves its findings a line down.
func TestWorkspaceOfTheRuleFixturesFindsWhatRunFinds(t *testing.T) {
	root := "../rules/testdata"
	all := rules.All()
	var stderr bytes.Buffer
	w := check.NewWorkspace([]string{root}, all, all, nil, nil, &stderr)
	sameAsRun(t, "start", w, nil, nil)
	overlay := map[string][]byte{}
	n := 0
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") || n >= 12 {
			return err
		}
		n++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src := append([]byte("import os\n"), data...)
		overlay[path] = src
		if changed, ok := w.Update(path, src); !ok || len(w.Findings(path)) > 0 && len(changed) == 0 {
			t.Errorf("%s: ok %v, changed %v: its findings moved", path, ok, changed)
		}
		return nil
	})
	sameAsRun(t, "after the edits", w, nil, overlay)
}

// A path outside the workspace's is not taken in.
func TestWorkspaceRefusesAFileOutsideItsPaths(t *testing.T) {
	root := writeTree(t, map[string]string{"a.py": "x = 1\n"})
	other := writeTree(t, map[string]string{"b.py": "x = 1\n"})
	all := rules.All()
	w := check.NewWorkspace([]string{root}, all, all, nil, nil, &bytes.Buffer{})
	if _, ok := w.Update(filepath.Join(other, "b.py"), []byte("y = 2\n")); ok {
		t.Error("a file of another tree was taken in")
	}
	if !w.Contains(filepath.Join(root, "a.py")) || w.Contains(filepath.Join(other, "b.py")) {
		t.Error("Contains is wrong")
	}
}

// An update with the bytes analysed already (a save, an undo) changes
// nothing and costs no run.
func TestWorkspaceUpdateWithTheSameBytesIsFree(t *testing.T) {
	root := writeTree(t, shopTree)
	all := rules.All()
	w := check.NewWorkspace([]string{root}, all, all, nil, nil, &bytes.Buffer{})
	path := filepath.Join(root, "shop", "models.py")
	w.Update(path, []byte("\n"+shopTree["shop/models.py"]))
	if w.Stats.Redecided == 0 {
		t.Fatal("an edit ran no decision")
	}
	w.Stats = check.UpdateStats{}
	if changed, ok := w.Update(path, []byte("\n"+shopTree["shop/models.py"])); !ok || len(changed) > 0 || w.Stats.Redecided != 0 {
		t.Errorf("the same bytes again: changed %v, stats %+v", changed, w.Stats)
	}
	// Saved: the file on disk now has the bytes analysed.
	os.WriteFile(path, []byte("\n"+shopTree["shop/models.py"]), 0o644)
	if changed, ok := w.Update(path, nil); !ok || len(changed) > 0 || w.Stats.Redecided != 0 {
		t.Errorf("closing a saved file: changed %v, stats %+v", changed, w.Stats)
	}
	sameAsRun(t, "after the save", w, nil, nil)
}

// An edit of a module whose code no entry point runs keeps the call
// graph (only where its defs are changes); an edit of one that runs, or
// one that changes the entry points, solves it again. Either way the
// findings are a fresh run's.
func TestWorkspaceKeepsTheCallGraphForModulesThatDoNotRun(t *testing.T) {
	w, cfg, path := strictWorkspace(t, shopTree)
	overlay := map[string][]byte{}
	for _, e := range []struct {
		name, src string
		kept      bool
	}{
		// Nothing the checkout view runs imports models.py.
		{"shop/models.py", "import os\n" + shopTree["shop/models.py"], true},
		{"shop/models.py", "import os\n\n\n" + shopTree["shop/models.py"] + "\n\ndef more():\n    Order.items.append(2)\n", true},
		// The view runs sync.py.
		{"shop/sync.py", "\n\n" + shopTree["shop/sync.py"], false},
		{"shop/models.py", shopTree["shop/models.py"], true},
		// A route to a view that is not there yet: the same entry points,
		// and no view runs urls.py.
		{"shop/urls.py", shopTree["shop/urls.py"] + "urlpatterns.append(path(\"m/\", views.more))\n", true},
		// Now it is: another entry point.
		{"shop/views.py", shopTree["shop/views.py"] + "\n\ndef more(request):\n    from shop.models import Order\n    Order.add(request)\n", false},
		// Now a view runs models.py.
		{"shop/models.py", "\n" + shopTree["shop/models.py"], false},
	} {
		overlay[path(e.name)] = []byte(e.src)
		w.Update(path(e.name), []byte(e.src))
		if w.Stats.GraphKept != e.kept {
			t.Errorf("after editing %s: graph kept %v, want %v", e.name, w.Stats.GraphKept, e.kept)
		}
		sameAsRun(t, "after editing "+e.name, w, cfg, overlay)
	}
}

// strictWorkspace writes tree and checks it as a Workspace under strict,
// which shows the low findings with their reasons; it returns the
// workspace, its configuration and the path of a file of the tree. The
// test fails if the workspace says anything on stderr meanwhile.
func strictWorkspace(t *testing.T, tree map[string]string) (*check.Workspace, *config.Config, func(name string) string) {
	t.Helper()
	root := writeTree(t, tree)
	all := rules.All()
	cfg := config.Default(root)
	cfg.Strict = true
	var stderr bytes.Buffer
	w := check.NewWorkspace([]string{root}, all, all, cfg, nil, &stderr)
	t.Cleanup(func() {
		if stderr.Len() > 0 {
			t.Errorf("stderr: %s", stderr.String())
		}
	})
	return w, cfg, func(name string) string { return filepath.Join(root, name) }
}

// renderFindings is render's, for the findings alone.
func renderFindings(fs []check.Finding) string {
	_, lines, _ := strings.Cut(render(check.Result{Findings: fs}), "\n")
	return lines
}

// Provisional answers an edit with what the Update after it finds in the
// edited file, when the edit changes nothing the rest of the tree derives
// from the file: lines that move (with the request paths through the
// file), a body that changes. It changes nothing in the workspace.
func TestWorkspaceProvisionalFindsWhatTheUpdateFinds(t *testing.T) {
	w, _, path := strictWorkspace(t, shopTree)
	for _, e := range []struct{ name, src string }{
		// The view runs sync.py: its findings have request paths through
		// it, whose steps move with the lines.
		{"shop/sync.py", "import os\n\n\n" + shopTree["shop/sync.py"]},
		{"shop/sync.py", shopTree["shop/sync.py"] + "\n\ndef pull():\n    Pusher.sent.append(None)\n"},
		{"shop/models.py", "import os\n" + shopTree["shop/models.py"]},
		// An entry point of the edited file starts the request path: it
		// is where its def is now.
		{"shop/views.py", "import os\n\nSEEN = {}\n" + strings.Replace(shopTree["shop/views.py"], "    return push", "    SEEN[request.user] = 1\n    return push", 1)},
		{"shop/zapi.py", shopTree["shop/zapi.py"] + "\n    def clear(self):\n        self.hits.clear()\n"},
	} {
		before := render(w.Result())
		got, ok := w.Provisional(path(e.name), []byte(e.src))
		if !ok {
			t.Fatalf("%s: no provisional findings", e.name)
		}
		if after := render(w.Result()); after != before {
			t.Errorf("%s: Provisional changed the workspace:\n%s\nto\n%s", e.name, before, after)
		}
		w.Update(path(e.name), []byte(e.src))
		want := renderFindings(w.Findings(path(e.name)))
		if want == "" {
			t.Fatalf("%s: the edited file has no findings: the step tests nothing", e.name)
		}
		if got := renderFindings(got); got != want {
			t.Errorf("after editing %s, Provisional found\n%s\nthe Update\n%s", e.name, got, want)
		}
	}
	if _, ok := w.Provisional(filepath.Join(t.TempDir(), "elsewhere.py"), []byte("x = 1\n")); ok {
		t.Error("Provisional answered for a file outside the workspace")
	}
}

// Provisional may run while an Update does (a language server answers
// an edit while the one before is still being linked): run with -race.
func TestWorkspaceProvisionalRunsBesideAnUpdate(t *testing.T) {
	root := writeTree(t, shopTree)
	all := rules.All()
	cfg := config.Default(root)
	var stderr bytes.Buffer
	w := check.NewWorkspace([]string{root}, all, all, cfg, nil, &stderr)
	sync := filepath.Join(root, "shop/sync.py")
	done := make(chan bool)
	go func() {
		defer close(done)
		for i := range 20 {
			src := strings.Repeat("\n", i) + shopTree["shop/sync.py"]
			if got, ok := w.Provisional(sync, []byte(src)); !ok || len(got) == 0 {
				t.Errorf("provisional %d: %v %d findings", i, ok, len(got))
			}
		}
	}()
	for i := range 20 {
		w.Update(filepath.Join(root, "shop/models.py"), []byte(strings.Repeat("\n", i)+shopTree["shop/models.py"]))
	}
	<-done
}

// A call graph kept across an edit was solved from summaries made on
// demand: it answers where a finding is only for the files it loaded or
// was asked about. An edit that gives a finding to a file it never saw
// (a command's method, once its base in a module that does not run has
// a class-level list) solves again: the finding's lowering names its def.
func TestWorkspaceKeptGraphAnswersForFilesWithNewFindings(t *testing.T) {
	tree := map[string]string{}
	for name, src := range shopTree {
		tree[name] = src
	}
	tree["shop/management/__init__.py"] = ""
	tree["shop/management/commands/__init__.py"] = ""
	tree["shop/management/commands/tool.py"] = "from shop.base import Base\n\n\nclass Command(Base):\n    def handle(self, *args, **options):\n        self.seen.append(1)\n"
	tree["shop/base.py"] = "from django.core.management.base import BaseCommand\n\n\nclass Base(BaseCommand):\n    seen = None\n"
	w, cfg, path := strictWorkspace(t, tree)
	tool := path("shop/management/commands/tool.py")
	if fs := w.Findings(tool); len(fs) != 0 {
		t.Fatalf("tool.py before the edit: %s", renderFindings(fs))
	}
	base := path("shop/base.py")
	src := strings.Replace(tree["shop/base.py"], "seen = None", "seen = []", 1)
	w.Update(base, []byte(src))
	if len(w.Findings(tool)) == 0 {
		t.Fatal("tool.py has no finding after the edit: the test tests nothing")
	}
	sameAsRun(t, "after editing base.py", w, cfg, map[string][]byte{base: []byte(src)})
}

// An edit decides again only the units whose decisions read the edited
// module, or an answer of the program the edit changed: a body no other
// file reads decides its own file only; a base class edited decides its
// subclass's file too. The findings stay a fresh run's.
func TestWorkspaceDecidesAgainOnlyWhatReadTheEdit(t *testing.T) {
	tree := map[string]string{
		"inv/__init__.py": "",
		"inv/base.py":     "class Base:\n    pass\n",
		"inv/models.py":   "from inv.base import Base\n\n\nclass Order(Base):\n    items = []\n\n    def add(self, x):\n        self.items.append(x)\n",
		"inv/cache.py":    "class Cache:\n    d = {}\n\n    def put(self, k, v):\n        self.d[k] = v\n",
		"inv/util.py":     "def f():\n    return 1\n",
		// What calls the two methods above: nothing in the tree calling
		// them would make their findings low.
		"inv/jobs.py": "from inv.cache import Cache\nfrom inv.models import Order\n\n\ndef run():\n    Order().add(1)\n    Cache().put(1, 2)\n",
		// A middleware, shared by every request because settings.py
		// names it: its findings read the entry points of its file.
		"inv/middleware.py": "class Tracker:\n    def __init__(self, get_response):\n        self.get_response = get_response\n\n" +
			"    def __call__(self, request):\n        self.user = request.user\n        return self.get_response(request)\n",
		"inv/settings.py": "MIDDLEWARE = [\"inv.middleware.Tracker\"]\n",
	}
	root := writeTree(t, tree)
	all := rules.All()
	cfg := config.Default(root)
	var stderr bytes.Buffer
	w := check.NewWorkspace([]string{root}, all, all, cfg, nil, &stderr)
	if n := len(w.Result().Findings); n != 3 {
		t.Fatalf("the fixture has %d findings, want models.py's, cache.py's and middleware.py's", n)
	}
	overlay := map[string][]byte{}
	for _, e := range []struct {
		name, src string
		redecided int
		// attached: the files whose findings are given their request
		// paths again (all three when the graph, its reach or the
		// entry points may have changed, or what a module imports).
		attached int
	}{
		{"inv/util.py", "def f():\n    return 2\n", 1, 0},
		{"inv/cache.py", "\n" + tree["inv/cache.py"], 1, 1},
		// Emptied, its finding goes; then it comes back.
		{"inv/cache.py", "", 1, 0},
		{"inv/cache.py", tree["inv/cache.py"], 1, 1},
		{"inv/base.py", "\n" + tree["inv/base.py"], 2, 0},
		// The base becomes a Django model: models.py's class state is a
		// model's fields now, and its finding goes.
		{"inv/base.py", "from django.db import models\n\n\nclass Base(models.Model):\n    pass\n", 2, 3},
		{"inv/util.py", "from inv.models import Order\n\n\ndef f():\n    return Order\n", 1, 3},
		// The middleware's entry point goes, and its finding with it;
		// then it comes back.
		{"inv/settings.py", "MIDDLEWARE = []\n", 2, 2},
		{"inv/settings.py", "MIDDLEWARE = [\"inv.middleware.Tracker\"]\n", 2, 3},
		// Its entry point moves a line down: its own file only. Then
		// what registers it moves: its entry point says where from.
		{"inv/middleware.py", "\n" + tree["inv/middleware.py"], 1, 3},
		{"inv/settings.py", "\nMIDDLEWARE = [\"inv.middleware.Tracker\"]\n", 2, 0},
		{"inv/settings.py", "\nMIDDLEWARE = [\"inv.middleware.Tracker\"]\nX = 1\n", 1, 0},
	} {
		path := filepath.Join(root, e.name)
		overlay[path] = []byte(e.src)
		if _, ok := w.Update(path, []byte(e.src)); !ok {
			t.Fatalf("%s: not in the workspace", e.name)
		}
		if w.Stats.Redecided != e.redecided {
			t.Errorf("editing %s decided %d files again, want %d", e.name, w.Stats.Redecided, e.redecided)
		}
		if w.Stats.Attached != e.attached {
			t.Errorf("editing %s gave %d files' findings their request paths again, want %d", e.name, w.Stats.Attached, e.attached)
		}
		sameAsRun(t, "after editing "+e.name, w, cfg, overlay)
	}
}
