package semantic_test

import (
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/token"
)

// A def locks or claims the rows it reads when its own code takes a row
// lock, or makes an update whose row count it reads (a compare-and-set
// one worker alone wins); a blind update, a dict's update or a lock in
// a nested def is none of its own.
func TestLocksRowsKnowsLocksAndClaims(t *testing.T) {
	const models = `from django.db import models
from sqlalchemy import update


class Job(models.Model):
    @classmethod
    def claim(cls, pk):
        n = cls.objects.filter(pk=pk, status="pending").update(status="running")
        if not n:
            return None
        return cls.objects.get(pk=pk)

    @classmethod
    def claim_tested(cls, pk):
        if cls.objects.filter(pk=pk, status="pending").update(status="running") == 1:
            return cls.objects.get(pk=pk)

    @classmethod
    def locked(cls, pk):
        return cls.objects.select_for_update(skip_locked=True).get(pk=pk)

    @classmethod
    def blind(cls, pk):
        cls.objects.filter(pk=pk).update(status="running")
        return cls.objects.get(pk=pk)

    def merged(self, extra):
        fields = {}
        n = fields.update(extra)
        return n

    def nested(self):
        def inner():
            return Job.objects.select_for_update().get(pk=1)
        return inner


def claim_row(session, pk):
    result = session.execute(update(Job).where(Job.id == pk).values(status="running"))
    if result.rowcount == 0:
        return None
    return session.get(Job, pk)
`
	p := program(t, map[string]string{"app.__init__": "", "app.models": models})
	for qn, want := range map[string]bool{
		"app.models.Job.claim": true, "app.models.Job.claim_tested": true, "app.models.Job.locked": true,
		"app.models.claim_row": true, "app.models.Job.blind": false, "app.models.Job.merged": false,
		"app.models.Job.nested": false, "app.models.Job.nested.<locals>.inner": true,
	} {
		if got := p.LocksRows(qn); got != want {
			t.Errorf("LocksRows(%s) = %v, want %v", qn, got, want)
		}
	}
}

// A call that passes, or calls a method of, a local its def bound once
// to what a def that claims the row returns is on a claimed row.
func TestClaimedAtFollowsTheClaimedObject(t *testing.T) {
	const tasks = `from app.models import Job, load


def run(pk):
    job = Job.claim(pk)
    work(job)  # claimed
    job.step()  # claimed
    other = load(pk)
    work(other)  # none


async def arun(pk):
    job = await Job.aclaim(pk)
    work(job)  # claimed


def rebound(pk):
    job = Job.claim(pk)
    job = load(pk)
    work(job)  # none


def work(job):
    job.step()  # none
`
	p := program(t, map[string]string{
		"app.__init__": "",
		"app.models": `from django.db import models


class Job(models.Model):
    @classmethod
    def claim(cls, pk):
        if not cls.objects.filter(pk=pk, status="pending").update(status="running"):
            return None
        return cls.objects.get(pk=pk)

    @classmethod
    async def aclaim(cls, pk):
        if not await cls.objects.filter(pk=pk, status="pending").aupdate(status="running"):
            return None
        return await cls.objects.aget(pk=pk)

    def step(self):
        pass


def load(pk):
    return Job.objects.get(pk=pk)
`,
		"app.tasks": tasks,
	})
	off, current, checked := 0, "", 0
	for line := range strings.Lines(tasks) {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "def "); ok {
			current, _, _ = strings.Cut(name, "(")
		} else if name, ok := strings.CutPrefix(strings.TrimSpace(line), "async def "); ok {
			current, _, _ = strings.Cut(name, "(")
		}
		if code, want, ok := strings.Cut(line, "# "); ok {
			i := len(code) - len(strings.TrimLeft(code, " "))
			got := "none"
			if p.ClaimedAt("app.tasks."+current, token.Pos(off+i)) {
				got = "claimed"
			}
			if want = strings.TrimSpace(want); got != want {
				t.Errorf("%s: %s is %s, want %s", current, strings.TrimSpace(code), got, want)
			}
			checked++
		}
		off += len(line)
	}
	if checked != 6 {
		t.Fatalf("checked %d calls, want 6", checked)
	}
}
