package semantic_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// A method called on an object its def made itself, bound once, is on
// that new object: a constructor's, or a new row a manager's create()
// inserts. Any other receiver, or one bound twice, is not.
func TestMadeAtFindsTheObjectsADefMakes(t *testing.T) {
	tasks := `from app.models import Job, Registry
from app.build import make_job


def created():
    job = Job.objects.create(user=1)
    job.start()  # Job


def built():
    job = Job(user=1)
    job.start()  # Job


def fetched(pk):
    job = Job.objects.get(pk=pk)
    job.start()  # none


def rebound(flag):
    job = Job.objects.create()
    if flag:
        job = Job.objects.get(pk=1)
    job.start()  # none


def param(job):
    job = Job()
    job.start()  # none


def helper():
    job = make_job()
    job.start()  # none


def outer():
    job = Job()

    def run():
        job.start()  # none
    run()


def looped(rows):
    for row in rows:
        job = Job.objects.create(row=row)
        job.start()  # Job


def shared():
    job = Registry()
    job.start()  # none


def imported_here():
    from app.models import Job as LocalJob

    job = LocalJob()
    job.start()  # Job


def created_here():
    from app import models

    job = models.Job.objects.create(user=1)
    job.start()  # Job
`
	p := program(t, map[string]string{
		"app.__init__": "",
		"app.models": `from django.db import models


class Job(models.Model):
    def start(self):
        self.tasks += 1
        self.save()


class Registry:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def start(self):
        pass
`,
		"app.build": "from app.models import Job\n\ndef make_job():\n    return Job.objects.get(pk=1)\n",
		"app.tasks": tasks,
	})
	off, current, checked := 0, "", 0
	for line := range strings.Lines(tasks) {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "def "); ok {
			name, _, _ = strings.Cut(name, "(")
			if strings.HasPrefix(line, " ") {
				current += ".<locals>." + name
			} else {
				current = name
			}
		}
		if i := strings.Index(line, "job.start()"); i >= 0 {
			_, want, _ := strings.Cut(line, "# ")
			want = strings.TrimSpace(want)
			got := "none"
			if c := p.MadeAt("app.tasks."+current, token.Pos(off+i)); c != nil {
				got = c.QualName
			}
			if got != want {
				t.Errorf("%s: the receiver of job.start() is made by %s, want %s", current, got, want)
			}
			checked++
		}
		off += len(line)
	}
	if checked != 11 {
		t.Fatalf("checked %d calls, want 11", checked)
	}
}
