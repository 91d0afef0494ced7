package rules_test

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/analysis/analysistest"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// TestFixtures runs each rule on testdata/<code>; the fixtures mark the
// expected findings in place.
func TestFixtures(t *testing.T) {
	for _, a := range rules.All() {
		t.Run(a.Code, func(t *testing.T) {
			analysistest.Run(t, filepath.Join("testdata", a.Code), a)
		})
	}
}

// TestFixturesStrict runs the fixtures again in strict mode: the
// deliberate cases marked want-strict are reported too.
func TestFixturesStrict(t *testing.T) {
	for _, a := range rules.All() {
		t.Run(a.Code, func(t *testing.T) {
			dir := filepath.Join("testdata", a.Code)
			cfg := config.Default(dir)
			cfg.Strict = true
			analysistest.RunWithConfig(t, dir, cfg, a)
		})
	}
}

// TestOptions runs testdata/options/<code> with the rule's options set,
// then without them: the findings come from the options only.
func TestOptions(t *testing.T) {
	for _, tc := range []struct {
		a       *analysis.Analyzer
		options map[string][]string
	}{
		{rules.MutableClassAttributeMutated, map[string][]string{
			"extend-container-factories": {"sortedcontainers.SortedDict", "sortedcontainers.SortedList", "shop.util.Bag"},
		}},
		{rules.ClassStateResetShadows, map[string][]string{
			"extend-container-factories": {"sortedcontainers.SortedDict"},
		}},
		{rules.MethodCacheSharedAcrossInstances, map[string][]string{
			"extend-cache-decorators": {"app.caching.memoize"},
		}},
		{rules.ProcessLocalCacheOfSharedData, map[string][]string{
			"extend-data-loads": {"app.db.fetch_setting"},
		}},
		{rules.ClientFactoryPerCall, map[string][]string{
			"extend-client-factories": {"app.db.make_engine"},
		}},
	} {
		t.Run(tc.a.Code, func(t *testing.T) {
			dir := filepath.Join("testdata", "options", tc.a.Code)
			for name := range tc.options {
				if !slices.ContainsFunc(tc.a.Options, func(o analysis.Option) bool { return o.Name == name && o.Doc != "" }) {
					t.Errorf("%s does not declare option %q with a Doc", tc.a.Code, name)
				}
			}
			cfg := config.Default(dir)
			cfg.RuleOptions[tc.a.Code] = tc.options
			if len(analysistest.RunWithConfig(t, dir, cfg, tc.a)) == 0 {
				t.Errorf("no finding with the options set")
			}
			var stderr bytes.Buffer
			if res := check.Run([]string{dir}, []*analysis.Analyzer{tc.a}, config.Default(dir), &stderr); len(res.Findings) > 0 {
				t.Errorf("without the options: %d findings, want none; first: %s:%d %s",
					len(res.Findings), res.Findings[0].Path, res.Findings[0].Line, res.Findings[0].Message)
			}
		})
	}
}

func TestRuleTableIsWellFormed(t *testing.T) {
	codeRE := regexp.MustCompile(`^CT[1-5][0-9]{2}$`)
	nameRE := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	prev := ""
	for _, a := range rules.All() {
		if !codeRE.MatchString(a.Code) || !nameRE.MatchString(a.Name) {
			t.Errorf("%s %q: code must be CTnnn and name kebab-case", a.Code, a.Name)
		}
		if seen[a.Code] || seen[a.Name] {
			t.Errorf("%s %s: duplicate code or name", a.Code, a.Name)
		}
		seen[a.Code], seen[a.Name] = true, true
		if a.Code <= prev {
			t.Errorf("%s after %s: the table is in code order", a.Code, prev)
		}
		prev = a.Code
		for _, section := range []string{"## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fix safety"} {
			if !strings.Contains(a.Doc, section) {
				t.Errorf("%s: doc lacks %q", a.Code, section)
			}
		}
		if a.Summary() == "" || strings.HasPrefix(a.Summary(), "#") {
			t.Errorf("%s: doc must start with a one-line summary, got %q", a.Code, a.Summary())
		}
		if a.Run == nil {
			t.Errorf("%s: no Run", a.Code)
		}
	}
}

