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


class Draft(models.Model):
    number = models.CharField(max_length=10)
    attempts = models.IntegerField(default=0)
