from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from .models import Article, Summary
from .db import db


def like(request, pk):
    article = Article.objects.get(pk=pk)
    article.likes = article.likes + 1  # want: CT403
    article.save(update_fields=["likes"])


def like_atomic(request, pk):
    Article.objects.filter(pk=pk).update(likes=F("likes") + 1)


def like_locked(request, pk):
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=pk)
        article.likes += 1
        article.save()


def count(request, key):
    n = cache.get(key)
    cache.set(key, n + 1)  # want: CT403


def count_atomic(request, key):
    cache.incr(key)


def hit(request, pk):
    Article.objects.get(pk=pk).hit()
    Article.objects.get(pk=pk).log("x")


def no_save(request, pk):
    article = Article.objects.get(pk=pk)
    article.likes += 1  # never written back
    return article.likes


def versioned(request, pk):
    article = Article.objects.get(pk=pk)
    article.version += 1  # optimistic versioning
    article.save()


def commit(request, pk):
    item = db.session.get(Article, pk)
    item.stock -= 1  # want: CT403
    db.session.commit()


def import_steps(request, text):
    step = Article.objects.create(views=0)
    step.instruction += text  # a new object: no other request has it
    step.save()


def cached_list(request, key):
    items = cache.get(key)
    if items is None:
        items = list(Article.objects.all())
        cache.set(key, items)  # a cache fill, not an update
    return items


def rename(request, pk, data):
    article = Article.objects.get(pk=pk)
    article.title = data.get("title", article.title)  # keeps or replaces, changes nothing
    article.save()


def bump(request, key):
    n = cache.get(key)
    n += 1
    cache.set(key, n)  # want: CT403


def charge(request, payment, amount):
    payment.captured += amount  # want: CT403 (no call of it holds a row lock)
    payment.save()


class Executor:
    def run(self, session):
        self.query = session.merge(self.query)  # replaced whole, not changed
        self.query.save()


def drop_datasets(request, pk, gone):
    svc = Article.objects.get(pk=pk)
    svc.datasets = [d for d in svc.datasets if d not in gone]  # want: CT403
    svc.save()


def migrate_files(request, files):
    with Article(views=0) as pb:
        for _ in files:
            pb.views += 1  # made by the with statement: no other request has it
            pb.save()


def throttle(request, ip):
    seen = cache.get(ip)
    if seen:
        count, since = seen
        cache.set(ip, (count + 1, since), 60)  # want: CT403
    else:
        cache.set(ip, (1, 0), 60)


def throttle_unpacked_at_once(request, ip):
    count, since = cache.get(ip)
    cache.set(ip, [count + 1, since])  # want: CT403


def remember_pair(request, ip):
    count, since = cache.get(ip)
    cache.set(ip, (count, since))  # set back as it was read: a fill, not an update


def watch(request, pk):
    media = Article.objects.get(pk=pk)
    media.views += 1  # want: CT403
    Article.objects.filter(pk=media.pk).update(views=media.views)


def watch_or_like(request, pk, action):
    media = Article.objects.get(pk=pk)
    if action == "watch":
        media.views += 1  # want: CT403
        Article.objects.filter(pk=pk).update(views=media.views)
    else:
        media.likes += 1  # want: CT403
        media.save(update_fields=["likes", "title"])


def touch(request, pk):
    item = Article.objects.get(pk=pk)
    item.views += 1  # shown, not written back: the save names other fields
    item.save(update_fields=["title"])
    return item.views


def bump_or_save(request, pk, up):
    item = Article.objects.get(pk=pk)
    if up:
        item.views += 1  # the save is in the other branch
    else:
        item.save()
    return item


def bump_by_dict(request, session, pk):
    item = session.get(Article, pk)
    item.views += 1  # want: CT403
    session.query(Article).filter_by(id=pk).update({"views": item.views})


def copy_articles(request, source, delta):
    for article in Article.objects.filter(source=source):
        article.pk = None  # the save inserts a copy: a new row, no one else's
        article.views += delta
        article.save()