func findingAt(t *testing.T, dir string, a *analysis.Analyzer, file string, line int) string {
	t.Helper()
	cfg := config.Default(dir)
	cfg.Strict = true // Low findings have messages too
	for _, f := range analysistest.RunWithConfig(t, dir, cfg, a) {
		if filepath.Base(f.Path) == file && f.Line == line {
			return f.Message
		}
	}
	t.Fatalf("no %s finding at %s:%d", a.Code, file, line)
	return ""
}

func TestMessagesNameTheSharedThingAndWhoSharesIt(t *testing.T) {
	for _, tc := range []struct {
		a          *analysis.Analyzer
		file       string
		line       int
		want       string
		whole      bool // the message is want, not just contains it
		whyThisOne string
	}{
		{rules.MutableDefaultArgument, "defaults.py", 94,
			"the default of `seen` in `Service.method` is one set, created when `Service.method` is defined: " +
				"every call of `Service.method` that leaves out `seen` shares it and sees what earlier calls left in it", true, ""},
		{rules.MutableDefaultArgument, "nolambda.py", 18,
			"the default of `x` in `Outer.Inner.deep` is one collections.deque, created when `Outer.Inner.deep` is defined: " +
				"every call of `Outer.Inner.deep` that leaves out `x` shares it and sees what earlier calls left in it", true,
			"found by its statements alone (the file holds no lambda), the name still has its classes"},
		{rules.MutableDefaultArgument, "lambdas.py", 21,
			"the default of `cache` in `Handlers.method.<lambda>` is one dict, created when `Handlers.method.<lambda>` is defined: " +
				"every call of `Handlers.method.<lambda>` that leaves out `cache` shares it and sees what earlier calls left in it", true, ""},
		{rules.MutableDefaultArgument, "lambdas.py", 4, "in `takes_callback.<lambda>`", false,
			"a lambda in a def's default is inside the def"},
		{rules.MutableDefaultArgument, "nolambda.py", 34, "the default of `y` in `in_with.nested`", false,
			"the names of the defs around it, not of those before it"},
		{rules.MutableDefaultArgument, "defaults.py", 164, "the default of `c` in `after_positional_only`", false,
			"the defaults after a / belong to the parameters after it"},
		{rules.MutableDefaultArgument, "defaults.py", 168, "the default of `b` in `in_positional_only`", false,
			"a default before a / belongs to a positional-only parameter"},
		{rules.MutableClassAttributeMutated, "classes.py", 20,
			"`Renderer._cache` is a class-level dict mutated through `self` in `Renderer.render`: " +
				"one dict for the whole worker process, shared by every Renderer instance", true, ""},
		{rules.MutableClassAttributeMutated, "classes.py", 54, "one collections.deque for the whole worker process, shared by everything that reads it",
			false, "through cls: no instance is known to exist"},
		{rules.MutableClassAttributeMutated, "handlers.py", 7,
			"`BaseHandler.listeners` is a class-level list (defined in core.base) mutated through `self` in `OrderHandler.handle`: " +
				"one list for the whole worker process, shared by every instance of BaseHandler and its subclasses", true, "inherited"},
		{rules.ClassStateResetShadows, "resets.py", 13,
			"`ConfigCache.reset` rebinds `self._entries` to a new dict on this instance only: every other ConfigCache instance " +
				"keeps using the class-level `ConfigCache._entries`, one for the whole worker process", true, ""},
		{rules.RequestStateOnLongLivedObject, "admin.py", 13, "on the one ContestAdmin object (a django-admin, built once)", false,
			"the class's kind, not that of a method its list_display names"},
		{rules.MethodCacheSharedAcrossInstances, "methods.py", 34,
			"`Repo.aliased` is cached with `functools.lru_cache`: one cache shared by every Repo instance, keyed on `self`, " +
				"that keeps each instance alive", true, "Repo compares by identity: no other instance's result"},
		{rules.MethodCacheSharedAcrossInstances, "methods.py", 137,
			"as Keyed defines __eq__ or __hash__, can return a result computed for another, equal instance", false, "Keyed.settings"},
	} {
		msg := findingAt(t, filepath.Join("testdata", tc.a.Code), tc.a, tc.file, tc.line)
		if tc.whole && msg != tc.want || !tc.whole && !strings.Contains(msg, tc.want) {
			t.Errorf("%s message at %s:%d (%s):\n got %s\nwant %s", tc.a.Code, tc.file, tc.line, tc.whyThisOne, msg, tc.want)
		}
	}
}

