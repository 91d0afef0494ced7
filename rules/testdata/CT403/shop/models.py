from django.db import models


class Console:
    def __add__(self, text):
        return self


class Article(models.Model):
    views = models.IntegerField(default=0)
    version = models.IntegerField(default=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.console = Console()  # an object of its own, no field

    def hit(self):
        self.views += 1  # want: CT403
        self.save()

    def zero(self):
        self.views = 0

    def recount(self, hits):
        # A method of its own sets the field outright first.
        self.zero()
        for hit in hits:
            self.views += hit
        self.save()

    def log(self, text):
        # The console is no field: __init__ sets it, and save() does not
        # write it.
        self.console += text
        self.save()


class Summary(models.Model):
    counts = models.JSONField(default=dict)
    labels = models.JSONField(default=dict)
    names = models.JSONField(default=list)

    def add(self, keys):
        # A copy of the field, changed and set back: the row's old value
        # with this request's counts, written over another's.
        counts = dict(self.counts)
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
        self.counts = counts  # want: CT403
        self.save()

    def reset(self, keys):
        # Set outright from the request's data: nothing of the old value.
        labels = dict(self.labels)
        labels = {key: 0 for key in keys}
        self.labels = labels
        self.save()

    def share(self, year, key):
        # The dict the row held, changed in place and saved by name.
        self.labels[year] = key  # want: CT403
        self.save(update_fields=["labels"])

    def share_all(self, year, key):
        # Saved whole, not by name: the change in place is the object's,
        # and a save of every field is another rule's question.
        self.names[0] = key
        self.save()

    def rename(self, names):
        # A copy never changed: what is written is what was read.
        old = list(self.names)
        self.names = old
        self.save()


class Draft(models.Model):
    number = models.CharField(max_length=10)
    attempts = models.IntegerField(default=0)
