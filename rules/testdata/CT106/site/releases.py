# A module-level cache object whose every call of its store method comes
# after its caller checked that what it holds is stale, leaving with it
# when fresh, or passes constants (a reset): a cache refilled, which the
# next request is meant to read, not one request's state left for the
# next. The same object stored into without that check is a finding.
import datetime

TTL = datetime.timedelta(hours=6)


class _VersionCache:
    fetched_at = None

    def __init__(self):
        self.releases = {}

    def is_valid(self, now):
        return self.fetched_at is not None and now - self.fetched_at < TTL

    def store(self, fetched_at, releases):
        self.fetched_at = fetched_at  # want-strict: CT106
        self.releases = releases  # want-strict: CT106


_version_cache = _VersionCache()


def invalidate():
    _version_cache.store(None, {})


def latest_releases(fetch):
    now = datetime.datetime.now()
    if _version_cache.is_valid(now):
        return _version_cache.releases
    releases = fetch()
    _version_cache.store(now, releases)
    return releases


class _LastQuery:
    def __init__(self):
        self.query = None

    def is_valid(self, now):
        return self.query is not None

    def remember(self, query):
        self.query = query  # want: CT106


_last_query = _LastQuery()


def search(query):
    # Stored without a check first: the request's own query, left for
    # the next request.
    _last_query.remember(query)
    return query


def versions(request):
    if request.GET.get("refresh"):
        invalidate()
    search(request.GET["q"])
    return latest_releases(_fetch_github)


def _fetch_github():
    return {"app": "1.0"}