func TestStrictMessagesSayWhyTheRegistryIsDeliberate(t *testing.T) {
	for _, tc := range []struct {
		a    *analysis.Analyzer
		file string
		line int
		want string
		why  string // the reason it is Low
	}{
		{rules.MutableClassAttributeMutated, "registration.py", 22,
			"`HandlerRegistry.plugins` is a class-level list mutated through `self` in `HandlerRegistry.register_plugin`: " +
				"one list for the whole worker process, shared by every HandlerRegistry instance",
			"`HandlerRegistry.register_plugin` is a registration API by its name"},
		{rules.ClassAttributeWrittenFromMethod, "registration.py", 12,
			"`Backends.register` writes `Backends.default` on the class through `cls` (the value comes from `backend`, per-call data): " +
				"one value for the whole worker process, and every reader of it sees the last writer's",
			"`Backends.register` is a registration API by its name"},
	} {
		dir := filepath.Join("testdata", tc.a.Code)
		cfg := config.Default(dir)
		cfg.Strict = true
		got, why := "", ""
		for _, f := range analysistest.RunWithConfig(t, dir, cfg, tc.a) {
			if filepath.Base(f.Path) == tc.file && f.Line == tc.line {
				got, why = f.Message, strings.Join(f.Lower, "; ")
				if f.Confidence != analysis.Low {
					t.Errorf("%s at %s:%d: confidence %s, want low", tc.a.Code, tc.file, tc.line, f.Confidence)
				}
			}
		}
		if got != tc.want || why != tc.why {
			t.Errorf("%s strict finding at %s:%d:\n got %s (low: %s)\nwant %s (low: %s)", tc.a.Code, tc.file, tc.line, got, why, tc.want, tc.why)
		}
	}
}

// Confidence follows the evidence: per-call data written (High), none
// (Medium), a constant written on a class (Low: strict only).
func TestConfidenceFollowsTheEvidence(t *testing.T) {
	for _, tc := range []struct {
		a    *analysis.Analyzer
		file string
		line int
		want analysis.Confidence
	}{
		{rules.MutableClassAttributeMutated, "confidence.py", 10, analysis.High},
		{rules.MutableClassAttributeMutated, "confidence.py", 13, analysis.Medium},
		{rules.ClassAttributeWrittenFromMethod, "writes.py", 27, analysis.Low},
		// An unbounded cache keeps every instance alive; a bounded one on
		// a class that compares by identity is a per-instance memo.
		{rules.MethodCacheSharedAcrossInstances, "methods.py", 30, analysis.High},
		{rules.MethodCacheSharedAcrossInstances, "methods.py", 22, analysis.Low},
		// Per-call data through a local (vendor = connection.vendor).
		{rules.ClassAttributeWrittenFromMethod, "writes.py", 325, analysis.High},
		// A comprehension's kind shadows the parameter kind.
		{rules.ClassAttributeWrittenFromMethod, "writes.py", 265, analysis.Medium},
	} {
		dir := filepath.Join("testdata", tc.a.Code)
		cfg := config.Default(dir)
		cfg.Strict = true
		found := false
		for _, f := range analysistest.RunWithConfig(t, dir, cfg, tc.a) {
			if filepath.Base(f.Path) == tc.file && f.Line == tc.line {
				found = true
				if f.Confidence != tc.want {
					t.Errorf("%s at %s:%d: confidence %s, want %s", tc.a.Code, tc.file, tc.line, f.Confidence, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no %s finding at %s:%d", tc.a.Code, tc.file, tc.line)
		}
	}
}