def record_day(request, pk, day):
    stats = Article.objects.get(pk=pk)
    if stats.last_day is None or day > stats.last_day:
        if stats.last_day and (day - stats.last_day).days == 1:
            stats.streak += 1  # want-strict: CT403 (runs while last_day is behind, which the def moves on)
        else:
            stats.streak = 1
        stats.last_day = day
    stats.save()


def record_unguarded(request, pk, day):
    stats = Article.objects.get(pk=pk)
    if day > stats.last_day:
        stats.streak += 1  # want: CT403 (the field tested is not set here)
    stats.save()


def soft_delete(request, pk, now):
    # The check as an early return: what follows runs while deleted_at
    # is unset, and the def sets it.
    item = Article.objects.get(pk=pk)
    if item.deleted_at is not None:
        return None
    item.deleted_at = now
    item.name += "-deleted"  # want-strict: CT403 (runs while deleted_at is unset, which the def sets)
    item.save()


def rename_unguarded(request, pk, now):
    item = Article.objects.get(pk=pk)
    if item.deleted_at is not None:
        return None
    item.name += "-renamed"  # want: CT403 (the field tested is not set here)
    item.save()


def record_day_flagged(request, pk, day):
    stats = Article.objects.get(pk=pk)
    is_new_day = stats.last_day is None or day > stats.last_day
    if is_new_day:
        stats.streak += 1  # want-strict: CT403 (tested through a local)
        stats.last_day = day
    stats.save()


def record_day_through_locals(request, pk, today):
    stats = Article.objects.get(pk=pk)
    last = stats.last_day.date() if stats.last_day else None
    counted = last == today
    if not counted:
        stats.streak += 1  # want-strict: CT403 (tested through a local of a local)
        stats.last_day = today
    stats.save()


def counted_in_context(request, pk):
    item = Article.objects.get(pk=pk)
    item.views += 1  # a dict's update is no write-back
    context = {}
    context.update(views=item.views)
    return context


def saved_then_copied(request, pk):
    item = Article.objects.get(pk=pk)
    item.views += 1  # want: CT403 (saved before the copy is made)
    item.save()
    item.pk = None
    item.save()


def bump_in_loop(request, pk):
    item = Article.objects.get(pk=pk)
    for i in range(3):
        if i < 2:
            item.views += 1  # want: CT403 (a later pass saves it)
        else:
            item.save()


def _locked(item):
    return Article.objects.select_for_update().get(pk=item.pk)


def bump_locked_by_helper(request, pk):
    item = Article.objects.get(pk=pk)
    with transaction.atomic():
        item = _locked(item)
        item.views += 1  # locked through the helper
        item.save()


def log_to_console(request, pk):
    item = Article.objects.get(pk=pk)
    item.console += "opened"  # set in __init__: no field of the row
    item.save()


class LockingBase:
    @staticmethod
    def _lock_row(item):
        return Article.objects.select_for_update().get(pk=item.pk)


class ArticleMedia(LockingBase):
    def remove(self, request, pk):
        item = Article.objects.get(pk=pk)
        with transaction.atomic():
            item = self._lock_row(item)
            item.views += 1  # locked through the base class's helper
            item.save()


def remove_media(request, pk):
    return ArticleMedia().remove(request, pk)


def set_from_form(request, pk):
    item = Article.objects.get(pk=pk)
    item.views = int(request.POST["views"])
    item.views |= 1  # changes the value the def just set, not the row's
    item.save()


def set_in_one_arm(request, pk):
    item = Article.objects.get(pk=pk)
    if request.POST.get("reset"):
        item.views = 0
    else:
        item.views += 1  # want: CT403
    item.save()


def set_after(request, pk):
    item = Article.objects.get(pk=pk)
    item.views += 1  # want: CT403
    item.views = max(item.views, 0)
    item.save()


