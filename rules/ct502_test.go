package rules_test

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/analysis/analysistest"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A CT502 finding shows the path through the call that starts the loop,
// names what the client is, and says why a def that closes it is low.
func TestCT502ShowsThePathThroughTheNewLoop(t *testing.T) {
	dir := filepath.Join("testdata", "CT502")
	cfg := config.Default(dir)
	cfg.Strict = true
	type want struct {
		path []string
		msg  string
		low  string
	}
	wants := map[string]want{
		"db.py:19": {[]string{"svc.tasks.refresh", "svc.db.load_rates"},
			"`Session` is a `async_sessionmaker()` session factory built at import over a `create_async_engine()` engine, kept for the process", ""},
		"db.py:29": {[]string{"svc.tasks.warm", "svc.db.lent"}, "`pool` is a `ConnectionPool.from_url()` client built at import", ""},
		"shards.py:9": {[]string{"svc.tasks.notify", "svc.shards.publish", "svc.shards.connection"},
			"`_pools` is filled with a `create_pool()` client by this module's code", ""},
		"exports.py:10": {[]string{"svc.exports.export", "svc.exports.export.<lambda1>", "svc.exports.export_rows"}, "`db.engine` is a `create_async_engine()` client", ""},
		"singletons.py:5": {[]string{"svc.tasks.count_rows", "svc.singletons.count"},
			"`database.session` is a `async_sessionmaker()` session factory that the module-level `Database` object keeps", ""},
		"managers.py:10": {[]string{"svc.tasks.announce", "svc.managers.announce", "svc.managers.RedisManager.get_connection"},
			"`self.redis` is a `Redis()` client that the module-level `RedisManager` object keeps", ""},
		"cache.py:9":    {[]string{"svc.tasks.warm", "svc.cache.cached"}, "`pool` is", "this def closes it (`r.aclose()`)"},
		"reports.py:10": {nil, "`db.engine` is", "this def closes it (`db.engine.dispose()`)"},
	}
	seen := 0
	for _, f := range analysistest.RunWithConfig(t, dir, cfg, rules.LoopBoundClientAcrossLoops) {
		key := filepath.Base(f.Path) + ":" + strconv.Itoa(f.Line)
		w, ok := wants[key]
		if !ok {
			continue // analysistest reports it
		}
		seen++
		if !strings.Contains(f.Message, w.msg) {
			t.Errorf("%s: message\n got %s\nwant it to contain %s", key, f.Message, w.msg)
		}
		if w.path != nil {
			var got []string
			if f.Reachability != nil {
				for _, s := range f.Reachability.Path {
					got = append(got, s.Name)
				}
			}
			if !slices.Equal(got, w.path) {
				t.Errorf("%s: path %v, want %v", key, got, w.path)
			}
		}
		if low := strings.Join(f.Lower, "; "); (w.low == "") != (f.Confidence != analysis.Low) || !strings.Contains(low, w.low) {
			t.Errorf("%s: confidence %v (%s), want low for %q", key, f.Confidence, low, w.low)
		}
	}
	if seen != len(wants) {
		t.Errorf("%d of the %d findings checked were reported", seen, len(wants))
	}
}
