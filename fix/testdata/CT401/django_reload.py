# fix: unsafe
from django.db import models


class Order(models.Model):
    def refresh(self):
        self = Order.objects.get(pk=self.pk)  # reload
        return self.pk
