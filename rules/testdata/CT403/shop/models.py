from django.db import models


class Article(models.Model):
    views = models.IntegerField(default=0)
    version = models.IntegerField(default=0)

    def hit(self):
        self.views += 1  # want-strict: CT403 (called on a query's result, which the call graph does not type)
        self.save()