def set_then_reloaded(request, pk):
    item = Article.objects.get(pk=pk)
    item.views = 0
    item.refresh_from_db()
    item.views += 1  # want: CT403 (read again after the set)
    item.save()


def set_then_loaded_again(request, pk):
    item = Article.objects.get(pk=pk)
    item.views = 0
    item = Article.objects.get(pk=pk + 1)
    item.views += 1  # want: CT403 (another row)
    item.save()


def move_to_parent(request, pk):
    # A related row, loaded through the chain of attributes.
    item = Article.objects.get(pk=pk)
    item.parent.views -= item.views  # want: CT403
    item.parent.save()


def recount(request, pk, hits):
    # The field is set outright by a def of the function's own before the
    # sum: a count made again from the rows, not a change of the row's.
    item = Article.objects.get(pk=pk)

    def start():
        item.views = 0

    started = False
    for hit in hits:
        if not started:
            start()
            started = True
        item.views += hit
    # Set in the loop, or here where the loop did not run: set either way.
    if not started:
        start()
    item.views += 1
    item.save()


def recount_flag_set_elsewhere(request, pk, hits, cached):
    item = Article.objects.get(pk=pk)

    def start():
        item.views = 0

    started = False
    if cached:
        started = True
    if not started:
        start()
    item.views += len(hits)  # want: CT403 (the flag is also set without the set)
    item.save()


def recount_not_started(request, pk, hits):
    item = Article.objects.get(pk=pk)

    def start():
        return item.views

    start()
    item.views += len(hits)  # want: CT403
    item.save()


def set_if_different(request, pk):
    # Set where it differs, equal where not: on both ways it holds the
    # form's value, which the change then changes.
    item = Article.objects.get(pk=pk)
    views = int(request.POST["views"])
    if views != item.views:
        item.views = views
    item.views |= 1
    item.save()


def set_if_other_differs(request, pk):
    item = Article.objects.get(pk=pk)
    views = int(request.POST["views"])
    if views != item.likes:
        item.views = views
    item.views += 1  # want: CT403
    item.save()


def set_if_form_differs(request, pk):
    item = Article.objects.get(pk=pk)
    form = ArticleForm(request.POST)
    if form.views != item.views:
        item.views = form.views
    item.views |= 1
    item.save()


def set_from_itself_if_different(request, pk):
    # The value is the row's own: the change still reads the row.
    item = Article.objects.get(pk=pk)
    views = item.views or 0
    if views != item.views:
        item.views = views
    item.views += 1  # want: CT403
    item.save()


def set_by_setter(request, pk):
    # set_views sets the field outright, as Django's set_password does:
    # the change after is of the def's own value.
    item = Article.objects.get(pk=pk)
    item.set_views(int(request.POST["views"]))
    item.views += 1
    item.save()


def setter_of_another_field(request, pk):
    item = Article.objects.get(pk=pk)
    item.set_title(request.POST["title"])
    item.views += 1  # want: CT403
    item.save()


def index_name(request, key):
    # Filled on a miss from another source: what it adds to is the new
    # value, not what the cache held.
    value = cache.get(key)
    if value is None:
        value = Article.objects.get(pk=1).title
        value += "-index"
        cache.set(key, value, 3600)
    return value


def visits(request, key):
    # A default on a miss, then a change of what the cache held.
    n = cache.get(key)
    if n is None:
        n = 0
    n += 1
    cache.set(key, n)  # want: CT403
    return n


def review_feature(request, pk, feature):
    # A JSON list of the row, changed in place and saved by name.
    article = Article.objects.get(pk=pk)
    article.reviewed.append(feature)  # want: CT403
    article.save(update_fields=["reviewed"])


def tag_article(request, pk, tag):
    # A related manager's add writes its own row: no field saved.
    article = Article.objects.get(pk=pk)
    article.tags.add(tag)
    article.save()



def retry_report(request, pk):
    # Emptied, not changed: what it writes does not depend on what it read.
    article = Article.objects.get(pk=pk)
    article.reviewed.clear()
    article.save(update_fields=["reviewed"])


