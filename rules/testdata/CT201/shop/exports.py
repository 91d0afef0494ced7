# A module dict each call of its only reader fills again before reading
# it (a template filled per export) is a buffer, not a cache: no call
# reads what another left; CT204 reports it shared. One read elsewhere,
# or first, keeps what a call left for the next.
from .models import Flag

EXPORT = {"flags": [], "base": None}
REPORT = {"flags": []}
LATEST = {"flags": []}


def export(base):
    EXPORT["base"] = base
    EXPORT["flags"] = Flag.objects.all()
    out = EXPORT
    return dict(out)


def report():
    REPORT["flags"] = Flag.objects.all()  # want: CT201
    return REPORT


def latest():
    seen = LATEST["flags"]
    LATEST["flags"] = Flag.objects.all()  # want: CT201
    return seen


def peek():
    return REPORT["flags"]


def export_view(request):
    peek()
    latest()
    report()
    return export(request.GET["base"])
