package check_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A project whose settings bind no CACHES uses Django's default, a
// LocMemCache in each worker: a delete in a signal receiver clears one
// worker's copy. Reported where a request reaches it, naming the
// settings module that leaves CACHES out.
func TestADeleteInDjangosDefaultCacheIsReported(t *testing.T) {
	root := writeTree(t, map[string]string{
		"shop/__init__.py": "",
		"shop/settings.py": "ROOT_URLCONF = \"shop.urls\"\nINSTALLED_APPS = [\"shop\"]\n",
		"shop/urls.py": `from django.urls import path

from . import views

urlpatterns = [path("menu/", views.edit_menu)]
`,
		"shop/views.py": `from django.core.cache import cache


def edit_menu(request):
    cache.delete("menu")
    return None
`,
	})
	res := runStrict(t, root, rules.ProcessLocalCacheOfSharedData)
	for _, f := range res.Findings {
		if strings.Contains(f.Message, "`cache.delete(...)`") {
			if want := "shop/settings.py among them"; !strings.Contains(f.Message, "(the default: no settings module binds CACHES, ") || !strings.Contains(f.Message, want) || f.Confidence == analysis.Low {
				t.Errorf("want it reported, saying %q:\n%s", want, render(res))
			}
			return
		}
	}
	t.Errorf("no finding on cache.delete:\n%s", render(res))
}
