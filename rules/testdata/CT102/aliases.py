# A class-level container mutated through a local alias: the alias is the
# same object, so the mutation is the container's.
import copy


class Schema:
    field_kwargs = {}
    extra = []
    tags = set()
    by_name = {}
    chained = {}
    options = {}

    def field(self, name):
        kw = self.field_kwargs
        kw["allow_none"] = True  # want: CT102
        return kw

    def update(self, more):
        kw = self.field_kwargs
        kw.update(more)  # want: CT102

    def add(self, x):
        items = self.extra
        if x:
            items.append(x)  # want: CT102

    def add_staff_fields(self, user):
        # += of a list extends the list itself, the class's.
        fields = self.extra
        if user.is_staff:
            fields += ["^email"]  # want: CT102
        return fields

    def tag_many(self, more):
        tags = self.tags
        tags |= {t for t in more}  # want: CT102

    def count(self, n):
        total = self.options.get("total", 0)
        total += n  # a number: the name rebound, nothing changed
        return total

    @classmethod
    def tag(cls, t):
        tags = cls.tags
        tags.discard(t)  # want-strict: CT102

    def through_class_name(self, k):
        d = Schema.by_name
        del d[k]  # want-strict: CT102

    def alias_of_alias(self, k):
        a = self.chained
        b = a
        b[k] = 1  # want: CT102

    def element_alias(self, k, v):
        bucket = self.options.get(k)
        bucket.append(v)  # want: CT102

    # Not flagged: copies, local containers, a closure's own name, a name
    # a nested def rebinds. Nor, conservatively, a parameter or a name
    # bound more than once in the method: which binding reaches the
    # change is not followed, so rebound(), rebound_later() and
    # parameter() are left out even where the name is the class's dict.

    def copies(self, k):
        a = dict(self.field_kwargs)
        a[k] = 1
        b = self.field_kwargs.copy()
        b[k] = 1
        c = {**self.field_kwargs}
        c[k] = 1
        d = copy.copy(self.field_kwargs)
        d[k] = 1
        e = copy.deepcopy(self.extra)
        e.append(k)
        f = self.extra[:]
        f.append(k)
        g = list(self.extra)
        g.append(k)

    def rebound(self, k, fresh):
        kw = self.field_kwargs
        if fresh:
            kw = {}
        kw[k] = 1

    def rebound_later(self, k):
        kw = self.field_kwargs
        kw[k] = 1
        kw = {}
        return kw

    def loop_rebinds(self, rows):
        for kw in rows:
            kw["x"] = 1
        kw = self.field_kwargs
        return kw

    def parameter(self, kw=None):
        kw = self.field_kwargs
        kw["x"] = 1

    def local_container(self, k):
        kw = {}
        kw[k] = 1
        items = []
        items.append(k)

    def nonlocal_rebinds(self, k):
        kw = self.field_kwargs

        def reset():
            nonlocal kw
            kw = {}

        reset()
        kw[k] = 1

    def in_closure(self, k):
        kw = self.field_kwargs

        def inner():
            kw = {}
            kw[k] = 1

        return inner


class OwnKwargs:
    field_kwargs = {}

    def __init__(self):
        self.field_kwargs = {}

    def field(self):
        kw = self.field_kwargs
        kw["allow_none"] = True
