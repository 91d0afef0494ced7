package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/check"
	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/rules"
)

// A lost update's message names what writes the field back: the query
// update of the field in the change's own branch, not a save in another
// branch, nor one whose update_fields leave the field out.
func TestLostUpdateNamesItsWriteBack(t *testing.T) {
	want := map[int]string{
		129: "then `Article.objects.filter(pk=media.pk).update(views=",
		136: "then `Article.objects.filter(pk=pk).update(views=media.views)`",
		139: "then `media.save(update_fields=[\"likes\", \"title\"])`",
	}
	wantMessages(t, fixtureFindings(t, rules.LostUpdate, "CT403", "shop"), "views.py", want)
}

// A change of an object the def is given is lowered where every call
// that leads to it holds a row lock (the caller's select_for_update()
// before the call): a lock taken elsewhere, on other rows, or in a
// migration, holds none for it.
func TestLostUpdateOfAParameterIsLoweredOnlyWhereItsCallerLocksTheRow(t *testing.T) {
	const views = `from .models import Topic


def reply(request, pk):
    topic = Topic.objects.get(pk=pk)
    count_reply(topic)


def count_reply(topic):
    topic.post_count += 1
    topic.save()
`
	const lockedViews = `from django.db import transaction

from .models import Topic


def reply(request, pk):
    with transaction.atomic():
        topic = Topic.objects.select_for_update().get(pk=pk)
        count_reply(topic)


def count_reply(topic):
    topic.post_count += 1
    topic.save()
`
	const urls = `from django.urls import path

from . import views

urlpatterns = [path("r/", views.reply)]
`
	const locking = `from .models import Topic


def close(pk):
    return Topic.objects.select_for_update().get(pk=pk)
`
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  analysis.Confidence
	}{
		{"no row locks", map[string]string{"views.py": views, "urls.py": urls}, analysis.High},
		// A lock another def takes on other rows holds none for this call.
		{"a row lock elsewhere", map[string]string{"views.py": views, "urls.py": urls, "locking.py": locking}, analysis.High},
		{"the caller locks the row", map[string]string{"views.py": lockedViews, "urls.py": urls}, analysis.Low},
		// A data migration's lock is taken once, by no request's caller.
		{"a row lock in a migration", map[string]string{"views.py": views, "urls.py": urls, "migrations/__init__.py": "",
			"migrations/0002_close.py": locking}, analysis.High},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			app := filepath.Join(dir, "forum")
			tc.files["__init__.py"] = ""
			tc.files["models.py"] = "from django.db import models\n\n\nclass Topic(models.Model):\n    post_count = models.IntegerField()\n"
			tc.files["settings.py"] = "ROOT_URLCONF = \"forum.urls\"\n"
			if err := os.MkdirAll(app, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, src := range tc.files {
				if err := os.MkdirAll(filepath.Dir(filepath.Join(app, name)), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(app, name), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cfg := config.Default(dir)
			cfg.Strict = true
			var stderr bytes.Buffer
			res := check.Run([]string{dir}, []*analysis.Analyzer{rules.LostUpdate}, cfg, &stderr)
			if len(res.Findings) != 1 {
				t.Fatalf("%d findings, want 1 (stderr: %s)", len(res.Findings), stderr.String())
			}
			if f := res.Findings[0]; f.Confidence != tc.want {
				t.Errorf("confidence %v (%q), want %v", f.Confidence, f.Lower, tc.want)
			}
		})
	}
}
