package semantic_test

import "testing"

// TestProcessLocalCache: an alias is local to each process only when
// every production settings module that binds it binds it to LocMem.
func TestProcessLocalCache(t *testing.T) {
	const locmem = `{"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}`
	const redis = `{"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://r"}`
	for _, tc := range []struct {
		name    string
		sources map[string]string
		alias   string
		want    bool
		line    int32
	}{
		{"a literal dict", map[string]string{"app.settings": "X = 1\nCACHES = {'default': " + locmem + "}\n"}, "default", true, 2},
		{"an alias the module names", map[string]string{"app.settings": "SHARED = 'shared'\nCACHES = {'default': " + locmem + ", SHARED: " + redis + "}\n"}, "default", true, 2},
		{"an alias of another module", map[string]string{"app.settings": "from django.core.cache import DEFAULT_CACHE_ALIAS\nCACHES = {DEFAULT_CACHE_ALIAS: " + redis + ", 'x': " + locmem + "}\n"}, "x", false, 0},
		{"another alias", map[string]string{"app.settings": "CACHES = {'default': " + locmem + "}\n"}, "locks", false, 0},
		{"no settings", map[string]string{"app.views": "x = 1\n"}, "default", false, 0},
		{"read from the environment", map[string]string{"app.settings": "import env\nCACHES = env.cache()\n"}, "default", false, 0},
		{"production binds another backend", map[string]string{
			"app.settings.base": "CACHES = {'default': " + locmem + "}\n",
			"app.settings.prod": "CACHES = {'default': " + redis + "}\n"}, "default", false, 0},
		{"one arm of an if binds another", map[string]string{
			"app.settings": "import os\nif os.environ.get('M'):\n    CACHES = {'default': " + redis + "}\nelse:\n    CACHES = {'default': " + locmem + "}\n"}, "default", false, 0},
		{"an item assigned", map[string]string{
			"app.settings": "CACHES = {}\nCACHES['default'] = " + locmem + "\n"}, "default", true, 2},
		{"an item assigned another backend", map[string]string{
			"app.settings": "CACHES = {'default': " + locmem + "}\nCACHES['default'] = " + redis + "\n"}, "default", false, 0},
		{"a backend assigned by key", map[string]string{
			"app.settings": "CACHES = {'default': " + locmem + "}\nCACHES['default']['BACKEND'] = 'django_redis.cache.RedisCache'\n"}, "default", false, 0},
		{"another option assigned by key", map[string]string{
			"app.settings": "CACHES = {'default': " + locmem + "}\nCACHES['default']['TIMEOUT'] = 60\n"}, "default", true, 1},
		{"an item of a name", map[string]string{
			"app.settings": "CACHES = {'default': " + locmem + "}\nfor n in NAMES:\n    CACHES[n] = make(n)\n"}, "default", false, 0},
		{"updated", map[string]string{
			"app.settings": "CACHES = {'default': " + locmem + "}\nCACHES.update(EXTRA)\n"}, "default", false, 0},
		{"assigned on the settings object", map[string]string{
			"app.settings": "CACHES = {'default': " + locmem + "}\n",
			"app.setup":    "from django.conf import settings\nsettings.CACHES = REMOTE\n"}, "default", false, 0},
		{"a development module does not count", map[string]string{
			"app.settings":     "CACHES = {'default': " + locmem + "}\n",
			"app.dev_settings": "DEBUG = True\nCACHES = {'default': " + redis + "}\n"}, "default", true, 1},
		{"nor does a test module", map[string]string{
			"app.settings":      "CACHES = {'default': " + locmem + "}\n",
			"tests.settings_ci": "CACHES = {'default': " + redis + "}\n"}, "default", true, 1},
		{"a module of development settings only", map[string]string{
			"devproject.settings": "DEBUG = True\nCACHES = {'default': " + locmem + "}\n"}, "default", false, 0},
		// With no CACHES anywhere, Django's default alias is a LocMemCache.
		{"no CACHES in a project's settings", map[string]string{
			"app.settings": "ROOT_URLCONF = 'app.urls'\n"}, "default", true, 0},
		{"no CACHES, another alias", map[string]string{
			"app.settings": "ROOT_URLCONF = 'app.urls'\n"}, "locks", false, 0},
		{"no CACHES, settings star-imported from outside the tree", map[string]string{
			"app.settings": "ROOT_URLCONF = 'app.urls'\ntry:\n    from local_settings import *\nexcept ImportError:\n    pass\n"}, "default", false, 0},
		{"no CACHES, settings star-imported from the tree", map[string]string{
			"app.base":     "X = 1\n",
			"app.settings": "from app.base import *\nROOT_URLCONF = 'app.urls'\n"}, "default", true, 0},
		{"no CACHES and no project's settings (a reusable app)", map[string]string{
			"app.views": "x = 1\n", "tests.settings": "ROOT_URLCONF = 'tests.urls'\n"}, "default", false, 0},
		{"no CACHES, a framework's project template", map[string]string{
			"wagtail.project_template.project_name.settings": "ROOT_URLCONF = 'project_name.urls'\n"}, "default", false, 0},
		{"settings updated from a file at run time", map[string]string{
			"app.settings":   "ROOT_URLCONF = 'app.urls'\nCACHES = {'default': " + locmem + "}\n",
			"app.production": "from app.settings import *\nvars().update(load_yaml())\n"}, "default", false, 0},
		{"settings set item by item from a file", map[string]string{
			"app.settings": "ROOT_URLCONF = 'app.urls'\nfor key, value in CONFIG.items():\n    globals()[key] = value\n"}, "default", false, 0},
		{"no CACHES but in development and CI settings", map[string]string{
			"app.settings":       "ROOT_URLCONF = 'app.urls'\n",
			"app.dev_settings":   "from app.settings import *\nDEBUG = True\nCACHES = NO_CACHE\n",
			"app.tests.settings": "from app.settings import *\n",
			"app.ci_settings":    "from app.tests.settings import *\nCACHES = NO_CACHE\n"}, "default", true, 0},
		{"no CACHES, development settings only", map[string]string{
			"app.settings": "DEBUG = True\nROOT_URLCONF = 'app.urls'\n"}, "default", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := program(t, tc.sources)
			cs, ok := p.Libraries().CacheSetting("CACHES")
			if !ok {
				t.Fatal("no CACHES among the libraries' cache settings")
			}
			m, b, got := p.ProcessLocalCache(cs, tc.alias)
			if got != tc.want {
				t.Fatalf("ProcessLocalCache(%q) = %v, want %v", tc.alias, got, tc.want)
			}
			if got && (b.Line != tc.line || m == nil || b.Backend != "django.core.cache.backends.locmem.LocMemCache") {
				t.Errorf("binding %+v in %v, want line %d", b, m, tc.line)
			}
		})
	}
}