def hits(request, key):
    # A default bound before the read: the change is of what the cache held.
    n = 0
    try:
        n = cache.get(key)
    except ConnectionError:
        pass
    n += 1
    cache.set(key, n)  # want: CT403
    return n


def add_expense(request, pk, amount):
    # The row's value, or 0 while it has none, plus the amount: a change
    # computed from the row.
    member = Article.objects.get(pk=pk)
    member.views = (member.views or 0) + amount  # want: CT403
    member.save()


def fallback_title(request, pk, data):
    # The row's title only where the data has none: kept, not changed.
    article = Article.objects.get(pk=pk)
    article.title = (data.get("title") or article.title) + ""
    article.save()


def count_inline(request, key):
    cache.set(key, cache.get(key, 0) + 1, 60)  # want: CT403


def refill_inline(request, key):
    cache.set(key, cache.get(key) or compute(key))  # read or computed, not changed: a fill
    cache.set(key, cache.get(key, 0) + 1 if request.first else 0)  # want: CT403
    cache.set(other_key(key), cache.get(key, 0) + 1)  # another key: a copy


def remember_schedule(request, pk):
    schedules = cache.get("schedules", {})
    schedules[pk] = request.schedule
    cache.set("schedules", schedules, None)  # want: CT403


def remember_seen(request, pk):
    seen = cache.get("seen") or []
    seen.append(pk)
    cache.set("seen", seen)  # want: CT403


def fill_schedules(request, pk):
    schedules = cache.get("schedules")
    if schedules is None:
        schedules = {}
        schedules[pk] = request.schedule
    cache.set("schedules", schedules)  # filled while missing: what the cache held goes back as it was


def fetch_areas(request, url):
    areas = cache.get(url)
    if not areas:
        areas = request.fetch(url)
        cache.set(url, areas, 86400)
        cache.set(url, "error", 3600)  # a constant, not what the cache held
    areas.pop("internal", None)  # after the sets: the caller's copy
    return areas


def date_types(request):
    types = cache.get("date_types", {})
    if not types:
        for kind in request.kinds:
            types[kind] = kind
        types["disabled"] = []
        cache.set("date_types", types)  # filled while the cache held nothing
    return types


def like_by_update(request, pk):
    # Read, then written by a query update of the value computed from it.
    article = Article.objects.get(pk=pk)
    Article.objects.filter(pk=pk).update(likes=article.likes + 1)  # want: CT403


def view_by_update(request, pk):
    article = Article.objects.get(pk=pk)
    Article.objects.filter(pk=pk).update(views=F("views") + 1, likes=article.likes)  # F(): atomic


def set_by_update(request, pk):
    article = Article.objects.get(pk=pk)
    Article.objects.filter(pk=pk).update({**request.extra, "views": request.views, "likes": article.likes})


def copy_by_update(request, pk, other):
    article = Article.objects.get(pk=pk)
    Article.objects.filter(pk=other).update(views=article.likes + 1)  # another field: no read-modify-write of it


def reset_counter(request, rid):
    # SQLAlchemy's update of a dict keyed by the column.
    wallet = db.session.query(Wallet).filter(Wallet.id == rid).first()
    db.session.query(Wallet).filter(Wallet.id == rid).update({Wallet.balance: wallet.balance - 1})  # want: CT403
    db.session.commit()



def move_top(request, rid):
    # A column expression: the database computes it, row by row.
    db.session.query(Wallet).filter(Wallet.id < rid).update({"balance": Wallet.balance + 1})
    db.session.commit()


from .orm2 import Wallet  # noqa: E402  (kept last: the tests name the lines above)


def summarize(request, pk):
    Summary.objects.get(pk=pk).add(["x"])
    Summary.objects.get(pk=pk).reset(["x"])
    Summary.objects.get(pk=pk).rename(["x"])
    Summary.objects.get(pk=pk).share(2024, "k")
    Summary.objects.get(pk=pk).share_all(2024, "k")
