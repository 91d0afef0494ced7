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

// FormMixin binds initial = {} in its class body: one dict for every form
// view of the process. A view that updates it in place leaves one user's
// data in every later form; one that changes the copy get_initial
// returns does not.
func TestAFormViewsInitialChangedInPlaceIsReported(t *testing.T) {
	root := writeTree(t, map[string]string{
		"site/__init__.py": "",
		"site/settings.py": "ROOT_URLCONF = \"site.urls\"\n",
		"site/urls.py": `from django.urls import path

from . import views

urlpatterns = [path("settings/", views.SettingsView.as_view()), path("contact/", views.ContactView.as_view())]
`,
		"site/views.py": `from django.views.generic import FormView, UpdateView


class SettingsView(UpdateView):
    def get_initial(self):
        self.initial.update({"email": self.request.user.email})
        return super().get_initial()


class ContactView(FormView):
    def get_initial(self):
        initial = super().get_initial()
        initial["email"] = self.request.user.email
        return initial
`,
	})
	res := runStrict(t, root, rules.MutableClassAttributeMutated)
	if len(res.Findings) != 1 || !strings.Contains(res.Findings[0].Message, "`SettingsView.initial` is a class-level dict (bound once in the body of") ||
		res.Findings[0].Confidence == analysis.Low || res.Findings[0].Line != 6 {
		t.Errorf("want one finding, on SettingsView's self.initial.update, reported:\n%s", render(res))
	}
}
