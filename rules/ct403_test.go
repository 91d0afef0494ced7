package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
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
			res := checkForum(t, tc.files, "from django.db import models\n\n\nclass Topic(models.Model):\n    post_count = models.IntegerField()\n")
			if len(res.Findings) != 1 {
				t.Fatalf("%d findings, want 1", len(res.Findings))
			}
			if f := res.Findings[0]; f.Confidence != tc.want {
				t.Errorf("confidence %v (%q), want %v", f.Confidence, f.Lower, tc.want)
			}
		})
	}
}

// checkForum checks, with CT403 in strict mode, a Django app "forum" of
// files, models.py being models and settings.py naming its URLs.
func checkForum(t *testing.T, files map[string]string, models string) check.Result {
	t.Helper()
	dir := t.TempDir()
	app := filepath.Join(dir, "forum")
	files["__init__.py"] = ""
	files["models.py"] = models
	files["settings.py"] = "ROOT_URLCONF = \"forum.urls\"\n"
	for name, src := range files {
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
	if res.Failed || stderr.Len() > 0 {
		t.Fatalf("failed %v: %s", res.Failed, stderr.String())
	}
	return res
}

// A model's method that changes its own field is lowered where every
// call of it that runs is on a row its caller has just made (a manager's
// create(), or the model's constructor): no other run holds that row
// yet. A row the caller loads, on any one call, may be another's too.
func TestLostUpdateOfSelfIsLoweredWhereEveryCallerMadeTheRow(t *testing.T) {
	const models = `from django.db import models


class Job(models.Model):
    tasks = models.IntegerField(default=0)

    def start(self, items):
        for item in items:
            self.tasks += 1
            self.save(update_fields=["tasks"])
`
	const urls = `from django.urls import path

from . import views

urlpatterns = [path("s/", views.start), path("r/", views.restart)]
`
	created := `from .models import Job


def start(request):
    job = Job.objects.create()
    job.start(request.GET)


def restart(request):
    job = Job(tasks=0)
    job.save()
    job.start(request.GET)
`
	loaded := strings.Replace(created, "job = Job(tasks=0)", "job = Job.objects.get(pk=request.GET[\"pk\"])", 1)
	for _, tc := range []struct {
		name  string
		views string
		want  analysis.Confidence
	}{
		{"every caller makes the row", created, analysis.Low},
		{"one caller loads it", loaded, analysis.High},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := checkForum(t, map[string]string{"views.py": tc.views, "urls.py": urls}, models)
			if len(res.Findings) != 1 {
				t.Fatalf("%d findings, want 1", len(res.Findings))
			}
			if f := res.Findings[0]; f.Confidence != tc.want {
				t.Errorf("confidence %v (%q), want %v", f.Confidence, f.Lower, tc.want)
			}
		})
	}
}

// A change of an object that a def of another module loaded locked (a
// context manager whose query takes the row lock, as dstack's
// get_export_model_by_name_for_update) runs holding that lock: no
// finding. The same helper without the lock is no cover.
func TestLostUpdateOfARowAnotherModuleLoadedLocked(t *testing.T) {
	const helpers = `from contextlib import contextmanager

from django.db import transaction

from .models import Topic


@contextmanager
def topic_for_update(pk):
    with transaction.atomic():
        yield Topic.objects.select_for_update().get(pk=pk)


def locked_topic(pk):
    return Topic.objects.select_for_update().get(pk=pk)
`
	const views = `from .helpers import topic_for_update, locked_topic


def reply(request, pk):
    with topic_for_update(pk) as topic:
        topic.post_count += 1
        topic.save()


def close(request, pk):
    topic = locked_topic(pk)
    topic.post_count -= 1
    topic.save()
`
	const urls = `from django.urls import path

from . import views

urlpatterns = [path("r/", views.reply), path("c/", views.close)]
`
	unlocked := strings.ReplaceAll(helpers, ".select_for_update()", "")
	for _, tc := range []struct {
		name    string
		helpers string
		want    int
	}{
		{"the helpers lock the row", helpers, 0},
		{"the helpers do not", unlocked, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := checkForum(t, map[string]string{"views.py": views, "urls.py": urls, "helpers.py": tc.helpers},
				"from django.db import models\n\n\nclass Topic(models.Model):\n    post_count = models.IntegerField()\n")
			if len(res.Findings) != tc.want {
				t.Errorf("%d findings, want %d: %+v", len(res.Findings), tc.want, res.Findings)
			}
		})
	}
}

// A job a worker claimed (perma's CaptureJob.get_next_job: a conditional
// update whose row count it checks, so that no two workers get the same
// job) has one writer: the changes its callee and the job's own methods
// make on it are lowered. A blind update claims nothing.
func TestLostUpdateOfAClaimedRowIsLowered(t *testing.T) {
	const models = `from django.db import models


class Job(models.Model):
    status = models.CharField(max_length=10)
    attempt = models.IntegerField(default=0)
    steps = models.IntegerField(default=0)

    @classmethod
    def next_job(cls):
        while True:
            job = cls.objects.filter(status="pending").first()
            if job is None:
                return None
            claimed = cls.objects.filter(pk=job.pk, status="pending").update(status="running")
            if not claimed:
                continue
            return job

    def step(self, n):
        self.steps = self.steps + n
        self.save(update_fields=["steps"])
`
	const tasks = `from celery import shared_task

from .models import Job


@shared_task
def run_next():
    job = Job.next_job()
    if job is None:
        return
    work(job)


def work(job):
    job.attempt += 1
    job.save()
    job.step(1)
`
	blind := strings.Replace(models, `claimed = cls.objects.filter(pk=job.pk, status="pending").update(status="running")
            if not claimed:
                continue
`, `cls.objects.filter(pk=job.pk).update(status="running")
`, 1)
	for _, tc := range []struct {
		name   string
		models string
		want   analysis.Confidence
	}{
		{"claimed", models, analysis.Low},
		{"a blind update", blind, analysis.High},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := checkForum(t, map[string]string{"tasks.py": tasks, "urls.py": "urlpatterns = []\n"}, tc.models)
			if len(res.Findings) != 2 {
				t.Fatalf("%d findings, want 2: %+v", len(res.Findings), res.Findings)
			}
			for _, f := range res.Findings {
				if f.Confidence != tc.want {
					t.Errorf("%s:%d confidence %v (%q), want %v", f.Path, f.Line, f.Confidence, f.Lower, tc.want)
				}
			}
		})
	}
}

// A lost update that only an in-process scheduler's job reaches stays:
// each worker process runs the job, and two workers' runs overlap. (A
// job's write of process memory, CT204's, is lowered there instead.)
func TestLostUpdateInAJobEveryWorkerRunsStays(t *testing.T) {
	const jobs = `from apscheduler.schedulers.background import BackgroundScheduler

from .models import Topic

_scheduler = BackgroundScheduler()


def count_views():
    topic = Topic.objects.get(pk=1)
    topic.post_count += 1
    topic.save()


def schedule():
    _scheduler.add_job(count_views, "interval", minutes=1)
`
	res := checkForum(t, map[string]string{"jobs.py": jobs, "urls.py": "urlpatterns = []\n"},
		"from django.db import models\n\n\nclass Topic(models.Model):\n    post_count = models.IntegerField()\n")
	if len(res.Findings) != 1 {
		t.Fatalf("%d findings, want 1: %+v", len(res.Findings), res.Findings)
	}
	if f := res.Findings[0]; f.Confidence != analysis.High {
		t.Errorf("confidence %v (%q), want high", f.Confidence, f.Lower)
	}
}
